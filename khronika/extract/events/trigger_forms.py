"""Which candidates a noun tells ("Допомогу буде передано", "Пакет включає ...") rather than a
verb ("Надасть також снаряди"): merging reads it where a bare noun can only name a happening
told before, while a verb with objects of its own tells one more act of the same kind.
"""
from __future__ import annotations

from bisect import bisect_right
from operator import attrgetter

from ...document import Document
from .merging import Cand

_START = attrgetter("start")


def mark_noun_triggers(doc: Document, cands: list[Cand]) -> list[Cand]:
    """Set `told_by_noun` on every candidate whose trigger opens with a noun."""
    if not cands:
        return cands
    starts = list(map(_START, doc.tokens))
    for c in cands:
        k = bisect_right(starts, c.trig[0]) - 1
        c.told_by_noun = k >= 0 and doc.tokens[k].pos == "NOUN"
    return cands
