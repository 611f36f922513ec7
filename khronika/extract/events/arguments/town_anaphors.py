"""The town a strike names only by a common noun: "Харків пережив важку ніч. Росіяни вдарили по
місту ракетами", "Мешканці Сум ховалися, поки ворог атакував місто". News names the town once and
then says "місто", "селище", "село"; the strike's target and place is that town.

Only where one settlement of that kind (by its KATOTTG category, `town_anaphors` in
lang/uk/events.yaml) is named in the sentence before the noun or the sentence before it in the
paragraph, and the noun has no name of its own after it ("місто Ізюм" is named). Two towns
named, or none of the kind, leave the target empty: better no target than a wrong one.
"""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ....lang.uk import load
from ..grammar.clauses import lemma_of_tok as lemma_of
from ..triggers.finder import SentenceView


@lru_cache(maxsize=1)
def town_nouns() -> dict[str, frozenset[str]]:
    """Settlement nouns and the KATOTTG categories of the towns each may stand for."""
    data = (load("events") or {}).get("town_anaphors") or {}
    return {str(w).lower(): frozenset(str(c).upper() for c in cats) for w, cats in data.items()}


def town_anaphor(doc: Document, sent: SentenceView, args: list, i: int, lo: int, hi: int) -> str | None:
    """The town the bare settlement noun in the trigger's clause (tokens lo..hi, the trigger at
    i) stands for, or None."""
    toks = doc.tokens
    words = town_nouns()
    m = next((k for k in range(lo, hi) if k != i and toks[k].pos == "NOUN" and lemma_of(toks[k]) in words), None)
    if m is None:
        return None
    covered = lambda k: any(a.start <= toks[k].start < a.end for a in args)
    if covered(m) or (m + 1 < len(toks) and covered(m + 1)):
        return None                     # "місто Ізюм": named
    cats = words[lemma_of(toks[m])]
    first = doc.sentences[sent.index - 1].start if sent.index > 0 and \
        doc.sentences[sent.index - 1].paragraph == sent.para else sent.start
    kb = get_kb()
    towns = []
    for x in doc.mentions:
        if not first <= x.start < toks[m].start:
            continue
        e = kb.entity(x.entity)
        if e is not None and e.type == "LOC" and (e.category or "").upper() in cats and x.entity not in towns:
            towns.append(x.entity)
    return towns[0] if len(towns) == 1 else None
