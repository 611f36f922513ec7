"""Events: a perfective gerund phrase that opens a sentence tells an act done before the verb
after its comma; what it names belongs to that act, not to the verb's happening. Sentences
written for these tests (regional war reports, diplomatic news); the full pipeline with the
shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, rows


def events(text: str, date: str = "2025-08-20"):
    return rows(analysed_events(text, date), "type", "trigger", "actors", "recipients")


def test_the_town_shelled_first_is_no_target_of_the_next_strike():
    evs = events("Обстрілявши Нікополь, окупанти атакували дронами Марганець.")
    second = [e for e in evs if e[1] == "атакували"]
    assert second and "nikopol" not in second[0][3] and "marhanets" in second[0][3]


def test_the_partner_met_first_is_no_party_of_the_signing():
    evs = events("Зустрівшись із Мерцом, Сибіга підписав меморандум з Нідерландами.")
    signed = [e for e in evs if e[0] == "AGREE"]
    assert signed and "friedrich-merz" not in signed[0][2] + signed[0][3]


def test_the_gerund_keeps_its_own_target():
    evs = events("Обстрілявши Нікополь, окупанти атакували дронами Марганець.")
    first = [e for e in evs if e[1] == "Обстрілявши"]
    assert first and "nikopol" in first[0][3] and "russia" in first[0][2]
