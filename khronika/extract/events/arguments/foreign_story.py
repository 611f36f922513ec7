"""Whether a story is about another state when a bare home role word comes up.

A bare "уряд", "президент" or "делегація" stands for the home side in a home statement. In
foreign news retold ("Грузинська поліція розігнала протест у Тбілісі. ... уряд призупинив
переговори") it is that state's government, and giving its acts to the home state would put a
wrong actor in the chronicle. The story is taken as foreign at a point when the text before it
names some other state (by a name, a place or body of it, a person acting for it, its adjective
or demonym) and nothing of the home state; the adversary alone does not make it foreign (home
statements name the aggressor before their own government's acts all the time). The role word
is then left to no one rather than guessed.
"""
from __future__ import annotations

import bisect

from ....document import Document
from ..lexicon.compiled import Lexicon
from .states import party_state

_CACHE_KEY = "_states_named_at"


def _named_states(doc: Document) -> tuple[list[int], list[str]]:
    """(starts, states) of every mention and reference whose state is known, by start."""
    cached = doc.meta.get(_CACHE_KEY)
    if cached is not None and cached[0] is doc.text:
        return cached[1]
    found = []
    for x in list(doc.mentions) + [r for r in doc.refs if r.entity]:
        ent = doc.entities.get(x.entity) if x.entity else None
        if ent is None:
            continue
        state = party_state(doc, x.entity)
        if state:
            found.append((x.start, state))
    found.sort()
    out = ([s for s, _ in found], [c for _, c in found])
    doc.meta[_CACHE_KEY] = (doc.text, out)
    return out


def foreign_story_before(lex: Lexicon, doc: Document, pos: int, home: str | None) -> bool:
    """The text before `pos` names another state than the adversary and nothing of `home`."""
    if not home:
        return False
    starts, states = _named_states(doc)
    before = set(states[:bisect.bisect_left(starts, pos)])
    adversary = (lex.adversary or {}).get("id")
    return home not in before and bool(before - {adversary})
