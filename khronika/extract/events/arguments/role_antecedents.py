"""Bare words told again after what they stand for was named: a role word, a text signed.

"Делегація африканських лідерів відвідала Київ. ... Наступного дня делегація зустрілася з
Путіним": a bare role word ("делегація", "команда", "уряд") stands for the home side only when
nothing else owns it; told a sentence or two after the same word with another owner (a
genitive, "делегація Польщі", or another state's adjective, "американська делегація"), it is
that one again, and the home side takes no part.
"""
from __future__ import annotations

from ....document import Document
from ..triggers.finder import lemma_of

WINDOW = 3          # sentences back to the owned use of the same word


def _owners(doc: Document, lo: int, hi: int) -> set[str]:
    """The entities named in the character span [lo, hi): mentions and adjective refs."""
    return {x.entity for x in [*doc.mentions, *doc.refs] if x.entity and lo <= x.start < hi}


def foreign_antecedent(doc: Document, m: int, home: str | None) -> bool:
    """The role word at token m repeats an earlier use of its lemma, within `WINDOW`
    sentences, that had an owner other than `home`."""
    toks = doc.tokens
    lemma, sent = lemma_of(toks[m]), toks[m].sentence
    for k in range(m - 1, -1, -1):
        t = toks[k]
        if sent - t.sentence > WINDOW:
            return False
        if t.pos != "NOUN" or lemma_of(t) != lemma:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sentence == t.sentence else None
        prev = toks[k - 1] if k > 0 and toks[k - 1].sentence == t.sentence else None
        after = nxt is not None and nxt.is_word and nxt.case == "gent" and nxt.pos in ("NOUN", "ADJF", "PRTF")
        before = prev is not None and prev.pos in ("ADJF", "PRTF") and bool(_owners(doc, prev.start, prev.end))
        if not (after or before):
            continue          # a bare use again: look further back
        lo = prev.start if before else t.end
        hi = t.end
        if after:
            e = k + 1
            while e + 1 < len(toks) and toks[e + 1].sentence == t.sentence and toks[e + 1].is_word and \
                    toks[e + 1].pos in ("NOUN", "ADJF", "PRTF") and toks[e + 1].case == "gent":
                e += 1
            hi = toks[e].end
        return home is None or home not in _owners(doc, lo, hi)
    return False


def signed_text_again(lex, toks, lo: int, hi: int, i: int) -> bool:
    """The verb at i signs a bare `text_anaphors` noun ("документ", "текст") of its clause,
    one with no complement of its own ("документ про ..." names a new one)."""
    if toks[i].pos != "VERB":
        return False
    words = lex.word_list("text_anaphors")
    for m in range(lo, hi):
        if m != i and toks[m].pos == "NOUN" and lemma_of(toks[m]) in words and \
                toks[m].case in ("nomn", "accs") and (m == lo or toks[m - 1].pos not in ("ADJF", "PRTF", "NUMR")):
            nxt = toks[m + 1] if m + 1 < hi else None
            return nxt is None or not (nxt.norm in ("про", "щодо") or (nxt.is_word and nxt.case == "gent"))
    return False
