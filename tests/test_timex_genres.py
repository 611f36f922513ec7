"""Time expressions of other genres than official statements (live blogs, regional and
investigative news, interviews), on sentences written for these tests: bare clock stamps,
seasons with a bare year, ranges of months, parts of a month, parts of a quarter, another
country's holiday."""
from __future__ import annotations

import pytest

from khronika.document import Document, parse_date
from khronika.extract.timex.lexicon import lexicon
from khronika.pipeline import Pipeline
from khronika.settings import Settings


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(Settings(pipeline=("segment", "morph", "timex")))


def run(pipe, text, date):
    doc = pipe(Document(text=text, date=parse_date(date)))
    return [(t.text, t.value, t.mod) for t in sorted(doc.timexes, key=lambda t: t.start)]


def test_live_blog_stamps_are_clock_times_of_the_day(pipe):
    text = ("14:35\nОновлено о 18:00\nУ ніч проти 14 квітня ворог атакував місто дронами.\n"
            "15:20 Рятувальники працюватимуть на місці упродовж тижня.")
    got = run(pipe, text, "2025-04-14")
    assert ("14:35", "2025-04-14T14:35", None) in got
    assert ("18:00", "2025-04-14T18:00", None) in got
    assert ("15:20", "2025-04-14T15:20", None) in got
    assert ("ніч проти 14 квітня", "2025-04-14TNI", None) in got


def test_clock_after_a_date_and_a_comma(pipe):
    got = run(pipe, "Оновлено 20.01.2025, 16:45\nСвітло повернули.", "2025-01-20")
    assert got == [("20.01.2025", "2025-01-20", None), ("16:45", "2025-01-20T16:45", None)]


@pytest.mark.parametrize("text", [
    "Рахунок у матчі 2:1 на користь гостей.",
    "Співвідношення 3:05 не змінилося, сказав він.",
])
def test_a_colon_number_inside_a_sentence_is_no_clock(pipe, text):
    assert run(pipe, text, "2025-01-20") == []


@pytest.mark.parametrize("text,span,value", [
    ("Реконструкцію почали навесні 2025, а завершать пізніше.", "навесні 2025", "2025-SP"),
    ("Взимку 2022–2023 років місто жило за графіками.", "Взимку 2022–2023 років", "2022-WI"),
])
def test_season_with_a_bare_year(pipe, text, span, value):
    assert (span, value, None) in run(pipe, text, "2025-03-03")


def test_a_count_after_a_season_is_not_its_year(pipe):
    got = run(pipe, "Влітку 2025 осіб виїхали з міста.", "2025-10-01")
    assert got == [("Влітку", "2025-SU", None)]


@pytest.mark.parametrize("text,first,second", [
    ("У період з березня по червень 2023 року надійшло 40 млн грн.", "2023-03", "2023-06"),
    ("У січні – лютому 2025 року експорт зріс.", "2025-01", "2025-02"),
    ("З листопада по березень 2023 року станція стояла.", "2022-11", "2023-03"),
])
def test_month_ranges_take_the_year_of_their_end(pipe, text, first, second):
    assert [g[1] for g in run(pipe, text, "2024-09-03")] == [first, second]


@pytest.mark.parametrize("text,span,value,mod", [
    ("У 20-х числах лютого енергетики попереджали про обмеження.", "20-х числах лютого",
     "2025-02", "END"),
    ("В останні дні лютого ситуація стабілізувалася.", "останні дні лютого", "2025-02", "END"),
    ("В останній тиждень березня ролик переглянули мільйон разів.", "останній тиждень березня",
     "2025-03", "END"),
    ("У перших числах квітня 2024 року фірму закрили.", "перших числах квітня 2024 року",
     "2024-04", "START"),
    ("Наприкінці першого кварталу аналітики чекають зростання.", "Наприкінці першого кварталу",
     "2025-Q1", "END"),
])
def test_parts_of_a_month_and_of_a_quarter(pipe, text, span, value, mod):
    assert run(pipe, text, "2025-03-10") == [(span, value, mod)]


def test_decade_still_a_decade(pipe):
    assert run(pipe, "Сквер заклали ще у 1990-х.", "2025-06-30") == [("1990-х", "199", None)]
    assert run(pipe, "Його збудували в 20-х роках.", "2025-06-30") == [("20-х роках", "202", None)]


def test_at_least_one_unit_is_a_duration(pipe):
    assert run(pipe, "Пошукова операція триватиме щонайменше добу.", "2025-09-18") \
        == [("добу", "P1D", None)]


@pytest.mark.parametrize("text,value", [
    ("У Полтаві до Дня Конституції відкрили сквер.", "2025-06-28"),
    ("У Полтаві до Дня Конституції України відкрили сквер.", "2025-06-28"),
    ("Гості прибули напередодні Дня Конституції Норвегії.", "2025-05-17"),
    ("Посол привітав американців із Днем незалежності США.", "2025-07-04"),
    # the country's day is not in the data: no value rather than Ukraine's
    ("Посол привітав французів із Днем незалежності Франції.", None),
    # a country after "в" is where the day is kept, not whose
    ("Українці відзначили День Незалежності в Польщі.", "2025-08-24"),
])
def test_holidays_of_one_country(pipe, text, value):
    got = run(pipe, text, "2025-06-30")
    assert [g[1] for g in got] == ([value] if value else [])


def test_country_days_are_read_as_codes():
    # bare NO in YAML is false: every key must stay a two-letter code
    for days in lexicon().country_days.values():
        for code, day in days.items():
            assert isinstance(code, str) and len(code) == 2 and code.isupper()
            assert len(day) == 5 and day[2] == "-"
    assert set(lexicon().country_forms.values()) <= {
        c for days in lexicon().country_days.values() for c in days} | {"GB", "AE"}


def test_a_year_that_bounds_a_span_is_not_the_context_of_a_quarter(pipe):
    got = run(pipe, "Уряд розраховує завершити реформу до 2030 року. Перший етап стартує у "
                    "другому кварталі.", "2026-02-10")
    assert got == [("2030 року", "2030", None), ("другому кварталі", "2026-Q2", None)]
    # a year the text is about still dates the quarter
    got = run(pipe, "У 2024 році експорт зріс. У другому кварталі він був рекордним.", "2026-02-10")
    assert got[-1] == ("другому кварталі", "2024-Q2", None)


@pytest.mark.parametrize("text,span,mod", [
    ("У першій половині грудня таких атак було вдвічі менше.", "першій половині грудня", "START"),
    ("У другій половині грудня атаки посилилися.", "другій половині грудня", "END"),
])
def test_half_of_a_month(pipe, text, span, mod):
    assert run(pipe, text, "2025-12-20") == [(span, "2025-12", mod)]
