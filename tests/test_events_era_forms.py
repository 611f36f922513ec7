"""Ways news of 2014-2021 tells its happenings (ramming at sea, ...) that the texts the layer
was tuned on, of 2022-2026, rarely use. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import on_day, show

events = on_day("2018-11-25")


def _strikes(text):
    return [e for e in events(text) if e.type == "ASSAULT"]


def test_warships_that_ram_a_tug_strike_it():
    evs = events("Російські прикордонні кораблі протаранили український буксир у Керченській протоці.")
    hit = [e for e in evs if e.type == "ASSAULT"]
    assert len(hit) == 1, show(evs)
    assert hit[0].actors == ["russia"] and hit[0].recipients == ["ukraine"]
    assert hit[0].place == "kerch-strait"


def test_a_boat_ramming_in_the_imperfective_strikes_too():
    assert len(_strikes("Російський катер таранив українське судно біля Бердянська.")) == 1


def test_a_car_or_a_driver_that_rams_is_no_strike():
    # near misses: a road accident has no side of a war
    assert _strikes("Позашляховик протаранив зупинку в центрі міста.") == []
    assert _strikes("Водій протаранив паркан біля школи.") == []
