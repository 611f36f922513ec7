"""A strike told again after a dash with a day of its own written with its preposition (issue
16, part L23: digests of a week): "У понеділок ворог атакував Суми, у середу – Чернігів" is two
strikes, each on its own day; the preposition before the day ("у", "в", "о") is no word that
stops the gap, as the time's span leaves it out. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def strikes(text, date="2025-11-26"):
    return sorted(((e.time or {}).get("value"), e.place) for e in analysed_events(text, date)
                  if e.type == "ASSAULT")


@pytest.mark.parametrize("text,want", [
    ("У понеділок ворог обстріляв Конотоп, у вівторок – Шостку.",
     [("2025-11-24", "shostka"), ("2025-11-25", "konotop")]),
    ("У понеділок окупанти атакували Херсон, а в четвер – Миколаїв.",
     [("2025-11-20", "mykolaiv"), ("2025-11-24", "kherson")]),
])
def test_a_gap_with_a_day_and_its_preposition_is_a_strike_of_that_day(text, want):
    got = strikes(text)
    assert [t for t, _ in got] == [t for t, _ in want], got
    assert len({p for _, p in got}) == 2, got


def test_a_place_after_a_comma_with_no_time_is_no_new_strike():
    # negative: ", у Чернігові – тиша" has no time before the dash: no gap of a strike
    got = strikes("Вранці ворог атакував Суми, у Чернігові – тиша.")
    assert [t for t, _ in got] == ["2025-11-26TMO"], got
