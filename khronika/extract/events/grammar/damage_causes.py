"""A happening noun named as the cause of a passive participle: "зруйнований ракетним ударом
порт", "пошкоджені обстрілами будинки", "зруйновану російським ударом школу". The noun is the
participle's agent in the instrumental, inside a noun phrase of another clause's act ("Японія
відновить порт", "Депутати оглянули порт"): that clause's subject did not strike, and the
participle, a state that results from the strike, tells that it took place."""
from __future__ import annotations

from ....document import Document
from .clauses import _can_be


def damage_cause(doc: Document, i: int, lo: int) -> bool:
    """Token i is a noun that may be in the instrumental, right before it, past adjectives in
    the instrumental ("ракетним", "російським"), stands a passive participle, and right after
    it the noun the participle qualifies ("порт"): an attribute, not a predicate ("якщо вони
    пошкоджені обстрілами" tells no strike)."""
    toks = doc.tokens
    t = toks[i]
    if t.pos != "NOUN" or not _can_be(t, "ablt") or i + 1 >= len(toks) or \
            toks[i + 1].pos != "NOUN" or toks[i + 1].sentence != t.sentence:
        return False
    m = i - 1
    while m >= lo and toks[m].pos == "ADJF" and "pssv" not in (toks[m].tags or ()) and _can_be(toks[m], "ablt"):
        m -= 1
    return m >= lo and toks[m].pos in ("ADJF", "PRTF") and "pssv" in (toks[m].tags or ())
