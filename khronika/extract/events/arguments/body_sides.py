"""The state of an armed force or a parliament stands on its side. "Бригада «Азов» знищила
танк", "47-ма бригада відбила атаку", "Сейм Литви запровадив санкції": the unit fights for its
state and the parliament decides for it, as a person acts for the state of his office (the
guidelines: a person and the state or body they act for may both stand). The state is the
knowledge base's (the body's "of" chain), never guessed: a unit the knowledge base does not know
brings none (`home_units`). Other bodies are left alone: a plant or a channel struck is not its
state struck, and a city council acts for its city.
"""
from __future__ import annotations

from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ...morph import parses
from ..lexicon.compiled import Lexicon
from .states import body_state, country_ids


def side_state(doc: Document, eid: str, lex: Lexicon, side: list[str], acting: bool) -> str | None:
    """The state an armed force (`armed_body_nouns`) or a national parliament that acts
    (`legislature_nouns`, belonging straight to its state) stands for; None for any other, and
    None where `side` already holds another state: a force put beside the state it fights
    ("ЗСУ, Росія" for the repelling of a Russian offensive) is a misread side, which its own
    state would only make worse. A parliament addressed ("звертався до Бундестагу, Кнесету")
    is a body spoken to, not its state."""
    ent = doc.entities.get(eid)
    if ent is None or ent.type != "ORG":
        return None
    states = country_ids()
    kb_ent = get_kb().entities.get(eid)
    if kb_ent is None or not kb_ent.of:
        return None
    name = kb_ent.name_uk or ""
    state = body_state(eid)
    if state is None or any(x in states and x != state for x in side):
        return None
    if _named_by(name, lex.word_list("armed_body_nouns")):
        return state
    if acting and kb_ent.of == state and _named_by(name, lex.word_list("legislature_nouns")):
        return state
    return None


@lru_cache(maxsize=1024)
def _named_by(name: str, words: frozenset[str]) -> bool:
    """The body's Ukrainian name holds one of `words` (a lemma)."""
    return any(p.normal_form in words for w in name.split() for p in parses(w.strip("«»\"'").lower()))
