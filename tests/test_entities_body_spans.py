"""Where a body's name begins and ends in news of other genres: courts, agencies with a
remit, territorial branches, military units with their quoted names, companies with their
legal form (texts written for these tests; the statistical model is replaced by a stand-in
that tags the given strings, or nothing)."""
import pytest

from khronika.lang.uk import load
from ner_double import analyse_with_spans
from entity_helpers import pipe, typed_spans  # noqa: F401  (pipe: a fixture)


spans = typed_spans


def test_body_name_data_loads():
    data = load("body_names")
    assert "суд" in data["head_nouns"] and "ТОВ" in data["legal_forms"]
    assert ["з", "питань"] in data["remit_openers"]


@pytest.mark.parametrize("text, name", [
    # a sentence-initial court: every capitalised word is a plain adjective, so the model is
    # never asked; the adjectives and the head noun are the name
    ("Львівський окружний адміністративний суд скасував постанову.",
     "Львівський окружний адміністративний суд"),
    ("Справу розгляне Галицький районний суд міста Львова.", "Галицький районний суд міста Львова"),
    ("Державне агентство з питань електронного урядування України оновило застосунок.",
     "Державне агентство з питань електронного урядування України"),
    ("Слідчі Головного управління Національної поліції у Вінницькій області відкрили справу.",
     "Головного управління Національної поліції у Вінницькій області"),
    ("Договір уклали з ТОВ «Зелена долина» минулого тижня.", "ТОВ «Зелена долина»"),
])
def test_a_body_is_one_mention_from_its_first_word_to_its_last(pipe, text, name):
    doc = analyse_with_spans(pipe, text, "2025-03-04")
    assert (name, "ORG") in spans(doc)
    inside = [m for m in doc.mentions if text.index(name) <= m.start < text.index(name) + len(name)]
    assert len(inside) == 1         # nothing nested


def test_a_unit_takes_its_quoted_name(pipe):
    text = "Позиції біля річки утримують бійці 168-ї окремої гірсько-штурмової бригади «Полісся»."
    doc = analyse_with_spans(pipe, text, "2025-03-04", [("168-ї окремої гірсько-штурмової бригади", "ORG")])
    assert spans(doc) == [("168-ї окремої гірсько-штурмової бригади «Полісся»", "ORG")]


def test_a_legal_form_joins_the_kb_company_it_names(pipe):
    doc = analyse_with_spans(pipe, "Клієнти ПрАТ «Київстар» отримали компенсацію.", "2025-03-04")
    assert spans(doc) == [("ПрАТ «Київстар»", "ORG")]
    assert doc.entities[doc.mentions[0].entity].kb


def test_a_name_headed_by_a_body_noun_is_an_organisation(pipe):
    doc = analyse_with_spans(pipe, "Грант отримав разом із Подільським інститутом.", "2025-03-04",
                             [("Подільським інститутом", "LOC")])
    assert spans(doc) == [("Подільським інститутом", "ORG")]


def test_a_kind_of_place_before_a_name_is_not_part_of_it(pipe):
    doc = analyse_with_spans(pipe, "Ціни підняла мережа АЗС UPG у середу.", "2025-03-04", [("АЗС UPG", "ORG")])
    assert spans(doc) == [("UPG", "ORG")]


def test_a_full_name_after_a_village_elder_is_a_person(pipe):
    doc = analyse_with_spans(pipe, "Про це розповів староста села Петро Гаврилюк.", "2025-03-04",
                             [("Петро Гаврилюк", "PER")])
    assert spans(doc) == [("Петро Гаврилюк", "PER")]


@pytest.mark.parametrize("text, model", [
    ("Районний суд відмовив у позові.", []),                       # a plain court, no name
    ("Американська оборонна компанія отримала замовлення.", []),   # no head noun of a body
    ("Передачу конфіскованого Державною митною службою майна погодили.", []),  # the participle's
    ("2-й батальйон вийшов на позиції.", []),                      # a count of units
    ("Бригаду «Азов» відвели на відпочинок.", [("Азов", "ORG")]),  # a head noun alone before a quote
])
def test_no_body_name_where_there_is_none(pipe, text, model):
    doc = analyse_with_spans(pipe, text, "2025-03-04", model)
    assert [s for s in spans(doc) if s[0] not in ("Азов", "Державною митною службою")] == []


@pytest.mark.parametrize("text, name", [
    # nested closing quotes written as one
    ("Тендер виграло ДП «Обласний аеропорт «Полтава» минулого місяця.", "ДП «Обласний аеропорт «Полтава»"),
    ("Рішення оскаржило Черкаське територіальне відділення АМКУ.", "Черкаське територіальне відділення АМКУ"),
    ("Звернення розглянула Ковельська міськрада на сесії.", "Ковельська міськрада"),
    ("Дослідження провели в Інституті фізіології ім. О. Богомольця разом з колегами.",
     "Інституті фізіології ім. О. Богомольця"),
])
def test_more_bodies_are_one_mention(pipe, text, name):
    doc = analyse_with_spans(pipe, text, "2025-03-04")
    assert (name, "ORG") in spans(doc)


def test_an_adjective_the_model_took_for_a_person_joins_the_body(pipe):
    text = "Конкурс оголосило Головне управління економіки та інвестицій КМДА."
    doc = analyse_with_spans(pipe, text, "2025-03-04", [("Головне", "PER")])
    assert spans(doc) == [("Головне управління економіки та інвестицій КМДА", "ORG")]


@pytest.mark.parametrize("text, model, name", [
    ("Акції купила компанія Borvik Trading Inc. з Панами.", "Borvik Trading Inc", "Borvik Trading Inc."),
    ("Грант дав Фонд захисту дикої природи ( ФЗДП ) цього року.", "Фонд захисту дикої природи ( ФЗДП",
     "Фонд захисту дикої природи ( ФЗДП )"),
    ("Звіт Полтававодоканалу про ремонт мереж надіслали вчора.", "Полтававодоканалу про",
     "Полтававодоканалу"),
])
def test_the_edges_of_a_models_span(pipe, text, model, name):
    doc = analyse_with_spans(pipe, text, "2025-03-04", [(model, "ORG")])
    assert (name, "ORG") in spans(doc)


def test_a_noun_that_is_also_a_preposition_after_its_adjective_stays(pipe):
    # "шляхом" is also read as a preposition; after an adjective it is the noun of the name
    text = "Караван ішов Соляним шляхом до моря."
    doc = analyse_with_spans(pipe, text, "2025-03-04", [("Соляним шляхом", "LOC")])
    assert ("Соляним шляхом", "LOC") in spans(doc)
