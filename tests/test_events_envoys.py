"""Events sides: who a person acts for. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

from khronika.extract.events.arguments.roles import state_of
from khronika.kb import get_kb

ENTS.setdefault("oksana-markarova", ("Oksana Markarova", "Оксана Маркарова", "PER", None))
ENTS.setdefault("germany", ("Germany", "Німеччина", "LOC", "Q183"))


def test_a_ukrainian_envoy_acts_for_ukraine_not_for_the_host_state():
    kb = get_kb()
    assert all(kb.entity(s) is not None for s in kb.role_acts_for.values())
    # posted to the United States, Markarova still speaks for Ukraine
    assert state_of("oksana-markarova", "2023-05-01") == "ukraine"
    # a foreign ambassador's `of` is the state that sends them
    assert state_of("bridget-brink", "2023-05-01") == "united-states"


def test_an_envoy_meeting_the_host_puts_the_host_on_the_other_side(core_pipeline):
    doc = build(core_pipeline, "Оксана Маркарова зустрілася з представниками Німеччини.", date="2023-05-01",
                names=[("Оксана Маркарова", "oksana-markarova"), ("Німеччини", "germany")])
    evs = [e for e in doc.events if e.type == "CONSULT"]
    assert evs, doc.events
    assert "united-states" not in evs[0].actors + evs[0].recipients
    assert "germany" in evs[0].recipients and "oksana-markarova" in evs[0].actors
