"""Years before 1900 in history and essays, round numbers of years that count rather than
name a year, and the issue dates of papers in investigative news, on sentences written for
these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of as run


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,span,value", [
    ("Перший міст через річку звели у 1874 році.", "1874 році", "1874"),
    ("Гімназію відкрили 14 вересня 1805 року.", "14 вересня 1805 року", "1805-09-14"),
    ("У 1709 р. шведи стояли під Полтавою.", "1709 р.", "1709"),
    ("Садибу продали вже 1883-го, після смерті господаря.", "1883-го", "1883"),
])
def test_a_year_before_1900_with_its_marker_is_a_year(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2016-06-01")


def test_an_older_range_takes_the_marker_of_its_end(pipe):
    got = run(pipe, "У 1863-1866 роках тут діяла школа.", "2016-06-01")
    assert ("1863", "1863") in got and ("1866 роках", "1866") in got


@pytest.mark.parametrize("text", [
    "Хліб коштував 1500 гривень за тонну.",
    "До села лишалося 1200 метрів.",
])
def test_an_older_number_without_a_marker_is_no_year(pipe, text):
    assert run(pipe, text, "2016-06-01") == []


@pytest.mark.parametrize("text,span,value", [
    ("Цьому городищу понад 2000 років.", "2000 років", "P2000Y"),
    ("Фортеця простояла 1300 років.", "1300 років", "P1300Y"),
])
def test_a_round_number_of_years_counts_them(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2016-06-01")


def test_the_plural_marker_still_ends_a_range_of_years(pipe):
    got = run(pipe, "Міст ремонтували з 2011 по 2013 роки, а потім у 2014-2015 роках.", "2016-06-01")
    assert ("2013 роки", "2013") in got and ("2015 роках", "2015") in got


@pytest.mark.parametrize("text,span,value", [
    ("Наприкінці 1970 років завод закрили.", "Наприкінці 1970 років", "197"),
    ("З 1990 років тут ніхто не живе.", "1990 років", "199"),
    ("У 1950 роках тут був радгосп.", "1950 роках", "195"),
])
def test_a_round_year_still_names_its_decade_where_it_can(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2016-06-01")


@pytest.mark.parametrize("text,span,value", [
    ("Про це йдеться в ухвалі Шевченківського райсуду від 12 липня.", "12 липня", "2017-07-12"),
    ("Про це свідчить постанова апеляційного суду № 415 від 20 червня.", "20 червня", "2017-06-20"),
    ("Договір від 3 серпня підписали директор і мер.", "3 серпня", "2017-08-03"),
])
def test_the_issue_date_of_a_paper_lies_behind_the_report(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2018-06-01")


@pytest.mark.parametrize("text,span,value", [
    ("Нові тарифи діятимуть від 12 липня.", "12 липня", "2018-07-12"),
    ("Ухвала набуде чинності 20 червня.", "20 червня", "2018-06-20"),
])
def test_a_day_from_which_something_runs_stays_ahead(pipe, text, span, value):
    assert (span, value) in run(pipe, text, "2018-06-01")
