"""Times of night reports and of papers (issue 17, Q33): a clock hour of the small hours after a
night that began on a day before the document's ("Вчора о 14:00 ... Уночі ... О 04:15",
"Минулої ночі ... Близько 02:00") is of the day after it; "до ранку" ends a stretch a lasting
verb tells; a time in brackets after a night ("(з 18:00 19 листопада)") does not date the
report's later clock hours; the date of a paper the text cites ("постанову від 12 квітня 2023
року") is no day of what it tells, for a time of day or a day's year after it; a line with no
verb after a clock time ("Через 15 хвилин – повторний удар") goes on from it. Texts written for
these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of

DAY = "2026-11-20"


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def value_of(pipe, text: str, surface: str) -> str | None:
    return next((v for t, v in timexes_of(pipe, text, DAY) if t == surface), None)


@pytest.mark.parametrize("text,surface,value", [
    ("Вчора о 14:00 ворог обстріляв Нікополь. Уночі окупанти знову атакували місто. О 04:15 "
     "пролунали вибухи.", "04:15", "2026-11-20T04:15"),
    ("Вчора ворог обстріляв громаду. Уночі дрон влучив у будинок. О 03:20 виникла пожежа.",
     "03:20", "2026-11-20T03:20"),
    ("Минулої ночі ворог атакував Полтаву. Близько 02:00 пролунали вибухи.", "02:00",
     "2026-11-20T02:00"),
    ("У неділю о 10:00 ворог обстріляв Херсон. Вночі окупанти атакували Антонівку. О 01:30 "
     "загорівся будинок.", "01:30", "2026-11-16T01:30"),
    # near misses: a night valued by the day its small hours are on; the document's own night;
    # an hour of the day after a night
    ("У ніч на 15 листопада ворог атакував Одесу. О 01:15 уламки впали на дах.", "01:15",
     "2026-11-15T01:15"),
    ("У ніч проти неділі ворог запустив дрони. О 02:40 пролунали вибухи.", "02:40",
     "2026-11-15T02:40"),
    ("Уночі ворог атакував область. О 02:30 уламки пошкодили будинок.", "02:30",
     "2026-11-20T02:30"),
    ("Вчора о 14:00 ворог обстріляв Нікополь. О 16:30 атака повторилася.", "16:30",
     "2026-11-19T16:30"),
], ids=["after-day-hour", "after-day", "last-night", "after-weekday", "night-on", "night-against",
        "own-night", "daytime"])
def test_small_hours_after_a_night_begun_the_day_before(pipe, text, surface, value):
    assert value_of(pipe, text, surface) == value


@pytest.mark.parametrize("text,want", [
    ("Ворог обстрілював громаду до ранку.", [("ранку", "2026-11-20TMO")]),
    ("У ніч проти неділі ворог запустив 50 дронів. Атака тривала до ранку.",
     [("ніч проти неділі", "2026-11-15TNI"), ("ранку", "2026-11-15TMO")]),
    # near misses: before the morning, at no time told; "до вечора" alone stays no time
    ("Він прокинувся до ранку без світла.", []),
    ("Роботи тривали до вечора.", []),
    # the lasting verb is looked for in the sentence of "до ранку" only, never the one before
    ("Обстріл тривав. Рятувальники до ранку гасили пожежу.", []),
], ids=["shelling", "after-night", "perfective", "evening", "verb-in-sentence-before"])
def test_until_morning_ends_a_stretch(pipe, text, want):
    assert timexes_of(pipe, text, DAY) == want


def test_a_time_in_brackets_after_a_night_does_not_date_the_report():
    from khronika.pipeline import analyze
    doc = analyze("У ніч на 20 листопада (з 18:00 19 листопада) противник атакував дронами. "
                  "Станом на 09:00 збито 45 дронів.", DAY)
    got = [(t.text, t.value) for t in doc.timexes]
    assert ("09:00", "2026-11-20T09:00") in got and ("18:00 19 листопада", "2026-11-19T18:00") in got


@pytest.mark.parametrize("text,surface,value", [
    ("Кабмін змінив постанову від 12 квітня 2023 року № 345. О 10:00 відбудеться засідання.",
     "10:00", "2026-11-20T10:00"),
    ("Суд скасував рішення від 3 травня 2021 року. Вранці адвокати подали апеляцію.", "Вранці",
     "2026-11-20TMO"),
    ("Рада змінила закон від 15 березня 2022 року. 20 березня депутати проголосували ще раз.",
     "20 березня", "2026-03-20"),
    # near misses: a paper by which the act was done dates it; a day told, not a paper's
    ("Указом від 24 лютого 2022 року № 64/2022 введено воєнний стан. Увечері Президент "
     "звернувся до нації.", "Увечері", "2022-02-24TEV"),
    ("Засідання відбулося 12 квітня 2023 року. О 10:00 почалося голосування.", "10:00",
     "2023-04-12T10:00"),
], ids=["clock", "day-part", "day-year", "by-decree", "told-day"])
def test_a_cited_papers_date_is_no_day_of_the_story(pipe, text, surface, value):
    assert value_of(pipe, text, surface) == value


@pytest.mark.parametrize("text", [
    "Рада ухвалила закон № 3633 на 23-й сесії.",
    "Відповідно до ч. 2 ст. 28 закону посадовця відсторонено.",
    "Суд у справі № 757/12345/22-к продовжив запобіжний захід.",
    "Указом № 64/2022 введено воєнний стан.",
])
def test_numbers_of_sessions_articles_cases_and_decrees_are_no_dates(pipe, text):
    assert timexes_of(pipe, text, DAY) == []


@pytest.mark.parametrize("text,want", [
    ("О 17:20 ворог атакував Запоріжжя. Через 15 хвилин – повторний удар.",
     [("17:20", "2026-11-20T17:20"), ("15 хвилин", "2026-11-20T17:35")]),
    ("Вчора о 23:50 ворог атакував Суми. Через годину – ще один удар.",
     [("Вчора", "2026-11-19"), ("23:50", "2026-11-19T23:50"), ("годину", "2026-11-20T00:50")]),
    # near miss: no clock time told before: ahead of the report, as before
    ("Через 15 хвилин – повторний удар.", [("15 хвилин", "FUTURE_REF")]),
], ids=["minutes", "over-midnight", "untold"])
def test_a_verbless_line_goes_on_from_the_clock_time_told(pipe, text, want):
    assert timexes_of(pipe, text, DAY) == want
