"""Events: a halted supply sent "в/у" a state in the accusative ("експорт вугілля в Туреччину")
goes to that state: it is the one cut off, not the place of the halt; in the locative ("у
Туреччині") it stays a place. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import build, typed


sanctions = typed("SANCTION")


def test_a_supply_halted_into_a_state_cuts_that_state_off(core_pipeline):
    doc = build(core_pipeline, "Польща зупинила експорт вугілля в Туреччину.",
                names=[("Польща", "poland"), ("Туреччину", "turkey")])
    evs = sanctions(doc)
    assert evs and all(ev.place is None and "turkey" in ev.recipients for ev in evs), \
        [(e.actors, e.recipients, e.place) for e in evs]


def test_a_halt_told_in_a_state_keeps_its_place(core_pipeline):
    # negative: the locative names where the halt is told, not where the goods went
    doc = build(core_pipeline, "Польща зупинила експорт вугілля в Туреччині.",
                names=[("Польща", "poland"), ("Туреччині", "turkey")])
    evs = sanctions(doc)
    assert all("turkey" not in ev.recipients for ev in evs), [(e.actors, e.recipients, e.place) for e in evs]
