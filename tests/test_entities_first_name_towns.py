"""A first name that is also a town's name ("Володимир", the town in Volyn) before a surname
the dictionary does not know: the person outside the knowledge base, not the town (texts
written for these tests; the statistical model is replaced by a stand-in)."""
import pytest

from ner_double import analyse_with_spans
from entity_helpers import pipe  # noqa: F401  (a fixture)


@pytest.mark.parametrize("text, name", [
    ("Нагороду отримав Володимир Святошнюк.", "Володимир Святошнюк"),
    ("Слово надали Володимирові Гаюку.", "Володимирові Гаюку"),
    ("Лист підписав Володимир Кривошапчук із Полтави.", "Володимир Кривошапчук"),
])
def test_a_first_name_before_an_unknown_surname_is_no_town(pipe, text, name):
    doc = analyse_with_spans(pipe, text, "2025-03-04", [(name, "PER")])
    assert (name, "PER") in [(m.text, m.type) for m in doc.mentions]


@pytest.mark.parametrize("text", [
    "Делегація прибула до Володимира в неділю.",
    "Мер Володимира Ігор Пасіка відкрив сквер.",
    "Колона вирушила з Володимира до Луцька.",
])
def test_the_town_stays_a_town(pipe, text):
    doc = analyse_with_spans(pipe, text, "2025-03-04")
    assert any(m.text.startswith("Володимир") and m.type == "LOC" for m in doc.mentions)
