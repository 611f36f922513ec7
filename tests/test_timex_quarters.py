"""A quarter of a unit as a length (issue 17, part L23, found in memoirs and fiction of the
untuned corpora): "через чверть години", "за чверть століття"; a quarter of people or things
is no time. Sentences written for these tests."""
from __future__ import annotations

import pytest

from timex_runs import timexes_of


@pytest.fixture(scope="module")
def pipe(timex_pipeline):
    return timex_pipeline


@pytest.mark.parametrize("text,want", [
    ("Через чверть години колона рушила далі.", [("чверть години", "PT15M")]),
    ("За чверть століття село спорожніло.", [("чверть століття", "P25Y")]),
    # negatives: a quarter of the voters, of the budget
    ("Чверть виборців не визначилася.", []),
    ("На оборону пішла чверть бюджету.", []),
])
def test_a_quarter_of_a_unit_is_a_length(pipe, text, want):
    assert timexes_of(pipe, text, "2025-11-26") == want
