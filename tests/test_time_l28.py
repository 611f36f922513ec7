"""Time of events and time expressions (issues 17 and 16, part L28), on sentences written for
these tests.

1. A digest's lines under a heading line with one day ("6 травня", "Понеділок, 6 травня",
   "Дайджест за 6 травня") tell their own times from that day: "Уночі", "Вранці", "Цієї ночі",
   "у понеділок" under it are that day's, not the publication's.
2. A feast after a preposition of time ("На Різдво", "Після Великодня") is the time of its
   clause's verb: under a past verb, or in a line with no verb, the last one gone, however
   near the next one is.
3. A count before or after a happening named by a noun ("За тиждень до виборів", "Напередодні
   саміту") is a day when the text told the day of that happening before; else the count stays
   a length and the event undated; the first day of a range told is the one counted back
   from, its last the one counted on from ("Саміт відбувся 15-16 червня").
4. "Минулої доби" is the day before the report, whatever day the story told last.
5. A weekday its future put in a later week ("У вівторок ... візьме участь") takes the next
   weekday told after it into that week ("У четвер делегація вирушить").
6. A month or season told in the past after a month or season of a past year written earlier
   in the sentence is of that year ("Навесні 2014 року ..., а влітку"); "Через рік" two
   sentences after "У лютому 2014-го" is 2015.
7. Clock hours cross midnight: an early hour right after a late one of the same day is of the
   next day ("Учора о 23:30 ... О 01:10"), and so are a live blog's stamps after it.
8. A happening told after "тоді" takes the time told before "тоді" in its sentence, not the one
   opening it ("Сьогодні, згадуючи березень 2022 року, ... що тоді Росія атакувала Київ").
9. The day of a happening a count runs from may be told in the next sentences of its paragraph
   ("За два тижні до саміту ... Саміт відбудеться 9-11 липня"), not in the next paragraph."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


DIGEST = ("6 травня\nУночі ворог обстріляв Херсон.\nВранці президент провів нараду.\n"
          "7 травня\nЦієї ночі ворог атакував Одесу дронами.\nМинулої ночі ворог обстріляв Суми.")


@pytest.mark.parametrize("pair", [
    ("Уночі", "2024-05-06TNI"), ("Вранці", "2024-05-06TMO"), ("Цієї ночі", "2024-05-07TNI"),
    ("Минулої ночі", "2024-05-06TNI"),
])
def test_times_under_a_dated_heading_are_told_from_its_day(pipe, pair):
    assert pair in found(pipe, DIGEST, "2024-05-09")


@pytest.mark.parametrize("text,pair", [
    ("Понеділок, 6 травня\nУночі ворог обстріляв Херсон.", ("Уночі", "2024-05-06TNI")),
    ("Дайджест за 6 травня\nУночі ворог обстріляв Херсон.", ("Уночі", "2024-05-06TNI")),
    ("Хроніка дня: 6 травня\nВчора ворог обстріляв Херсон.", ("Вчора", "2024-05-05")),
])
def test_a_heading_with_a_label_or_a_weekday_lends_its_day(pipe, text, pair):
    assert pair in found(pipe, text, "2024-05-12")


def test_a_stamp_and_a_range_lend_no_day(pipe):
    assert ("Уночі", "2024-05-12TNI") in found(
        pipe, "Оновлено: 6 травня\nУночі ворог обстріляв Херсон.", "2024-05-12")
    # (a stretch of days names no one night: part L29 made it no day, not the report's)
    assert ("Уночі", "XXXX-XX-XXTNI") in found(
        pipe, "Головне за тиждень: 6-10 травня\nУночі ворог обстріляв Херсон.", "2024-05-12")


def test_an_event_under_a_dated_heading_takes_its_night():
    from event_helpers import time_of
    assert time_of("6 травня\nУночі ворог обстріляв Херсон.\n7 травня\nВранці Росія атакувала "
                   "Одесу.", "2024-05-09", "обстріляв") == "2024-05-06TNI"


FEASTS = [
    ("2023-12-20", "На Різдво окупанти обстріляли Херсон.", ("Різдво", "2023-01-07")),
    ("2024-03-20", "На Великдень окупанти обстріляли Херсон.", ("Великдень", "2023-04-16")),
    ("2024-03-20", "Після Великодня окупанти обстріляли Херсон.", ("Великодня", "2023-04-16")),
    ("2023-12-01", "Напередодні Великодня – ракетний удар по Херсону.",
     ("Напередодні Великодня", "2023-04-15")),
    # a future verb: the next one; the present and a greeting keep the nearest
    ("2024-03-20", "На Великдень окупанти обстріляють Херсон.", ("Великдень", "2024-05-05")),
    ("2025-12-20", "Діти чекають на Новий рік.", ("Новий рік", "2026-01-01")),
    ("2026-11-25", "Напередодні Нового року міська влада встановила ялинку.",
     ("Напередодні Нового року", "2026-12-31")),
]


@pytest.mark.parametrize("date,text,pair", FEASTS)
def test_a_feast_told_as_the_time_takes_the_one_its_verb_points_to(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


HAPPENINGS = [
    ("2019-04-30", "Вибори президента відбулися 21 квітня. За тиждень до виборів Порошенко "
     "зустрівся з Меркель.", ("тиждень", "2019-04-14")),
    ("2024-07-20", "Саміт НАТО відбувся 9 липня у Вашингтоні. Напередодні саміту президент "
     "зустрівся з прем'єр-міністром Польщі.", ("Напередодні саміту", "2024-07-08")),
    ("2024-07-20", "Саміт НАТО відбувся 9 липня у Вашингтоні. Через два дні після саміту Росія "
     "атакувала Київ.", ("два дні", "2024-07-11")),
]


@pytest.mark.parametrize("date,text,pair", HAPPENINGS)
def test_a_count_from_a_happening_the_text_dated_is_a_day(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_count_from_a_happening_never_dated_stays_a_length(pipe):
    got = found(pipe, "За тиждень до виборів Порошенко зустрівся з Меркель.", "2019-04-30")
    assert got == {("тиждень", "P1W")}


@pytest.mark.parametrize("date,text,trigger,value", [
    ("2019-04-30", "Вибори президента відбулися 21 квітня. За тиждень до виборів Порошенко "
     "зустрівся з Меркель у Берліні.", "зустрівся", "2019-04-14"),
    ("2019-04-30", "За тиждень до виборів Порошенко зустрівся з Меркель у Берліні.", "зустрівся",
     None),
    ("2023-12-20", "На Різдво окупанти обстріляли Херсон.", "обстріляли", "2023-01-07"),
    ("2024-05-02", "Учора о 23:30 ворог атакував Харків. О 01:10 росіяни повторили удар.", "удар",
     "2024-05-02T01:10"),
    # a live blog dated by the day it began: its hours past midnight are done, not to come
    ("2024-03-06", "Середа, 6 березня\n23:10 Президент провів нараду.\nЧетвер, 7 березня\n"
     "00:30 Росіяни вдарили по Харкову.", "вдарили", "2024-03-07T00:30"),
    # "тоді" after a time told in the sentence: that time, not the one opening the sentence
    ("2024-03-15", "Сьогодні, згадуючи березень 2022 року, варто нагадати, що тоді Росія атакувала "
     "Київ.", "атакувала", "2022-03"),
    ("2024-03-15", "У лютому 2022 року Росія напала на Україну, і тоді Захід запровадив санкції.",
     "санкції", "2022-02"),
])
def test_the_time_an_event_takes(date, text, trigger, value):
    from event_helpers import time_of
    assert time_of(text, date, trigger) == value


@pytest.mark.parametrize("date,text,pair", [
    ("2024-09-02", "Саміт миру відбувся 15-16 червня у Швейцарії. Напередодні саміту президент "
     "зустрівся з прем'єр-міністром Канади.", ("Напередодні саміту", "2024-06-14")),
    ("2024-09-02", "Вибори до Європарламенту відбулися 9 червня. За тиждень до виборів президент "
     "відвідав Францію. Через два дні після виборів почалися консультації.", ("два дні", "2024-06-11")),
    # the report's last day
    ("2024-06-10", "5 червня ворог атакував Харків. Минулої доби ворог завдав 60 ударів по Сумщині.",
     ("Минулої доби", "2024-06-09")),
    # a week its future told
    ("2024-04-25", "У вівторок президент візьме участь у саміті в Мадриді. У четвер делегація "
     "вирушить до Вашингтона.", ("четвер", "2024-05-02")),
    # a past year's season or month frames the next one in its sentence
    ("2024-02-24", "Навесні 2014 року Росія захопила Крим, а влітку збила літак.", ("влітку", "2014-SU")),
    ("2024-02-24", "У березні 2014 року Росія анексувала Крим, а у квітні почала війну на Донбасі.",
     ("квітні", "2014-04")),
    ("2024-02-24", "У лютому 2014-го Росія окупувала Крим. Тоді Захід обмежився заявами. Через рік "
     "Україна підписала Мінські угоди.", ("рік", "2015")),
    # past midnight
    ("2024-05-02", "Учора о 23:30 ворог атакував Харків. О 01:10 росіяни повторили удар.",
     ("01:10", "2024-05-02T01:10")),
    ("2024-05-02", "Учора ввечері ворог атакував Харків, а після опівночі росіяни повторили удар.",
     ("опівночі", "2024-05-02T00:00")),
    ("2024-06-15", "23:40\nУ Миколаєві пролунали вибухи.\n00:20\nВорог атакував Одесу.\n01:05\n"
     "Атаку відбито.", ("01:05", "2024-06-16T01:05")),
])
def test_told_times_of_stories_and_sequences(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


@pytest.mark.parametrize("date,text,pair", [
    # a bare year frames no day after it; a weekday of the document's week names no week
    ("2024-02-24", "У 2014 році Росія анексувала Крим, а 24 лютого напала знову.",
     ("24 лютого", "2024-02-24")),
    ("2026-03-12", "Ворог атакував місто в неділю та понеділок.", ("понеділок", "2026-03-09")),
    # an early hour after an early one stays on its day
    ("2024-05-02", "Уночі о 02:10 ворог атакував Харків. О 03:40 росіяни повторили удар.",
     ("03:40", "2024-05-02T03:40")),
])
def test_what_stays_as_it_was(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_an_act_of_the_night_after_the_day_of_a_blog_is_done():
    from event_helpers import analysed_events
    evs = analysed_events("Середа, 6 березня\n21:50 Ворог атакував Одесу.\nЧетвер, 7 березня\n"
                          "01:20 Атаку на Харків відбито.", "2024-03-06")
    assert evs and all(e.status != "planned" for e in evs), [(e.trigger.text, e.status) for e in evs]


@pytest.mark.parametrize("date,text,pair", [
    ("2024-03-04", "За два тижні до саміту НАТО міністри оборони зустрінуться в Брюсселі. Саміт "
     "відбудеться 9-11 липня у Вашингтоні.", ("два тижні", "2024-06-25")),
    ("2024-03-04", "Напередодні виборів президент звернеться до нації. Вибори пройдуть 31 березня.",
     ("Напередодні виборів", "2024-03-30")),
])
def test_a_happening_dated_just_after_the_count(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_what_a_later_paragraph_leaves_undated(pipe):
    assert found(pipe, "Напередодні виборів президент звернеться до нації.\n\nВибори пройдуть 31 "
                 "березня.", "2024-03-04") == {("31 березня", "2024-03-31")}
    assert found(pipe, "Наступного дня делегація поїде до Львова.", "2025-11-03") == {
        ("Наступного дня", "2025-11-04")}
