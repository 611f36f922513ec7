"""Recall in news genres the project had not read: a party leaving a pact or a body (REJECT), a
site seized by armed men (ASSAULT), a loan told by its verb (AID); and the senses of the same
words that tell no happening. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import ENTS, build, sorted_types as _types

for _key, _en, _uk, _typ in (("belarus", "Belarus", "Білорусь", "LOC"), ("lithuania", "Lithuania", "Литва", "LOC"),
                             ("hungary", "Hungary", "Угорщина", "LOC"), ("eib", "European Investment Bank",
                                                                          "Європейський інвестиційний банк", "ORG")):
    ENTS.setdefault(_key, (_en, _uk, _typ, None))


@pytest.mark.parametrize("text, names", [
    ("Росія вийшла із зернової угоди після двох років її дії.", [("Росія", "russia")]),
    ("Угорщина виходить з договору про спільне патрулювання.", [("Угорщина", "hungary")]),
    ("Білорусь денонсувала угоду з Литвою про місцевий прикордонний рух.",
     [("Білорусь", "belarus"), ("Литвою", "lithuania")]),
    ("Учора Росія призупинила участь у договорі про обмеження озброєнь.", [("Росія", "russia")]),
    ("Угорщина оголосила про вихід із цієї організації.", [("Угорщина", "hungary")]),
])
def test_leaving_a_pact_is_a_refusal_of_it(core_pipeline, text, names):
    doc = build(core_pipeline, text, names=names)
    assert _types(doc) == ["REJECT"]
    assert names[0][1] in doc.events[0].actors


def test_a_pact_left_is_not_agreed_nor_talks_left_held(core_pipeline):
    doc = build(core_pipeline, "Росія вийшла з переговорів і з угоди, а потім заявила про це.",
                names=[("Росія", "russia")])
    assert "AGREE" not in _types(doc) and "CONSULT" not in _types(doc)
    assert "REJECT" in _types(doc)


@pytest.mark.parametrize("text", [
    "Делегація вийшла із зали після підписання угоди.",
    "Країна вийшла з кризи, а угоду так і не обговорювали.",
    "Міністр вийшов із заявою щодо договору.",
    "Співпраця вийшла на новий рівень.",
    "Бійці вийшли з оточення під містом.",
    "Сотні книжок вийшли з друку.",
])
def test_leaving_a_room_a_crisis_or_coming_out_with_a_statement_refuses_nothing(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert "REJECT" not in _types(doc)


@pytest.mark.parametrize("text", [
    "Окупанти захопили будівлю міської ради.",
    "Російські військові захопили аеропорт біля столиці.",
    "Бойовики захопили електростанцію на півночі країни.",
])
def test_a_site_seized_by_armed_men_is_an_assault(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "ground")]


@pytest.mark.parametrize("text", [
    "Фільм захопив увагу глядачів.",
    "Компанія захопила ринок мобільного зв'язку.",
    "Хакери захопили сайт міністерства.",
    "Протестувальники захопили будівлю парламенту.",
    "Ми з захопленням дивилися на нову будівлю вокзалу.",
    "Окупанти можуть захопити електростанцію, попереджають аналітики.",
])
def test_no_site_or_no_armed_men_no_seizure(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert "ASSAULT" not in _types(doc)


def test_a_loan_told_by_its_verb_is_economic_aid(core_pipeline):
    doc = build(core_pipeline, "Європейський інвестиційний банк прокредитує ремонт мостів на 50 мільйонів євро.",
                names=[("Європейський інвестиційний банк", "eib")])
    assert [(e.type, e.mode, e.status) for e in doc.events] == [("AID", "economic", "planned")]
    assert doc.events[0].actors == ["eib"]


def test_a_bank_that_lends_to_firms_in_general_gives_no_aid(core_pipeline):
    doc = build(core_pipeline, "Ощадбанк кредитує малий бізнес уже десять років.")
    assert "AID" not in _types(doc)


@pytest.mark.parametrize("text", [
    "Наші десантники вибили ворога з укріплень біля річки.",
    "Бригада витіснила окупантів із лісосмуги.",
    "Армія сусідньої країни розпочала наземну операцію на півдні.",
])
def test_the_adversary_driven_out_or_a_ground_operation_begun_is_an_assault(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert [(e.type, e.mode) for e in doc.events] == [("ASSAULT", "ground")]


@pytest.mark.parametrize("text", [
    "Пожежники вибили двері квартири.",
    "Нова мережа витіснила конкурентів з ринку.",
    "Вибух вибив шибки у школі.",
])
def test_driving_out_no_adversary_is_no_assault(core_pipeline, text):
    doc = build(core_pipeline, text)
    assert "ASSAULT" not in _types(doc)
