"""A supply or aid halted, told with the supply first or in the passive (issue 16, part B28):
"Постачання зброї Україні призупинили" is the halt (a SANCTION, as "США призупинили постачання
зброї Україні" is), no aid given or refused; the state in the dative inside the fronted phrase
is the one cut off, not the one who halts. Sentences written for these tests; the full pipeline
with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows

DAY = "2026-03-10"
TAIL = " Про це повідомили журналісти. Рішення ухвалили вчора."


@pytest.mark.parametrize("text,actors", [
    ("Постачання зброї Україні призупинили.", []),
    ("Постачання зброї Україні було призупинено.", []),
    ("Військову допомогу Україні призупинили.", []),
    ("Сполучені Штати призупинили постачання зброї Україні.", ["США"]),
])
def test_halted_supply_is_the_halt_not_aid(text, actors):
    got = named_rows(text + TAIL, DAY)
    assert [e for e in got if e[0] == "SANCTION"] == [("SANCTION", "occurred", actors, ["Україна"])], got
    assert not [e for e in got if e[0] == "AID"], got


@pytest.mark.parametrize("text", [
    # near misses: a supply resumed, and one resumed after a halt told in its own clause
    "Постачання зброї Україні відновили.",
    "Постачання зброї Україні, яке було призупинено, відновили.",
])
def test_resumed_supply_keeps_its_aid(text):
    got = named_rows(text + TAIL, DAY)
    assert [e[:2] for e in got if e[0] == "AID"] == [("AID", "occurred")], got


def test_halt_for_a_breakdown_is_no_measure():
    got = named_rows("Постачання газу зупинили через аварію. Про це повідомили в компанії.", DAY)
    assert not [e for e in got if e[0] in ("SANCTION", "AID")], got
