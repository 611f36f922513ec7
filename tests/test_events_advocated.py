"""Events status and sides: an act advocated or permitted is still to come, and a sanctioning
act's genitive is the one sanctioned. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("netherlands", ("Netherlands", "Нідерланди", "LOC", "Q55"))
ENTS.setdefault("lithuania", ("Lithuania", "Литва", "LOC", "Q37"))
ENTS.setdefault("israel", ("Israel", "Ізраїль", "LOC", "Q801"))
ENTS.setdefault("iran", ("Iran", "Іран", "LOC", "Q794"))
ENTS.setdefault("swift", ("SWIFT", "SWIFT", "ORG", "Q219932"))


def test_an_act_advocated_or_insisted_on_is_planned(core_pipeline):
    cases = [("Нідерланди адвокатують відмову від російського газу.", [("Нідерланди", "netherlands")]),
             ("Польща виступає за запровадження ембарго на російську нафту.", [("Польща", "poland")]),
             ("Литва наполягає на посиленні санкцій.", [("Литва", "lithuania")])]
    for text, names in cases:
        evs = of_type(build(core_pipeline, text, names=names), "SANCTION")
        assert evs and evs[0].status == "planned", (text, [(e.status, e.trigger.text) for e in evs])
    # sanctions imposed, and one who speaks on the summit, are told as done
    evs = of_type(build(core_pipeline, "Польща запровадила ембарго на російську нафту.",
                        names=[("Польща", "poland")]), "SANCTION")
    assert evs and evs[0].status == "occurred"
    evs = of_type(build(core_pipeline, "Президент виступив на саміті НАТО.", names=[("НАТО", "nato")]), "CONSULT")
    assert evs and evs[0].status == "occurred"


def test_one_cut_off_is_sanctioned_and_what_from_takes_no_part(core_pipeline):
    doc = build(core_pipeline, "Литва наполягає на відключенні Росії від SWIFT.",
                names=[("Литва", "lithuania"), ("Росії", "russia"), ("SWIFT", "swift")])
    evs = of_type(doc, "SANCTION")
    assert evs and evs[0].actors == ["lithuania"] and evs[0].recipients == ["russia"], \
        [(e.actors, e.recipients) for e in evs]


def test_a_strike_given_leave_is_planned_and_made_by_the_one_given_leave(core_pipeline):
    doc = build(core_pipeline, "Вчора США дали Ізраїлю зелене світло для бомбардування Ірану.",
                names=[("США", "united-states"), ("Ізраїлю", "israel"), ("Ірану", "iran")],
                timexes=[("Вчора", "2026-01-09", None)])
    evs = of_type(doc, "ASSAULT")
    assert evs, doc.events
    ev = evs[0]
    assert ev.status == "planned" and ev.time is None
    assert ev.actors == ["israel"] and ev.recipients == ["iran"], (ev.actors, ev.recipients)
