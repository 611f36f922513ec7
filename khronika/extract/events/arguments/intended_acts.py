"""Whose intent a noun act under a light infinitive is: "небажанням Кремля вести переговори",
"готовність Польщі провести навчання". The owner in the genitive between the noun of intent
and the infinitive is the one who would act; the subject of the sentence's verb ("Бессент
пояснив це ...") only speaks of that intent and takes no part in the act.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import lemma_of_tok, light_infinitive
from ..grammar.names import Arg, token_index_at
from ..lexicon.compiled import Lexicon


def intent_owners(lex: Lexicon, doc: Document, args: list[Arg], i: int, lo: int, hi: int) -> list[str]:
    """The owners named between a noun of intent and the light infinitive right before the
    trigger noun at i, in text order; empty when the shape is not there."""
    toks = doc.tokens
    if toks[i].pos != "NOUN" or i - 1 <= lo:
        return []
    light = lex.word_list("light_verbs")
    if not light_infinitive(toks[i - 1].norm, light):
        return []
    m = i - 2
    while m > lo and m >= i - 5 and toks[m].pos in ("NOUN", "ADJF") and toks[m].case == "gent":
        m -= 1
    if m == i - 2 or lemma_of_tok(toks[m]) not in lex.word_list("infinitive_nouns"):
        return []
    owners = []
    for a in sorted(args, key=lambda x: x.start):
        k = token_index_at(doc, a.start, lo, hi)
        if k is not None and m < k < i - 1 and a.entity not in owners:
            owners.append(a.entity)
    return owners


__all__ = ["intent_owners"]
