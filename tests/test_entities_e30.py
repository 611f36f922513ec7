"""Entities of part E30 (issue 12), each tested with sentences written for the test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed, pipe, run  # noqa: F401  (pipe: a fixture)

A = Analysed("2024-05-10")


def _people(text: str) -> dict[str, str]:
    return {m["text"]: e["id"] for e in A.named(text) if e["type"] == "PER" for m in e["mentions"]}


@pytest.mark.parametrize("text, surname, eid", [
    ("Далі Зеленський поїхав до Харкова.", "Зеленський", "volodymyr-zelenskyy"),
    ("Далі Зеленського привітали військові на вокзалі.", "Зеленського", "volodymyr-zelenskyy"),
    ("— Далі Зеленський відповів на запитання журналістів.", "Зеленський", "volodymyr-zelenskyy"),
])
def test_sentence_opening_adverb_is_no_first_name_before_a_known_surname(text, surname, eid):
    """"Далі" opening a sentence is the adverb, though the dictionary also reads it as the
    first name Даля (and the surname Dalí): the known person after it is meant, and no new
    person "Далі Зеленський" is made."""
    got = _people(text)
    assert got.get(surname) == eid, got
    assert not any("Далі" in t for t in got), got


def test_first_name_opening_a_sentence_still_names_another_holder_of_the_surname():
    """Only a function word is passed over: a real first name opening the sentence still
    makes the surname someone else's."""
    got = _people("Андрій Зеленський відповів на запитання журналістів.")
    assert got.get("Зеленський") != "volodymyr-zelenskyy", got


_KARYI = ("Карий прокинувся рано. Учора Карий поїхав до міста, а ввечері у Карого "
          "не знайшлося часу на розмову.")


def test_adjective_written_as_a_name_again_inside_sentences_is_a_surname(pipe):
    """An adjectival surname the dictionary does not list as one ("Карий"), which the model
    reads as a person and the text writes with a capital inside sentences, with no noun
    after it, is that person, at the sentence start too."""
    doc = run(pipe, _KARYI, "2024-05-02", [("Карий", "PER"), ("Карого", "PER")])
    got = {m.text: m.entity for m in doc.mentions if m.type == "PER"}
    assert set(got) == {"Карий", "Карого"}, got
    assert len({*got.values()}) == 1, got


@pytest.mark.parametrize("text, span", [
    # once only: a capital inside one sentence is no evidence
    ("Учора Карий поїхав до міста.", "Карий"),
    # before a noun each time: a body's adjective, not a surname
    ("Нещодавно Донецький облаздрав обрав партнера. Донецький обласний центр підтримав вибір.",
     "Донецький"),
])
def test_capitalised_adjective_without_that_evidence_stays_no_person(pipe, text, span):
    doc = run(pipe, text, "2024-05-02", [(span, "PER")])
    assert not [m for m in doc.mentions if m.type == "PER" and span in m.text], doc.mentions


@pytest.mark.parametrize("text, form, eid", [
    ("Лідери домовилися продовжити розмову в нормандському форматі.", "нормандському форматі",
     "normandy-format"),
    ("Зустріч нормандської четвірки перенесли на осінь.", "нормандської четвірки", "normandy-format"),
    ("Міністри зібралися на засідання контактної групи з питань оборони України.",
     "контактної групи з питань оборони України", "ukraine-defense-contact-group"),
])
def test_formats_written_in_lowercase_are_linked(text, form, eid):
    """Running text writes the names of formats in lowercase; the KB gives them so."""
    got = {m["text"]: e["id"] for e in A.named(text) for m in e["mentions"]}
    assert got.get(form) == eid, got
