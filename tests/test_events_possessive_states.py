""""його країна", "її держава": a person's own state named through a possessive pronoun acts
or receives by the noun's case, and the person is not put on the other side (issue 16).
Sentences written for these tests."""
from __future__ import annotations

from event_helpers import analysed_events, of_type


def _events(text, type_):
    return of_type(analysed_events(text, "2023-03-10"), type_)


def test_the_state_nouns_are_data():
    # the coreference layer reads them (kb/lexicon.yaml) and gives the noun the person's state
    from khronika.extract.entities.state import Lexicon
    lex = Lexicon()
    assert {"країна", "держава"} <= lex.state_nouns
    assert "його" in lex.third_possessives


def test_his_country_gives():
    [ev] = _events("Міністр оборони Литви Арвідас Анушаускас заявив, що його країна передасть "
                   "Україні ще дві системи ППО.", "AID")
    assert ev.actors == ["lithuania"] and ev.recipients == ["ukraine"]


def test_her_state_supports():
    [ev] = _events("Прем'єр-міністерка Естонії Кая Каллас наголосила, що її держава й надалі "
                   "підтримуватиме Україну.", "SUPPORT")
    assert ev.actors == ["estonia"] and ev.recipients == ["ukraine"]
