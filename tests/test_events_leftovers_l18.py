"""Events a reader can trust (issue 16), leftovers seen on real text: aid received from a list
of givers ("від" + several states) is no less aid than from one, the list does not push what was
received out of the verb's reach. Sentences written for these tests; the full pipeline with the
shipped knowledge base."""
from __future__ import annotations

import pytest


def events(text: str, date: str = "2022-05-15"):
    from khronika.pipeline import analyze
    return analyze(text, date).events


@pytest.mark.parametrize("text,givers,mode", [
    ("Ми отримали від Норвегії, Швеції та Данії понад 3 млрд євро.",
     {"norway", "sweden", "denmark"}, "economic"),
    ("Україна отримала від Японії та Канади понад 1,5 млрд доларів.", {"japan", "canada"}, "economic"),
    ("Торік ми отримали від Нідерландів, Бельгії, Норвегії та Данії винищувачі F-16.",
     {"netherlands", "belgium", "norway", "denmark"}, "military"),
])
def test_aid_received_from_a_list_of_givers(text, givers, mode):
    aid = [e for e in events(text) if e.type == "AID"]
    assert len(aid) == 1, [(e.type, e.trigger.text) for e in events(text)]
    assert set(aid[0].actors) == givers and "ukraine" in aid[0].recipients
    assert aid[0].mode == mode


@pytest.mark.parametrize("text", [
    # what is received from a list of states is no aid: an invitation, a note, a protest
    "Ми отримали від Норвегії, Швеції та Данії запрошення на саміт у Осло.",
    "Міністерство отримало від Японії, Канади та Італії ноти з поясненнями.",
])
def test_no_aid_when_what_is_received_from_the_list_is_none(text):
    assert not [e for e in events(text) if e.type == "AID"]
