"""Time expressions of news of every genre (war reports, diplomacy, economy, courts, weather and
routine news), on sentences written for these tests, dated Wednesday 25 November 2026: the
year of a bare day and month, a weekday or a part of the day joined to the date it names, and
the ranges, parts of periods, offsets, clock times, seasons, quarters and feasts news tells."""
from __future__ import annotations

import pytest

from khronika.document import Document, parse_date
from khronika.pipeline import Pipeline
from khronika.settings import Settings

DATE = "2026-11-25"     # a Wednesday


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(pipeline=("segment", "morph", "timex")))


def run(pipe, text, date=DATE):
    doc = pipe(Document(text=text, date=parse_date(date)))
    return [(t.text, t.value) for t in sorted(doc.timexes, key=lambda t: t.start)]


# ---- the year of a day and month written without one ----------------------------------------
@pytest.mark.parametrize("text,value", [
    # what happened lies behind the text that tells it, however near the day is ahead
    ("16 січня окупанти вдарили по Запоріжжю.", "2026-01-16"),
    ("Росіяни обстріляли Херсон 3 січня.", "2026-01-03"),
    ("Уночі проти 12 січня ворог запустив по Україні сорок дронів.", "2026-01-12TNI"),
    ("В ніч на 3 лютого окупанти вдарили по Харкову.", "2026-02-03TNI"),
    ("Обмін полоненими відбувся 30 жовтня.", "2026-10-30"),
    # a day set for something, or a happening a past verb reports, stays nearest
    ("Вибори мера призначили на 31 березня.", "2027-03-31"),
    ("Міністерство повідомило про нараду 9 грудня.", "2026-12-09"),
    ("Прессекретар нагадав, що саміт 16 січня.", "2027-01-16"),
    # no verb, or a future one: the nearest, or the next
    ("Апеляційний суд розгляне скаргу 14 січня.", "2027-01-14"),
    ("Найближчий ярмарок — 12 грудня.", "2026-12-12"),
])
def test_a_day_without_a_year_is_the_nearest_unless_its_verb_tells_it_is_gone(pipe, text, value):
    assert [v for _, v in run(pipe, text)] == [value]


def test_a_day_told_in_the_past_a_day_after_the_document_date_keeps_its_year(pipe):
    # a text dated by its publication in another time zone
    assert run(pipe, "Засідання пройшло 26 листопада.") == [("26 листопада", "2026-11-26")]


# ---- one time told twice in a row is one expression ----------------------------------------
@pytest.mark.parametrize("text,want", [
    ("Вночі 16 січня ракета влучила в депо.", [("Вночі 16 січня", "2026-01-16TNI")]),
    ("Ввечері 22 листопада в Сумах пролунав вибух.", [("Ввечері 22 листопада", "2026-11-22TEV")]),
    ("Опівдні 24 серпня столицею пройшли ветерани.", [("Опівдні 24 серпня", "2026-08-24T12:00")]),
    ("20 листопада вранці поліція провела обшуки.", [("20 листопада вранці", "2026-11-20TMO")]),
    # the date names the day, whichever week the weekday alone would fall in
    ("У вівторок, 17 листопада, уряд схвалив кошторис.", [("вівторок, 17 листопада", "2026-11-17")]),
    ("Спецпредставник прибуде до Києва в четвер, 3 грудня.", [("четвер, 3 грудня", "2026-12-03")]),
    ("Минулого понеділка, 16 листопада, суд виніс вирок.",
     [("Минулого понеділка, 16 листопада", "2026-11-16")]),
    # two days, a range: no apposition
    ("Делегація працюватиме з понеділка до середи.",
     [("понеділка", "2026-11-30"), ("середи", "2026-12-02")]),
    ("Ярмарок триватиме у суботу – неділю.", [("суботу", "2026-11-28"), ("неділю", "2026-11-29")]),
])
def test_a_weekday_or_a_part_of_the_day_with_its_date_is_one_time(pipe, text, want):
    assert run(pipe, text) == want
