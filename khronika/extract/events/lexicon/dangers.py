"""A strike named as the danger something is guarded against ("захист енергетики від ударів",
"укриття від обстрілів", "страхування від воєнних ризиків та атак"): a noun of protection with
"від" speaks of strikes as a kind, as a reader of a talk's topics or of a plan to build
shelters sees it, and names no strike that took place. A verb of protecting keeps a strike
("ППО захистила Київ від атаки дронів": the attack came and was repelled), and so does dying
or suffering "від удару". The nouns are data (`protection_nouns` in lang/uk/events.yaml).
So is a strike warned of as one to come ("попередив Іран про наслідки нових ударів",
"попередив про можливі удари"; `warned_of`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.ties import tie_of
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

# how far before "від" the protection noun may stand ("захисту критичної енергетики від")
REACH = 4


def guarded_against(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger noun at k hangs on "від" after a noun of protection."""
    toks = doc.tokens
    if toks[k].pos != "NOUN":
        return False
    tie = tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions"))
    if tie.prep != "від":
        return False
    at = next((m for m in range(tie.head - 1, sent.lo - 1, -1) if toks[m].norm == "від"), None)
    if at is None:
        return False
    nouns = lex.word_list("protection_nouns")
    for m in range(at - 1, max(sent.lo, at - REACH) - 1, -1):
        t = toks[m]
        if t.pos == "NOUN" and lemma_of(t) in nouns:
            return True
        if not t.is_word or t.pos not in ("NOUN", "ADJF", "PRTF", "NUMR"):
            return False
    return False


def warned_of(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger noun at k stands in a "про" phrase after a word of warning (`warning_words`,
    up to REACH words before "про": "попередив Іран про"), marked as to come by a word of
    `warned_future_words` in that phrase ("про наслідки нових ударів", "про можливі удари")."""
    toks = doc.tokens
    if toks[k].pos != "NOUN":
        return False
    future = lex.word_list("warned_future_words")
    marked = False
    m = k - 1
    while m >= sent.lo and toks[m].is_word and toks[m].norm != "про" and \
            toks[m].pos in ("NOUN", "ADJF", "PRTF", "NUMR"):
        marked = marked or lemma_of(toks[m]) in future or toks[m].norm in future
        m -= 1
    if m < sent.lo or toks[m].norm != "про" or not marked or k - m > REACH:
        return False
    warning = lex.word_list("warning_words")
    return any(lemma_of(toks[x]) in warning for x in range(max(sent.lo, m - REACH), m))
