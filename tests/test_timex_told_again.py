"""Investigative and court news leftovers of the time layer, on sentences written for these
tests: a time told in words and named again by its date ("Два місяці тому, 1 березня 2014
р.,", "через тиждень 18 березня"); a firm's name in quotation marks between a day and its
past verb ("12 жовтня «Облгаз» підписав ..."); and a day that bounds a term in a past story
("мали повернути до 30 вересня 2015 року. / 12 жовтня ...")."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("date,text,want", [
    ("2018-06-01", "Три місяці тому, 2 лютого 2014 р., уряд утворив нове відомство.",
     [("Три місяці тому", "2014-02-02"), ("2 лютого 2014 р.", "2014-02-02")]),
    ("2018-06-01", "Наказ підписали 4 квітня 2016 року. А вже через тиждень 11 квітня його "
     "скасували.",
     [("4 квітня 2016 року", "2016-04-04"), ("тиждень", "2016-04-11"),
      ("11 квітня", "2016-04-11")]),
    ("2021-09-20", "Минулого тижня, 8 вересня, депутати ухвалили закон.",
     [("Минулого тижня", "2021-09-08"), ("8 вересня", "2021-09-08")]),
])
def test_a_time_in_words_named_again_by_its_date(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


@pytest.mark.parametrize("text,want", [
    ("12 жовтня «Облгаз» підписав додаткову угоду.", [("12 жовтня", "2017-10-12")]),
    ("3 листопада ТОВ «Будресурс» отримало аванс.", [("3 листопада", "2017-11-03")]),
])
def test_a_name_in_quotes_does_not_cut_a_day_from_its_past_verb(pipe, text, want):
    assert timexes_of(pipe, text, "2018-06-01") == want


def test_a_day_that_bounds_a_term_dates_the_story(pipe):
    text = "Кошти мали повернути до 30 вересня 2015 року.\n12 жовтня компанія підписала угоду."
    assert timexes_of(pipe, text, "2018-06-01") == [
        ("30 вересня 2015 року", "2015-09-30"), ("12 жовтня", "2015-10-12")]


@pytest.mark.parametrize("date,text,want", [
    # a quoted clause still walls off the verb outside it
    ("2018-06-01", "Він згадав «12 жовтня» у листі, який надіслав учора.",
     [("12 жовтня", "2018-10-12"), ("учора", "2018-05-31")]),
    # a bound that is no day (a start of something that goes on) sets no story
    ("2018-06-01", "З 2010 року фірму очолює Петренко.\nУ березні він продав частку.",
     [("2010 року", "2010"), ("березні", "2018-03")]),
])
def test_no_change_where_the_words_and_the_date_differ(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    ("2023-05-06", "У четвер у Гаазі прем'єр провів переговори.\n\nТого ж дня він виступив у "
     "суді.\n\nНаступного дня прем'єр відвідав Гельсінкі.",
     [("четвер", "2023-05-04"), ("Того ж дня", "2023-05-04"), ("Наступного дня", "2023-05-05")]),
    ("2019-11-30", "Делегація прибула до Відня 20 листопада.\n\nНаступного дня вона провела "
     "консультації.",
     [("20 листопада", "2019-11-20"), ("Наступного дня", "2019-11-21")]),
])
def test_the_next_day_of_a_past_story_over_a_paragraph_break(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    # a day to come counts from the document's date, as before
    ("2023-05-06", "5 травня делегація прибула до Варшави.\n\nНаступного дня вона поїде до "
     "Берліна.", [("5 травня", "2023-05-05"), ("Наступного дня", "2023-05-07")]),
])
def test_no_next_day_of_a_story_where_none_is_told_last(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


def test_a_month_told_since_leaves_the_next_day_without_the_story_day(pipe):
    text = ("3 березня міністр прибув до Львова.\n\nУ квітні він виступив у Раді. Наступного "
            "дня він поїхав до Одеси.")
    assert ("Наступного дня", "2023-03-04") not in timexes_of(pipe, text, "2023-05-06")


def test_a_day_a_since_clause_names_is_not_the_day_told_before(pipe):
    text = "Сьогодні три роки з того дня, як ракета влучила у вокзал."
    assert ("того дня", "2025-04-08") not in timexes_of(pipe, text, "2025-04-08")
    # ("Того дня, коли ..." after a day told is that day, as before)
    text = "5 квітня делегація прибула до Києва. Того дня, коли вона прибула, йшов дощ."
    assert ("Того дня", "2025-04-05") in timexes_of(pipe, text, "2025-04-08")
