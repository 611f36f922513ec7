"""Whom a town or a market speaks for, once a quote's speaker has been found. The rules that
find speakers take a place in the nominative or under "у" as a source, as news does with
states ("Україна заявила", "у Польщі зазначили"); a town is no speaker of its own: "Брюссель
відповів" is the union seated there, "у Москві заявили" the state whose capital it is, where
the text names that union or state; any other town speaks for no one. An exchange or a
market ("Варшавська біржа") is a place of trade, not a body that speaks."""
from __future__ import annotations

from ...document import Document
from ...kb.base import get_kb
from ...kb.capitals import capital_state
from ..morph import parses
from .lexicon import Lexicon


def speaking_for(doc: Document, lex: Lexicon, eid: str | None) -> str | None:
    """The speaker `eid` stands for: itself, the body or state a town stands for, or None
    (nobody the text names)."""
    ent = doc.entities.get(eid) if eid else None
    if ent is None:
        return eid
    if ent.type == "ORG":
        return None if _market(lex, ent.name_uk) else eid
    if ent.type != "LOC" or get_kb().is_country(eid):
        return eid
    if get_kb().entity(eid) is None:
        return None     # a town or a region the knowledge base lacks: no state is missing there
    named = _named(doc)
    seated = [b for b in lex.seat_bodies.get(eid, ()) if b in named]
    if eid in lex.seat_bodies:
        # two unions named: which one answered is not told
        return seated[0] if len(seated) == 1 else eid if not seated else None
    state = capital_state(eid)
    if state is None:
        return None     # "Хоружівка нагадує ...": a town speaks for no one
    # a capital whose state the text leaves unnamed stays as written ("Відповідь
    # Вашингтона:"): a speaker must be an entity of the document, and the events layer reads
    # the capital as its state
    return state if state in named else eid


def _named(doc: Document) -> set[str]:
    """The entities the text names: by a name, or by an adjective or role that stands for
    them ("російська сторона")."""
    return {m.entity for m in doc.mentions if m.entity} | {r.entity for r in doc.refs if r.entity}


def _market(lex: Lexicon, name: str | None) -> bool:
    return bool(name) and any(p.normal_form in lex.market_nouns
                              for w in name.split() for p in parses(w.lower()))
