"""Whose assets fund a happening takes no side in it. "Рада ЄС затвердила виділення Україні коштів
з доходів від заморожених активів Росії": the EU gives, Ukraine receives; Russia only owns the
assets the money comes from. Only where the act is done to the assets (a sanction freezing them,
a seizure: `asset_owner_types`) is their owner a side, the one acted against.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..grammar.names import token_index_at
from ..triggers.finder import lemma_of


def asset_owners(lex: Lexicon, doc: Document, args: list, lo: int, hi: int, type_: str) -> set[str]:
    """The names owning assets (`asset_nouns`) in the sentence: a genitive name within two words
    after the noun ("активів Росії", "резервів Центробанку Росії") or a name's adjective before
    it, past other adjectives ("російських заморожених активів")."""
    if type_.lower() in lex.word_list("asset_owner_types"):
        return set()
    toks = doc.tokens
    nouns = lex.word_list("asset_nouns")
    out: set[str] = set()
    for a in args:
        k = token_index_at(doc, a.start, lo, hi)
        if k is None:
            continue
        if a.kind in ("adjective", "demonym"):
            m = k + 1
            while m < hi and toks[m].pos in ("ADJF", "PRTF"):
                m += 1
            if m < hi and lemma_of(toks[m]) in nouns:
                out.add(a.entity)
        elif toks[k].case == "gent" and any(lemma_of(toks[m]) in nouns for m in range(max(lo, k - 2), k)):
            out.add(a.entity)
    return out
