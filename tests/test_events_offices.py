"""Offices and parties: which parties an event counts and on whose behalf a person acts: a former office holder
acts for no state, and a person with the body of their state is one party even where the
state itself is not named. Sentences written for these tests; the full pipeline with the
shipped knowledge base."""
from __future__ import annotations

import datetime as dt


def events(text: str, date: str = "2025-02-11"):
    from khronika.pipeline import analyze
    return analyze(text, date).events


def only(evs, type_):
    found = [e for e in evs if e.type == type_]
    assert len(found) == 1, [(e.type, e.actors, e.recipients) for e in evs]
    return found[0]


def test_a_former_office_holder_acts_for_no_state():
    ev = only(events("Колишній прем'єр-міністр Великої Британії Борис Джонсон відвідав Київ."), "CONSULT")
    assert "united-kingdom" not in ev.actors + ev.recipients
    ev = only(events("Екс-президент Польщі зустрівся з ветеранами у Львові."), "CONSULT")
    assert "poland" not in ev.actors + ev.recipients
    ev = only(events("Суд оголосив вирок колишньому голові Державної фіскальної служби."), "ACCUSE")
    assert not ev.recipients


def test_the_office_holder_in_post_keeps_the_state():
    ev = only(events("Прем'єр-міністр Великої Британії Борис Джонсон відвідав Київ.", "2022-04-10"), "CONSULT")
    assert "united-kingdom" in ev.actors


def test_a_minister_and_the_ministry_of_one_state_are_one_party():
    from khronika.extract.events.states import party_count
    day = dt.date(2025, 2, 11)
    assert party_count({"andrii-sybiha", "radoslaw-sikorski", "mfa-of-poland"}, day) == 2
    assert party_count({"andrii-sybiha", "radoslaw-sikorski", "mfa-of-poland", "germany"}, day) == 3


def test_talks_of_two_ministers_stay_bilateral_after_a_summit_as_topic():
    ev = only(events("Міністр закордонних справ України Андрій Сибіга провів у Варшаві переговори з "
                     "главою МЗС Польщі Радославом Сікорським. Міністри обговорили підготовку до "
                     "саміту НАТО."), "CONSULT")
    assert ev.mode != "multilateral"
    assert "radoslaw-sikorski" in ev.recipients
