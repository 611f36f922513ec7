"""A noun whose genitive object is a thing names a showing, not a gathering: "демонстрація нової
бронетехніки", "демонстрація сили" show something; "демонстрація студентів", "демонстрація проти
війни" are rallies. The showing sense is told by the grammar (an inanimate genitive noun right
after the trigger, past its adjectives and counting words), not by a list of things shown, so
that any thing shown counts. Read by the `!shown_thing` need of `lang/uk/events.yaml`.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.sentence_view import SentenceView, lemma_of


def shown_thing(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """The first noun after the trigger (token j on) is an inanimate genitive: a thing shown.
    Counting nouns ("тисяч людей", `quantity_words`) are passed over to the noun they count."""
    counting = lex.word_list("quantity_words")
    for k in range(j, min(sent.hi, j + 5)):
        t = doc.tokens[k]
        if not t.is_word:
            return False
        readings = parses(t.text)
        if any(p.tag.POS in ("ADJF", "PRTF", "NUMR") for p in readings) or lemma_of(t) in counting:
            continue
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        if not nouns:
            return False
        # (any inanimate genitive reading: "техніки" reads as people, "технік", too)
        return any("inan" in p.tag and "gent" in p.tag for p in nouns)
    return False
