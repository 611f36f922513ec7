"""Whose partners they are is not who they are.

"Київ відвідали лідери країн-партнерів України", "Міністри оборони держав-союзників України
погодили ...": the name after a noun of relation (a partner, an ally, a friend, a neighbour)
says whose partners the subject's states are; the states themselves go unnamed. The walk from
a name to its governor reads that name as the end of the subject's phrase, and so made Ukraine
the visitor of its own capital. The name leaves the actors; in a visit or a talk held in one of
its towns it is the host and receives (GUIDELINES: never fill a side by guessing, but the
host of a visit is its recipient). Words are data: `relation_nouns` in lang/uk/events.yaml.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.names import args_in, token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import body_state, capitals, place_country, state_of


def partner_owners(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Take off each event's sides a name told only as whose partners someone are: it joins
    the side of its own person or body, or the recipients of a visit or talk held in one of its
    towns, and is dropped otherwise."""
    relations = lex.word_list("relation_nouns")
    toks = doc.tokens
    starts = token_starts(doc)
    for c in cands:
        if not c.actors and not c.recipients:
            continue
        lo, hi = c.evidence
        told: dict[str, list[bool]] = {}
        for a in args_in(doc, lo, hi):
            k = bisect_left(starts, a.start)
            told.setdefault(a.entity, []).append(k > 0 and _relation_before(toks, k, relations))
        owners = {x for x in c.actors + c.recipients if told.get(x) and all(told[x])}
        if not owners:
            continue
        host = (place_country().get(c.place) or capitals().get(c.place) or c.place) if c.place else None
        acting = {_state(y, doc) for y in c.actors if y not in owners}
        receiving = {_state(y, doc) for y in c.recipients if y not in owners}
        actors = [x for x in c.actors if x not in owners]
        recipients = [x for x in c.recipients if x not in owners]
        for x in owners:
            # ("Зеленський зустрівся з послами країн-партнерів України": Ukraine is his)
            if x in acting:
                actors.append(x)
            elif x in receiving or (c.type == "CONSULT" and x == host):
                recipients.append(x)
        c.actors, c.recipients = actors, recipients
    return cands


def _state(eid: str, doc: Document) -> str | None:
    """The state a person acts for on the document's date, or the one a body belongs to."""
    return state_of(eid, doc.date) or body_state(eid)


def _relation_before(toks: list, k: int, relations: frozenset) -> bool:
    """The noun right before the name (over a dash: "країн – союзників України") is one of
    relation, alone or as the second part of a hyphenated compound ("держав-партнерів")."""
    m = k - 1
    if m >= 0 and toks[m].norm in ("-", "–", "—"):
        m -= 1
    if m < 0 or toks[m].pos != "NOUN" or toks[m].case != "gent":
        return False
    lemma = lemma_of(toks[m])
    return lemma in relations or lemma.rsplit("-", 1)[-1] in relations
