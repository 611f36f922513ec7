"""Three leftovers of the time layer, on sentences written for these tests: a day told in
words and named again by its date ("Наступного дня, 5 березня,"); a season or school year
written as a pair of years with a slash ("у сезоні 2024/25 років"); and the year of a past
story carried over a paragraph break, as news sites that print each sentence as a paragraph
and retellings that run over paragraphs need it."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("date,text,want", [
    ("2025-11-20", "Делегація прибула до Варшави 3 березня. Наступного дня, 5 березня, "
     "почалися переговори.",
     [("3 березня", "2025-03-03"), ("Наступного дня", "2025-03-05"), ("5 березня", "2025-03-05")]),
    ("2019-06-10", "Наступного дня, 14 квітня, міністр підписав наказ. Ще наступного дня "
     "він поїхав до Львова.",
     [("Наступного дня", "2019-04-14"), ("14 квітня", "2019-04-14"),
      ("наступного дня", "2019-04-15")]),
    ("2022-04-02", "Вчора, 31 березня, окупанти обстріляли Харків.",
     [("Вчора", "2022-03-31"), ("31 березня", "2022-03-31")]),
])
def test_a_day_in_words_named_again_by_its_date_is_that_date(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


@pytest.mark.parametrize("text,want", [
    ("Команда виграла кубок у сезоні 2024/25 років.", [("2024", "2024"), ("25 років", "2025")]),
    ("У сезоні 2023/24 клуб провів тридцять матчів.", [("2023", "2023"), ("24", "2024")]),
    ("Заклад перейде на нову програму у 2024/2025 навчальному році.",
     [("2024", "2024"), ("2025", "2025")]),
    ("Аграрії зібрали рекордний урожай у 2021/22 маркетинговому році.",
     [("2021", "2021"), ("22", "2022")]),
])
def test_a_pair_of_years_with_a_slash_is_two_years(pipe, text, want):
    assert timexes_of(pipe, text, "2025-11-20") == want


@pytest.mark.parametrize("text", [
    "Суд розглянув справу № 2024/25 у закритому режимі.",
    "Накладна 2019/7 загубилася.",
    "У 2014/2016 звітах цифри різні.",
])
def test_a_slash_after_a_number_sign_or_to_another_number_is_no_season(pipe, text):
    assert all(v not in ("2025", "2017", "2015") for _, v in timexes_of(pipe, text, "2025-11-20"))


@pytest.mark.parametrize("date,text,want", [
    ("2018-06-01", "Райрада погодила передачу угідь у червні 2013 року.\nПередбачалося, на "
     "25 років.\nУ липні облрада затвердила цю передачу.\nНаприкінці липня управління "
     "підписало договір.",
     [("червні 2013 року", "2013-06"), ("25 років", "P25Y"), ("липні", "2013-07"),
      ("Наприкінці липня", "2013-07")]),
    ("2018-06-01", "Договір оренди закінчився у березні 2012 року.\nУ серпні районна "
     "адміністрація поновила його.",
     [("березні 2012 року", "2012-03"), ("серпні", "2012-08")]),
    ("2025-03-15", "У 2019 році в Парижі зібралися лідери чотирьох держав.\n\nРозмова тривала "
     "вісім годин. 9 грудня вони домовилися про обмін.",
     [("2019 році", "2019"), ("вісім годин", "PT8H"), ("9 грудня", "2019-12-09")]),
    ("2024-09-01", "Облрада надала дозвіл 28 травня 2016 року.\n19 червня лісгосп засвідчив "
     "згоду.",
     [("28 травня 2016 року", "2016-05-28"), ("19 червня", "2016-06-19")]),
])
def test_a_past_story_keeps_its_year_over_a_paragraph_break(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    # a story goes forward: after December a March is the next year's, the nearest one
    ("2018-06-01", "Договір закінчився у грудні 2012 року.\nУ березні фірма подала позов.",
     [("грудні 2012 року", "2012-12"), ("березні", "2018-03")]),
    # the report's own recent day stays the report's
    ("2022-04-10", "Ворог окупував частину області у 2014 році.\nЗ того часу мало що "
     "змінилося.\n3 квітня окупанти відступили з півночі.",
     [("2014 році", "2014"), ("3 квітня", "2022-04-03")]),
    # a famous day keeps its own year
    ("2022-06-15", "У 2014 році Росія окупувала Крим.\n\n24 лютого вона почала вторгнення.",
     [("2014 році", "2014"), ("24 лютого", "2022-02-24")]),
    # a year that does not open its sentence sets no frame across a break
    ("2025-03-15", "Кабмін ухвалив постанову ще у 2019 році.\n\nНова редакція набула "
     "чинності 1 березня.",
     [("2019 році", "2019"), ("1 березня", "2025-03-01")]),
    # the document's present ends the story
    ("2018-06-01", "Будівництво почалося у квітні 2011 року.\nНаразі об'єкт стоїть.\nУ "
     "травні підрядник отримав аванс.",
     [("квітні 2011 року", "2011-04"), ("Наразі", "PRESENT_REF"), ("травні", "2018-05")]),
    # a future month is no part of a past story
    ("2018-06-01", "Проєкт затвердили у липні 2012 року.\nУ серпні підрядник завершить роботи.",
     [("липні 2012 року", "2012-07"), ("серпні", "2018-08")]),
])
def test_no_story_year_where_the_story_ends_or_looks_back(pipe, date, text, want):
    assert timexes_of(pipe, text, date) == want
