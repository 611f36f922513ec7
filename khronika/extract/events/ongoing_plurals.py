"""A plural happening noun told as going on now names those happenings, not a kind: "У Словаччині
тривають масові протести", "Тривають обміни полоненими". A plural noun with no participants and
no time otherwise reads as generic ("готуємо зустрічі") and sinks below the emission threshold
(merging.confidence); a present-tense verb of going on (`ongoing_predicates`) in its clause says
they are happening as the text is written.
"""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon
from .sentence_view import lemma_of


def going_on_now(lex: Lexicon, doc: Document, lo: int, hi: int, i: int) -> bool:
    """A finite present-tense verb of `ongoing_predicates` in the clause [lo, hi) of trigger i."""
    going = lex.word_list("ongoing_predicates")
    return any(m != i and doc.tokens[m].pos == "VERB" and doc.tokens[m].tense == "pres"
               and lemma_of(doc.tokens[m]) in going for m in range(lo, hi))
