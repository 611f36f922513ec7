"""Events: a clause opened by its subject that the dictionary misreads ("Бригади" first as a
genitive, "Хуситі" only as a locative) still has a subject; an indeclinable name after the
verb ("погрожують НАТО") is then the one threatened, not the actor. Sentences written for these
tests."""
from __future__ import annotations

from event_helpers import build, typed


threats = typed("THREATEN")


def test_a_misread_opening_subject_leaves_the_dative_name_threatened(core_pipeline):
    for text, surface, ent in (("Хуситі знову пригрозили США ударами по базах.", "США", "united-states"),
                               ("Бригади опору пригрозили США помстою за арешти.", "США", "united-states")):
        evs = threats(build(core_pipeline, text, names=[(surface, ent)]))
        assert evs, text
        assert all(ent not in ev.actors for ev in evs), (text, [(e.actors, e.recipients) for e in evs])
        assert any(ent in ev.recipients for ev in evs), (text, [(e.actors, e.recipients) for e in evs])


def test_a_named_subject_still_threatens(core_pipeline):
    # negative: the state that opens the clause is the actor, the dative one threatened
    evs = threats(build(core_pipeline, "Польща пригрозила ЄС позовом до суду.",
                        names=[("Польща", "poland"), ("ЄС", "eu")]))
    assert evs and evs[0].actors == ["poland"] and "eu" in evs[0].recipients, \
        [(e.actors, e.recipients) for e in evs]
