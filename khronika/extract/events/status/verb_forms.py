"""What a verb form itself says about when: an infinitive, a tense, an impersonal form in -но/-то
with its "бути", an imperative.

Kept apart from status/clause_status.py (which weighs these readings against the clause around
the trigger) because the trigger finder, the argument readers and the lexicon senses ask the
same questions of a single token.
"""
from __future__ import annotations

from ....document import Document, Token
from ...morph import parses
from ..lexicon.compiled import Lexicon


def _is_verb(t: Token) -> bool:
    return t.pos in ("VERB", "INFN")


def is_infinitive(t: Token) -> bool:
    """The dictionary leaves the infinitive mark off some verbs ("звільнити" is `VERB,perf`
    only): a verb form in -ти/-тися with no tense, person or mood is one too."""
    if t.pos == "INFN" or (t.pos == "VERB" and "infn" in (t.tags or ())):
        return True
    return t.pos == "VERB" and not t.tense and not t.person and "impr" not in (t.tags or ()) \
        and t.norm.endswith(("ти", "тися", "тись"))


def _present_too(t: Token) -> bool:
    """"міста зазнають ударів", "Київ зазнає ракетних ударів": a form that is both the future of
    a perfective verb and the present of its imperfective pair (зазнати / зазнавати) reads as
    the present; the dictionary puts the future first."""
    return any(p.tag.POS == "VERB" and "pres" in p.tag and "impf" in p.tag for p in parses(t.text))


def _tense_status(t: Token) -> str | None:
    if t.tense == "futr":
        return "ongoing" if _present_too(t) else "planned"
    if t.tense == "past":
        return "occurred"
    if t.tense == "pres":
        return "ongoing"
    return None


def _impersonal_status(doc: Document, k: int, lo: int, lex: Lexicon) -> str | None:
    """"Україні буде передано гаубиці", "було запроваджено санкції": an impersonal form in
    -но/-то has no tense of its own; a "бути" right before it gives one (future: planned), and
    alone it tells a done act; a "бути" after it does too, and a negator before that "бути"
    denies the act ("Угоду підписано не буде")."""
    toks = doc.tokens
    if "Impe" not in (toks[k].tags or ()):
        return None
    # ("буде найближчим часом передано", "буде Україні передано": a few words may stand between)
    for m in range(k - 1, max(lo, k - 5) - 1, -1):
        if not toks[m].is_word:
            break
        if (toks[m].lemma or toks[m].norm) == "бути":
            return "planned" if toks[m].tense == "futr" else "occurred"
        if _is_verb(toks[m]):
            break
    # "Угоду підписано не буде", "санкцій запроваджено не було": the "бути" after the form
    # gives the tense, and a "не" before that "бути" denies the act
    neg = False
    for m in range(k + 1, min(len(toks), k + 4)):
        t = toks[m]
        if not t.is_word:
            break
        if t.norm in lex.word_list("negators"):
            neg = True
            continue
        if (t.lemma or t.norm) == "бути" and t.pos == "VERB":
            return "negated" if neg else "planned" if t.tense == "futr" else "occurred"
        if t.pos not in ("ADVB", "PRCL"):
            break
    return "occurred"


def _imperative(t: Token) -> bool:
    """An imperative with no other reading ("Підтримайте", not "три" or "повній", which the
    dictionary also reads as imperatives of "терти", "повніти")."""
    if "impr" not in (t.tags or ()):
        return False
    return all(p.tag.POS == "VERB" for p in parses(t.text))
