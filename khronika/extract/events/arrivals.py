"""Help that arrives: "До Києва прибули системи ППО від Німеччини", "В Україну прибула
партія генераторів". Weapons or goods that arrive somewhere are aid only when the clause says
whose they are or that they reach the home side: tanks bought by another state ("До Польщі
прибули нові танки") or goods in a shop ("До магазину прибули товари") are no help between
parties.
"""
from __future__ import annotations

from ...document import Document
from .clauses import clause_of_trigger
from .lexicon import Lexicon
from .names import token_index_at
from .sentence_view import SentenceView
from .states import country_ids, place_country


def delivered(lex: Lexicon, doc: Document, sent: SentenceView, i: int) -> bool:
    """The clause of the arrival verb at i names a giver after "від" or a place of the home
    side (or the home side itself) as where it arrives."""
    toks = doc.tokens
    home = (lex.home or {}).get("id")
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    lo, hi = toks[cl.lo].start, toks[cl.hi - 1].end
    givers = lex.word_list("giver_prepositions")
    for a in sent.args:
        if not lo <= a.start < hi or a.kind == "pronoun":
            continue
        if home is not None and (a.entity == home or place_country().get(a.entity) == home):
            return True
        m = token_index_at(doc, a.start, cl.lo, cl.hi)
        if m is not None and m > cl.lo and toks[m - 1].norm in givers:
            return True
    return False


def delivered_sides(lex: Lexicon, doc: Document, sent: SentenceView, i: int, cand) -> None:
    """Who receives help that arrives: the state it arrives in ("в Україну прибули системи
    ППО"), or the home side when it arrives in one of its towns ("До Львова прибули
    генератори"); a state arrived in is a recipient, not the place."""
    home = (lex.home or {}).get("id")
    toks = doc.tokens
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    lo, hi = toks[cl.lo].start, toks[cl.hi - 1].end
    for a in sent.args:
        if not lo <= a.start < hi or a.kind == "pronoun" or a.entity in cand.actors:
            continue
        m = token_index_at(doc, a.start, cl.lo, cl.hi)
        if m is None or m == cl.lo or toks[m - 1].norm not in lex.word_list("destination_prepositions"):
            continue
        state = a.entity if a.entity in country_ids() else place_country().get(a.entity)
        if state is not None and state not in cand.actors and state not in cand.recipients:
            cand.recipients.append(state)
        if cand.place == a.entity and a.entity in country_ids():
            cand.place = None
