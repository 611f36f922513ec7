"""Entity leftovers around the NER model (issue 12, part E22): bodies and people lost at a
sentence's start or behind an unknown first name."""
import pytest

from entity_helpers import Analysed


AT = Analysed("2023-03-14")
ents = AT.entities
spans = AT.spans


# Opening a sentence every adjective is capitalised, so one adjective before a body's head noun
# was no name there; the adjective of a raion, hromada or oblast is one, as it is elsewhere.
@pytest.mark.parametrize("text, name", [
    ("Бериславська РДА попросила жителів не повертатися до сіл.", "Бериславська РДА"),
    ("Черкаська ОДА затвердила план ремонту доріг.", "Черкаська ОДА"),
    ("Вінницька міськрада виділила кошти на укриття.", "Вінницька міськрада"),
    ("Броварська райрада зібралася на позачергову сесію.", "Броварська райрада"),
    ("Ізюмська МВА закликала містян виїхати.", "Ізюмська МВА"),
])
def test_a_place_adjective_and_a_head_open_a_sentence_as_one_body(text, name):
    assert name in spans(text, "ORG"), ents(text)


@pytest.mark.parametrize("text, name", [
    ("Про нові обмеження повідомила Бериславська РДА.", "Бериславська РДА"),
    ("Відповідь на запит надіслала Скадовська РВА.", "Скадовська РВА"),
])
def test_an_administration_abbreviation_after_a_place_adjective_is_one_body(text, name):
    """The adjective alone was read as the town ("Бериславська" as Beryslav's genitive)."""
    assert name in spans(text, "ORG"), ents(text)
    assert not spans(text, "LOC"), ents(text)


@pytest.mark.parametrize("text", [
    "Державна служба перевірила документи пасажирів.",
    "Нова лікарня прийняла перших пацієнтів.",
])
def test_a_plain_adjective_opening_a_sentence_names_no_body(text):
    assert not spans(text, "ORG"), ents(text)


# A body's short form written without its apostrophe ("Мінюст" for the KB's "Мін'юст") was
# taken at a sentence's start for a common word: the dictionary lists it under itself.
@pytest.mark.parametrize("text", [
    "Мінюст оскаржив рішення суду першої інстанції.",
    "Мінюст просить громадян перевірити свої дані в реєстрі.",
])
def test_a_short_form_without_its_apostrophe_opens_a_sentence(text):
    found = [e for e in ents(text) if e["type"] == "ORG"]
    assert [e["id"] for e in found] == ["ministry-of-justice-of-ukraine"], found


# A first name and a surname no dictionary or KB knows had no evidence of a person and were
# dropped; what the sentence does around them is evidence.
@pytest.mark.parametrize("text, name", [
    ("Співвласниками заводу є Тігран Дзігуа та Олег Петренко.", "Тігран Дзігуа"),
    ("Раду фонду очолили Олег Петренко та Ільгар Гогуа.", "Ільгар Гогуа"),
    ("Учора Нодар Кобахідзе заявив, що залишає посаду.", "Нодар Кобахідзе"),
    ("Фуад Аліханов повідомив журналістам про нові плани.", "Фуад Аліханов"),
    ("Лаша Бакрадзе наголосив на важливості реформи.", "Лаша Бакрадзе"),
])
def test_an_unknown_foreign_name_is_a_person_by_its_verb_or_its_list(text, name):
    assert name in spans(text, "PER"), ents(text)


@pytest.mark.parametrize("text", [
    "Сі-Ен Тауер відкрили після реконструкції.",
    "Мешканці Старої Ушиці та Олег Петренко прибрали берег.",
])
def test_a_place_or_a_building_stays_no_person(text):
    assert not any(s in {"Сі-Ен Тауер", "Старої Ушиці"} for s in spans(text, "PER")), ents(text)


# Two first names before one surname in the plural are a couple or siblings, one name as the
# model reads it; cut at the conjunction, the first became a person with no surname and the
# second one with a plural for a surname.
@pytest.mark.parametrize("text, name", [
    ("Співзасновниками агенції є Оксана і Олексій Кулагіни.", "Оксана і Олексій Кулагіни"),
    ("На весілля приїхали Андрій і Марта Шевчуки.", "Андрій і Марта Шевчуки"),
])
def test_two_first_names_before_a_plural_surname_are_one_name(text, name):
    assert spans(text, "PER") == {name}, ents(text)


def test_two_people_with_a_singular_surname_stay_two():
    text = "Угоду підписали Андрій та Ірина Коваль."
    assert "Андрій та Ірина Коваль" not in spans(text, "PER"), ents(text)


# The gazetteer took a KB surname alone after a first name no dictionary knows, and linked a
# namesake to the KB's person ("Вагіфа Алієва" as Ilham Aliyev); the model's span of both
# words is another person.
@pytest.mark.parametrize("text, name, kb_id", [
    ("Торговий центр звів забудовник Вагіф Алієв.", "Вагіф Алієв", "ilham-aliyev"),
    ("Склад орендувала фірма бізнесмена Вагіфа Алієва.", "Вагіфа Алієва", "ilham-aliyev"),
])
def test_an_unknown_first_name_before_a_kb_surname_is_a_namesake(text, name, kb_id):
    found = ents(text)
    assert name in spans(text, "PER"), found
    assert kb_id not in {e["id"] for e in found}, found


@pytest.mark.parametrize("text", [
    "Президент Азербайджану Ільхам Алієв прибув до Києва.",
    "Учора Алієв прибув до Києва.",
])
def test_the_kb_person_named_by_his_surname_or_own_first_name_stays_linked(text):
    assert "ilham-aliyev" in {e["id"] for e in ents(text)}, ents(text)


# A person noun in the instrumental and a link verb before an unknown first name and surname
# say who they are ("власником був ...").
@pytest.mark.parametrize("text, name", [
    ("Раніше основним власником крамниці був Гагік Авагян.", "Гагік Авагян"),
    ("Директором фірми значиться Нодар Кобахідзе.", "Нодар Кобахідзе"),
    ("Співвласниками агенції є Лаша Бакрадзе (30%) та його брат.", "Лаша Бакрадзе"),
])
def test_an_unknown_name_after_a_person_noun_and_a_link_verb_is_a_person(text, name):
    assert name in spans(text, "PER"), ents(text)


def test_a_company_word_makes_the_pair_no_person():
    text = "Учасником виставки став Дзігуа Ґруп."
    assert not spans(text, "PER"), ents(text)


# A surname the model reads as a person, with a person's verb after it, was taken for the
# codifier village its letters spell in another case ("Попова", Popovo's genitive).
@pytest.mark.parametrize("text", [
    "Після перевірки Попова заявила, що документи в порядку.",
    "Наступного ранку Попова повідомила колегам про рішення.",
])
def test_a_surname_that_acts_is_no_village(text):
    assert "Попова" in spans(text, "PER") and not spans(text, "LOC"), ents(text)


def test_the_village_in_its_genitive_stays_a_place():
    text = "Мешканці Попова скаржаться на розбиту дорогу."
    assert "Попова" in spans(text, "LOC"), ents(text)
