"""Events a reader can trust (issue 16), recall in genres the project had not tuned on (A23):
a foreign legislature's vote on a bill of aid to a named state is that aid, still to come;
a bill of welfare at home names no party and is none.
Sentences written for these tests; the full pipeline with the shipped knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import named_rows


def events(text: str, date: str = "2024-04-21"):
    return named_rows(text, date)


@pytest.mark.parametrize("text,receivers", [
    ("Палата представників ухвалила законопроєкт про допомогу Україні.", ["Україна"]),
    ("Сенат Канади проголосував за законопроєкт щодо фінансової допомоги Молдові.", ["Молдова"]),
    ("Парламент Норвегії прийняв законопроєкт про додаткову допомогу для України.", ["Україна"]),
])
def test_a_bill_of_aid_voted_is_that_aid_to_come(text, receivers):
    got = [e for e in events(text) if e[0] == "AID"]
    assert len(got) == 1, events(text)
    assert got[0][1] == "planned" and got[0][3] == receivers


@pytest.mark.parametrize("text", [
    # welfare at home: no party receives it
    "Верховна Рада ухвалила законопроєкт про допомогу багатодітним сім'ям.",
    "Сейм ухвалив закон про соціальну допомогу пенсіонерам.",
    # a bill only registered or discussed is moved by no vote
    "Депутати зареєстрували законопроєкт про допомогу Україні.",
    "Журналісти обговорювали законопроєкт про допомогу Україні.",
])
def test_other_bills_of_aid_are_none(text):
    assert not [e for e in events(text) if e[0] == "AID"], events(text)


def test_bill_words_are_data():
    from khronika.extract.events.lexicon.compiled import lexicon
    lex = lexicon()
    assert "ухвалити" in lex.word_list("anchor_bill_moves")
    assert "для" in lex.word_list("aid_bill_receiver_prepositions")
