"""A visit told as a stay rather than a journey: "У столиці перебуває міністр закордонних справ
Франції", "Гостем Києва став прем'єр-міністр Іспанії". Nothing moves in these sentences, so the
destination and arrival verbs of a visit do not fire; what makes them a visit is a guest (an
office holder or a delegation, or a person named) of another state staying in a place of the
home side. The foreign guest itself is checked by the trigger's `foreign_agent` need.

Someone at home in their own land ("Путін перебуває в Москві"), a crowd of foreigners ("У
Києві перебуває понад сто громадян Франції") or a place abroad stays no visit.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import clause_of_trigger
from .grammar_cues import place_genitive
from ..lexicon.compiled import Lexicon
from ..grammar.names import token_index_at
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import place_country


def _home_place(lex: Lexicon, entity: str | None) -> bool:
    home = (lex.home or {}).get("id")
    return entity is not None and home is not None and (entity == home or place_country().get(entity) == home)


def _guest_in(lex: Lexicon, doc: Document, sent: SentenceView, lo: int, hi: int) -> bool:
    """A nominative guest word ("міністр", "делегація") or a person's name in tokens lo..hi."""
    toks = doc.tokens
    guests = lex.contexts.get("stay_guests", frozenset())
    if any(toks[m].case == "nomn" and lemma_of(toks[m]) in guests for m in range(lo, hi)):
        return True
    a_lo, a_hi = toks[lo].start, toks[hi - 1].end
    return any(a_lo <= a.start < a_hi and doc.entities.get(a.entity) is not None and
               doc.entities[a.entity].type == "PER" for a in sent.args)


def home_stay(lex: Lexicon, doc: Document, sent: SentenceView, i: int) -> bool:
    """The verb of staying at i has a guest for its subject and a place of the home side, or
    the capital, in its clause ("У столиці перебуває ...", "перебуває в Одесі")."""
    toks = doc.tokens
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    if not _guest_in(lex, doc, sent, cl.lo, cl.hi):
        return False
    capital = lex.contexts.get("capital", frozenset())
    if any(lemma_of(toks[m]) in capital and toks[m - 1].norm in lex.word_list("stay_prepositions")
           for m in range(cl.lo + 1, cl.hi)):
        return True
    # where one stays, after "у"/"в"/"на" ("на зв'язку з Києвом" is no stay in Kyiv)
    where = lex.word_list("stay_prepositions")
    for a in sent.args:
        m = token_index_at(doc, a.start, cl.lo, cl.hi)
        if m is not None and m > cl.lo and toks[m - 1].norm in where and _home_place(lex, a.entity):
            return True
    return False


def home_host(lex: Lexicon, doc: Document, sent: SentenceView, i: int) -> bool:
    """"Гостем Києва став ...", "Прем'єр-міністр Іспанії став гостем Києва": the verb at i has
    a guest noun beside it whose place in the genitive is the home side's ("гостем ефіру",
    "гостем форуму" name no place); the verb's subject is the guest."""
    toks = doc.tokens
    guest = lex.contexts.get("guest_nouns", frozenset())
    for m in range(max(sent.lo, i - 2), min(sent.hi, i + 3)):
        if m != i and lemma_of(toks[m]) in guest and toks[m].case == "ablt":
            return _home_place(lex, place_genitive(doc, sent, m + 1))
    return False
