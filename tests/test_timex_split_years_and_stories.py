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
