"""A court a suit or a complaint is brought to is where the accusation is heard, not whom it
accuses: "Нідерланди подали до ЄСПЛ позов проти Росії" accuses Russia, and the court, named
after "до", is neither side (GUIDELINES: a place where it happened is no participant); so is
any body a suit is brought to when the suit names whom it is against ("подала позов до СОТ
проти трьох країн"). A
request to a court ("звернулася до МКС щодо ...") is left alone: there the court is asked.
Court words are data (`court_nouns` in lang/uk/events.yaml).
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.names import token_starts
from ..grammar.sentence_view import lemma_of


def drop_court_venues(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Remove from each accusation's recipients a court named after "до" in its sentence."""
    courts = lex.word_list("court_nouns")
    toks = doc.tokens
    starts = token_starts(doc)
    for c in cands:
        if c.type != "ACCUSE" or not c.recipients:
            continue
        lo, hi = c.evidence
        venues = set()
        for m in doc.mentions:
            if not (lo <= m.start < hi) or m.entity not in c.recipients:
                continue
            k = bisect_left(starts, m.start)
            if k == 0 or k >= len(toks) or toks[k - 1].norm != "до":
                continue
            end = k
            while end < len(toks) and toks[end].start < m.end:
                end += 1
            if any(lemma_of(toks[x]) in courts for x in range(k, end)):
                venues.add(m.entity)
            elif _suit_against(lex, toks, k, end, hi):
                venues.add(m.entity)
        if venues:
            c.recipients = [x for x in c.recipients if x not in venues]
    return cands


def _suit_against(lex: Lexicon, toks, k: int, end: int, hi: int) -> bool:
    """A suit noun right before "до" at k-1 ("позов до СОТ") and "проти" (or "на": "скаргу до
    СОТ на Польщу") after the body named (tokens k..end), within the evidence ending at offset hi."""
    if k < 2 or lemma_of(toks[k - 2]) not in lex.word_list("suit_nouns"):
        return False
    m = end
    while m < len(toks) and toks[m].start < hi and m < end + 3:
        if toks[m].norm in ("проти", "на"):
            return True
        m += 1
    return False
