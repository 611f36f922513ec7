"""A duty laid on the world at large ("Світ повинен запроваджувати санкції", "Міжнародна
спільнота зобов'язана реагувати на кожен удар", "Демократії мають допомагати тим, хто ..."):
a speaker who says what everyone ought to do names no party who is asked and no act that is
coming. A duty of a named party ("Росія повинна вивести війська", "Європа мусить надати
зброю", also beside the world: "Європа, Америка та весь світ має ...") is a request with that
party asked (trigger `obliged`); one of the speaker ("Ми повинні ...") is his plan. Only the nouns of everyone (`generic_duty_subjects` in
lang/uk/events.yaml) make a duty general.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.ties import tie_of
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of


def generic_duty(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k stands after a modal of duty whose nominative subject before it in
    the clause is a noun of everyone, named by no entity."""
    toks = doc.tokens
    lo, _ = sent.clause_of(k)
    modals = lex.word_list("claim_modals")
    modal = next((m for m in range(k, lo - 1, -1) if lemma_of(toks[m]) in modals or toks[m].norm in modals), None)
    if modal is None:
        return False
    subjects = lex.word_list("generic_duty_subjects")
    preps = lex.word_list("prepositions")
    if any(toks[lo].start <= a.start < toks[modal].start and a.kind not in ("pronoun", "adjective", "demonym")
           for a in sent.args):
        return False     # "Європа, Америка та весь цивілізований світ має зупинити агресора": named, asked
    for m in range(lo, modal):
        t = toks[m]
        if t.pos == "NOUN" and lemma_of(t) in subjects and "nomn" in _cases(t.text) and \
                not any(a.start <= t.start < a.end for a in sent.args) and \
                tie_of(doc, m, lo, -1, preps).prep is None:
            return True
    return False
