"""A measure in force named as the subject of what it did is no happening (issue 16, part B28):
"Санкції проти Росії допомогли фірмам" tells an effect, no sanction imposed (an occurred
SANCTION with no one who imposed it was all a reader got). A measure entering into force, one
named with whose it is, or a new one, stays. Sentences written for these tests; the full
pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows

DAY = "2026-03-10"
TAIL = " Так пишуть аналітики. Вони вивчили звіти."


@pytest.mark.parametrize("text", [
    "Санкції проти Росії допомогли фірмам.",
    "Санкції проти Росії не спрацювали.",
    "Обмеження проти Росії вдарили по її банках.",
])
def test_what_a_standing_measure_did_is_no_sanction(text):
    got = named_rows(text + TAIL, DAY)
    assert not [e for e in got if e[0] == "SANCTION"], got


@pytest.mark.parametrize("text,actors", [
    # near misses: a measure coming into force, one told with whose it is, a new one
    ("Санкції проти Росії набули чинності.", []),
    ("Санкції ЄС проти Росії вдарили по її банках.", ["Європейський Союз"]),
    ("Нові санкції проти Росії вдарили по її банках.", []),
])
def test_a_measure_taken_stays(text, actors):
    got = [e for e in named_rows(text + TAIL, DAY) if e[0] == "SANCTION"]
    assert [(e[1], e[2], e[3]) for e in got] == [("occurred", actors, ["Росія"])], got
