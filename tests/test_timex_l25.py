"""Time leftovers of issues 17 and 16 (part L25), on sentences written for these tests.

1. A vague count after "через" in a clause told in the past ("Через кілька днів суд
   скасував ...") lies before the report (PAST_REF), never ahead of it; told ahead it stays
   FUTURE_REF.
2. A day's schedule lists its items with bare clock times after a semicolon or a colon and
   before a dash ("9:30 – засідання; 14:00 – брифінг"): each is a clock time of that day.
3. "12/03/2024" and "05/11" (both parts of two digits without a year) are days, the day
   first; "24/7" and "1/2" are not.
4. A count named again by its date ("Через три місяці, 1 грудня,") in a story of a past year
   is that year's day, not the one nearest the report; so is a day named with its part of the
   day ("Уночі 30 листопада") in a story of a past year, as the day alone is.
5. Days of the war counted by a round ordinal in words ("Сороковий день війни", "тисячний
   день повномасштабної війни") are dates; "на сороковий день" alone is no length.
6. "за тиждень" / "за день" told ahead ("Наступний раунд відбудеться за тиждень") is a week or
   a day on from the report; counting back from a day ("за тиждень до виборів"), told in the
   past or as a boast told then, it stays a length.
7. A weekday in the phrase of a happening named after the past verb that reports it ("оголосив
   про зустріч з виборцями у середу") is the nearest one, as a date there is."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


VAGUE_AFTER = [
    ("2019-10-02", "У вересні депутати внесли законопроєкт. Через кілька тижнів комітет його відхилив.",
     ("кілька тижнів", "PAST_REF")),
    ("2023-04-18", "Навесні 2022 року місто звільнили, а через кілька місяців там відкрили школу.",
     ("кілька місяців", "PAST_REF")),
    ("2016-02-08", "Колишнього мера затримали в аеропорту, через 2-3 дні його відпустили під заставу.",
     ("2-3 дні", "PAST_REF")),
    ("2021-11-30", "Слідчі вилучили документи, а через день-другий повернули їх власникові.",
     ("день-другий", "PAST_REF")),
    ("2025-03-03", "Через кілька днів делегація повернеться до Варшави.",
     ("кілька днів", "FUTURE_REF")),
    ("2024-09-10", "Через 2-3 тижні уряд представить нову стратегію.",
     ("2-3 тижні", "FUTURE_REF")),
]


@pytest.mark.parametrize("date,text,pair", VAGUE_AFTER)
def test_a_vague_count_after_a_past_day_stays_in_the_past(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


SCHEDULES = [
    ("2024-10-14", "Графік на середу: 9:30 – засідання комітету; 14:00 – брифінг; 17:15 – прийом делегації.",
     [("9:30", "2024-10-16T09:30"), ("14:00", "2024-10-16T14:00"), ("17:15", "2024-10-16T17:15")]),
    ("2019-02-04", "Сьогодні 11:00 – нарада в міністерстві; 16:30 – зустріч з освітянами.",
     [("16:30", "2019-02-04T16:30")]),
]


@pytest.mark.parametrize("date,text,pairs", SCHEDULES)
def test_a_schedule_item_opens_with_its_clock_time(pipe, date, text, pairs):
    got = found(pipe, text, date)
    for pair in pairs:
        assert pair in got


SLASHES = [
    ("2023-11-02", "Листа надіслали 30/10/2023 на адресу суду.", ("30/10/2023", "2023-10-30")),
    ("2022-06-20", "Наступне засідання призначене на 05/07.", ("05/07", "2022-07-05")),
    ("2018-03-01", "Рішення датоване 7/2/2018 р.", ("7/2/2018 р.", "2018-02-07")),
]


@pytest.mark.parametrize("date,text,pair", SLASHES)
def test_a_day_written_with_slashes(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


@pytest.mark.parametrize("text", ["Чергування триває 24/7 без вихідних.", "Пів склянки, тобто 1/2 норми."])
def test_a_fraction_is_no_day(pipe, text):
    assert found(pipe, text, "2024-04-04") == set()


def test_a_count_named_again_by_its_date_keeps_the_story_year(pipe):
    got = found(pipe, "Договір підписали 10 травня 2004 року. Через два місяці, 15 липня, його ратифікували.",
                "2024-05-10")
    assert ("15 липня", "2004-07-15") in got and ("два місяці", "2004-07-15") in got


def test_a_day_with_its_part_of_the_day_keeps_the_story_year(pipe):
    got = found(pipe, "Навесні 2004 року депутати зібралися в Ужгороді. Ввечері 20 травня вони ухвалили звернення.",
                "2024-05-10")
    assert ("Ввечері 20 травня", "2004-05-20TEV") in got


WAR_DAYS = [
    ("2022-04-04", "Сороковий день повномасштабної війни. Окупанти відступають з півночі.",
     ("Сороковий день повномасштабної війни", "2022-04-04")),
    ("2024-11-19", "Тисячний день війни країна зустріла під обстрілами.", ("Тисячний день війни", "2024-11-19")),
    ("2022-07-13", "Сто сороковий день війни.", ("Сто сороковий день війни", "2022-07-13")),
]


@pytest.mark.parametrize("date,text,pair", WAR_DAYS)
def test_a_war_day_by_a_round_ordinal(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_round_ordinal_day_alone_is_no_length(pipe):
    assert found(pipe, "На сороковий день рідні зібралися разом.", "2022-04-04") == set()


WEEK_ON = [
    ("2021-03-01", "Наступне засідання відбудеться за тиждень.", ("тиждень", "2021-W10")),
    ("2021-03-01", "За тиждень до виборів кандидати зберуться на дебати.", ("тиждень", "P1W")),
    ("2021-03-01", "За добу рятувальники загасили 40 пожеж.", ("добу", "P1D")),
    ("2021-03-01", "Генерали хвалилися, що за тиждень будуть у столиці.", ("тиждень", "P1W")),
]


@pytest.mark.parametrize("date,text,pair", WEEK_ON)
def test_a_week_on_told_ahead(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


ANNOUNCED_WEEKDAYS = [
    ("2019-04-22", "Штаб кандидата оголосив про зустріч з виборцями у середу.", ("середу", "2019-04-24")),
    ("2026-02-02", "Прес-служба повідомила про засідання комісії в четвер.", ("четвер", "2026-02-05")),
    ("2019-04-22", "Кандидат зустрівся з виборцями у середу.", ("середу", "2019-04-17")),
]


@pytest.mark.parametrize("date,text,pair", ANNOUNCED_WEEKDAYS)
def test_a_weekday_of_an_announced_happening_is_the_nearest(pipe, date, text, pair):
    assert pair in found(pipe, text, date)
