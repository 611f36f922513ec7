"""Entities of news of further genres (issue 12, part E19): business and media news that cite
outlets, agencies and exchanges, mayors named after their city, front-line reports that name
directions and villages in oblique cases, and foreign office holders of 2025. The sentences
are written for these tests."""
import pytest

from khronika.extract.entities import Lexicon
from khronika.kb.inflect import place_forms
from entity_helpers import Analysed


AT = Analysed("2025-11-20")
ents = AT.named
mentions = AT.by_surface


def test_the_word_lists_load():
    lex = Lexicon()
    assert {"концерн", "агентство"} <= lex.descriptor_nouns
    assert "напрямок" in lex.direction_heads


def test_a_name_ends_at_a_comma_before_a_lowercase_clause():
    """The model ran "The Kyiv Independent, адміністрація США" into one body; the comma and the
    lowercase word after it end the name, and the country in the clause is found."""
    got = mentions("Як пише The Kyiv Independent, адміністрація США розглядає нові мита.")
    assert not any("," in text for text in got), got
    assert got["The Kyiv Independent"]["type"] == "ORG"
    assert got["США"]["id"] == "united-states"


@pytest.mark.parametrize("text, name", [
    ("Німецький концерн Rheinmetall збудує ще один завод.", "Rheinmetall"),
    ("Французьке агентство AFP опублікувало фото з Херсона.", "AFP"),
    ("Американська компанія Boeing отримала нове замовлення від Польщі.", "Boeing"),
    ("Російське агентство РИА Новости поширило фейк про обстріл.", "РИА Новости"),
])
def test_a_country_adjective_and_a_kind_are_no_part_of_the_name(text, name):
    got = mentions(text)
    assert name in got and got[name]["type"] == "ORG", got
    assert not any(t.split()[0] in text.split()[:2] and t != name for t in got), got


def test_media_and_exchanges_are_bodies_of_the_kb():
    got = mentions("За даними Bloomberg, акції компанії вже торгуються на Nasdaq.")
    assert got["Bloomberg"]["type"] == "ORG" and got["Bloomberg"]["kb"]
    assert got["Nasdaq"]["type"] == "ORG" and got["Nasdaq"]["kb"]


def test_a_named_exchange_is_a_body():
    got = mentions("Торги на Київській фондовій біржі завершилися зростанням.")
    assert got["Київській фондовій біржі"]["type"] == "ORG", got


def test_the_city_after_a_mayor_is_no_part_of_the_mayors_name():
    """"Мілана" reads as a woman's first name, and the model took "Мілана Джузеппе Сала" for
    one person: after "Мер" the city's genitive is the city, the words after it the mayor."""
    got = mentions("Мер Мілана Джузеппе Сала підписав угоду про побратимство з Одесою.")
    assert got["Мілана"]["type"] == "LOC" and got["Мілана"]["id"] == "milan", got
    assert got["Джузеппе Сала"]["type"] == "PER" and got["Джузеппе Сала"]["name_uk"] == "Джузеппе Сала"


@pytest.mark.parametrize("verb", ["привітав українських біженців", "заявив про нові обмеження"])
def test_the_name_after_a_mayors_city_is_a_person(verb):
    got = mentions(f"Мер Барселони Жауме Кольбоні {verb}.")
    assert got["Барселони"]["type"] == "LOC"
    assert got["Жауме Кольбоні"]["type"] == "PER", got


def test_a_front_direction_is_no_body():
    got = mentions("Найактивніше окупанти діяли на Оріхівському напрямку.")
    assert got["Оріхівському напрямку"]["type"] == "LOC", got


def test_a_possessive_place_name_declines_its_adjective():
    """"Часів Яр": the possessive adjective declines ("Часового Яру"), as the dictionary,
    which reads "часів" as a genitive plural, does not tell."""
    assert ("часового", "яру") in place_forms(["Часів", "Яр"])
    assert ("русиному", "яру") in place_forms(["Русин", "Яр"])
    got = mentions("Бійці утримують позиції на околицях Часового Яру.", "2024-09-06")
    assert got["Часового Яру"]["id"] == "chasiv-yar" and got["Часового Яру"]["name_uk"] == "Часів Яр"


def test_a_prime_minister_of_2025_by_another_spelling_of_his_first_name():
    got = mentions("Прем'єр-міністр Франції Себастьєн Лекорню представив склад уряду.")
    assert got["Себастьєн Лекорню"]["id"] == "sebastien-lecornu"


@pytest.mark.parametrize("text, who", [
    ("Стармерові президент передав перелік потреб армії.", "keir-starmer"),
    ("Макронові президент подякував за літаки.", "emmanuel-macron"),
])
def test_a_sitting_leader_in_the_dative_opens_a_sentence(text, who):
    """At a sentence start a word the dictionary also reads otherwise is no name; but not the
    name's own possessive adjective ("макронів"), nor a stray noun the dictionary lists under
    a sitting head's surname ("стармер")."""
    assert [e["id"] for e in ents(text)if e["type"] == "PER"] == [who]


def test_a_plural_noun_at_a_sentence_start_is_still_no_leader():
    assert not [e for e in ents("Кошти виділили на ремонт шкіл.") if e["type"] == "PER"]


@pytest.mark.parametrize("text, body, kb_id", [
    ("Розслідування веде Бюро економічної безпеки.", "Бюро економічної безпеки",
     "economic-security-bureau-of-ukraine"),
    ("Антимонопольний комітет оштрафував мережу аптек.", "Антимонопольний комітет",
     "antimonopoly-committee-of-ukraine"),
])
def test_a_state_body_named_without_the_state(text, body, kb_id):
    """News at home drops "України" from a state body's name: still the KB's body."""
    assert mentions(text)[body]["id"] == kb_id


def test_another_states_body_of_that_name_is_not_ukraines():
    got = mentions("Антимонопольний комітет Польщі оштрафував мережу аптек.")
    assert all(e["id"] != "antimonopoly-committee-of-ukraine" for e in got.values()), got


def test_an_operations_code_name_is_a_thing():
    got = mentions("Детективи повідомили про нові підозри в межах операції «Мідас».")
    assert got["Мідас"]["type"] == "MISC", got


def test_a_mayor_the_model_split_after_her_city_is_one_person():
    """The model read "Генуї Сільвія" as a body and "Саліс" as a person: after "Мер" the city
    is the city and the two words after it one woman, in the nominative."""
    got = mentions("Мер Генуї Сільвія Саліс відвідала Одесу.", "2026-01-20")
    assert got["Генуї"]["type"] == "LOC", got
    assert got["Сільвія Саліс"]["type"] == "PER" and got["Сільвія Саліс"]["name_uk"] == "Сільвія Саліс"


@pytest.mark.parametrize("text, who", [
    ("Мером Нью-Йорка став Зогран Мамдані.", "zohran-mamdani"),
    ("Мер Барселони Жауме Кольбоні прийняв делегацію зі Львова.", "jaume-collboni"),
])
def test_foreign_mayors_by_their_dated_roles(text, who):
    assert who in {e["id"] for e in ents(text, "2026-02-01")}


def test_an_unknown_first_name_as_written_keeps_the_surname_as_written():
    """"Зогран" (no dictionary first name, a consonant at the end as a man's nominative):
    the surname after it is nominative as written, not "Мамдан" read from a dative."""
    got = mentions("Переговори вів Зогран Бардані, а журналісти чекали біля входу.")
    assert got["Зогран Бардані"]["name_uk"] == "Зогран Бардані", got


def test_a_two_word_city_after_a_mayor_keeps_the_mayor_named_surname_first():
    """"Нової" alone is a village's name; "Нової Каховки" the city, and the name after it
    (surname first, with the patronymic) still the mayor."""
    got = mentions("Відзнаку отримав мер Нової Каховки Коваленко Володимир Іванович.", "2022-03-06")
    assert got["Нової Каховки"]["id"] == "nova-kakhovka"
    assert got["Коваленко Володимир Іванович"]["type"] == "PER", got
