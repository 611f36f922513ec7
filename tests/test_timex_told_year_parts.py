"""A month, a season or a part of one right after the year told for it (issue 17, part L23):
"торік у травні", "Минулого року навесні", "Цього року в серпні", "торік на початку липня",
"наприкінці осені 2021-го" are of that year, not of the year nearest the document date; a year
summed over or planned for ("за 2016 рік 17 березня") frames no day after it. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,want", [
    ("Торік у травні делегації підписали меморандум.", ("травні", "2024-05")),
    ("Торік восени ми зустрічалися у Варшаві.", ("восени", "2024-FA")),
    ("Минулого року навесні посол вручив грамоти.", ("навесні", "2024-SP")),
    ("Позаторік у липні уряд ухвалив стратегію.", ("липні", "2023-07")),
    ("Цього року в лютому ми говорили про це вперше.", ("лютому", "2025-02")),
    ("У 2021 році взимку почалися перемовини.", ("взимку", "2021-WI")),
    ("Наступного року влітку відкриють посольство.", ("влітку", "2026-SU")),
])
def test_a_month_or_season_takes_the_year_told_before_it(pipe, text, want):
    assert want in timexes_of(pipe, text, "2025-11-26")


@pytest.mark.parametrize("text,want", [
    ("Торік на початку липня міністр відвідав Рим.", ("початку липня", "2024-07")),
    ("У 2022 році наприкінці осені почалися відключення.", ("наприкінці осені", "2022-FA")),
    ("Наприкінці осені 2021-го ми переїхали до Львова.", ("Наприкінці осені 2021-го", "2021-FA")),
])
def test_a_part_of_a_month_or_season_takes_its_year(pipe, text, want):
    assert want in timexes_of(pipe, text, "2025-11-26")


@pytest.mark.parametrize("text,want", [
    # negatives: no year told before: the nearest reading; a year summed over frames nothing
    ("У травні делегації підписали меморандум.", ("травні", "2025-05")),
    ("Восени ми зустрічалися у Варшаві.", ("Восени", "2025-FA")),
    ("Звіт за 2016 рік уряд представить 17 березня.", ("17 березня", "2026-03-17")),
    ("У 2014 році Росія окупувала Крим, а в березні 2022 року напала на Київ.",
     ("березні 2022 року", "2022-03")),
])
def test_without_a_year_right_before_the_nearest_reading_stays(pipe, text, want):
    assert want in timexes_of(pipe, text, "2025-11-26")


@pytest.mark.parametrize("text,want", [
    ("Удар стався о 14:20 за київським часом (15:20 за місцевим).", ("15:20", "2025-11-26T15:20")),
    ("Саміт відкриють о 10:00 за місцевим часом, що відповідає 05:00 за київським.",
     ("05:00", "2025-11-26T05:00")),
    ("Запуск перенесли на 18:30 UTC.", ("18:30", "2025-11-26T18:30")),
])
def test_a_bare_clock_time_read_on_a_named_clock(pipe, text, want):
    assert want in timexes_of(pipe, text, "2025-11-26")


@pytest.mark.parametrize("text", [
    # negative: a score or a ratio with no clock named
    "Команда виграла 3:10 у київському турнірі.",
    "Рахунок 2:15 за київським клубом.",
])
def test_a_colon_number_with_no_clock_named_is_no_time(pipe, text):
    assert [v for _, v in timexes_of(pipe, text, "2025-11-26") if "T" in v] == []
