"""A happening told in a since-clause ("Сьогодні минає рік відтоді, як ...") lies before the
time that opens the sentence, which dates the passing of the year: it takes no time from it.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def times(text, date, type_):
    return [(e.time or {}).get("value") for e in analysed_events(text, date) if e.type == type_]


@pytest.mark.parametrize("text", [
    "Сьогодні минає рік відтоді, як окупанти обстріляли Краматорськ.",
    "Сьогодні виповнюється два роки від дня, коли росіяни вдарили по вокзалу Краматорська.",
    "Сьогодні три роки з того дня, як ракета влучила у вокзал Краматорська.",
])
def test_a_since_clause_takes_no_time_from_the_opening_day(text):
    assert times(text, "2025-04-08", "ASSAULT") == [None]


@pytest.mark.parametrize("text,want", [
    ("Сьогодні окупанти обстріляли Херсон, як і вчора.", ["2025-04-08"]),
    ("Вчора росіяни вдарили по Одесі, коли місто спало.", ["2025-04-07"]),
])
def test_other_clauses_keep_the_opening_day(text, want):
    assert times(text, "2025-04-08", "ASSAULT") == want
