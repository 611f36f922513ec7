"""Events recall A30 (issue 16): ways court and prosecution news, incursions, planned talks,
promised answers and weapons state a PLOVER type that were missed or given the wrong side.
Sentences written for these tests; each new behaviour has near misses that give no event."""
from __future__ import annotations

from event_helpers import analysed, of_type


def _sides(text: str, type_: str, date: str = "2023-03-17"):
    return [(e.status, e.actors, e.recipients) for e in of_type(analysed(text, date), type_)]


# --- warrants: a second warrant named without its arrest, and who enforces one ---

def test_a_second_warrant_without_its_arrest_is_a_charge_of_its_own():
    evs = _sides("Міжнародний кримінальний суд видав ордер на арешт Путіна. Також ордер видали на "
                 "уповноважену з прав дитини Марію Львову-Бєлову.", "ACCUSE")
    assert ("occurred", ["international-criminal-court"], ["vladimir-putin", "russia"]) in evs
    # (her state stands with her as Putin's does, since her role is in the KB: part E33)
    assert any(r in (["maria-lvova-belova"], ["maria-lvova-belova", "russia"]) for _, _, r in evs)
    assert len(evs) == 2


def test_warrants_for_people_named_after_na():
    [(status, actors, recipients)] = _sides("МКС видав ордери на Шойгу та Герасимова.", "ACCUSE",
                                            "2024-06-25")
    assert status == "occurred" and actors == ["international-criminal-court"]
    assert {"sergei-shoigu", "valery-gerasimov"} <= set(recipients)


def test_a_warrant_for_a_flat_or_a_search_charges_no_one():
    assert _sides("Суд видав ордер на обшук квартири.", "ACCUSE") == []
    assert _sides("Мешканцям видали ордер на квартиру.", "ACCUSE") == []
    # a warrant only talked of, with no verb of issuing
    assert _sides("Чи виконає Монголія ордер на Путіна?", "ACCUSE", "2024-09-01") == []


def test_who_does_not_enforce_a_warrant_did_not_issue_it():
    evs = _sides("Монголія не виконала ордер на арешт Путіна.", "ACCUSE", "2024-09-03")
    assert all("mongolia" not in actors for _, actors, _ in evs)
