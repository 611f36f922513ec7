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


def owned_frame_start(lex: Lexicon, toks, n: int, lo: int) -> int | None:
    """Where a preposition of a visit's frame (`visit_frame_prepositions`: "під час", "у ході")
    that governs the visit noun at n begins, past the noun's adjectives and a possessive
    pronoun before it ("під час його візиту"), or None. The caller checks that the phrase names
    the visit's own owner: then the clause's subject is not the visitor ("Монголія не виконала
    ордер під час його візиту", "Під час візиту Путіна до Улан-Батора Монголія ..."), while
    "Під час візиту до Києва Макрон зустрівся ..." keeps the subject as the one who came."""
    m = n - 1
    while m >= lo and (toks[m].pos in ("ADJF", "PRTF") or
                       (toks[m].pos == "NPRO" or toks[m].norm in ("його", "її", "їхнього", "їхній"))):
        m -= 1
    words = lex.word_list("visit_frame_prepositions")
    if m - 1 >= lo and f"{toks[m - 1].norm} {toks[m].norm}" in words:
        return m - 1
    if m >= lo and toks[m].norm in words:
        return m
    return None
