"""Troops that leave a town they held withdraw from it, and the town is where, not a party
("Окупанти залишили Лиман"); people who leave a city, or a town left without power, tell no
withdrawal. A place after "єдиний", "перший" or a superlative is the field compared within, not
where the happening is. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build

ENTS.setdefault("lyman-test", ("Lyman", "Лиман", "LOC", None))
ENTS.setdefault("kharkiv", ("Kharkiv", "Харків", "LOC", "Q42308"))
ENTS.setdefault("europe", ("Europe", "Європа", "LOC", "Q46"))
ENTS.setdefault("hungary", ("Hungary", "Угорщина", "LOC", "Q28"))


def test_troops_leave_a_town_they_held(core_pipeline):
    doc = build(core_pipeline, "Окупанти залишили Лиман.", names=[("Лиман", "lyman-test")])
    [ev] = doc.events
    assert (ev.type, ev.mode, ev.status) == ("RETREAT", "withdraw", "occurred")
    assert ev.place == "lyman-test" and "lyman-test" not in ev.recipients + ev.actors


def test_people_leaving_a_city_or_a_city_left_without_power_is_none(core_pipeline):
    for text in ("Тисячі людей залишили Харків.", "Окупанти залишили Харків без світла."):
        doc = build(core_pipeline, text, names=[("Харків", "kharkiv")])
        assert all(e.type != "RETREAT" for e in doc.events), text


def test_a_place_compared_within_is_no_venue(core_pipeline):
    doc = build(core_pipeline, "Угорщина чи не єдина в Європі відкрито підтримує Росію.",
                names=[("Угорщина", "hungary"), ("Європі", "europe"), ("Росію", "russia")])
    [ev] = doc.events
    assert ev.type == "SUPPORT" and ev.place is None and "europe" not in ev.actors + ev.recipients
