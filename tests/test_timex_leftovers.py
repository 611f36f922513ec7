"""Time leftovers of issues 17 and 16 (part T17), on sentences written for these tests,
documents of several years.

1. A year next to "this day" ("Минулого року в цей день", "торік цього ж дня", "того ж дня
   минулого року") is one day: that day of that year, and the event takes it.
2. A time governs the clause of its own verb: a happening one learns or is told of
   ("отримали розвіддані про наступ", "дізналися про переговори") takes no time of the
   learning, only one inside its own topic phrase.
3. "Того вечора", "того дня" point to the day told last in the document when no other time
   was told since, though it stands paragraphs back (an interview gives the day once)."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def time_of(text: str, date: str, trigger: str):
    from khronika.pipeline import analyze
    evs = [e for e in analyze(text, date).events if e.trigger.text == trigger]
    assert evs, [(e.type, e.trigger.text) for e in analyze(text, date).events]
    return (evs[0].time or {}).get("value")


YEAR_DAYS = [
    ("2024-05-09", "Минулого року в цей день ми прощалися з побратимами.",
     ("Минулого року в цей день", "2023-05-09")),
    ("2025-11-21", "Рік тому цього ж дня волонтери відкрили шпиталь у Сумах.",
     ("Рік тому цього ж дня", "2024-11-21")),
    ("2023-02-03", "Торік цього ж дня місто залишилося без світла.",
     ("Торік цього ж дня", "2022-02-03")),
    ("2026-07-15", "Того ж дня минулого року парламент ухвалив бюджетну резолюцію.",
     ("Того ж дня минулого року", "2025-07-15")),
    ("2025-10-01", "Два роки тому, в цей день, у Дніпрі запрацювала нова лікарня.",
     ("Два роки тому, в цей день", "2023-10-01")),
]


@pytest.mark.parametrize("date,text,pair", YEAR_DAYS)
def test_a_year_beside_this_day_is_that_day_of_that_year(pipe, date, text, pair):
    got = found(pipe, text, date)
    assert pair in got, got
    assert len(got) == 1, got


@pytest.mark.parametrize("date,text,trigger,value", [
    ("2024-06-12", "Минулого року в цей день прем'єр-міністр Канади прибув до Львова.",
     "прибув", "2023-06-12"),
    ("2025-09-30", "Того ж дня минулого року Україна підписала угоду з Норвегією.",
     "підписала", "2024-09-30"),
])
def test_the_event_takes_the_day_of_that_year(date, text, trigger, value):
    assert time_of(text, date, trigger) == value


def test_a_year_apart_from_this_day_stays_apart(pipe):
    got = found(pipe, "Цей день ми запам'ятаємо. Минулого року ми були в Полтаві.", "2025-03-10")
    assert got == {("Цей день", "2025-03-10"), ("Минулого року", "2024")}


@pytest.mark.parametrize("date,text,trigger", [
    ("2024-03-01", "Ще 19 лютого командування отримало розвіддані про наступ під Авдіївкою.", "наступ"),
    ("2023-10-12", "Вчора прикордонники передали нам дані про підготовку обстрілу Сум.", "обстрілу"),
    ("2025-06-20", "У понеділок журналісти дізналися про переговори делегацій у Женеві.", "переговори"),
    ("2022-09-05", "3 вересня ми отримали попередження про удар по Запоріжжю.", "удар"),
])
def test_what_is_learned_takes_no_time_of_the_learning(date, text, trigger):
    assert time_of(text, date, trigger) is None


@pytest.mark.parametrize("date,text,trigger,value", [
    # its own time inside the topic phrase
    ("2023-10-12", "Вчора ми отримали дані про обстріл Сум 9 жовтня.", "обстріл", "2023-10-09"),
    # the verb's own happening keeps the verb's time
    ("2024-03-01", "19 лютого ворог розпочав наступ під Авдіївкою.", "наступ", "2024-02-19"),
    ("2025-06-20", "У понеділок делегації провели переговори у Женеві.", "переговори", "2025-06-16"),
])
def test_a_happening_keeps_its_own_time(date, text, trigger, value):
    assert time_of(text, date, trigger) == value


INTERVIEW = ("Ви пам'ятаєте 7 жовтня?\n\nТак, звісно. Я тоді працював у лікарні.\n\n"
             "Що було далі?\n\n")


@pytest.mark.parametrize("date,text,pair", [
    ("2024-11-02", INTERVIEW + "Того вечора до нас привезли перших поранених.", ("Того вечора", "2024-10-07TEV")),
    ("2024-11-02", INTERVIEW + "Того дня ми не спали.", ("Того дня", "2024-10-07")),
    ("2023-04-15", "Вибух пролунав 28 березня.\n\nСусіди вибігли на вулицю. Поліція приїхала швидко.\n\n"
     "Свідків опитали.\n\nТого ж дня мер скликав нараду.", ("Того ж дня", "2023-03-28")),
])
def test_that_day_reaches_back_to_the_last_day_told(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


@pytest.mark.parametrize("text", [
    # another time told since
    "Вибух пролунав 28 березня.\n\nСусіди вибігли на вулицю. Поліція приїхала швидко.\n\n"
    "У квітні будинок почали відбудовувати.\n\nТого дня всі плакали.",
    # the day the clause after it defines
    "Вибух пролунав 28 березня.\n\nСусіди вибігли на вулицю. Поліція приїхала швидко.\n\n"
    "Свідків опитали.\n\nТого дня, коли прийшов лист, мама плакала.",
])
def test_that_day_with_another_time_between_stays_undated(pipe, text):
    assert not any(span.lower().startswith("того") for span, _ in found(pipe, text, "2023-05-15"))


def test_the_event_takes_that_evening():
    from khronika.pipeline import analyze
    text = INTERVIEW + "Того вечора президент провів нараду з командуванням."
    evs = [e for e in analyze(text, "2024-11-02").events if e.trigger.text == "нараду"]
    assert evs and evs[0].time["value"] == "2024-10-07TEV"
