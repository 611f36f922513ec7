"""Where an event happened when a sentence names several places or lends one (issue 16, part
C29): a strike on several towns listed after its verb has no single place (each town is hit);
a meeting named under "після" keeps the place of its own phrase; a gathering that opens the
sentence places the talks of each clause joined after it; "вони" who just arrived meet where
they arrived; a venue chosen ("Місцем переговорів обрали Стамбул") is the place of a meeting
to come. Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import output_events

DAY = "2025-06-25"


events_of = output_events(DAY)


@pytest.mark.parametrize("text,towns", [
    ("Росія атакувала Київ, Харків і Одесу.", {"kyiv", "kharkiv", "odesa"}),
    ("Вночі ворог обстріляв Херсон та Миколаїв.", {"kherson", "mykolaiv"}),
])
def test_strike_on_several_towns_has_no_single_place(text, towns):
    got = events_of(text, "ASSAULT")
    assert len(got) == 1, got
    assert got[0]["place"] is None and towns <= set(got[0]["recipients"]), got


@pytest.mark.parametrize("text,town", [
    ("Росія атакувала Одесу.", "odesa"),
    ("Вночі ворог обстріляв Херсон дронами.", "kherson"),
])
def test_strike_on_one_town_keeps_it_as_place(text, town):
    # near miss: one town after the verb is the place and the one hit
    got = events_of(text, "ASSAULT")
    assert len(got) == 1 and got[0]["place"] == town and town in got[0]["recipients"], got


@pytest.mark.parametrize("text,town", [
    ("Після зустрічі в Парижі Макрон заявив, що Європа підтримає Україну.", "paris"),
    ("Після переговорів у Женеві Сибіга дав інтерв'ю журналістам.", "geneva"),
])
def test_meeting_under_after_keeps_its_own_place(text, town):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and got[0]["place"] == town, got


def test_place_after_another_happening_under_after_is_not_the_meeting_s():
    # near miss: the town under "після" belongs to the strike, not to the meeting told after it
    got = events_of("Після удару по Одесі Зеленський провів нараду з військовими.", "CONSULT")
    assert got and all(e["place"] != "odesa" for e in got), got


@pytest.mark.parametrize("text,town", [
    ("На саміті в Гаазі Зеленський зустрівся з Трампом, а Сибіга провів переговори з Рубіо.", "the-hague"),
    ("На конференції в Римі Свириденко зустрілася з Мелоні, а Шмигаль провів переговори з Крозетто.", "rome"),
])
def test_gathering_opening_the_sentence_places_talks_of_each_clause(text, town):
    got = events_of(text, "CONSULT")
    assert len(got) == 2 and all(e["place"] == town for e in got), got


@pytest.mark.parametrize("text", [
    # near misses: a place inside the first clause, what followed a meeting, a call
    "Зеленський зустрівся з Трампом у Гаазі, а Сибіга провів переговори з Рубіо.",
    "Після зустрічі в Парижі Макрон повернувся додому, а Сибіга провів переговори з Рубіо.",
    "На саміті в Гаазі Зеленський зустрівся з Трампом, а Сибіга провів телефонну розмову з Рубіо.",
])
def test_talks_of_a_later_clause_take_no_place_not_lent(text):
    got = [e for e in events_of(text, "CONSULT") if "andrii-sybiha" in e["actors"]]
    assert len(got) == 1 and got[0]["place"] is None, got


@pytest.mark.parametrize("text,town", [
    ("Представники компаній прибули до Києва. Вони зустрілися з Умєровим.", "kyiv"),
    ("Лідери ЄС прибули до Києва. Вони провели переговори із Зеленським.", "kyiv"),
])
def test_those_just_arrived_meet_where_they_arrived(text, town):
    got = [e for e in events_of(text, "CONSULT") if "ukraine" in e["recipients"] and
           ("rustem-umerov" in e["recipients"] or "volodymyr-zelenskyy" in e["recipients"])]
    assert len(got) == 1 and got[0]["place"] == town, got


@pytest.mark.parametrize("text,place", [
    # near misses: no arrival, a call, a place of the meeting's own
    ("Представники компаній працюють у Києві. Вони зустрілися з Умєровим.", None),
    ("Представники компаній прибули до Києва. Вони провели телефонну розмову з Умєровим.", None),
    ("Депутати прибули до Києва. Вони зустрілися з Умєровим у Львові.", "lviv"),
])
def test_meeting_takes_no_arrival_place_not_told(text, place):
    got = [e for e in events_of(text, "CONSULT") if "rustem-umerov" in e["recipients"]]
    assert len(got) == 1 and got[0]["place"] == place, got


@pytest.mark.parametrize("text,town", [
    ("Місцем переговорів обрали Стамбул.", "istanbul"),
    ("Місцем проведення зустрічі визначили Женеву.", "geneva"),
])
def test_venue_chosen_is_the_place_of_a_meeting_to_come(text, town):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and got[0]["place"] == town and got[0]["status"] == "planned", got
    assert town not in got[0]["actors"] + got[0]["recipients"], got


def test_meeting_whose_venue_is_chosen_is_planned():
    got = events_of("Місцем зустрічі Путіна і Трампа обрали Анкоридж.", "CONSULT")
    assert len(got) == 1 and got[0]["status"] == "planned", got


@pytest.mark.parametrize("text,town,status", [
    # near misses: a venue the meeting had, not chosen; a choice of no venue
    ("Місцем проведення переговорів стала Женева.", "geneva", "occurred"),
    ("Зеленський і Ердоган провели переговори у Стамбулі.", "istanbul", "occurred"),
])
def test_venue_not_chosen_keeps_status(text, town, status):
    got = events_of(text, "CONSULT")
    assert len(got) == 1 and got[0]["place"] == town and got[0]["status"] == status, got
