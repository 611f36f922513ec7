"""Times told against other times, on sentences written for these tests: the first day of a
range across two months takes the year written at its end; "того ж року" points back past a
paragraph that told no year (news sites print a sentence a paragraph); "через" a count in a
past story runs from the time told before it, not from the document date."""
from __future__ import annotations

import pytest

from khronika.document import Document, parse_date


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


def run(pipe, text, date):
    doc = pipe(Document(text=text, date=parse_date(date)))
    return [(t.text, t.type, t.value) for t in sorted(doc.timexes, key=lambda t: t.start)]


@pytest.mark.parametrize("text,first", [
    ("Курси підвищення кваліфікації тривали з 27 лютого по 4 березня 2023 року.", "2023-02-27"),
    ("Фестиваль пройшов 29 травня – 2 червня 2024 року у Вінниці.", "2024-05-29"),
    ("Табір працював з 28 грудня по 6 січня 2024 року.", "2023-12-28"),
])
def test_the_first_day_of_a_range_takes_the_year_of_its_end(pipe, text, first):
    got = run(pipe, text, "2025-10-20")
    assert got[0][2] == first and len(got) == 2


def test_no_range_without_its_opener_keeps_the_nearest_year(pipe):
    got = run(pipe, "Директор був на лікарняному 27 лютого, до 4 березня 2023 року звіт не подали.",
              "2025-10-20")
    assert got[0] == ("27 лютого", "DATE", "2025-02-27")


def test_that_same_year_points_back_past_its_paragraph(pipe):
    text = ("17 березня 2011 року управління уклало договір з фірмою.\n"
            "Сума договору склала 4 млн грн.\n"
            "Протягом квітня того ж року фірма отримала всю суму.")
    got = run(pipe, text, "2018-06-01")
    assert ("квітня того ж року", "DATE", "2011-04") in got


def test_that_same_year_with_no_year_told_gives_no_value(pipe):
    assert run(pipe, "Того ж року він переїхав до Рівного.", "2018-06-01") == []


def test_a_count_after_a_day_told_in_the_past_runs_from_that_day(pipe):
    text = ("Митники 9 жовтня затримали вантажівку з контрабандою.\n"
            "Через три дні слідчі повідомили водієві про підозру.")
    assert ("три дні", "DATE", "2017-10-12") in run(pipe, text, "2018-06-01")


def test_a_year_after_a_year_told_in_the_past(pipe):
    text = "У 2013 році підприємство збанкрутувало. Через рік його купив місцевий депутат."
    assert ("рік", "DATE", "2014") in run(pipe, text, "2018-06-01")


def test_a_count_in_a_past_story_with_no_time_told_is_a_length(pipe):
    text = "Фірма взяла в оренду склад. Через місяць вона орендувала ще один."
    assert ("місяць", "DURATION", "P1M") in run(pipe, text, "2018-06-01")


def test_a_count_ahead_still_runs_from_the_document_date(pipe):
    got = run(pipe, "Через тиждень делегація повернеться до Києва.", "2018-06-01")
    assert got == [("тиждень", "DATE", "2018-W23")]
