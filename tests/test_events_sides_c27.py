"""Who takes part in an event and on which side (issue 16, part C27): a capital that did what
a passive participle tells ("звинувачення, висунуті Мінськом") stands for its state, and a
reaction another's act brought about ("викликали протест у Варшаві") is of those it is told in,
aimed at the cause. Sentences written for these tests; the full pipeline with the shipped
knowledge base."""
from __future__ import annotations

import pytest

from event_helpers import analysed, named_rows


def sides_of(text: str, type_: str) -> list[tuple[list, list]]:
    return [(e[2], e[3]) for e in named_rows(text, "2025-03-10") if e[0] == type_]


@pytest.mark.parametrize("text,actors,recipients", [
    ("Польща відкинула звинувачення, висунуті Мінськом.", ["Білорусь"], ["Польща"]),
    ("Литва відкинула звинувачення, висунуті Москвою.", ["Росія"], ["Литва"]),
])
def test_capital_after_passive_participle_accuses(text, actors, recipients):
    got = sides_of(text, "ACCUSE")
    assert got == [(actors, recipients)], named_rows(text, "2025-03-10")


@pytest.mark.parametrize("text,actors,recipients", [
    ("Заяви з боку Словаччини викликали протест у Варшаві.", ["Польща"], ["Словаччина"]),
    ("Заява Угорщини викликала протест у Румунії.", ["Румунія"], ["Угорщина"]),
    ("Слова Орбана викликали протест у Зеленського.", ["Володимир Зеленський", "Україна"], ["Віктор Орбан", "Угорщина"]),
])
def test_provoked_reaction_is_of_those_it_is_told_in(text, actors, recipients):
    got = sides_of(text, "PROTEST")
    assert got == [(actors, recipients)], named_rows(text, "2025-03-10")
    assert all(e.place is None for e in analysed(text, "2025-03-10").events if e.type == "PROTEST")


def test_protest_with_no_one_reacting_named_keeps_its_subject():
    # no "у ..." after the reaction: the subject still protests
    got = sides_of("Словаччина висловила протест Польщі.", "PROTEST")
    assert got and got[0][0] == ["Словаччина"], got


@pytest.mark.parametrize("text,actors,recipients", [
    ("Ракетний удар, завданий Москвою по Харкову, зруйнував школу.", ["Росія"], ["Харків"]),
    ("Удари, завдані Москвою, зруйнували школу.", ["Росія"], []),
    ("Москва вдарила по Києву ракетами.", ["Росія"], ["Київ"]),
])
def test_capital_that_strikes_stands_for_its_state(text, actors, recipients):
    # the capital hit stays the town; the one striking is its state, never struck
    got = sides_of(text, "ASSAULT")
    assert got == [(actors, recipients)], named_rows(text, "2025-03-10")
