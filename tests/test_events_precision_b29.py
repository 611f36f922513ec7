"""Events a reader can trust (issue 16, part B29): a state named only as the owner of a thing
struck in another clause is no side of the main clause's act. Sentences written for these
tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows

DAY = "2024-05-10"


@pytest.mark.parametrize("text,actors,target", [
    ("Після нападу Ірану на американські кораблі США запровадили санкції проти Ірану.", ["США"], ["Іран"]),
    ("Після удару Росії по американському посольству США запровадили нові санкції проти Росії.",
     ["США"], ["Росія"]),
    ("Після нападу хуситів на британське судно Британія запровадила санкції проти Ірану.",
     ["Велика Британія"], ["Іран"]),
    # near miss: with no adjective the state after the ships is their owner, and the capital acts
    ("Після нападу Ірану на кораблі США Вашингтон запровадив санкції проти Ірану.", ["США"], ["Іран"]),
])
def test_owner_of_a_struck_thing_is_not_sanctioned(text, actors, target):
    got = [e for e in named_rows(text, DAY) if e[0] == "SANCTION"]
    assert got == [("SANCTION", "occurred", actors, target)], got


@pytest.mark.parametrize("text,kind,parties", [
    ("Японія провела переговори з Австралією на тлі напруженості з Китаєм.", "CONSULT", ["Японія", "Австралія"]),
    ("Туреччина підписала угоду з Україною в умовах конфлікту з Сирією.", "AGREE", ["Туреччина", "Україна"]),
    ("Литва передала Україні генератори на тлі суперечки з Польщею.", "AID", ["Литва", "Україна"]),
    # near miss: the partner of the act itself, after its own noun, stays
    ("Японія провела переговори з Австралією щодо торгівлі.", "CONSULT", ["Японія", "Австралія"]),
])
def test_other_side_of_a_strife_named_beside_is_no_party(text, kind, parties):
    got = [e for e in named_rows(text, DAY) if e[0] == kind]
    assert len(got) == 1 and got[0][2] + got[0][3] == parties, got
