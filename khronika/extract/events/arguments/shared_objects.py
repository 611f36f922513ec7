"""Two verbs joined by "і"/"та" with one object after the second ("обстріляли та захопили три
кораблі ВМС України"): the object is both verbs', so the first verb's act is done to the same
ones. Only verbs right next to each other (nothing but the conjunction between them) share it,
and only a first act with no recipient of its own takes the second's; a meeting's partner is
not passed on this way ("прибув і провів переговори з прем'єром" has a place, not an object).
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.names import token_starts
from .role_clause import SYMMETRIC

JOINERS = ("і", "й", "та")


def shared_objects(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give the first of two joined verbs the recipients of the object they share."""
    toks = doc.tokens
    starts = token_starts(doc)
    by_start = {c.trig[0]: c for c in cands}
    for a in cands:
        if a.recipients or a.type in SYMMETRIC:
            continue
        i = bisect_left(starts, a.trig[0])
        j = bisect_left(starts, a.trig[1])
        if i >= len(toks) or toks[i].pos != "VERB" or j + 1 >= len(toks) or toks[j].norm not in JOINERS:
            continue
        b = by_start.get(toks[j + 1].start)
        if b is None or b.sent != a.sent or toks[j + 1].pos != "VERB" or b.type in SYMMETRIC or \
                toks[j + 1].tense != toks[i].tense:
            continue
        a.recipients = [x for x in b.recipients if x not in a.actors]
        a.place = a.place or b.place
    return cands


__all__ = ["shared_objects"]
