"""Events: statuses of news forms, on sentences written for these tests: what a side counts on
is still to come; a strike "not stopped" in the present goes on; a happening with a relative
clause about it takes its status from the main clause past it."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events, statuses


def status_of(text: str, type_: str, date: str = "2025-06-10") -> list[str]:
    return statuses(analysed_events(text, date), type_)


def test_the_lists_are_data():
    from khronika.extract.events.lexicon.compiled import lexicon
    assert "розраховувати" in lexicon().word_list("planned_predicates")


@pytest.mark.parametrize("text,type_", [
    ("Україна розраховує отримати ще дві батареї Patriot до кінця літа.", "AID"),
    ("Молдова розраховує провести консультації з Єврокомісією восени.", "CONSULT"),
])
def test_what_a_side_counts_on_is_planned(text, type_):
    assert status_of(text, type_) == ["planned"]


@pytest.mark.parametrize("text,want", [
    ("Ворог не припиняє обстрілів Нікополя.", "ongoing"),
    ("Окупанти не припиняють атакувати Херсон дронами.", "ongoing"),
    ("Ворог не припиняв обстрілів Нікополя всю ніч.", "occurred"),
])
def test_a_strike_not_stopped_goes_on(text, want):
    assert status_of(text, "ASSAULT") == [want]


@pytest.mark.parametrize("text,want", [
    ("Зустріч міністрів у Відні, яка мала відбутися у четвер, скасували.", "negated"),
    ("Візит Туска до Львова, який готували місяць, зірвали.", "negated"),
    ("Зустріч Сибіги з Фіданом, яку скасували минулого тижня, відбудеться в п'ятницю.", "planned"),
    ("Сибіга провів зустріч з Фіданом, яка тривала дві години.", "occurred"),
])
def test_the_main_clause_past_a_relative_clause_tells_the_status(text, want):
    assert status_of(text, "CONSULT") == [want]
