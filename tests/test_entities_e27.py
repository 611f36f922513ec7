"""Entities of part E27 (issue 12): initials whose stops stand apart, as text tokenized in
advance writes them, each tested with sentences written for the test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed, pipe, run  # noqa: F401  (pipe: a fixture)

A = Analysed("2019-05-14")


def _typed(text: str) -> set[tuple[str, str]]:
    return {(m["text"], e["type"]) for e in A.named(text) for m in e["mentions"]}


@pytest.mark.parametrize("text, names", [
    ("Досліди повторили біолог Т . Гнатюк і фізик Р . Сенчук .",
     {"Т . Гнатюк", "Р . Сенчук"}),
    ("Про це писали О . Д . Лещенко та В . П . Тимошук у своїх працях .",
     {"О . Д . Лещенко", "В . П . Тимошук"}),
])
def test_initials_with_their_stops_apart_stay_with_the_surname(text, names):
    """"Т . Гнатюк": the stop set apart from its letter does not end the sentence before the
    surname, so the person is named with the initials, as "Т. Гнатюк" would be."""
    got = _typed(text)
    for name in names:
        assert (name, "PER") in got, got


def test_a_letter_with_its_stop_apart_before_a_common_word_ends_the_sentence():
    """"вітамін С . Наступного": a common word after the letter starts a new sentence."""
    from khronika.pipeline import analyze
    doc = analyze("Лікар радив вітамін С . Наступного дня Олена купила його .", "2019-05-14")
    assert len(doc.sentences) == 2


def _places(text: str) -> set[str]:
    return {e["id"] for e in A.named(text) if e["type"] == "LOC"}


@pytest.mark.parametrize("text, place", [
    ("Бойовики знову обстріляли Стаханов Луганської області.", "kadiivka"),
    ("Жителі Орджонікідзе третій день скаржаться на воду.", "pokrov"),
    ("Рятувальники працювали в місті Димитров до ранку.", "myrnohrad"),
])
def test_an_old_town_name_that_is_a_surname_is_the_town_where_the_context_says_so(text, place):
    """"Стаханов" beside its oblast, "Орджонікідзе" after a word of its people, "Димитров"
    after "місті": the renamed town (Kadiivka, Pokrov, Myrnohrad), as its present name
    would be."""
    assert place in _places(text), A.named(text)


@pytest.mark.parametrize("text", [
    "Депутат довго сперечався з Димитровим про бюджет.",
    "Пам'ятник Щорсу у сквері демонтували ще навесні.",
    "Ветерани шахти згадали Олексія Стаханова та його рекорд.",
    "Бюст Орджонікідзе прибрали з вул. Стаханова ще навесні.",
])
def test_an_old_town_name_that_is_a_surname_stays_the_man_elsewhere(text):
    """The man the town was named after, his monument or his street: no town."""
    assert not any(e.get("katottg") for e in A.named(text)), A.named(text)


def test_gated_old_names_need_more_than_their_towns():
    """Each old name marked with a gate in renamed_places.yaml is indexed with that gate,
    and its present name keeps its own."""
    from khronika.kb import get_kb
    from khronika.lang.uk import load
    kb = get_kb()
    gated = [r for r in load("kb/renamed_places")["renamed"] if r.get("gate")]
    assert gated
    for r in gated:
        gates = kb.alias_gates.get((r["old"].lower(),))
        assert gates and set(gates.values()) == {r["gate"]}, r
        (eid,) = gates
        assert kb.entities[eid].gate <= r["gate"]


@pytest.mark.parametrize("text, eid", [
    ("Проєкт погодили з Адміністрацією Президента України ще в березні.", "office-of-the-president-of-ukraine"),
    ("Представник Адміністрації Президента взяв участь у нараді.", "office-of-the-president-of-ukraine"),
])
def test_the_presidential_administration_is_the_office_of_the_president(text, eid):
    """"Адміністрація Президента України" is what the Office of the President was called
    before 2019: the same body, linked (it was dropped, its name holding a role phrase)."""
    A19 = Analysed("2018-03-20")
    assert eid in {e["id"] for e in A19.named(text)}, A19.named(text)


def test_another_presidents_administration_is_not_ukraines():
    text = "Адміністрація Президента Росії заперечила участь у переговорах."
    assert "office-of-the-president-of-ukraine" not in {e["id"] for e in A.named(text)}


@pytest.mark.parametrize("text, name", [
    ("Зусиллями «Майкрософт Україна» школи отримали ноутбуки.", "Майкрософт Україна"),
    ("Компанія «Кока-Кола Україна» відкрила ще одну лінію.", "Кока-Кола Україна"),
])
def test_a_company_named_with_its_country_in_quotes_is_one_body(text, name):
    """«Майкрософт Україна»: a company's branch, one organisation, not Ukraine."""
    got = _typed(text)
    assert (name, "ORG") in got and ("Україна", "LOC") not in got, got


def test_a_slogan_to_the_country_in_quotes_stays_the_country():
    got = _typed("На мітингу скандували «Слава Україні!» до самого вечора.")
    assert ("Україні", "LOC") in got, got


def test_a_first_name_and_patronymic_after_the_full_name_is_that_person():
    """"Леонід Макарович" after "Леонід Макарович Кравчук": the same man (a respectful
    address), not a second person of that name."""
    text = ("Помер перший Президент України Леонід Макарович Кравчук. Леонід Макарович умів "
            "домовлятися. Усі, хто знав Леоніда Макаровича, пам'ятатимуть його.")
    people = {m["text"]: e["id"] for e in A.named(text) if e["type"] == "PER" for m in e["mentions"]}
    assert people.get("Леонід Макарович") == people["Леонід Макарович Кравчук"], people


@pytest.mark.parametrize("text, name", [
    ("Президент привітав польських друзів із Днем Конституції Польщі.", "Днем Конституції Польщі"),
    ("Сьогодні Міжнародний день медичної сестри, і ми дякуємо медикам.", "Міжнародний день медичної сестри"),
])
def test_a_named_day_is_no_body(pipe, text, name):
    """A day's name the model reads as a body is MISC, not an organisation or a place."""
    doc = run(pipe, text, "2022-05-03", [(name, "ORG")])
    got = {(m.text, m.type) for m in doc.mentions}
    assert (name, "MISC") in got, got


def test_an_english_name_ending_in_house_is_a_body():
    got = _typed("Я вдячний, що Chatham House зібрав цю дискусію.")
    assert ("Chatham House", "ORG") in got, got
