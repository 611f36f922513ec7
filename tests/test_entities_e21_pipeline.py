"""The entity pipeline around the NER model on real text (issue 12, part E21): where the rules
after the model lost names the model had found, on the NER-UK training documents."""
import pytest

from entity_helpers import Analysed


AT = Analysed("2021-05-12")
ents = AT.entities
spans = AT.spans


# A settlement whose name is also a common word (gate 2 in the codifier index) was dropped
# whenever no settlement word or oblast stood beside it, even where the model read a place
# after a place preposition.
@pytest.mark.parametrize("text, place", [
    ("Минулого тижня у Рогатині відкрили нову школу.", "Рогатині"),
    ("Фермери з Петриківки скаржаться на закупівельні ціни.", "Петриківки"),
])
def test_a_common_word_town_the_model_reads_after_a_preposition_is_a_place(text, place):
    assert place in spans(text, "LOC"), ents(text)


def test_the_one_unit_of_that_name_is_linked():
    found = [e for e in ents("Минулого тижня у Рогатині відкрили нову школу.") if e["type"] == "LOC"]
    assert [e["id"] for e in found] == ["rohatyn"] and found[0].get("kb"), found


def test_several_units_of_that_name_stay_unlinked():
    found = [e for e in ents("Фермери з Петриківки скаржаться на закупівельні ціни.") if e["type"] == "LOC"]
    assert found and not any(e.get("kb") for e in found), found


def test_a_common_word_with_no_preposition_stays_no_place():
    assert not spans("Перемоги наших спортсменів радують уболівальників.", "LOC")


def test_an_unlinked_place_takes_no_knowledge_base_id():
    """A place left unlinked among several units of its name keeps an id of its own: the
    plain slug may be the id of one of those units, and a reader would take it for that one."""
    for e in ents("Фермери з Петриківки скаржаться на закупівельні ціни."):
        if e["type"] == "LOC" and not e.get("kb"):
            from khronika.kb import get_kb
            assert e["id"] not in get_kb().entities, e


# A body's remit listed with commas and a closing conjunction is one name: the comma before a
# lower-case word ended every name, as it rightly does before a clause of the sentence.
@pytest.mark.parametrize("text, name", [
    ("Лист надіслали до Державного комітету молодіжної політики, спорту і туризму.",
     "Державного комітету молодіжної політики, спорту і туризму"),
    ("Представники Міністерства регіонального розвитку, будівництва і ЖКГ приїхали до міста.",
     "Міністерства регіонального розвитку, будівництва і ЖКГ"),
    ("Угоду підписав Український науково-дослідний інститут стандартизації, сертифікації та інформатики.",
     "Український науково-дослідний інститут стандартизації, сертифікації та інформатики"),
])
def test_a_remit_listed_with_commas_stays_in_the_body_name(text, name):
    assert name in spans(text, "ORG"), ents(text)


def test_a_comma_before_a_clause_still_ends_the_name():
    text = "Як пише The Wall Street Journal, адміністрація США розглядає нові кроки."
    assert spans(text, "ORG") == {"The Wall Street Journal"}, ents(text)


# A place's name in quotes after a kind of outlet names the outlet, as after an airport.
@pytest.mark.parametrize("text, name", [
    ("Редакція газети «Полтавщина» отримала нового головного редактора.", "Полтавщина"),
    ("Телеканал «Київ» показав репортаж про ремонт мостів.", "Київ"),
])
def test_a_place_name_quoted_after_an_outlet_noun_is_the_outlet(text, name):
    assert name in spans(text, "ORG") and not spans(text, "LOC"), ents(text)


def test_an_outlet_the_knowledge_base_knows_stays_linked():
    found = ents("Про це повідомило інформагентство «Укрінформ».")
    assert [e["id"] for e in found if e["type"] == "ORG"] == ["ukrinform"], found


# A one-word name at a sentence start that the dictionary also reads as a common word was
# dropped, even in quote marks, where its capital is a name's and not the sentence's.
@pytest.mark.parametrize("text, name", [
    ("«Будмайстер» виграв тендер на ремонт лікарні.", "Будмайстер"),
    ("«Єврогазбанк» відкрив нове відділення.", "Єврогазбанк"),
])
def test_a_quoted_name_opening_a_sentence_is_kept(text, name):
    assert name in spans(text, "ORG"), ents(text)


def test_a_common_word_opening_a_sentence_stays_no_name():
    assert not spans("Кошти надійшли на рахунок громади.", "ORG")


# An order named after a person is the order's name: the person in it is not mentioned
# (a person count of real decrees and addresses took "княгині Ольги" for someone present).
@pytest.mark.parametrize("text, order", [
    ("Президент нагородив посла орденом княгині Ольги третього ступеня.", "орден княгині Ольги"),
    ("Командира бригади відзначили орденом Богдана Хмельницького.", "орден Богдана Хмельницького"),
    ("Волонтерів нагородили орденом Данила Галицького III ступеня.", "орден Данила Галицького"),
])
def test_an_order_named_after_a_person_is_no_mention_of_the_person(text, order):
    found = ents(text)
    assert not [e for e in found if e["type"] == "PER"], found
    assert [e for e in found if e["type"] == "MISC" and e["name_uk"] == order], found


def test_the_one_awarded_after_an_order_stays_a_person():
    text = "Президент нагородив орденом Івана Петренка за оборону міста."
    assert "Івана Петренка" in spans(text, "PER"), ents(text)


def test_the_historical_person_outside_an_order_stays_a_person():
    assert "Богдан Хмельницький" in spans("Богдан Хмельницький уклав угоду з Москвою.", "PER")


# A region or a square whose name is also a capitalised common noun, after "на" in the
# locative, is that place: "на" alone says nothing of a place ("на Петренка").
@pytest.mark.parametrize("text, place", [
    ("Київські депутати зібралися на Майдані.", "Майдані"),
    ("На Заході країни пройшли дощі, а на Поліссі похолодало.", "Поліссі"),
])
def test_a_region_named_by_a_common_noun_after_na_is_a_place(text, place):
    assert place in spans(text, "LOC"), ents(text)


def test_a_capitalised_body_noun_after_a_preposition_stays_no_place():
    assert not spans("Уряд ухвалив постанову, а у Службі мовчать.", "LOC")


def test_a_body_short_form_written_without_its_apostrophe_is_linked():
    found = ents("Запит надіслали до Мінюсту ще в березні.")
    assert "ministry-of-justice-of-ukraine" in {e["id"] for e in found}, found


# A surname alone after the person was named in full is that person, even where a village
# has the same form ("Левицького": Levytske's genitive); the village stays a village elsewhere.
def test_a_surname_named_again_is_the_person_not_the_village_of_that_form():
    text = ("Заступника мера Дмитра Левицького звільнили. За словами Левицького, "
            "рішення ухвалили без нього.")
    found = ents(text)
    assert not [e for e in found if e["type"] == "LOC"], found
    people = [e for e in found if e["type"] == "PER"]
    assert len(people) == 1 and len(people[0]["mentions"]) == 2, found
