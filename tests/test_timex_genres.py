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
def pipe(timex_pipeline):
    return timex_pipeline


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
    # (the eve of it: the day before, part L27)
    ("Гості прибули напередодні Дня Конституції Норвегії.", "2025-05-16"),
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


# ---- service notices, interviews, frontline reports, Russian passages ------------------

def test_a_working_week_told_as_a_habit_is_one_set_with_its_hours(pipe):
    got = run(pipe, "Центр надання послуг працює з понеділка по п'ятницю з 9:00 до 18:00.",
              "2026-03-12")
    assert got == [("понеділка по п'ятницю", "XXXX-WXX-WD", None),
                   ("9:00", "XXXX-XX-XXT09:00", None), ("18:00", "XXXX-XX-XXT18:00", None)]


@pytest.mark.parametrize("text,want", [
    ("Пункт незламності працює з суботи по неділю.", [("суботи по неділю", "XXXX-WXX-WE", None)]),
    # a run with no TIMEX3 name: a SET on each of its weekdays, never an interval of weekdays
    ("Консультації щотижня з вівторка по четвер.",
     [("щотижня", "P1W", None), ("вівторка", "XXXX-WXX-2", None), ("четвер", "XXXX-WXX-4", None)]),
])
def test_a_run_of_weekdays_told_as_a_habit_is_a_standard_set(pipe, text, want):
    got = run(pipe, text, "2026-03-12")
    assert got == want and not any("/" in v for _, v, _ in got)


def test_clock_times_next_to_a_daily_frequency_recur_with_it(pipe):
    got = run(pipe, "Рух буде обмежено щодня з 8:00 до 18:00. Нарада почнеться о 10:00.",
              "2026-03-12")
    assert ("8:00", "XXXX-XX-XXT08:00", None) in got
    assert ("18:00", "XXXX-XX-XXT18:00", None) in got
    assert ("10:00", "2026-03-12T10:00", None) in got      # another sentence: one day


def test_a_weekday_range_of_one_week_ends_after_it_starts(pipe):
    # written on a Thursday: next Monday to next Friday, not this week's Friday
    got = run(pipe, "Роботи триватимуть з понеділка по п'ятницю.", "2026-03-12")
    assert got == [("понеділка", "2026-03-16", None), ("п'ятницю", "2026-03-20", None)]


def test_weekdays_take_the_week_named_before_them(pipe):
    got = run(pipe, "Минулого тижня центр працював з понеділка по середу. У четвер його "
                    "закрили.", "2026-03-12")
    assert got == [("Минулого тижня", "2026-W10", None), ("понеділка", "2026-03-02", None),
                   ("середу", "2026-03-04", None), ("четвер", "2026-03-05", None)]


def test_a_bare_day_in_an_answer_takes_the_month_of_the_question(pipe):
    text = ("Журналіст: Що відбулося в Ізюмі у вересні 2022 року?\n\n"
            "Слідчий: 15-го ми зайшли в місто. Розслідування почали одразу.")
    got = run(pipe, text, "2026-03-12")
    assert ("15-го", "2022-09-15", None) in got


def test_a_bare_day_with_no_month_named_is_of_the_nearest_month_in_the_verbs_direction(pipe):
    assert run(pipe, "Виплати надійдуть 5-го.", "2026-03-12") == [("5-го", "2026-04-05", None)]
    assert run(pipe, "Ремонт завершили 20-го.", "2026-03-12") == [("20-го", "2026-02-20", None)]
    # an ordinal of something else is no day
    assert run(pipe, "Бійці 15-го полку відбили атаку.", "2026-03-12") == []


def test_dates_inside_a_russian_passage_are_read_with_russian_month_names():
    pipe = Pipeline(Settings(pipeline=("segment", "morph", "foreign", "timex")))
    text = ("Президент звернувся до громадян Росії.\n\n"
            "«Сегодня, 12 марта, я обращаюсь к вам. В ночь на 5 марта ваши войска обстреляли "
            "мирные города, и вы об этом молчите».")
    doc = pipe(Document(text=text, date=parse_date("2022-03-14")))
    got = [(t.text, t.value) for t in doc.timexes]
    assert ("12 марта", "2022-03-12") in got
    assert ("ночь на 5 марта", "2022-03-05TNI") in got
    # ("Сегодня, 12 марта": the day the words name is the date said with them)
    assert ("Сегодня", "2022-03-12") in got
    # the Russian forms stay out of Ukrainian sentences
    doc = pipe(Document(text="Громада отримала 12 марта гуманітарної допомоги.",
                        date=parse_date("2022-03-14")))
    assert doc.timexes == []


# ---- a weekday named without its week: the tense of its own clause, else the nearest day -----
# 2026-03-12 is a Thursday: the Tuesday before is the 10th, the one after the 17th.

@pytest.mark.parametrize("text,span,value", [
    ("У вівторок мер зустрівся з депутатами.", "вівторок", "2026-03-10"),
    ("У вівторок мер зустрінеться з депутатами.", "вівторок", "2026-03-17"),
    # the verbless clause of the weekday: not the tense of a relative clause inside it
    ("У вівторок, коли мер уже пішов, депутати проголосують.", "вівторок", "2026-03-17"),
    ("У вівторок, як і обіцяв мер, депутати проголосують.", "вівторок", "2026-03-17"),
    ("Депутати, які проголосують у вівторок, отримали проєкт.", "вівторок", "2026-03-17"),
    ("Депутати, які проголосували у вівторок, отримають звіт.", "вівторок", "2026-03-10"),
    # a perfective participle tells a done thing; a day a thing is set for lies ahead
    ("Звіт, оприлюднений у вівторок, викликав скандал.", "вівторок", "2026-03-10"),
    ("Засідання, призначене на вівторок, перенесли.", "вівторок", "2026-03-17"),
    ("Голосування перенесли на вівторок.", "вівторок", "2026-03-17"),
    # no verb at all: the nearest Tuesday to the document date
    ("У вівторок — день жалоби.", "вівторок", "2026-03-10"),
    ("Цього вівторка уряд ухвалив рішення.", "Цього вівторка", "2026-03-10"),
    ("Цього вівторка уряд ухвалить рішення.", "Цього вівторка", "2026-03-17"),
    ("Цієї п'ятниці в місті відбувся концерт.", "Цієї п'ятниці", "2026-03-06"),
    ("Цієї п'ятниці в місті відбудеться концерт.", "Цієї п'ятниці", "2026-03-13"),
])
def test_a_weekday_falls_in_the_week_its_own_clause_tells(pipe, text, span, value):
    assert (span, value, None) in run(pipe, text, "2026-03-12")


def test_a_weekday_verbless_clause_on_the_weekday_itself_is_that_day(pipe):
    assert run(pipe, "У четвер у Брюсселі — саміт.", "2026-03-12") == [("четвер", "2026-03-12", None)]


@pytest.mark.parametrize("text,want", [
    # a weekend with its determiner (2026-03-12 is a Thursday of week 11)
    ("Цими вихідними у місті пройде ярмарок.", ("Цими вихідними", "2026-W11-WE", None)),
    ("Минулими вихідними у місті пройшов ярмарок.", ("Минулими вихідними", "2026-W10-WE", None)),
    ("На наступних вихідних очікується похолодання.", ("наступних вихідних", "2026-W12-WE", None)),
    ("Ці вихідні будуть теплими.", ("Ці вихідні", "2026-W11-WE", None)),
    ("У вихідні в місті пройде ярмарок.", ("вихідні", "2026-W11-WE", None)),
    # "протягом останнього тижня": one unit's duration, as "за останню добу"
    ("Протягом останнього тижня ворог посилив атаки.", ("останнього тижня", "P1W", None)),
    ("Упродовж останньої доби ворог атакував місто.", ("останньої доби", "P1D", None)),
])
def test_weekends_with_determiners_and_the_last_unit(pipe, text, want):
    assert run(pipe, text, "2026-03-12") == [want]


@pytest.mark.parametrize("text,want", [
    # a weekday followed by the date it falls on is one expression, that date ("минулої
    # середи" alone would be this week's Wednesday, the 11th)
    ("Минулої середи, 4 березня, депутати провели сесію.",
     [("Минулої середи, 4 березня", "2026-03-04", None)]),
    ("У понеділок, 16 березня, депутати зберуться на сесію.",
     [("понеділок, 16 березня", "2026-03-16", None)]),
    # a date that is another weekday: still one expression, and the date, the more exact of
    # the two, gives its value (issue 17)
    ("У вівторок, 12 березня, сталася аварія.", [("вівторок, 12 березня", "2026-03-12", None)]),
    # a weekday put in a week by the document date names no week for the next one
    ("Ворог атакував місто в неділю та понеділок.",
     [("неділю", "2026-03-08", None), ("понеділок", "2026-03-09", None)]),
])
def test_a_weekday_with_its_date_and_weekdays_in_a_row(pipe, text, want):
    assert run(pipe, text, "2026-03-12") == want


def test_a_weekday_told_in_the_future_on_that_weekday_is_that_day(pipe):
    # an address dated by its video (often past midnight) speaks of that very day
    assert run(pipe, "У середу виступатиму в парламенті.", "2026-03-11") == [
        ("середу", "2026-03-11", None)]
    assert run(pipe, "У четвер виступатиму в парламенті.", "2026-03-11") == [
        ("четвер", "2026-03-12", None)]


@pytest.mark.parametrize("text,want", [
    # a sum per unit is a rate, a SET (was missed, or a duration after "на")
    ("Переселенці отримуватимуть 450 грн в місяць.", [("місяць", "P1M", None)]),
    ("Виплата становить дві тисячі гривень на місяць.", [("місяць", "P1M", None)]),
    # a term is a duration
    ("Контракт укладено на рік.", [("рік", "P1Y", None)]),
])
def test_a_sum_per_unit_is_a_rate(pipe, text, want):
    doc = pipe(Document(text=text, date=parse_date("2026-03-12")))
    got = [(t.text, t.value, t.mod) for t in doc.timexes]
    assert got == want
    assert [t.type for t in doc.timexes] == (["SET"] if "грн" in text or "гривень" in text else ["DURATION"])


def test_weekdays_named_as_words_are_no_days(pipe):
    # "як понеділок або четвер": the words, no day; "у вівторок або середу" two days
    assert run(pipe, "Субота нічого не означає. Як понеділок або четвер.", "2026-03-12") == []
    assert run(pipe, "Засідання відбудеться у вівторок або середу.", "2026-03-12") == [
        ("вівторок", "2026-03-17", None), ("середу", "2026-03-18", None)]
