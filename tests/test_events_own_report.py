"""Events participants the grammar gives: one who reports an act of their own, and the one given
to after a verb of giving. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("oleksandr-syrskyi", ("Oleksandr Syrskyi", "Олександр Сирський", "PER", None))
ENTS.setdefault("canada", ("Canada", "Канада", "LOC", "Q16"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))


def test_one_who_reports_a_subjectless_act_of_their_own_did_it(core_pipeline):
    doc = build(core_pipeline, "Олександр Сирський повідомив, що провів нараду з командирами бригад.",
                names=[("Олександр Сирський", "oleksandr-syrskyi")])
    evs = of_type(doc, "CONSULT")
    assert evs and "oleksandr-syrskyi" in evs[0].actors, [(e.actors, e.recipients) for e in evs]
    # a plural verb with no subject is someone else's act ("обстріляли": the adversary's)
    doc = build(core_pipeline, "Олександр Сирський повідомив, що обстріляли Харків.",
                names=[("Олександр Сирський", "oleksandr-syrskyi"), ("Харків", "kharkiv")])
    assert all("oleksandr-syrskyi" not in e.actors + e.recipients for e in doc.events)


def test_a_bare_name_after_a_verb_of_giving_is_given_to(core_pipeline):
    doc = build(core_pipeline, "Канада надала Польщі військову допомогу.",
                names=[("Канада", "canada"), ("Польщі", "poland")])
    evs = of_type(doc, "AID")
    assert evs and evs[0].actors == ["canada"] and evs[0].recipients == ["poland"], \
        [(e.actors, e.recipients) for e in evs]
    # whose aid is received gave it
    doc = build(core_pipeline, "Ми отримали військову допомогу Польщі.", names=[("Польщі", "poland")])
    evs = of_type(doc, "AID")
    assert evs and "poland" in evs[0].actors and "poland" not in evs[0].recipients, \
        [(e.actors, e.recipients) for e in evs]


def test_a_pronoun_in_another_case_opens_no_phrase_of_the_name_after_it(core_pipeline):
    ENTS.setdefault("norway", ("Norway", "Норвегія", "LOC", "Q20"))
    doc = build(core_pipeline, "До цього Норвегія виділила 200 мільйонів євро на гуманітарну допомогу.",
                names=[("Норвегія", "norway")])
    evs = of_type(doc, "AID")
    assert evs and evs[0].actors == ["norway"] and "norway" not in evs[0].recipients, \
        [(e.actors, e.recipients) for e in evs]
