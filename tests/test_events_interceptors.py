"""Events: who shoots down the drones and missiles launched at a country stands on the side
struck, but a force is not what they were launched at: the state it belongs to is that side,
and the adversary who launched them strikes. Sentences written for these tests (war reports
of the air force and the army); the full pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, sides


def strikes(text: str, date: str = "2025-06-14"):
    return sides(analysed_events(text, date), "ASSAULT")


def test_the_air_force_shooting_down_drones_is_no_target():
    evs = strikes("Минулої ночі Повітряні сили збили 38 ударних дронів.")
    assert len(evs) == 1
    actors, recipients = evs[0]
    assert "ukrainian-air-force" not in actors + recipients
    assert recipients == ["ukraine"] and actors == ["russia"]


def test_the_armed_forces_intercepting_missiles():
    evs = strikes("Збройні сили України перехопили 9 крилатих ракет.")
    assert evs and all("armed-forces-of-ukraine" not in a + r and "ukraine" in r for a, r in evs)


def test_a_region_named_stays_with_the_state():
    evs = strikes("У ніч на 14 червня Повітряні сили знешкодили 20 шахедів над Полтавщиною.")
    assert evs and all("ukrainian-air-force" not in a + r and "ukraine" in r for a, r in evs)


def test_the_adversary_shooting_down_keeps_its_sides():
    # the adversary's ministry reports what its air defence shot down: the home side struck it
    evs = strikes("У Міноборони Росії заявили, що за ніч збили 25 дронів.")
    assert evs and all(r == ["russia"] for _, r in evs)
