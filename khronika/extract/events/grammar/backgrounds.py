"""A noun under a preposition of background ("на тлі санкцій", "в розпал кризи", "в умовах
війни"): it names what stood behind the act its clause tells, not a part of that act, so the
clause's subject and place are not its own. The prepositions are data (`background_prepositions`
in lang/uk/events.yaml).
"""
from __future__ import annotations

from ..lexicon.compiled import Lexicon
from .governing import past_modifiers, preposition_ending

# the possessives a visit's frame may hold before its noun ("під час його візиту")
POSSESSIVES = ("його", "її", "їхнього", "їхній")


def background_start(lex: Lexicon, toks, n: int, lo: int) -> int | None:
    """Where the preposition of background that governs the noun at n begins (past the noun's
    adjectives), or None."""
    return preposition_ending(toks, past_modifiers(toks, n, lo), lo,
                              lex.word_list("background_prepositions"), single=False)


def owned_frame_start(lex: Lexicon, toks, n: int, lo: int) -> int | None:
    """Where a preposition of a visit's frame (`visit_frame_prepositions`: "під час", "у ході")
    that governs the visit noun at n begins, past the noun's adjectives and a possessive
    pronoun before it ("під час його візиту"), or None. The caller checks that the phrase names
    the visit's own owner: then the clause's subject is not the visitor ("Монголія не виконала
    ордер під час його візиту", "Під час візиту Путіна до Улан-Батора Монголія ..."), while
    "Під час візиту до Києва Макрон зустрівся ..." keeps the subject as the one who came."""
    m = past_modifiers(toks, n, lo, ("ADJF", "PRTF", "NPRO"), POSSESSIVES)
    return preposition_ending(toks, m, lo, lex.word_list("visit_frame_prepositions"))
