"""A meeting named with what was set for it and then told what became of it: "Зустріч
контактної групи, запланована на п'ятницю, не відбулася", "Саміт, призначений на 9 березня,
скасували", "Переговори, анонсовані на середу, пройшли в Мінську".

The passive participle set off by commas describes the noun (the plan once made for it); the
verb after the closing comma is the noun's own predicate and tells what happened to it. The
clause the status is read in ends at the first comma, so without this the plan of the
participle, or the date it names against the publication date, decided: a meeting that did
not take place was shown as planned. Only a verb of holding (`held_predicates`: "відбулася",
"пройшли", negated or not) or of calling off (`negating_predicates`) decides here; any other
verb leaves the status as it was read.
"""
from __future__ import annotations

from ....document import Document, Token
from ..lexicon.compiled import Lexicon

# the trigger noun's own words (genitives, a place) before the comma, at most
NOUN_PHRASE_TOKENS = 6


def _finite(t: Token) -> bool:
    return t.pos == "VERB" and bool(t.tense)


def attributed_outcome(doc: Document, trig_i: int, trig_j: int, s_hi: int, lex: Lexicon) -> str | None:
    """The status the predicate after "<noun>, <passive participle ...>," tells, or None."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return None
    k = trig_j
    while k < min(s_hi, trig_j + NOUN_PHRASE_TOKENS) and toks[k].norm != ",":
        if _finite(toks[k]):
            return None
        k += 1
    p = k + 1
    if k >= s_hi or toks[k].norm != "," or p >= s_hi or toks[p].pos not in ("ADJF", "PRTF") \
            or "pssv" not in (toks[p].tags or ()):
        return None
    m = p + 1
    while m < s_hi and toks[m].norm != ",":
        if _finite(toks[m]):
            return None
        m += 1
    v, negated = m + 1, False
    while v < s_hi and toks[v].pos in ("PRCL", "ADVB", "CONJ"):     # ("так і не відбулася")
        negated = negated or toks[v].norm in lex.word_list("negators")
        v += 1
    if m >= s_hi or v >= s_hi or toks[v].pos != "VERB":
        return None
    lem = toks[v].lemma or toks[v].norm
    if lem in lex.word_list("negating_predicates"):
        return "planned" if negated else "negated"
    if lem not in lex.word_list("held_predicates"):
        return None
    if negated:
        return "negated"
    return {"past": "occurred", "futr": "planned"}.get(toks[v].tense or "")
