"""Events: a sanction told as the cause of what its target does ("Через санкції ... Іран
скоротив ...") hits the clause's subject; only the noun's own phrase names who imposed it.
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("iran-j19", ("Iran", "Іран", "LOC", "Q794"))
ENTS.setdefault("canada-j19", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("belarus-j19", ("Belarus", "Білорусь", "LOC", "Q184"))


def sanctions(doc):
    evs = [e for e in doc.events if e.type == "SANCTION"]
    assert evs, [(e.type, e.actors, e.recipients) for e in doc.events]
    return evs


def test_the_subject_of_a_clause_caused_by_sanctions_is_hit(core_pipeline):
    for text, names, hit, imposer in (
            ("Під тиском санкцій Канади Іран урізав продаж нафти до Азії.",
             [("Канади", "canada-j19"), ("Іран", "iran-j19")], "iran-j19", "canada-j19"),
            ("Через санкції Польщі Білорусь перенаправила вантажі в інші порти.",
             [("Польщі", "poland"), ("Білорусь", "belarus-j19")], "belarus-j19", "poland"),
            ("Попри санкції Росія знайшла нових покупців вугілля.", [("Росія", "russia")], "russia", None)):
        for ev in sanctions(build(core_pipeline, text, names=names)):
            assert hit not in ev.actors and hit in ev.recipients, (text, ev.actors, ev.recipients)
            assert imposer is None or imposer in ev.actors, (text, ev.actors, ev.recipients)


def test_a_sanction_imposed_for_a_cause_keeps_its_imposer(core_pipeline):
    doc = build(core_pipeline, "Франція запровадила санкції проти Ірану через постачання дронів.",
                names=[("Франція", "france"), ("Ірану", "iran-j19")])
    assert any(e.actors == ["france"] and "iran-j19" in e.recipients for e in sanctions(doc))
