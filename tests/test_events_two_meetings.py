"""Events: two coordinated predicates of one subject, each with a partner or a body of its own,
are two happenings, also when the second is taking part in a body's gathering ("та взяв участь у
засіданні Ради ЄС"), which is the clause's own happening and no frame of the first. A meeting
told twice ("зустрівся ... і поговорив з ним") and a gathering that frames a meeting ("На
засіданні ... зустрівся") stay one. Sentences written for these tests; the full pipeline with
the shipped knowledge base."""
from __future__ import annotations

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events, of_type, show


def consults(text: str, date: str = "2024-03-12"):
    return of_type(analysed_events(text, date), "CONSULT")


def test_the_participation_noun_is_data():
    assert "участь" in lexicon().contexts["participation"]


def test_talks_and_taking_part_in_a_council_session_are_two():
    evs = consults("Сибіга провів зустріч з Бербок, а згодом взяв участь у позачерговому засіданні Ради ЄС.")
    assert len(evs) == 2, show(evs)
    talk = next(e for e in evs if "annalena-baerbock" in e.recipients)
    session = next(e for e in evs if e is not talk)
    assert "council-of-the-european-union" not in talk.actors + talk.recipients, show(evs)
    # (the council whose session he attends hosts it: it is met there, no actor beside him)
    assert "council-of-the-european-union" in session.recipients, show(evs)
    assert "andrii-sybiha" in session.actors, show(evs)      # the one subject of both verbs


def test_the_council_does_not_act_in_talks_held_before_its_session():
    evs = consults("Міністр оборони обговорив із колегою з Литви постачання дронів та взяв участь "
                   "у засіданні Ради Україна – НАТО.")
    assert len(evs) == 2, show(evs)
    talk = next(e for e in evs if "lithuania" in e.recipients)
    assert not [x for x in talk.actors if "council" in x], show(evs)


def test_a_meeting_told_twice_stays_one():
    evs = consults("Шмигаль зустрівся з Туском і поговорив з ним про транзит зерна.")
    assert len(evs) == 1, show(evs)


def test_a_session_that_frames_a_meeting_stays_a_frame():
    evs = consults("На засіданні Ради ЄС Кулеба зустрівся з Боррелем.")
    assert len(evs) == 1, show(evs)
    evs = consults("Кулеба взяв участь у засіданні Ради ЄС.")
    assert len(evs) == 1 and "dmytro-kuleba" in evs[0].actors, show(evs)
    assert "council-of-the-european-union" in evs[0].recipients, show(evs)     # it hosts him
