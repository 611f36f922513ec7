"""Status of acts told through what surrounds them (issue 16, part L22): a transfer leave is
asked or given for is still to come; an act told by an impersonal form with "не буде" / "не
було" after it is denied; a happening called off and set for a new day in a later clause is
planned on that day; an act one decided to do is still to come; a plan or an offer on a
condition told by a noun phrase ("за умови ...") is conditional; an infinitive put before its
modal ("Передати ... має") is planned. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import analysed_events


def statuses(text, date, type_):
    return [(e.status, (e.time or {}).get("value")) for e in analysed_events(text, date)
            if e.type == type_]


@pytest.mark.parametrize("text", [
    "Данія звернулася до Швеції по дозвіл передати Україні бронетранспортери.",
    "Чехія чекає дозволу Берліна передати Києву свої танки.",
    "Норвегія звернулася до Вашингтона по згоду передати Україні ракети.",
    "Польща звернулася до Німеччини по дозвіл на передачу Україні танків.",
])
def test_a_transfer_leave_is_sought_for_is_planned(text):
    assert [s for s, _ in statuses(text, "2023-02-10", "AID")] and \
        all(s == "planned" for s, _ in statuses(text, "2023-02-10", "AID"))


@pytest.mark.parametrize("text,want", [
    # negative: a transfer told as done stays done
    ("Данія передала Україні бронетранспортери.", "occurred"),
    ("Польща передала Україні танки, отримавши дозвіл Берліна.", "occurred"),
])
def test_a_transfer_without_leave_keeps_its_own_status(text, want):
    assert [s for s, _ in statuses(text, "2023-02-10", "AID")] == [want]


@pytest.mark.parametrize("text,want", [
    ("Нідерланди вирішили передати Україні гаубиці.", "planned"),
    ("Уряд Латвії постановив виділити Україні ще два гелікоптери.", "planned"),
    # negative: what was decided before and then done is done
    ("Нідерланди, як і вирішили, передали Україні гаубиці.", "occurred"),
])
def test_an_act_decided_is_still_to_come(text, want):
    assert [s for s, _ in statuses(text, "2023-02-10", "AID")] == [want]


@pytest.mark.parametrize("text,type_,want", [
    ("Мирний договір підписано не буде.", "AGREE", "negated"),
    ("Нових обмежень проти Мінська запроваджено не було.", "SANCTION", "negated"),
    # negatives: the impersonal form with a "бути" before it, or alone
    ("Мирний договір буде підписано у травні.", "AGREE", "planned"),
    ("Мирний договір підписано в Женеві.", "AGREE", "occurred"),
])
def test_an_impersonal_form_with_a_denied_byty_after_it_is_negated(text, type_, want):
    assert [s for s, _ in statuses(text, "2023-02-10", type_)] == [want]


@pytest.mark.parametrize("text,want", [
    ("Переговори міністрів скасували, їх перенесено на п'ятницю.", [("planned", "2023-02-10")]),
    ("Засідання не відбулося, його відклали на 20 лютого.", [("planned", "2023-02-20")]),
    ("Саміт скасовано – його перенесли на наступний тиждень.", [("planned", "2023-W07")]),
])
def test_a_happening_called_off_and_set_for_a_new_day_is_planned_then(text, want):
    assert statuses(text, "2023-02-06", "CONSULT") == want


@pytest.mark.parametrize("text", [
    "Переговори міністрів скасували, їх не перенесли на інший день.",
    "Переговори міністрів скасували.",
])
def test_a_happening_called_off_and_not_set_again_stays_negated(text):
    assert [s for s, _ in statuses(text, "2023-02-06", "CONSULT")] == ["negated"]


@pytest.mark.parametrize("text,type_", [
    ("Японія пропонує Україні кредит за умови проведення судової реформи.", "AID"),
    ("Канада запровадить мита на російський алюміній на умовах спільного рішення G7.", "SANCTION"),
])
def test_a_plan_on_a_condition_told_by_a_noun_phrase_is_conditional(text, type_):
    assert [s for s, _ in statuses(text, "2023-02-10", type_)] == ["conditional"]


def test_a_plan_without_a_condition_stays_planned():
    assert [s for s, _ in statuses("Японія надасть Україні кредит на умовно вигідних засадах.",
                                   "2023-02-10", "AID")] == ["planned"]


@pytest.mark.parametrize("text,type_,want", [
    ("Передати Україні ці гелікоптери Латвія має до кінця літа.", "AID", "planned"),
    # negative: "мати" with a noun is to have, its tense decides
    ("Учора ми мали розмову з прем'єром Латвії.", "CONSULT", "occurred"),
])
def test_an_infinitive_put_before_its_modal_is_planned(text, type_, want):
    assert [s for s, _ in statuses(text, "2023-02-10", type_)] == [want]
