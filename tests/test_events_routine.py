"""Events precision: what a class of people usually does, a routine meeting, a strike someone
only permits and strikes answered are told apart from a happening and its striker. Sentences
written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, of_type

ENTS.setdefault("moscow", ("Moscow", "Москва", "LOC", "Q649"))
ENTS.setdefault("vladimir-putin", ("Vladimir Putin", "Володимир Путін", "PER", "Q7747"))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("armed-forces-of-ukraine", ("Armed Forces of Ukraine", "Збройні сили України", "ORG", None))


def test_what_an_unnamed_class_of_people_does_is_no_happening(core_pipeline):
    doc = build(core_pipeline, "Ми звернулися до прем'єрів, які ведуть переговори з Москвою.",
                names=[("Москвою", "moscow")])
    assert not of_type(doc, "CONSULT"), [(e.trigger.text, e.recipients) for e in doc.events]
    doc = build(core_pipeline, "Дякую урядам, які надають нам допомогу.")
    assert not of_type(doc, "AID")
    # a named antecedent, or a "now" in the clause, keeps the happening
    doc = build(core_pipeline, "Президент Франції, який зараз говорить з Путіним, підтримує нас.",
                names=[("Франції", "france"), ("Путіним", "vladimir-putin")])
    assert of_type(doc, "CONSULT")
    doc = build(core_pipeline, "Ми звернулися до прем'єрів, які зараз ведуть переговори з Москвою.",
                names=[("Москвою", "moscow")])
    assert of_type(doc, "CONSULT")
    # a past verb in the clause tells a happening
    doc = build(core_pipeline, "Ми звернулися до прем'єрів, які вчора говорили з Москвою.",
                names=[("Москвою", "moscow")])
    assert of_type(doc, "CONSULT")


def test_a_routine_meeting_with_no_day_is_no_happening(core_pipeline):
    doc = build(core_pipeline, "Я провів щотижневу нараду з командуванням.")
    assert not of_type(doc, "CONSULT")
    doc = build(core_pipeline, "Наші зустрічі з генералами регулярні.")
    assert not of_type(doc, "CONSULT")
    # a day given makes the routine one happening
    doc = build(core_pipeline, "Сьогодні відбулася традиційна ранкова нарада з командуванням.",
                timexes=[("Сьогодні", "2026-01-10", None)])
    evs = of_type(doc, "CONSULT")
    assert evs and evs[0].time and evs[0].time["value"] == "2026-01-10"
    # no word of habit: a meeting as before
    doc = build(core_pipeline, "Я провів нараду з командуванням.")
    assert of_type(doc, "CONSULT")


def test_who_permits_a_strike_does_not_strike(core_pipeline):
    doc = build(core_pipeline, "Альянс дав зелене світло для нових ударів по Харкову.",
                names=[("Альянс", "nato"), ("Харкову", "kharkiv")])
    evs = of_type(doc, "ASSAULT")
    assert evs and "nato" not in evs[0].actors, [(e.actors, e.recipients) for e in evs]
    assert "kharkiv" in evs[0].recipients
    # who uses its drones for strikes makes them
    doc = build(core_pipeline, "Росія використала дрони для ударів по Харкову.",
                names=[("Росія", "russia"), ("Харкову", "kharkiv")])
    evs = of_type(doc, "ASSAULT")
    assert evs and "russia" in evs[0].actors


def test_strikes_answered_are_the_ones_answered_to(core_pipeline):
    doc = build(core_pipeline, "Збройні сили України відповідають окупантам на їхні удари.",
                names=[("Збройні сили України", "armed-forces-of-ukraine")])
    evs = of_type(doc, "ASSAULT")
    assert evs, doc.events
    assert "russia" in evs[0].actors and "armed-forces-of-ukraine" not in evs[0].actors
    assert "russia" not in evs[0].recipients


def test_the_class_is_the_noun_the_relative_pronoun_refers_to(core_pipeline):
    # "якого" refers to "підхід", no body of people: the "держави" before it is no antecedent
    doc = build(core_pipeline, "Полонені отримують від держави той підхід, якого вимагають правила.")
    from khronika.extract.events.triggers.finder import SentenceView, TriggerFinder
    from khronika.extract.events.lexicon.compiled import lexicon
    lex = lexicon()
    find = TriggerFinder(lex)
    sent = SentenceView(doc, 0, lex)
    k = next(i for i, t in enumerate(doc.tokens) if t.norm == "вимагають")
    assert not find.generic_relative(doc, sent, k)
    doc = build(core_pipeline, "Ми звернулися до лідерів світу, які вимагають миру.")
    sent = SentenceView(doc, 0, lex)
    k = next(i for i, t in enumerate(doc.tokens) if t.norm == "вимагають")
    assert find.generic_relative(doc, sent, k)
