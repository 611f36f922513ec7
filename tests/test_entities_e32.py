"""Entities of part E32 (issue 12): the Russian spellings of Kremlin officials and a foreign
city's locative the inflection misses, both as knowledge-base data; sentences written for the
test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed

A = Analysed("2025-05-10")


@pytest.mark.parametrize("text, surface, eid", [
    ("Песков заявил журналистам, что ответа не будет.", "Песков", "dmitry-peskov"),
    ("Позже Дмитрий Песков уточнил сроки.", "Дмитрий Песков", "dmitry-peskov"),
    ("По словам Пескова, встреча возможна.", "Пескова", "dmitry-peskov"),
    ("Слова Пескова процитували агенції.", "Пескова", "dmitry-peskov"),
    ("Сергей Лавров встретился с коллегой.", "Сергей Лавров", "sergey-lavrov"),
])
def test_russian_spelling_of_a_kremlin_official_links(text, surface, eid):
    """A Russian passage (or a Ukrainian text quoting one) spells the official the Russian way:
    "Песков", not "Пєсков"; the same person of the knowledge base, over the whole name."""
    got = A.by_surface(text)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["type"]) == (eid, "PER"), got[surface]


@pytest.mark.parametrize("text, surface", [
    ("Міністр прибув у Дохі на переговори.", "Дохі"),
    ("Переговори в Досі тривали два дні.", "Досі"),
])
def test_both_locatives_of_doha_are_doha(text, surface):
    """Ukrainian news writes "у Дохі" as often as the regular "у Досі" the inflection gives."""
    got = A.by_surface(text)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["type"]) == ("doha", "LOC"), got[surface]


def test_the_arrival_verbs_are_person_verbs():
    from khronika.lang.uk import load
    verbs = set(load("kb/lexicon")["person_verbs"])
    assert {"прилетіти", "приїхати", "прибути"} <= verbs


@pytest.mark.parametrize("text, surface, eid", [
    ("Карні прилетів до Києва.", "Карні", "mark-carney"),
    ("Карні приїхав до Львова на зустріч.", "Карні", "mark-carney"),
])
def test_head_in_office_arriving_at_a_sentence_start(text, surface, eid):
    """A head of government in office whose surname the dictionary also reads as an adjective
    ("карні": penal) is the person when a verb of arrival follows, as with "Карні прибув"."""
    got = A.by_surface(text)
    assert surface in got, got
    assert (got[surface]["id"], got[surface]["type"]) == (eid, "PER"), got[surface]


def test_the_adjective_alone_stays_no_person():
    """Near miss: with no person named before, the adjective opening a sentence is no one."""
    assert "Карні" not in A.by_surface("Карні справи розглядають суди.")
