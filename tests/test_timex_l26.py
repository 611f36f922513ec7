"""Time leftovers of issue 17 (part L26), on sentences written for these tests.

1. A length written with a fraction word ("пів століття", "півроку", "півтора року",
   "чверть століття") followed by "тому" is the time that far back, as "два роки тому" is;
   without "тому" it stays a length.
2. A count and a half ("двох з половиною років", "три з половиною години") is one length of
   that many units and a half, before "тому" the time that far back; "з половиною" after a
   number of anything else ("два з половиною мільйони") is no time."""
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
