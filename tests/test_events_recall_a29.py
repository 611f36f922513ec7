"""Events recall A29 (issue 16). A head in office named by the surname alone at a sentence
start, where the dictionary reads a common word only behind a prefix it does not know
("Стармер": "стар" + the verb "мерти"), is the person: the first of two visitors joined by
"та" was lost. Sentences written for these tests."""
from __future__ import annotations

from event_helpers import analysed, of_type


def _visit(text: str, date: str = "2025-05-10"):
    [ev] = of_type(analysed(text, date), "CONSULT")
    return ev


def test_a_surname_opening_the_sentence_is_a_visitor_beside_the_next():
    ev = _visit("Стармер та Мерц прилетіли до Києва.")
    assert {"keir-starmer", "friedrich-merz"} <= set(ev.actors)
    ev = _visit("Стармер і Мерц зустрілися із Зеленським у Києві.")
    assert {"keir-starmer", "friedrich-merz"} <= set(ev.actors)
    assert "volodymyr-zelenskyy" in ev.recipients
    ev = _visit("Макрон, Стармер і Мерц прибули до Києва.")
    assert {"emmanuel-macron", "keir-starmer", "friedrich-merz"} <= set(ev.actors)


def test_a_dictionary_word_at_a_sentence_start_stays_a_word():
    # "Малюк" (a toddler) and "Сирський" (cheesy) are listed words as they stand
    doc = analysed("Малюк спав у візку, коли прилетіли ракети.", "2023-05-10")
    assert "vasyl-maliuk" not in doc.entities
    doc = analysed("Сирський продукт подорожчав.", "2023-05-10")
    assert "oleksandr-syrskyi" not in doc.entities
