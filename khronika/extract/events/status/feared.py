"""A happening told in what is feared ("Існує ризик, що Росія атакує Польщу", "Є побоювання, що
ворог вдарить по Одесі", "Експерти бояться, що Росія нападе"): the clause after a danger noun
or a verb or noun of fear holds no happening that took place or is going on; at most it may
come (planned). The words are data (`danger_nouns`, `fear_verbs`, `fear_nouns` in
lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import lemma_of

# the subordinators a feared clause opens with
_THAT = frozenset({"що", "щоб"})


def feared_clause(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """The trigger verb at trig_i stands in a "що" clause whose governing word, before the comma
    and the subordinator, is a danger noun or a word of fear."""
    toks = doc.tokens
    fear = lex.word_list("danger_nouns") | lex.word_list("fear_verbs") | lex.word_list("fear_nouns")
    for m in range(trig_i - 1, s_lo, -1):
        if toks[m].norm in _THAT:
            g = m - 1
            if g > s_lo and toks[g].norm == ",":
                g -= 1
            return g >= s_lo and lemma_of(toks[g]) in fear
        if toks[m].norm in (",", ";", ":") or toks[m].pos == "VERB" and toks[m].tense:
            return False
    return False
