"""One happening is one event (issue 16, part B34): a meeting told from both sides ("Зеленський
зустрівся з Рютте. Рютте зустрівся з Президентом України") is one meeting, though each
mention names the state or body of another of its people; a meeting with a person only one
mention names stays two. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed

DAY = "2025-06-21"


def _rows(text: str, kind: str | None = None) -> list[tuple]:
    d = analysed(text, DAY).to_json()
    return [(e["type"], e["status"], e["actors"], e["recipients"], len(e.get("mentions", [])))
            for e in d["events"] if kind is None or e["type"] == kind]


@pytest.mark.parametrize("text", [
    "Зеленський зустрівся з Генеральним секретарем НАТО Марком Рютте. "
    "Рютте зустрівся з Президентом України.",
    "Президент України Володимир Зеленський провів зустріч з Генсеком НАТО Марком Рютте. "
    "Марк Рютте зустрівся з Зеленським у Брюсселі.",
    "Андрій Сибіга зустрівся з міністром закордонних справ Польщі Радославом Сікорським. "
    "Сікорський провів зустріч із главою МЗС України.",
])
def test_a_meeting_told_from_both_sides_is_one(text):
    rows = _rows(text, "CONSULT")
    assert len(rows) == 1 and rows[0][4] == 1, rows


@pytest.mark.parametrize("text", [
    # near misses: another person met, or the same two people on two days
    "Зеленський зустрівся з Генсеком НАТО Марком Рютте. Окремо Рютте зустрівся з Сибігою.",
    "Сибіга зустрівся з Сікорським. Сибіга також зустрівся з Президентом Польщі Анджеєм Дудою.",
])
def test_a_meeting_with_another_person_stays_apart(text):
    assert len(_rows(text, "CONSULT")) == 2, _rows(text)


@pytest.mark.parametrize("text", [
    "Зеленський провів телефонну розмову з Президентом Туреччини Реджепом Ердоганом. "
    "Ердоган під час розмови з Зеленським запропонував провести нові переговори у Стамбулі.",
    "Зеленський під час розмови з Макроном запропонував провести саміт.",
])
def test_a_talk_within_which_a_plan_is_proposed_took_place(text):
    rows = [r for r in _rows(text, "CONSULT") if r[1] == "occurred"]
    assert len(rows) == 1, _rows(text)


def test_the_town_of_the_proposed_talks_is_not_the_calls():
    text = "Ердоган під час розмови з Зеленським запропонував провести нові переговори у Стамбулі."
    d = analysed(text, DAY).to_json()
    call = [e for e in d["events"] if e["type"] == "CONSULT" and e["status"] == "occurred"]
    assert call and call[0]["place"] is None, d["events"]


def test_a_talk_to_come_stays_to_come():
    text = "Під час майбутньої зустрічі з Макроном Зеленський запропонує провести саміт."
    assert all(r[1] == "planned" for r in _rows(text, "CONSULT")), _rows(text)


def test_aid_decided_and_then_delivered_is_one_that_took_place():
    text = "Нідерланди ухвалили рішення передати Україні ще 6 винищувачів F-16. Літаки вже прибули в Україну."
    rows = _rows(text, "AID")
    assert len(rows) == 1 and rows[0][1] == "occurred" and rows[0][2] == ["netherlands"], rows


def test_aid_delivered_by_another_giver_stays_apart():
    text = "Нідерланди ухвалили рішення передати Україні ще 6 винищувачів F-16. Данія вже передала Україні свої F-16."
    assert len(_rows(text, "AID")) == 2, _rows(text)
