"""Time leftovers of issue 17 (part L26), on sentences written for these tests.

1. A length written with a fraction word ("пів століття", "півроку", "півтора року",
   "чверть століття") followed by "тому" is the time that far back, as "два роки тому" is;
   without "тому" it stays a length.
2. A count and a half ("двох з половиною років", "три з половиною години") is one length of
   that many units and a half, before "тому" the time that far back; "з половиною" after a
   number of anything else ("два з половиною мільйони") is no time.
3. The first or last day of a month or year ("в останній день травня", "у перший день року",
   "В останній день місяця уряд ухвалив") is that day, the month found as "наприкінці
   місяця" finds it; "за останній день" stays a length, "останні дні травня" the month's end."""
from __future__ import annotations

import pytest

from timex_cases import found


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


HALF_AGO = [
    ("2025-06-10", "Понад пів століття тому тут збудували міст.", ("пів століття тому", "1975")),
    ("2021-03-15", "Пів року тому громада відкрила школу.", ("Пів року тому", "2020-09")),
    ("2024-11-02", "Комісію створили півроку тому.", ("півроку тому", "2024-05")),
    ("2023-08-20", "Півтора року тому завод зупинив роботу.", ("Півтора року тому", "2022-02")),
    ("2019-05-05", "Чверть століття тому місто отримало статус обласного центру.",
     ("Чверть століття тому", "1994")),
    ("2022-01-10", "Пів години тому рятувальники завершили роботу.", ("Пів години тому", "PAST_REF")),
]


@pytest.mark.parametrize("date,text,pair", HALF_AGO)
def test_a_fraction_of_a_unit_ago_is_a_past_time(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_fraction_of_a_unit_without_ago_stays_a_length(pipe):
    got = found(pipe, "Міст будували пів року, а ремонтували ще півтора року.", "2025-06-10")
    assert ("пів року", "P6M") in got and ("півтора року", "P1.5Y") in got


AND_A_HALF = [
    ("2025-06-10", "Упродовж двох з половиною років місто жило під обстрілами.",
     ("двох з половиною років", "P2.5Y")),
    ("2020-02-11", "Нарада тривала три з половиною години.", ("три з половиною години", "PT3.5H")),
    ("2018-09-03", "Суд призначив п'ять із половиною років позбавлення волі.",
     ("п'ять із половиною років", "P5.5Y")),
    ("2025-06-10", "Два з половиною роки тому громада відбудувала міст.",
     ("Два з половиною роки тому", "2022-12")),
]


@pytest.mark.parametrize("date,text,pair", AND_A_HALF)
def test_a_count_and_a_half_is_one_length(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_count_and_a_half_of_anything_else_is_no_time(pipe):
    assert not found(pipe, "Два з половиною мільйони людей виїхали за кордон.", "2023-05-01")


EDGE_DAYS = [
    ("2025-06-10", "В останній день травня уряд ухвалив постанову.", ("останній день травня", "2025-05-31")),
    ("2024-02-05", "В останній день лютого комісія оприлюднила звіт.", ("останній день лютого", "2024-02-29")),
    ("2019-11-12", "У перший день року набуде чинності новий закон.", ("перший день року", "2020-01-01")),
    ("2025-06-10", "В останній день місяця уряд ухвалив постанову.", ("останній день місяця", "2025-05-31")),
    ("2021-03-02", "Останнього дня 2020 року парламент ухвалив бюджет.",
     ("Останнього дня 2020 року", "2020-12-31")),
]


@pytest.mark.parametrize("date,text,pair", EDGE_DAYS)
def test_the_first_or_last_day_of_a_month_or_year_is_that_day(pipe, date, text, pair):
    assert pair in found(pipe, text, date)


def test_a_last_day_counted_over_stays_a_length_and_last_days_the_end(pipe):
    got = found(pipe, "За останній день окупанти двічі обстріляли громаду.", "2023-05-01")
    assert ("останній день", "P1D") in got
    got = found(pipe, "В останні дні травня уряд ухвалив постанову.", "2025-06-10")
    assert ("останні дні травня", "2025-05") in got


DAY_PART_RANGES = [
    ("2025-06-10", "Рятувальники працювали з ранку до вечора.",
     [("ранку", "2025-06-10TMO"), ("вечора", "2025-06-10TEV")]),
    ("2022-03-04", "Волонтери вантажили гуманітарну допомогу від ранку до ночі.",
     [("ранку", "2022-03-04TMO"), ("ночі", "2022-03-04TNI")]),
    ("2023-12-15", "Вчора енергетики з вечора до ранку відновлювали лінію.",
     [("вечора", "2023-12-14TEV"), ("ранку", "2023-12-15TMO")]),
]


@pytest.mark.parametrize("date,text,pairs", DAY_PART_RANGES)
def test_a_range_of_parts_of_the_day_holds_both_ends(pipe, date, text, pairs):
    got = found(pipe, text, date)
    for pair in pairs:
        assert pair in got


def test_until_evening_alone_is_no_time(pipe):
    assert not found(pipe, "Роботи тривали до вечора.", "2024-04-02")
