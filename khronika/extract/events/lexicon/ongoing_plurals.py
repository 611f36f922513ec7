"""A plural happening noun told as going on now names those happenings, not a kind: "У Словаччині
тривають масові протести", "Тривають обміни полоненими". A plural noun with no participants and
no time otherwise reads as generic ("готуємо зустрічі") and sinks below the emission threshold
(merging.confidence); a present-tense verb of going on (`ongoing_predicates`) in its clause says
they are happening as the text is written. Likewise a perfective past verb of holding
(`held_predicates`: "Детективи провели обшуки", "Відбулися консультації") tells those very
happenings as done: a kind is not held once.
"""
from __future__ import annotations

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import lemma_of


def going_on_now(lex: Lexicon, doc: Document, lo: int, hi: int, i: int) -> bool:
    """A finite present-tense verb of `ongoing_predicates` in the clause [lo, hi) of trigger i."""
    going = lex.word_list("ongoing_predicates")
    return any(m != i and doc.tokens[m].pos == "VERB" and doc.tokens[m].tense == "pres"
               and lemma_of(doc.tokens[m]) in going for m in range(lo, hi))


def held_ones(lex: Lexicon, doc: Document, lo: int, hi: int, i: int) -> bool:
    """A finite perfective past verb of `held_predicates` in the clause [lo, hi) of trigger i
    ("провели обшуки"; "проводили обшуки" tells a habit and stays generic)."""
    held = lex.word_list("held_predicates")
    return any(m != i and doc.tokens[m].pos == "VERB" and doc.tokens[m].tense == "past"
               and "perf" in (doc.tokens[m].tags or ()) and lemma_of(doc.tokens[m]) in held
               for m in range(lo, hi))


def told_as_these(lex: Lexicon, doc: Document, lo: int, hi: int, i: int) -> bool:
    """A plural happening noun told as going on now or as held: these happenings, not a kind."""
    return going_on_now(lex, doc, lo, hi, i) or held_ones(lex, doc, lo, hi, i)
