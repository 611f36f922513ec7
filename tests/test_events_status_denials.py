"""Events: a happening told in what a side denies is negated ("У Кремлі спростували, що ...",
"заперечив, нібито ..."), unless the denial is itself denied or the happening is told past
it; a part in a happening denied leaves the happening as told. Sentences written for these
tests; the full pipeline."""
from __future__ import annotations

import pytest

from khronika.extract.events.lexicon.compiled import lexicon

from event_helpers import analysed_events, statuses


def status_of(text: str, type_: str, date: str = "2025-03-12") -> list[str]:
    return statuses(analysed_events(text, date), type_)


def test_the_lists_are_data():
    lex = lexicon()
    assert "спростувати" in lex.word_list("denial_verbs")
    assert "нібито" in lex.word_list("denied_content_openers")
    assert "інформація" in lex.word_list("denied_report_nouns")
    assert "але" in lex.word_list("denial_clause_turns")


@pytest.mark.parametrize("text,type_", [
    ("У Пекіні спростували, що зустріч Сі Цзіньпіна з Путіним вже відбулася.", "CONSULT"),
    ("Речник Кремля заперечив, що Росія атакувала Суми балістикою.", "ASSAULT"),
    ("Офіс президента спростовує, нібито Зеленський телефонував Лукашенку.", "CONSULT"),
    ("МЗС Словаччини спростувало інформацію про переговори Фіцо з Лавровим.", "CONSULT"),
])
def test_a_denied_happening_is_negated(text, type_):
    assert status_of(text, type_) == ["negated"]


@pytest.mark.parametrize("text,type_", [
    ("У Пекіні не заперечили, що зустріч Сі Цзіньпіна з Путіним вже відбулася.", "CONSULT"),
    ("Речник Кремля заперечив, що Росія атакувала Суми, але Зеленський провів переговори з Фіцо.",
     "CONSULT"),
    ("Міністр підтвердив, що Росія атакувала Суми балістикою.", "ASSAULT"),
    ("Речник Кремля заперечив свою участь у переговорах з Віткоффом у Ер-Ріяді.", "CONSULT"),
])
def test_what_no_denial_rejects_keeps_its_status(text, type_):
    assert status_of(text, type_) == ["occurred"]
