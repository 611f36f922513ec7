"""Time of events and time expressions (issues 17 and 16, part L27), on sentences written for
these tests.

1. "напередодні" before a day or a holiday ("напередодні 9 травня", "Напередодні Дня
   Конституції") is one expression, the day before it.
2. A count before or after a holiday ("За тиждень до Дня незалежності", "Через тиждень після
   Дня Незалежності") is the day counted, and the event takes that day, not the holiday's.
3. Two parts of the day joined by "та" / "і" ("Уночі та вранці") date an event over both: the
   first as its value, the second as its end, not the part nearer the trigger alone.
4. A digest's heading line with a label ("Хроніка дня: 5 травня") dates the lines under it,
   over its range of days when it names one ("Головне за тиждень: 16-22 жовтня"); "Оновлено:
   ..." stays the report's own stamp.
5. An act done at once ("терміново звертався") takes the time the story told just before, as a
   sentence opening with "Тоді ж" or "Після цього" does.
6. Ordinal weeks and the last quarter or half of a year: "у перший тиждень року" is ISO week 1,
   "на другому / третьому тижні березня" the month's middle, "в останньому кварталі минулого
   року" its Q4, "у другій половині минулого року" its H2.
7. A weekday told after a date ("5 березня, у середу,") is that date's, whatever day it names.
8. Europe Day in a text written before May 2023 is that year's third Saturday of May (its date in
   Ukraine from 2003 to 2022), 9 May after."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


EVES = [
    ("2024-05-10", "Напередодні 9 травня ворог атакував Київ.", ("Напередодні 9 травня", "2024-05-08")),
    ("2024-07-01", "Напередодні Дня Конституції президент провів нараду.",
     ("Напередодні Дня Конституції", "2024-06-27")),
    ("2023-04-20", "Напередодні Великодня окупанти обстріляли Херсон.",
     ("Напередодні Великодня", "2023-04-15")),
    ("2021-02-25", "Напередодні 24 лютого 2021 року уряд ухвалив постанову.",
     ("Напередодні 24 лютого 2021 року", "2021-02-23")),
]


@pytest.mark.parametrize("date,text,pair", EVES)
def test_the_eve_of_a_day_is_the_day_before(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_the_eve_of_something_else_is_no_time(pipe):
    assert not found(pipe, "Напередодні саміту міністри зустрілися в Брюсселі.", "2024-07-01")


COUNTED_FROM_HOLIDAYS = [
    ("2024-08-30", "За тиждень до Дня незалежності президент зустрівся з прем'єром.",
     ("тиждень", "2024-08-17")),
    ("2024-03-10", "Через тиждень після Дня Незалежності відбудеться саміт.", ("тиждень", "2024-08-31")),
    ("2023-05-01", "Через два дні після Великодня ворог атакував Одесу.", ("два дні", "2023-04-18")),
]


COUNTED_FROM_HOLIDAYS += [
    ("2017-05-22", "У День Європи в Києві відбувся концерт.", ("День Європи", "2017-05-20")),
    ("2016-05-10", "У День Європи президент зустрінеться з послами ЄС.", ("День Європи", "2016-05-21")),
    ("2024-05-10", "Вчора, у День Європи, президент зустрівся з послами ЄС.", ("День Європи", "2024-05-09")),
]


@pytest.mark.parametrize("date,text,pair", COUNTED_FROM_HOLIDAYS)
def test_a_holiday_and_a_count_from_it_are_the_days_told(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


@pytest.mark.parametrize("date,text,trigger,value", [
    ("2024-08-30", "За тиждень до Дня незалежності президент зустрівся з прем'єр-міністром Польщі.",
     "зустрівся", "2024-08-17"),
    ("2024-03-10", "Через тиждень після Дня Незалежності відбудеться саміт ЄС.", "саміт", "2024-08-31"),
    ("2024-03-10", "Через два дні після 5 березня Росія атакувала Одесу.", "атакувала", "2024-03-07"),
    ("2024-05-10", "Напередодні 9 травня Росія атакувала Київ.", "атакувала", "2024-05-08"),
    # a labelled heading line dates the lines under it
    ("2024-05-06", "Хроніка дня: 5 травня\nРосія атакувала Запоріжжя ракетами.\n"
     "Україна отримала від Німеччини нову систему ППО.", "отримала", "2024-05-05"),
    ("2023-10-12", "Головне за день – 11 жовтня\nУряд ухвалив рішення про санкції проти Ірану.",
     "санкції", "2023-10-11"),
    # an act done at once takes the time told just before
    ("2022-03-05", "Сьогодні вночі окупант обстріляв атомну станцію. Президент терміново звернувся до "
     "лідерів Великої сімки.", "звернувся", "2022-03-05TNI"),
    ("2024-03-12", "Вчора ворог атакував Одесу. Уряд одразу ухвалив рішення про санкції проти Ірану.",
     "санкції", "2024-03-11"),
])
def test_the_time_an_event_takes(date, text, trigger, value):
    from event_helpers import time_of
    assert time_of(text, date, trigger) == value


def test_a_range_of_days_still_dates_from_its_first_day():
    from event_helpers import time_of
    assert time_of("З 24 лютого до 5 березня ворог обстрілював Харків.", "2024-03-10", "обстрілював") \
        in ("2024-02-24", "2024-03-05")


@pytest.mark.parametrize("date,text,trigger,value,end", [
    ("2024-05-06", "Уночі та вранці Росія атакувала Київ дронами.", "атакувала",
     "2024-05-06TNI", "2024-05-06TMO"),
    ("2023-11-02", "Вчора вдень і ввечері ворог обстрілював Херсон.", "обстрілював",
     "2023-11-01TAF", "2023-11-01TEV"),
    # a heading line over a range of days heads what took place over them
    ("2023-10-22", "Головне за тиждень: 16-22 жовтня\nУряд ухвалив рішення про санкції проти Ірану.",
     "санкції", "2023-10-16", "2023-10-22"),
])
def test_an_event_told_over_a_stretch_keeps_both_ends(date, text, trigger, value, end):
    from khronika.pipeline import analyze
    evs = [e for e in analyze(text, date).events if e.trigger.text == trigger]
    assert evs and evs[0].time == {"value": value, "mod": None, "end": end}, [e.time for e in evs]


def test_a_stamp_with_its_label_dates_nothing():
    from event_helpers import time_of
    assert time_of("Оновлено: 5 травня\nУряд ухвалив рішення про санкції проти Ірану.", "2024-05-06",
                   "санкції") is None


YEAR_PARTS = [
    ("2024-03-10", "У перший тиждень року президент провів нараду.", ("перший тиждень року", "2024-W01")),
    ("2024-03-10", "На першому тижні 2023 року уряд ухвалив постанову.",
     ("першому тижні 2023 року", "2023-W01")),
    ("2024-03-10", "На другому тижні березня відбувся саміт.", ("другому тижні березня", "2024-03")),
    ("2024-10-10", "На третьому тижні вересня відбувся саміт.", ("третьому тижні вересня", "2024-09")),
    ("2024-03-10", "В останньому кварталі минулого року ворог посилив удари.",
     ("останньому кварталі минулого року", "2023-Q4")),
    ("2024-03-10", "У другій половині минулого року обстріли посилилися.",
     ("другій половині минулого року", "2023-H2")),
]


@pytest.mark.parametrize("date,text,pair", YEAR_PARTS)
def test_ordinal_weeks_and_last_parts_of_a_year(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_week_counted_in_a_row_is_no_time(pipe):
    # "третього тижня поспіль": how long something lasts, no week of a month or a year
    assert not found(pipe, "Третього тижня поспіль ворог атакує Харків.", "2024-03-10")


def test_a_weekday_after_a_date_takes_the_date(pipe):
    assert ("5 березня, у середу", "2024-03-05") in found(
        pipe, "5 березня, у середу, президент зустрівся з прем'єр-міністром Нідерландів.", "2024-03-10")
