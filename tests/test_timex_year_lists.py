"""Lists of years whose last year alone carries the marker ("у 2014 і 2015 роках", "у 1994,
1997 і 2005 роках", "у 2019 або 2020 році"): each year of the list is a year, on sentences
written for these tests; numbers listed before a noun of counting stay numbers."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def run(pipe, text):
    return timexes_of(pipe, text, "2019-04-02")


@pytest.mark.parametrize("text,want", [
    ("Фірма вигравала тендери у 2015 і 2016 роках.", [("2015", "2015"), ("2016 роках", "2016")]),
    ("Сквер реконструювали у 2009, 2012 та 2017 роках.",
     [("2009", "2009"), ("2012", "2012"), ("2017 роках", "2017")]),
    ("Майно продали у 2013 або 2014 році.", [("2013", "2013"), ("2014 році", "2014")]),
    ("Школу двічі перебудовували, у 1874 і 1896 роках.", [("1874", "1874"), ("1896 роках", "1896")]),
    ("Ціни коливалися між 2016 і 2018 роками.", [("2016", "2016"), ("2018 роками", "2018")]),
])
def test_every_year_of_a_list_is_a_year(pipe, text, want):
    assert run(pipe, text) == want


@pytest.mark.parametrize("text", [
    "На складі лежало 2015 і ще 2016 мішків цементу.",
    "Вони заплатили 2014 і 2018 гривень відповідно.",
])
def test_numbers_listed_before_what_they_count_are_no_years(pipe, text):
    assert run(pipe, text) == []
