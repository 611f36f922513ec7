"""Who takes part, and on which side: the one given to, the dead and the wounded, the subject
of another verb, an award line. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, sides

ENTS.setdefault("italy", ("Italy", "Італія", "LOC", "Q38"))
ENTS.setdefault("european-union", ("European Union", "Європейський Союз", "ORG", "Q458"))
ENTS.setdefault("zhytomyr", ("Zhytomyr", "Житомир", "LOC", "Q156735"))
ENTS.setdefault("ivan-petrenko-test", ("Ivan Petrenko", "Іван Петренко", "PER", None))


def test_we_receive_what_is_given_to_us(core_pipeline):
    # ("Хочу попросити вас надати нам літаки" asks for the aid: a REQUEST, test_events_asking)
    doc = build(core_pipeline, "Ви надасте нам літаки, я знаю.")
    got = sides(doc, "AID")
    assert got and all("ukraine" not in a and "ukraine" in r for a, r in got)


def test_a_plural_subject_read_first_as_a_dative_gives(core_pipeline):
    doc = build(core_pipeline, "Італійці прийшли на допомогу нам.", refs=[("Італійці", "italy", "demonym")])
    assert sides(doc, "AID") and sides(doc, "AID")[0][0] == ["italy"]


def test_what_one_is_shielded_from_neither_gives_nor_asks(core_pipeline):
    doc = build(core_pipeline, "Або закрити небо від російських ракет, або дати нам літаки.",
                refs=[("російських", "russia", "adjective")])
    assert doc.events and all("russia" not in e.actors for e in doc.events)


def test_the_subject_of_another_verb_is_no_attacker(core_pipeline):
    doc = build(core_pipeline, "Європейський Союз виділив допомогу постраждалим від обстрілів.",
                names=[("Європейський Союз", "european-union")])
    assert all("european-union" not in a for a, _ in sides(doc, "ASSAULT"))
    doc = build(core_pipeline, "Після удару по Києву Україна звернулася до НАТО.",
                names=[("Києву", "kyiv"), ("Україна", "ukraine"), ("НАТО", "nato")])
    assert sides(doc, "ASSAULT") and all("ukraine" not in a and "nato" not in a + r for a, r in sides(doc, "ASSAULT"))


def test_who_lost_people_in_a_strike_was_hit(core_pipeline):
    doc = build(core_pipeline, "Україна втратила трьох військових унаслідок авіаудару.", names=[("Україна", "ukraine")])
    assert sides(doc, "ASSAULT") and all("ukraine" not in a for a, _ in sides(doc, "ASSAULT"))


def test_the_aggressor_that_lost_planes_in_its_attack_still_attacked(core_pipeline):
    doc = build(core_pipeline, "Росія втратила десятки літаків під час атаки на Житомир.",
                names=[("Росія", "russia"), ("Житомир", "zhytomyr")])
    got = sides(doc, "ASSAULT")
    assert got and all("russia" in a and "russia" not in r for a, r in got)


def test_a_strike_noun_in_a_line_with_no_verb_keeps_the_towns_it_hit(core_pipeline):
    doc = build(core_pipeline, "Одеса і Житомир – після ударів ситуація непроста.",
                names=[("Одеса", "odesa"), ("Житомир", "zhytomyr")])
    got = sides(doc, "ASSAULT")
    assert got and {"odesa", "zhytomyr"} <= set(got[0][1])


def test_an_award_line_hands_what_follows_to_the_one_awarded(core_pipeline):
    text = ("Я підписав указ. Нагороджую орденом «За мужність» лейтенанта Івана Петренка. "
            "Особисто брав участь у переговорах з окупантами.")
    doc = build(core_pipeline, text, names=[("Івана Петренка", "ivan-petrenko-test")])
    got = sides(doc, "CONSULT")
    assert got and all("ukraine" not in a for a, _ in got)
