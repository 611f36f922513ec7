"""Guests told by a bare plural noun: the host of talks told elsewhere, not a visit of its own.

"Президент ОАЕ, який приймав делегації, подякував сторонам": the delegations are those of the
talks the text tells; the host's reception names no guest a chronicle could show, so read
alone it made the host the one who visits. "прийняв у Києві делегацію Конгресу" names whose
the guests are (a word follows the guest noun) and stays a visit. The guest nouns are data
(`guests` in the contexts of lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon


def bare_guests(lex: Lexicon, doc: Document, j: int, hi: int) -> bool:
    """The first guest noun after the host's verb ending at j (to token hi) ends its phrase: no
    word follows it before a punctuation mark or the sentence's end."""
    toks = doc.tokens
    guests = lex.contexts.get("guests", frozenset())
    m = next((m for m in range(j, hi) if lemma_of(toks[m]) in guests), None)
    return m is not None and (m + 1 >= hi or not toks[m + 1].is_word)
