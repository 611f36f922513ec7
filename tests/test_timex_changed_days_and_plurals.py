"""Time expressions on sentences written for these tests: days whose date Ukraine changed in
July 2023 (Christmas, Defenders' Day) keep their old date in texts written before; a singular
deictic word before a form of a year, month or week that is only plural names no period; "ст."
of an article of a law names no century."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of as run


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,date,value", [
    ("Одразу після Різдва бабуся поїхала до доньки.", "2017-03-02", "2017-01-07"),
    ("Одразу після Різдва бабуся поїхала до доньки.", "2025-03-02", "2024-12-25"),
])
def test_christmas_by_the_calendar_of_its_text(pipe, text, date, value):
    assert run(pipe, text, date) == [("Різдва", value)]


@pytest.mark.parametrize("date,value", [("2019-09-20", "2019-10-14"), ("2024-09-20", "2024-10-01")])
def test_defenders_day_by_the_calendar_of_its_text(pipe, date, value):
    assert run(pipe, "До Дня захисників у місті відкриють меморіал.", date) == [("Дня захисників", value)]


def test_a_singular_deictic_before_a_plural_form_is_no_period(pipe):
    got = run(pipe, "Увесь цей роками зібраний архів згорів за одну ніч.", "2016-06-01")
    assert ("цей роками", "2016") not in got and ("роками", "PXY") in got


@pytest.mark.parametrize("text,span,value", [
    ("Цього року школу відремонтували.", "Цього року", "2016"),
    ("На цьому тижні школу відремонтують.", "цьому тижні", "2016-W22"),
    ("У цьому місяці школу відремонтують.", "цьому місяці", "2016-06"),
])
def test_a_singular_deictic_still_names_its_period(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2016-06-01")


@pytest.mark.parametrize("text", [
    "Дії посадовця кваліфікували за ч. 3 ст. 191 КК.",
    "Згідно з п. 4 ст. 17 закону рішення скасували.",
])
def test_an_article_of_a_law_is_no_century(pipe, text):
    assert run(pipe, text, "2018-06-01") == []


def test_a_century_written_short_is_still_one(pipe):
    assert run(pipe, "Церкву звели в 18 ст. місцеві козаки.", "2018-06-01") == [("18 ст.", "17")]
