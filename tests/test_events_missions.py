"""A state's mission closed is a sanction only when it is another state's, named in the object
("Литва закрила консульство Росії"; "США закрили посольство в Києві" shuts its own). Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("moldova", ("Moldova", "Молдова", "LOC", "Q217"))


def test_another_states_consulate_closed_is_a_sanction(core_pipeline):
    doc = build(core_pipeline, "Литва закрила генконсульство Росії в Клайпеді.",
                names=[("Литва", "lithuania"), ("Росії", "russia")])
    [ev] = doc.events
    assert (ev.type, ev.status) == ("SANCTION", "occurred")
    assert ev.actors == ["lithuania"] and ev.recipients == ["russia"]


def test_a_mission_named_by_the_owners_adjective(core_pipeline):
    doc = build(core_pipeline, "Молдова закриває російський культурний центр.",
                names=[("Молдова", "moldova")], refs=[("російський", "russia", "adjective")])
    [ev] = doc.events
    assert ev.type == "SANCTION" and ev.actors == ["moldova"] and ev.recipients == ["russia"]


def test_a_mission_closed_with_no_owner_named_is_none(core_pipeline):
    for text, names in (("США тимчасово закрили посольство в Києві.", [("США", "united-states"), ("Києві", "kyiv")]),
                        ("Литва закрила своє консульство в Калінінграді.", [("Литва", "lithuania")]),
                        ("Посольство закрили через загрозу.", [])):
        doc = build(core_pipeline, text, names=names)
        assert all(e.type != "SANCTION" for e in doc.events), text
