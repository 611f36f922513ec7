"""A meeting that opens its sentence as the setting of what is told ("У розмові із Зеленським
Байден пообіцяв ...", "На зустрічі з Макроном Зеленський наголосив ..."): the meeting took
place when the clause tells in the past what was said or done there, whatever that act's own
mood (a promise made there is planned; the talk it was made in is not).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.phrase_heads import frame_start
from ..lexicon.compiled import Lexicon


def opening_setting(doc: Document, trig_i: int, sent: tuple[int, int], type_: str, lex: Lexicon) -> bool:
    """The trigger noun at trig_i is a meeting under a frame preposition ("у", "на", "під
    час") that opens the sentence, and the first finite verb after it is in the past."""
    toks = doc.tokens
    lo, hi = sent
    if type_.lower() not in lex.word_list("frame_types") or toks[trig_i].pos != "NOUN" or \
            frame_start(lex, toks, trig_i, lo) != lo:
        return False
    verb = next((toks[k] for k in range(trig_i + 1, hi) if _finite(toks[k])), None)
    return verb is not None and verb.tense == "past"
