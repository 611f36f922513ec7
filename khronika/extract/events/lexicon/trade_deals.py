"""Talks and deals of trade: firms and their investors, buyers and partners negotiate and agree
too ("Компанія «Агросвіт» уклала угоду про постачання зерна до Єгипту", "переговори з
інвесторами тривали кілька місяців", "домовляємося з кооперативом про спільний збут"), and a
reader of a chronicle of statecraft finds no consultation or agreement of public affairs in
them. A sentence with a word of trade (`trade_deal_words`: a firm, an investor, a buyer, sales)
tells such a deal unless the event names a party the knowledge base knows, a state, a body or a
public person ("Компанія Baykar уклала угоду з Міноборони", "Уряд домовився з інвесторами" of a
named state stay). The same goes for a supply between a firm and a firm or a body of no state
(AID). The words are data in events.yaml (lemmas).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import lemma_of
from ..merging.merge import Cand
from .compiled import Lexicon
from ..arguments.states import country_ids

TYPES = ("AGREE", "CONSULT", "COOPERATE")


def _trade_sentence(lex: Lexicon, doc: Document, e: Cand) -> bool:
    words = lex.word_list("trade_deal_words")
    lo, hi = e.evidence
    return any(lo <= t.start < hi and t.is_word and lemma_of(t) in words for t in doc.tokens)


def known_party(doc: Document, e: Cand, left_out=()) -> bool:
    """A party of the event the knowledge base knows, but those `left_out` (a town's police or
    a firm the entity layer found by its name alone is none). The home side is the knowledge
    base's (`home_entity` makes it a KB entity of the document): a reader who must not count
    it leaves it out."""
    return any((x := doc.entities.get(p)) is not None and x.kb
               for p in (set(e.actors) | set(e.recipients)).difference(left_out))


def _state_party(e: Cand) -> bool:
    return any(x in country_ids() for x in (*e.actors, *e.recipients))


def public_deals(lex: Lexicon, doc: Document, events: list[Cand]) -> list[Cand]:
    """The events less the talks and deals of trade (see the module), and the supplies of
    trade: a firm's goods sold to another firm or body ("Компанія General Electric
    постачатиме турбіни для Енергоатому") is no aid unless a state gives or gets it
    ("Німецький концерн передав Україні бронемашини")."""
    # (the sentence scan last: most events pass the party tests before it)
    return [e for e in events if (e.type not in TYPES or known_party(doc, e)) and
            (e.type != "AID" or _state_party(e)) or not _trade_sentence(lex, doc, e)]
