"""An entity leftover the lead found in session 28 on the UD documents: a place after a plural
club word or in its own case is no club (the sentences are written for these tests)."""
from __future__ import annotations

from event_helpers import analysed


def _types(text: str, date: str = "2020-06-01") -> dict[str, str]:
    return {m.text: m.type for m in analysed(text, date).mentions}


def test_clubs_of_a_land_leave_the_land_a_place():
    assert _types("Захисника запримітили відомі клуби Західної Європи.").get("Західної Європи") == "LOC"


def test_a_club_named_after_its_kind_word_is_a_club():
    assert _types("Гравець підписав контракт з клубом Барселона.").get("Барселона") == "ORG"
