"""Events status of an agreed happening: the parties agreeing on a deed (an exchange, a meeting)
tell the agreement, the deed is still to come; agreeing on a decision (a sanctions package) is
taking it, so the agreeing verb's tense tells its status. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, statuses

ENTS.setdefault("eu", ("European Union", "Європейський Союз", "ORG", "Q458"))
ENTS.setdefault("poland", ("Poland", "Польща", "LOC", "Q36"))


def test_an_agreed_exchange_is_planned(core_pipeline):
    for text in ("Україна та Росія погодили обмін полоненими за формулою 300 на 300.",
                 "Україна та Росія узгоджують обмін полоненими."):
        doc = build(core_pipeline, text, names=[("Україна", "ukraine"), ("Росія", "russia")])
        assert statuses(doc, "RETREAT") == ["planned"], text


def test_an_exchange_that_was_held_occurred(core_pipeline):
    doc = build(core_pipeline, "Україна та Росія провели обмін полоненими за формулою 300 на 300.",
                names=[("Україна", "ukraine"), ("Росія", "russia")])
    assert statuses(doc, "RETREAT") == ["occurred"]


def test_agreeing_on_sanctions_takes_the_tense_of_the_agreeing(core_pipeline):
    for text, status in (("ЄС погодив новий пакет санкцій проти Росії.", "occurred"),
                         ("ЄС погоджує новий пакет санкцій проти Росії.", "ongoing"),
                         ("ЄС погодить новий пакет санкцій проти Росії.", "planned")):
        doc = build(core_pipeline, text, names=[("ЄС", "eu"), ("Росії", "russia")])
        assert statuses(doc, "SANCTION") == [status], text


def test_talks_where_a_deal_was_struck_took_place(core_pipeline):
    doc = build(core_pipeline, "На переговорах у Стамбулі делегації домовилися про наступний крок.")
    assert statuses(doc, "CONSULT") == ["occurred"]
    doc = build(core_pipeline, "Делегації домовилися про зустріч радників у Женеві.")
    assert statuses(doc, "CONSULT") in ([], ["planned"])


def test_an_act_told_through_a_decision_or_readiness_is_planned(core_pipeline):
    for text in ("Є офіційне рішення Польщі передати літаки.",
                 "Уряд Польщі оголосив про намір передати Україні літаки."):
        doc = build(core_pipeline, text, names=[("Польщі", "poland")])
        assert statuses(doc, "AID") == ["planned"], text
    doc = build(core_pipeline, "Польща передала Україні літаки.", names=[("Польща", "poland")])
    assert statuses(doc, "AID") == ["occurred"]


def test_thanks_for_a_readiness_leave_the_act_to_come(core_pipeline):
    doc = build(core_pipeline, "Ми вдячні Польщі за готовність надати Україні бойові літаки.",
                names=[("Польщі", "poland"), ("Україні", "ukraine")])
    assert statuses(doc, "AID") == ["planned"]
    doc = build(core_pipeline, "Ми вдячні Польщі за бойові літаки.", names=[("Польщі", "poland")])
    assert statuses(doc, "AID") == ["occurred"]
