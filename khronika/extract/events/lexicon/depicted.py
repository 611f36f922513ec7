"""A happening a work depicts or a person recalls ("Автор описує, як німецька армія бомбардувала
Варшаву", "Фільм показує, як окупанти штурмують місто", "Ветеран згадує: «Тоді ворог
обстрілював наші позиції щоночі»"): a book, a film, its author or someone reminiscing tells a
story, and a reader of the chronicle finds no happening of the report in it. The verb of
depicting or recalling (`depicting_verbs`) has for its subject a work, its maker or one who
remembers (`depicting_subjects`); both are data in events.yaml (lemmas). What it tells stands
after it in its sentence, or in the direct quote its sentence opens.

A politician who tells what happened ("Президент розповів, як Росія атакувала Харків") reports;
he is no such subject, and the happening stays.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

# the personal pronouns that may stand for a work or its maker named just before
_PERSONAL = frozenset({"він", "вона", "вони"})


def _depicting_verb(lex: Lexicon, doc: Document, lo: int, hi: int) -> int | None:
    """The first verb of depicting in lo..hi with a depicting subject in its sentence part
    before its next comma-free stretch (before it, or right after it: "розповідає автор")."""
    toks = doc.tokens
    verbs, subjects = lex.word_list("depicting_verbs"), lex.word_list("depicting_subjects")
    for v in range(lo, hi):
        if not (_finite(toks[v]) and lemma_of(toks[v]) in verbs):
            continue
        m = v - 1
        while m >= lo and toks[m].is_word:
            if toks[m].pos == "NOUN" and toks[m].case == "nomn" and lemma_of(toks[m]) in subjects:
                return v
            if toks[m].norm in _PERSONAL and _named_before(lex, doc, toks[m].sentence, subjects):
                return v      # ("... лекцію історика. Він розповість, як ...": the historian)
            m -= 1
        if v + 1 < hi and toks[v + 1].pos == "NOUN" and lemma_of(toks[v + 1]) in subjects:
            return v
    return None


def _named_before(lex: Lexicon, doc: Document, si: int, subjects) -> bool:
    """The sentence before sentence si, in its paragraph, names a work or its maker (any case):
    a personal pronoun that opens the next one stands for it."""
    if si <= 0 or doc.sentences[si - 1].paragraph != doc.sentences[si].paragraph:
        return False
    prev = doc.sentences[si - 1]
    return any(lemma_of(t) in subjects for t in doc.tokens[prev.first_token:prev.last_token])


def _work_about(lex: Lexicon, toks, k: int, lo: int) -> bool:
    """"Вистава про депортацію кримських татар", "фільм про окупацію Маріуполя": the trigger
    noun, past its adjectives, follows "про" after a work or its maker: what the work is about."""
    m = k - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
        m -= 1
    return m > lo and toks[m].norm == "про" and toks[m - 1].pos == "NOUN" and \
        lemma_of(toks[m - 1]) in lex.word_list("depicting_subjects")


def depicted(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is in what a work depicts or a person recalls (see the module)."""
    toks = doc.tokens
    v = _depicting_verb(lex, doc, sent.lo, k)
    if v is not None or _work_about(lex, toks, k, sent.lo):
        return True
    at = toks[k].start
    for q in doc.quotes:
        if q.kind == "direct" and q.start <= at < q.end and q.start < sent.start:
            # the quote opened in an earlier sentence: is that one a recalling?
            first = next((t for t in range(sent.lo - 1, -1, -1) if toks[t].end <= q.start), None)
            if first is None:
                return False
            s_lo = first
            while s_lo > 0 and toks[s_lo - 1].sentence == toks[first].sentence:
                s_lo -= 1
            return _depicting_verb(lex, doc, s_lo, first + 1) is not None
    return False
