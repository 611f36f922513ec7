"""Coreference: a bare role word takes the holder of the office on the text's date, unless a
feminine past verb says a woman held it and the holder was a man. A masculine verb rules out
no one: role nouns of the masculine take it for women too. Sentences written for these tests;
the full pipeline with the shipped knowledge base."""
from __future__ import annotations


def role_people(text: str, date: str) -> set[str]:
    from khronika.pipeline import analyze
    return {r.entity for r in analyze(text, date).refs if r.kind == "role"}


def test_a_feminine_verb_is_not_the_man_in_office():
    assert "denys-shmyhal" not in role_people("Прем'єр-міністр провела нараду з енергетиками.", "2025-03-14")


def test_the_woman_in_office_with_either_verb():
    assert "yulia-svyrydenko" in role_people("Прем'єр-міністр провела нараду з енергетиками.", "2025-10-02")
    assert "yulia-svyrydenko" in role_people("Прем'єр-міністр провів нараду з енергетиками.", "2025-10-02")


def test_the_man_in_office_with_a_masculine_verb():
    assert "denys-shmyhal" in role_people("Прем'єр-міністр учора провів нараду з енергетиками.", "2025-03-14")
