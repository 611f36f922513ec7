"""Ground annexed, told as done ("Рік тому Росія анексувала Крим"), is an assault on the ground
it takes, occurred, dated by its own past time; a threat or a possibility of it is no
happening told. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def assaults(text, date):
    return [(e.status, (e.time or {}).get("value")) for e in analysed_events(text, date)
            if e.type == "ASSAULT"]


@pytest.mark.parametrize("text,date,want", [
    ("Рік тому Росія анексувала Крим.", "2015-03-18", [("occurred", "2014")]),
    ("Росія незаконно анексувала Крим у березні 2014 року.", "2016-03-18",
     [("occurred", "2014-03")]),
])
def test_an_annexation_told_as_done_occurred_with_its_past_time(text, date, want):
    assert assaults(text, date) == want


@pytest.mark.parametrize("text", [
    "Москва може анексувати окуповані території.",
    "Кремль хоче анексувати Білорусь.",
])
def test_an_annexation_only_spoken_of_is_no_happening(text):
    assert assaults(text, "2022-09-10") == []
