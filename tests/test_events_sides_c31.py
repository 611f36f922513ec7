"""A seat of office named under "у"/"в"/"на" is where a meeting was held (issue 16, part C31):
"У Білому домі відбулися переговори" is placed in Washington, "в Єлисейському палаці" in Paris,
"у Кремлі" in Moscow, and the seat is no party. A call is held from wherever each side is, a
seat in the genitive is the body's people, and a threat told "у Кремлі" is the Kremlin's.
Talks told with no sides take them from the delegations told next when the state is named
after the delegation's noun ("Делегацію України очолював Умєров") as before its adjective.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import output_events
from khronika.extract.events.time_place.office_seats import office_seats
from khronika.kb import get_kb
from khronika.lang.uk import load

DAY = "2025-06-25"


events_of = output_events(DAY)


def test_every_office_seat_is_a_body_with_a_town():
    data = load("events")["office_seats"]
    kb = get_kb()
    assert data and office_seats() == data
    for seat, town in data.items():
        assert kb.entity(seat).type == "ORG" and kb.entity(town).type == "LOC", (seat, town)


@pytest.mark.parametrize("text,town,seat", [
    ("Учора у Білому домі відбулися переговори Трампа з Макроном.", "washington-dc", "white-house"),
    ("В Єлисейському палаці пройшла зустріч Макрона та Стармера.", "paris", "elysee-palace"),
    ("У Кремлі відбулася зустріч Путіна з Лукашенком.", "moscow", "kremlin"),
])
def test_meeting_in_a_seat_of_office_is_placed_in_its_town(text, town, seat):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and got[0]["place"] == town, got
    assert seat not in got[0]["actors"] + got[0]["recipients"], got


def test_seat_in_the_genitive_is_no_place():
    # near miss: the seat's people meet elsewhere; the town named is the place
    got = events_of("Радники Білого дому зустрілися з Єрмаком у Женеві.", "CONSULT")
    assert len(got) == 1 and got[0]["place"] == "geneva", got


def test_call_from_a_seat_of_office_has_no_place():
    # near miss: a call is held from wherever each side is
    got = events_of("Трамп провів у Білому домі телефонну розмову з Путіним.", "CONSULT")
    assert len(got) == 1 and got[0]["place"] is None, got


def test_threat_told_in_a_seat_is_not_placed_there():
    # near miss: only meetings take the seat's town
    got = events_of("У Кремлі пригрозили Україні новими ударами.", "THREATEN")
    assert all(e["place"] is None for e in got), got


@pytest.mark.parametrize("text,sides", [
    ("Минулого тижня в Ер-Ріяді тривали переговори. Делегацію України очолював Рустем Умєров.",
     ({"rustem-umerov", "ukraine"}, set())),
    ("У Женеві відбулися консультації. Делегацію України очолив Рустем Умєров, делегацію Росії – "
     "Володимир Мединський.", ({"rustem-umerov", "ukraine"}, {"vladimir-medinsky", "russia"})),
])
def test_state_named_after_the_delegation_gives_talks_their_sides(text, sides):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and (set(got[0]["actors"]), set(got[0]["recipients"])) == sides, got


def test_state_adjective_before_the_delegation_still_gives_the_side():
    # near miss: the adjective's form was read before
    got = events_of("У Женеві відбулися консультації. Українську делегацію очолив Рустем Умєров.", "CONSULT")
    assert len(got) == 1 and set(got[0]["actors"]) == {"rustem-umerov", "ukraine"}, got
