"""Events a reader can trust (issue 16), leftovers the lead found in news genres (K20): a
meeting still to come told again as "наступне засідання" is that meeting, not a second one.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest


def events(text: str, date: str = "2023-03-14"):
    from khronika.pipeline import analyze
    d = analyze(text, date).to_json()
    names = {e["id"]: e.get("name_uk") or e["name"] for e in d["entities"]}
    return [(e["type"], e["status"], [names.get(a, a) for a in e["actors"]],
             [names.get(a, a) for a in e["recipients"]], e["time"]) for e in d["events"]]


@pytest.mark.parametrize("text", [
    "Делегації Вірменії та Азербайджану обговорять демаркацію кордону. Наступне засідання "
    "комісії запланували на п'ятницю.",
    "Міністри оборони країн НАТО проведуть нараду щодо постачання боєприпасів. Наступну нараду "
    "призначили на понеділок.",
    "Представники Сербії та Косова зустрінуться у Брюсселі. Наступна зустріч відбудеться в четвер.",
])
def test_next_meeting_after_a_planned_one_is_that_meeting(text):
    got = [e for e in events(text) if e[0] == "CONSULT"]
    assert len(got) == 1
    assert got[0][1] == "planned" and got[0][4] is not None


@pytest.mark.parametrize("text", [
    # the meeting told took place: the next one is after it
    "Делегації Вірменії та Азербайджану провели засідання комісії у вівторок. Наступне засідання "
    "запланували на п'ятницю.",
    "Міністри оборони країн НАТО зустрілися в Брюсселі. Наступну зустріч призначили на травень.",
    # the planned one has a day of its own, and the next one another
    "Представники Сербії та Косова зустрінуться у Брюсселі в понеділок. Наступна зустріч "
    "відбудеться в четвер.",
])
def test_next_meeting_stays_apart_otherwise(text):
    assert len([e for e in events(text) if e[0] == "CONSULT"]) == 2


def test_next_pointers_are_data():
    from khronika.extract.events.lexicon import lexicon
    lex = lexicon()
    assert "наступний" in lex.word_list("next_pointers")
    assert lex.word_list("next_pointers") <= lex.word_list("non_anaphoric")
