"""An event's time when a year is told and narrowed right after it, and in a daily summary
(issue 16, part L23): "торік восени" dates the meeting in autumn 2024, not in all of 2024; "З
початку доби" dates what it counts on the report's own day, while a since-phrase over a longer
stretch ("від початку року") still dates no single happening. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def times(text, date, type_):
    return [(e.time or {}).get("value") for e in analysed_events(text, date) if e.type == type_]


@pytest.mark.parametrize("text,type_,want", [
    ("Коли ми зустрічалися торік восени, прем'єр-міністр Польщі обіцяв підтримку.", "CONSULT", "2024-FA"),
    ("Минулого року в березні делегація провела переговори в Токіо.", "CONSULT", "2024-03"),
    ("Позаторік у липні Україна підписала угоду з Польщею.", "AGREE", "2023-07"),
])
def test_a_year_narrowed_right_after_it_dates_by_the_narrower(text, type_, want):
    assert times(text, "2025-11-26", type_) == [want]


@pytest.mark.parametrize("text,type_,want", [
    # negatives: a year alone dates by the year; a year and a month far apart in the sentence
    # are two times, the nearer one dates
    ("Торік Україна підписала угоду з Польщею.", "AGREE", "2024"),
    ("У 2023 році делегації провели переговори, а угоду підписали в березні.", "CONSULT", "2023"),
])
def test_a_year_not_narrowed_dates_by_itself(text, type_, want):
    assert times(text, "2025-11-26", type_) == [want]


@pytest.mark.parametrize("text,type_", [
    ("З початку доби окупанти 14 разів атакували позиції наших військ.", "ASSAULT"),
    ("З початку дня на фронті відбулося 60 бойових зіткнень.", "ASSAULT"),
])
def test_a_count_from_the_start_of_the_reports_day_is_of_that_day(text, type_):
    assert times(text, "2025-11-26", type_) == ["2025-11-26"]


@pytest.mark.parametrize("text,type_", [
    # negative: a count from the start of a year or of the invasion dates no single happening
    ("Від початку року ворог атакував Суми понад двісті разів.", "ASSAULT"),
    ("З початку вторгнення ворог атакував Харків понад тисячу разів.", "ASSAULT"),
])
def test_a_count_over_a_longer_stretch_stays_undated(text, type_):
    assert times(text, "2025-11-26", type_) == [None]
