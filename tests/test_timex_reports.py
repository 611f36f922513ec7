"""Time expressions of media, regional, economic and court reports and of interviews (issue 17,
part T16): memory looks back, a day set for something lies ahead, the day of an anniversary
counted from a year written nearby, years that label a budget or a fiscal year, the header
stamps of a report, a night over by the morning report, the clock times of a story of a past
day, a count from a day written after "після", the parts of periods and of years a verb
puts on one side of the document date, quarters counted from the document ("у минулому
кварталі"), impersonal -но/-то forms as a past, and the year a budget is for. Sentences written
for these tests, documents of several years."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of as run


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("date,text,want", [
    # memory looks back, whatever the tense of its verb; the famous day keeps its own year
    ("2025-06-10", "Ніхто в Бучі не забуде 24 лютого.", [("24 лютого", "2022-02-24")]),
    ("2024-12-20", "Херсонці завжди пам'ятатимуть 11 листопада.", [("11 листопада", "2024-11-11")]),
    ("2023-05-02", "Ми назавжди запам'ятаємо 3 квітня.", [("3 квітня", "2023-04-03")]),
    # a future verb with nothing remembered still points ahead
    ("2025-06-10", "Делегація прибуде 3 квітня.", [("3 квітня", "2026-04-03")]),
])
def test_a_day_remembered_lies_behind(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    ("2025-06-10", "Розгляд апеляції призначено на 11 грудня.", [("11 грудня", "2025-12-11")]),
    ("2024-07-01", "Суд відклав засідання на 2 січня.", [("2 січня", "2025-01-02")]),
    ("2023-08-20", "Слідчий суддя продовжив тримання під вартою до 1 лютого.",
     [("1 лютого", "2024-02-01")]),
    # "станом на" is the day things stood on
    ("2025-06-10", "Станом на 1 грудня уряд призначив 40 посадовців.", [("1 грудня", "2024-12-01")]),
])
def test_a_day_set_for_something_lies_ahead(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    ("2025-05-18",
     "У день 81-ї річниці депортації кримських татар у Києві пройшла хода. "
     "Депортація почалася 18 травня 1944 року.",
     [("день 81-ї річниці", "2025-05-18"), ("18 травня 1944 року", "1944-05-18")]),
    ("2023-01-22", "Злука відбулася у 1919 році. У 104-ту річницю Соборності люди утворили живий ланцюг.",
     [("1919 році", "1919"), ("104-ту річницю", "2023")]),
])
def test_the_day_of_an_anniversary_counts_from_the_year_written_nearby(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text", [
    ("2025-05-18", "У день 81-ї річниці депортації у Києві пройшла хода."),     # no year given
    ("2025-05-18", "Депортація почалася у 1990 році. У день 81-ї річниці пройшла хода."),  # far off
    ("2025-05-18", "До 81-ї річниці депортації 1944 року готують виставку."),   # towards it
])
def test_an_anniversary_with_no_year_to_count_from_dates_nothing(pipe, date, text):
    assert not [v for t, v in run(pipe, text, date) if "річниц" in t]


@pytest.mark.parametrize("date,text,want", [
    ("2025-09-15", "Уряд схвалив проєкт бюджету-2026 у першому читанні.", [("2026", "2026")]),
    ("2024-03-01", "Стратегія-2030 передбачає нові ринки.", [("2030", "2030")]),
    ("2025-04-10", "У 2026 фінансовому році видатки зростуть.", [("2026 фінансовому році", "2026")]),
    # the year the sums are drawn for: the document's, or the one gone for a past verb
    ("2025-04-10", "За підсумками року Нацбанк прогнозує інфляцію 9%.", [("року", "2025")]),
    ("2025-02-10", "За підсумками року уряд отримав 41 млрд доларів.", [("року", "2024")]),
    ("2025-02-10", "У 2023 році ціни зросли. За підсумками року вони подвоїлися.",
     [("2023 році", "2023"), ("року", "2023")]),
])
def test_years_that_label_a_budget_or_a_summary(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("text,want", [
    ("Оновлено: 16:40", [("16:40", "2024-05-05T16:40")]),
    ("Опубліковано: 07:55", [("07:55", "2024-05-05T07:55")]),
])
def test_a_report_header_stamp_is_a_time_of_the_document_day(pipe, text, want):
    assert run(pipe, text, "2024-05-05") == want


def test_a_stamp_after_a_date_with_no_comma(pipe):
    assert run(pipe, "12.02.2025 09:40", "2025-02-12") == [
        ("12.02.2025", "2025-02-12"), ("09:40", "2025-02-12T09:40")]


def test_a_night_over_by_the_morning_report_began_the_evening_before(pipe):
    got = run(pipe, "Ворог атакував область ударними дронами з 22:30 до 05:10.", "2024-09-03")
    assert got == [("22:30", "2024-09-02T22:30"), ("05:10", "2024-09-03T05:10")]
    # a range to come begins on the document's day
    got = run(pipe, "Обмеження руху діятимуть з 22:30 до 05:10.", "2024-09-03")
    assert got == [("22:30", "2024-09-03T22:30"), ("05:10", "2024-09-04T05:10")]


@pytest.mark.parametrize("text,clock,value", [
    # two sentences on in the same paragraph
    ("3 березня 2022 року ми виїхали з Ірпеня. Дорога була забита машинами. "
     "О 7-й ранку нас зупинили на блокпосту.", "7-й ранку", "2022-03-03T07:00"),
    # the paragraph just before, a day long gone
    ("10 жовтня 2022 року Росія вперше масовано вдарила по енергетиці.\n\n"
     "О 8:15 вибухи пролунали в центрі Києва.", "8:15", "2022-10-10T08:15"),
])
def test_clock_times_of_a_story_of_a_past_day_are_that_days(pipe, text, clock, value):
    assert dict(run(pipe, text, "2025-06-10"))[clock] == value


def test_a_report_of_its_own_day_keeps_its_clock_times(pipe):
    # a day told a week before, in the paragraph before, is not the story's day
    got = dict(run(pipe, "3 червня уряд ухвалив постанову.\n\nО 8:15 вибухи пролунали в Києві.",
                   "2025-06-10"))
    assert got["8:15"] == "2025-06-10T08:15"


@pytest.mark.parametrize("date,text,want", [
    ("2025-06-20", "Через тиждень після обстрілу 2 червня мер оголосив збір коштів.",
     [("тиждень", "2025-06-09"), ("2 червня", "2025-06-02")]),
    ("2024-04-15", "За три дні до виборів 31 березня кандидати провели дебати.",
     [("три дні", "2024-03-28"), ("31 березня", "2024-03-31")]),
])
def test_a_count_from_a_day_written_after_it(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    # the end of this week, month, year is still to come: a past verb tells the one before
    ("2026-01-13", "Наприкінці тижня делегація повернулася з Брюсселя.",
     [("Наприкінці тижня", "2026-W02")]),
    ("2025-07-08", "Наприкінці місяця парламент ухвалив закон.", [("Наприкінці місяця", "2025-06")]),
    ("2025-07-08", "Наприкінці тижня делегація повернеться з Брюсселя.",
     [("Наприкінці тижня", "2025-W28")]),
    # the start of this month is gone: a future verb tells the next one's
    ("2025-07-24", "На початку місяця уряд затвердить план.", [("початку місяця", "2025-08")]),
    # until the end: a bound, not a part
    ("2025-07-08", "Програма триватиме до кінця місяця.", [("кінця місяця", "2025-07")]),
])
def test_the_part_of_a_period_is_on_the_side_its_verb_tells(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    ("2025-11-20", "У першому кварталі Україна отримає транш.", [("першому кварталі", "2026-Q1")]),
    ("2026-01-15", "У третьому кварталі експорт скоротився.", [("третьому кварталі", "2025-Q3")]),
    ("2025-04-02", "У першому кварталі ВВП зріс на 2%.", [("першому кварталі", "2025-Q1")]),
    ("2025-05-20", "У другому півріччі уряд отримає кредит.", [("другому півріччі", "2025-H2")]),
])
def test_a_quarter_or_half_without_a_year_is_on_the_side_its_verb_tells(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    ("2025-07-15", "У минулому кварталі експорт зерна зріс.", [("минулому кварталі", "2025-Q2")]),
    ("2025-02-03", "За минулий квартал банки заробили 20 млрд гривень.",
     [("минулий квартал", "2024-Q4")]),
    ("2025-11-03", "Наступного кварталу уряд розмістить облігації.",
     [("Наступного кварталу", "2026-Q1")]),
    ("2024-08-30", "Цього півріччя надходження перевищили план.", [("Цього півріччя", "2024-H2")]),
    ("2024-08-30", "Кожного кварталу фонд звітує перед радою.", [("Кожного кварталу", "P3M")]),
])
def test_a_quarter_or_half_counted_from_the_document(pipe, date, text, want):
    assert run(pipe, text, date) == want


@pytest.mark.parametrize("date,text,want", [
    # an impersonal -но/-то form tells what has been done
    ("2025-07-15", "Угоду про вільну торгівлю підписано 3 вересня.", [("3 вересня", "2024-09-03")]),
    ("2025-07-15", "Угоду буде підписано 3 вересня.", [("3 вересня", "2025-09-03")]),
    # the year a budget is for is not the year of the day it was passed
    ("2025-07-15", "Кошторис міста на 2025 рік депутати затвердили 12 грудня.",
     [("2025 рік", "2025"), ("12 грудня", "2024-12-12")]),
])
def test_what_has_been_done_and_the_year_a_budget_is_for(pipe, date, text, want):
    assert run(pipe, text, date) == want
