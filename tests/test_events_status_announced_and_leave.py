"""Status of what a verbless announcement names (issue 16, part L23): "Попереду – ...", "На
черзі – ...", "У планах – ..." tell a happening still to come, though no verb gives a tense; a
transfer that leave was got for, with the one who gave it named between ("отримала згоду
Німеччини на передачу"), is still to come, and getting the leave is no aid. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def statuses(text, date, type_):
    return [e.status for e in analysed_events(text, date) if e.type == type_]


@pytest.mark.parametrize("text", [
    "Попереду – переговори з прем'єр-міністром Японії.",
    "А попереду – зустріч лідерів у Гельсінкі.",
    "На черзі – візит міністра оборони до Вільнюса.",
    "У планах – переговори з делегацією Канади в Оттаві.",
])
def test_a_verbless_announcement_of_what_comes_is_planned(text):
    got = statuses(text, "2024-05-06", "CONSULT")
    assert got and all(s == "planned" for s in got), (text, got)


@pytest.mark.parametrize("text,want", [
    # negatives: a verb tells the tense; a verbless line with no word of what comes keeps the
    # status the rest of the reading gives it
    ("Попереду відбулися переговори з прем'єр-міністром Японії.", "occurred"),
    ("Позаду – переговори з прем'єр-міністром Японії.", "occurred"),
])
def test_without_a_word_of_what_comes_the_status_is_not_planned(text, want):
    assert statuses(text, "2024-05-06", "CONSULT") == [want]


@pytest.mark.parametrize("text", [
    "Словаччина отримала згоду Німеччини на передачу Україні гаубиць.",
    "Естонія отримала дозвіл Вашингтона на передачу Україні ракет.",
    "Чехія отримала дозвіл на передачу Україні бронемашин.",
])
def test_a_transfer_leave_was_got_for_is_planned(text):
    got = statuses(text, "2023-03-14", "AID")
    assert got and all(s == "planned" for s in got), (text, got)


@pytest.mark.parametrize("text", [
    # negative: what is got is the aid itself
    "Словаччина отримала від Німеччини гаубиці.",
    "Україна отримала нові ракети від Естонії.",
])
def test_aid_got_is_still_aid_that_occurred(text):
    assert statuses(text, "2023-03-14", "AID") == ["occurred"]


@pytest.mark.parametrize("text,type_", [
    ("Міністерство отримало дозвіл на проведення консультацій з Угорщиною.", "CONSULT"),
    ("Уряд отримав згоду парламенту на підписання угоди з Данією.", "AGREE"),
])
def test_an_act_under_a_verbal_noun_of_leave_is_planned(text, type_):
    assert statuses(text, "2023-03-14", type_) == ["planned"]


@pytest.mark.parametrize("text,type_,want", [
    ("Переговори, що мали відбутися в понеділок, перенесли на невизначений термін.", "CONSULT", "planned"),
    # negatives: the relative clause with "що" tells the past, the main clause what became of it
    ("Переговори, що тривали два дні, завершилися підписанням угоди.", "CONSULT", "occurred"),
    ("Саміт, що відбувся в Женеві, не дав результатів.", "CONSULT", "occurred"),
])
def test_a_relative_clause_with_shcho_leaves_the_main_clause_to_tell(text, type_, want):
    assert statuses(text, "2025-11-26", type_) == [want]
