"""Talks and deals of trade: firms and their investors, buyers and partners negotiate and agree
too ("Компанія «Агросвіт» уклала угоду про постачання зерна до Єгипту", "переговори з
інвесторами тривали кілька місяців", "домовляємося з кооперативом про спільний збут"), and a
reader of a chronicle of statecraft finds no consultation or agreement of public affairs in
them. A sentence with a word of trade (`trade_deal_words`: a firm, an investor, a buyer, sales)
tells such a deal unless the event names a party the knowledge base knows, a state, a body or a
public person ("Компанія Baykar уклала угоду з Міноборони", "Уряд домовився з інвесторами" of a
named state stay). The words are data in events.yaml (lemmas).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import lemma_of
from ..merging.merge import Cand
from .compiled import Lexicon

TYPES = ("AGREE", "CONSULT", "COOPERATE")


def _trade_sentence(lex: Lexicon, doc: Document, e: Cand) -> bool:
    words = lex.word_list("trade_deal_words")
    lo, hi = e.evidence
    return any(lo <= t.start < hi and t.is_word and lemma_of(t) in words for t in doc.tokens)


def _known_party(doc: Document, e: Cand, home: str | None) -> bool:
    for x in set(e.actors) | set(e.recipients):
        ent = doc.entities.get(x)
        if x == home or (ent is not None and ent.kb):
            return True
    return False


def public_deals(lex: Lexicon, doc: Document, events: list[Cand], home: str | None) -> list[Cand]:
    """The events less the talks and deals of trade (see the module)."""
    return [e for e in events if e.type not in TYPES or _known_party(doc, e, home) or
            not _trade_sentence(lex, doc, e)]
