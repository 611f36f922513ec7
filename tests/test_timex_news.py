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
