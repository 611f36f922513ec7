"""The time of a happening one learns or is told of: "Ми ще 23 лютого отримали розвіддані про
наступ" dates the receiving of the intelligence, not the offensive, which the text leaves
undated (it may have been planned for later or never come). A time governs the clause of its
own verb; a trigger noun inside the topic of news ("розвіддані / інформація / попередження про
...") or of a verb of learning ("дізналися про ...") is not that verb's happening, so it takes
only a time written inside its own topic phrase ("дані про наступ 23 лютого"), and no day
from the story told before either.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import NP_POS, lemma_of_tok
from ..lexicon.compiled import Lexicon

# How many words of a noun phrase may stand between the topic preposition and the trigger
# ("про підготовку нового масованого удару").
_REACH = 5


def learned_topic_start(doc: Document, i: int, lo: int, lex: Lexicon) -> int | None:
    """The index of the preposition opening the topic of news or learning that holds the trigger
    noun at token i (sentence from token `lo`), else None."""
    toks = doc.tokens
    if toks[i].pos != "NOUN":
        return None
    topic = lex.word_list("learned_topic_prepositions")
    m = i - 1
    while m >= max(lo, i - 1 - _REACH):
        t = toks[m]
        if t.norm in topic:
            break
        if not t.is_word or t.pos not in NP_POS:
            return None
        m -= 1
    else:
        return None
    if m - 1 < lo:
        return None
    head = toks[m - 1]
    words = (lemma_of_tok(head), head.norm)
    if any(w in lex.word_list("news_nouns") or w in lex.word_list("learning_verbs") for w in words):
        return m
    return None


__all__ = ["learned_topic_start"]
