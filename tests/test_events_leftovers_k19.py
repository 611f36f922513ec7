"""Events a reader can trust (issue 16), leftovers seen by other developers: sanctions blocked
or vetoed are a refusal, never sanctions imposed by the one who blocks them; an act advised
("МВФ рекомендував Україні посилити санкції") is no act of the adviser. Sentences written for
these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest


def events(text: str, date: str = "2025-05-13"):
    from khronika.pipeline import analyze
    d = analyze(text, date).to_json()
    names = {e["id"]: e.get("name_uk") or e["name"] for e in d["entities"]}
    return [(e["type"], e["status"], [names.get(a, a) for a in e["actors"]]) for e in d["events"]]


@pytest.mark.parametrize("text,blocker", [
    ("Угорщина заблокувала нові санкції проти Росії.", "Угорщина"),
    ("Словаччина блокує ембарго на російську нафту.", "Словаччина"),
    ("Минулого тижня Австрія заблокувала санкції проти Білорусі.", "Австрія"),
])
def test_blocked_sanctions_are_a_refusal(text, blocker):
    got = events(text)
    assert not [e for e in got if e[0] == "SANCTION" and blocker in e[2]]
    assert [e for e in got if e[0] == "REJECT" and blocker in e[2]]


@pytest.mark.parametrize("text,adviser", [
    ("МВФ рекомендував Україні посилити санкції.", "МВФ"),
    ("Світовий банк порадив Молдові та Грузії запровадити санкції проти Росії.", "Світовий банк"),
    ("Польща радить Литві надати Україні генератори.", "Польща"),
])
def test_adviser_takes_no_part_in_the_act_advised(text, adviser):
    assert not [e for e in events(text) if adviser in e[2]]


@pytest.mark.parametrize("text,doer,type_", [
    ("Європейський Союз запровадив нові санкції проти Росії.", "Європейський Союз", "SANCTION"),
    ("Угорщина підтримала санкції проти Ірану.", "Угорщина", "SANCTION"),
    ("Литва надала Україні генератори.", "Литва", "AID"),
])
def test_acts_not_blocked_nor_advised_stay(text, doer, type_):
    assert [e for e in events(text) if e[0] == type_ and doer in e[2]]


def test_advice_words_are_data():
    from khronika.extract.events.lexicon import lexicon
    lex = lexicon()
    assert {"рекомендувати", "порадити"} <= lex.word_list("advice_verbs")
    assert "та" in lex.word_list("addressee_joins")
