"""Entities of part E27 (issue 12): initials whose stops stand apart, as text tokenized in
advance writes them, each tested with sentences written for the test."""
from __future__ import annotations

import pytest

from entity_helpers import Analysed

A = Analysed("2019-05-14")


def _typed(text: str) -> set[tuple[str, str]]:
    return {(m["text"], e["type"]) for e in A.named(text) for m in e["mentions"]}


@pytest.mark.parametrize("text, names", [
    ("Досліди повторили біолог Т . Гнатюк і фізик Р . Сенчук .",
     {"Т . Гнатюк", "Р . Сенчук"}),
    ("Про це писали О . Д . Лещенко та В . П . Тимошук у своїх працях .",
     {"О . Д . Лещенко", "В . П . Тимошук"}),
])
def test_initials_with_their_stops_apart_stay_with_the_surname(text, names):
    """"Т . Гнатюк": the stop set apart from its letter does not end the sentence before the
    surname, so the person is named with the initials, as "Т. Гнатюк" would be."""
    got = _typed(text)
    for name in names:
        assert (name, "PER") in got, got


def test_a_letter_with_its_stop_apart_before_a_common_word_ends_the_sentence():
    """"вітамін С . Наступного": a common word after the letter starts a new sentence."""
    from khronika.pipeline import analyze
    doc = analyze("Лікар радив вітамін С . Наступного дня Олена купила його .", "2019-05-14")
    assert len(doc.sentences) == 2
