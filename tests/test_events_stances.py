"""Events a reader can trust (issue 16), who takes part and how (part C19): a side that is
against an act ("виступила проти санкцій", "Угорщина — проти санкцій", "Ми проти переговорів")
refuses it, it does not do it (negated); a side for it advocates it (planned), in the verbless
news form too ("Франція — за нові санкції"). Sentences written for these tests; the full
pipeline with the shipped knowledge base."""
from __future__ import annotations

from event_helpers import analysed_events, only


def one(text: str, type_: str, date: str = "2023-06-02"):
    return only(analysed_events(text, date), type_)


def test_the_stance_words_are_data():
    from khronika.extract.events.lexicon.compiled import lexicon
    lex = lexicon()
    assert lex.word_list("stance_for") == {"за"} and lex.word_list("stance_against") == {"проти"}


def test_a_side_against_an_act_does_not_do_it():
    ev = one("Австрія виступила проти нового пакета санкцій проти Росії.", "SANCTION")
    assert ev.status == "negated" and ev.actors == ["austria"]
    ev = one("Словаччина — проти передачі винищувачів Україні.", "AID")
    assert ev.status == "negated"
    ev = one("Ми проти переговорів з окупантами.", "CONSULT")
    assert ev.status == "negated"


def test_a_side_for_an_act_in_a_verbless_clause_advocates_it():
    ev = one("Литва — за нові санкції проти Білорусі.", "SANCTION")
    assert ev.status == "planned" and ev.actors == ["lithuania"]


def test_a_capital_before_the_dash_of_a_stance_stands_for_its_state():
    ev = one("Варшава — за нові санкції проти Білорусі.", "SANCTION")
    assert ev.actors == ["poland"] and ev.status == "planned"
    ev = one("Москва — проти переговорів із Заходом.", "CONSULT")
    assert ev.actors == ["russia"] and ev.status == "negated"
