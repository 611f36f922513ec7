"""A stance for or against an act: "Польща виступає за ембарго", "Угорщина виступила проти
санкцій", and the verbless news form "Франція — за нові санкції", "Угорщина — проти нових
санкцій". The act a side is for is advocated, still to come (planned); the act it is against
is one it refuses, so it does not do it (negated, as a refusal is). Read from the preposition
right before the act's noun phrase: a stance verb, or a dash with no verb between it and the
act, before "за" or "проти" (`stance_for`, `stance_against` in lang/uk/events.yaml)."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite, lemma_of_tok as lemma_of
from ..grammar.marks import DASHES
from ..lexicon.compiled import Lexicon


def stance_status(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> str | None:
    """"planned" or "negated" for the trigger noun at trig_i under a stance (see the module's
    docstring), or None."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return None
    for_, against = lex.word_list("stance_for"), lex.word_list("stance_against")
    # the preposition before the act's noun phrase ("проти нових санкцій", "за запровадження ембарго")
    m = trig_i - 1
    while m > s_lo and toks[m].pos in ("ADJF", "PRTF", "NUMR", "NOUN") and toks[m].is_word:
        m -= 1
    if m <= s_lo or toks[m].norm not in for_ | against:
        return None
    head = toks[m - 1]
    verbless = not any(_finite(toks[k]) for k in range(s_lo, m))
    # ("Ми проти переговорів": a personal pronoun as the subject of a verbless clause)
    stance = (lemma_of(head) in lex.word_list("stance_verbs") and _finite(head)) or \
        (verbless and (head.norm in DASHES or (head.pos == "NPRO" and head.case == "nomn")))
    if not stance:
        return None
    return "planned" if toks[m].norm in for_ else "negated"
