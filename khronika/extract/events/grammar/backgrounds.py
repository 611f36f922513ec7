"""A noun under a preposition of background ("на тлі санкцій", "в розпал кризи", "в умовах
війни"): it names what stood behind the act its clause tells, not a part of that act, so the
clause's subject and place are not its own. The prepositions are data (`background_prepositions`
in lang/uk/events.yaml).
"""
from __future__ import annotations

from ..lexicon.compiled import Lexicon


def background_start(lex: Lexicon, toks, n: int, lo: int) -> int | None:
    """Where the preposition of background that governs the noun at n begins (past the noun's
    adjectives), or None."""
    m = n - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m - 1 >= lo and f"{toks[m - 1].norm} {toks[m].norm}" in lex.word_list("background_prepositions"):
        return m - 1
    return None
