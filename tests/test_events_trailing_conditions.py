"""A plan or an offer whose condition is told after it ("ЄС запровадить санкції, якщо ...",
"Ми готові зустрітися, якщо ...") is conditional, not planned; a readiness to act with such a
condition is an offer and names its event. What was done stays done, and a condition that
belongs to another clause, a framing "якщо вірити" or a consequence after "інакше" conditions
nothing. Sentences written for these tests."""
from __future__ import annotations

import pytest

from event_helpers import build


def statuses(doc, type_):
    return [e.status for e in doc.events if e.type == type_]


@pytest.mark.parametrize("text,type_", [
    ("ЄС запровадить нові обмеження проти Росії, якщо вона не відведе війська від кордону.",
     "SANCTION"),
    ("Німеччина передасть Україні танки, тільки якщо США передадуть свої.", "AID"),
    ("Канцлер зустрінеться з прем'єром Угорщини лише за умови повного розблокування траншу.",
     "CONSULT"),
    ("Сполучені Штати нададуть Молдові кредит, у разі якщо парламент ухвалить реформу.", "AID"),
])
def test_a_plan_with_its_condition_after_it_is_conditional(core_pipeline, text, type_):
    assert statuses(build(core_pipeline, text), type_) == ["conditional"]


@pytest.mark.parametrize("text,type_", [
    ("Президент заявив, що готовий зустрітися з прем'єром Словаччини, якщо це наблизить мир.",
     "CONSULT"),
    ("Ми готові провести переговори з Мінськом, якщо звідти виведуть війська.", "CONSULT"),
    ("Туреччина готова до нових переговорів, якщо сторони погодять місце.", "CONSULT"),
    ("Китай готовий надати Україні гуманітарну допомогу, якщо його попросять.", "AID"),
])
def test_an_offer_on_a_condition_is_a_conditional_event(core_pipeline, text, type_):
    assert statuses(build(core_pipeline, text), type_) == ["conditional"]


@pytest.mark.parametrize("text,type_,want", [
    # a readiness with no condition stays a stance, as before
    ("Президент готовий зустрітися з прем'єром Словаччини.", "CONSULT", []),
    # what was done was done
    ("Росія пригрозила ударами по Києву, якщо Захід передасть ракети.", "THREATEN", ["occurred"]),
    # the condition of the next coordinated statement
    ("Уряд виділить кошти на відбудову, а якщо їх не вистачить, звернеться до ЄС.", "AID",
     ["planned"]),
    ("Їм оберуть запобіжний захід або ж, у разі ухиляння, оголосять у розшук.", "COERCE",
     ["planned"]),
    # a consequence of not doing it, not its condition
    ("Ми передамо зброю, інакше фронт не встоїть.", "AID", ["planned"]),
    # a framing, not a condition
    ("США нададуть Україні новий пакет допомоги, якщо вірити американським ЗМІ.", "AID",
     ["planned"]),
])
def test_no_condition_where_none_governs_the_act(core_pipeline, text, type_, want):
    assert statuses(build(core_pipeline, text), type_) == want
