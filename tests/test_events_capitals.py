"""Events sides of capitals: a capital that acts or is dealt with stands for its state ("Київ
вимагає", "спілкуються з Москвою"); one that is struck stays the town; the town a visit goes to
is its place and the town's country is the host met. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import ENTS, build, sides

ENTS.setdefault("moscow", ("Moscow", "Москва", "LOC", "Q649"))
ENTS.setdefault("budapest", ("Budapest", "Будапешт", "LOC", "Q1781"))
ENTS.setdefault("warsaw", ("Warsaw", "Варшава", "LOC", "Q270"))


def test_a_capital_that_acts_is_its_state(core_pipeline):
    doc = build(core_pipeline, "Київ вимагає від Будапешта офіційних пояснень.",
                names=[("Київ", "kyiv"), ("Будапешта", "budapest")])
    assert sides(doc, "REQUEST") == [(["ukraine"], ["hungary"])]
    doc = build(core_pipeline, "Москва погрожує Києву новими ударами.",
                names=[("Москва", "moscow"), ("Києву", "kyiv")])
    assert sides(doc, "THREATEN") == [(["russia"], ["ukraine"])]


def test_a_capital_struck_stays_the_town(core_pipeline):
    doc = build(core_pipeline, "Росія завдала ракетного удару по Києву.",
                names=[("Росія", "russia"), ("Києву", "kyiv")])
    assert sides(doc, "ASSAULT") == [(["russia"], ["kyiv"])]


def test_the_town_visited_is_the_place_and_its_country_the_host(core_pipeline):
    doc = build(core_pipeline, "Прем'єр-міністр України прибув із візитом до Варшави.",
                names=[("України", "ukraine"), ("Варшави", "warsaw")])
    ev = [e for e in doc.events if e.type == "CONSULT"]
    assert len(ev) == 1 and ev[0].place == "warsaw"
    assert ev[0].actors == ["ukraine"] and ev[0].recipients == ["poland"]
