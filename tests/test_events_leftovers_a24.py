"""Events in daily war summaries and government orders (issue 16, A24): a tally of strikes of
several kinds is one happening per kind, as GUIDELINES asks one event per real happening.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows


def events(text: str, date: str = "2024-03-05"):
    return named_rows(text, date)


@pytest.mark.parametrize("text,kinds", [
    ("За добу противник завдав 25 авіаударів, здійснив 60 обстрілів з артилерії та 9 атак "
     "безпілотниками по позиціях наших військ.", 3),
    ("Ворог наніс 5 ракетних ударів та 40 авіаударів по Донеччині.", 2),
    ("Минулого тижня росіяни здійснили понад 300 атак дронами і 40 обстрілів по прикордонню "
     "Чернігівщини.", 2),
])
def test_a_tally_of_strikes_of_several_kinds_is_one_event_per_kind(text, kinds):
    got = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(got) == kinds, events(text)
    assert all(e[2] == ["Росія"] for e in got), got


@pytest.mark.parametrize("text", [
    # one kind counted twice, on two towns, or told once: one tally
    "Ворог завдав 20 ударів по Харкову і 10 ударів по Сумах.",
    "За добу окупанти здійснили 45 обстрілів Херсонщини.",
    # a strike and the number of the people it hurt: one happening
    "Росіяни обстріляли Нікополь, поранено трьох людей.",
])
def test_one_kind_of_strike_stays_one_event(text):
    got = [e for e in events(text) if e[0] == "ASSAULT"]
    assert len(got) == 1, events(text)
