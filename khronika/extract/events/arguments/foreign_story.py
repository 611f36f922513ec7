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
from ...opening_state import opening_state
from ..grammar.names import token_starts
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


def opening_topic(lex: Lexicon, doc: Document, sentence: int, home: str | None) -> str | None:
    """The other state than `home` the sentence before opens with as its subject
    ("Словаччина відмовилася передавати винищувачі. Раніше уряд країни передав Києву 13
    літаків"): a bare home role word in a report that goes on about it is that state's. Not
    the adversary's: home statements open with its strikes before their own government's acts
    ("Росія вночі атакувала енергетику. Уряд провів засідання")."""
    if sentence < 1 or not home:
        return None
    starts = token_starts(doc)

    def tok_at(offset: int) -> int | None:
        k = bisect.bisect_right(starts, offset) - 1
        return k if k >= 0 and doc.tokens[k].start == offset else None

    state = opening_state(doc, sentence - 1, tok_at, lambda e: party_state(doc, e))
    return state if state and state != home and state != (lex.adversary or {}).get("id") else None


# sentences back a bare "країни" may point ("... Про це заявив міністр оборони Словаччини.
# Раніше уряд країни передав ...")
ANAPHOR_WINDOW = 2


def country_anaphor(lex: Lexicon, doc: Document, m: int, home: str | None) -> str | None:
    """The state a bare genitive "країни"/"держави" right after the role word at token m
    points back to ("уряд країни", "влада цієї держави"): the state named last before it,
    within `ANAPHOR_WINDOW` sentences, when that is another than `home`."""
    toks = doc.tokens
    k = m + 1
    if k < len(toks) and (toks[k].lemma or toks[k].norm) in lex.word_list("demonstratives"):
        k += 1
    if k >= len(toks) or toks[k].sentence != toks[m].sentence or toks[k].case != "gent" or \
            toks[k].number == "plur" or (toks[k].lemma or "") not in ("країна", "держава"):
        return None
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].sentence == toks[k].sentence else None
    if nxt is not None and nxt.is_word and (nxt.case == "gent" or nxt.text[:1].isupper() or nxt.norm in ("-", "–")):
        return None           # "уряд країни-агресора", "уряд країни Балтії": named after it
    starts, states = _named_states(doc)
    n = bisect.bisect_left(starts, toks[m].start)
    if n == 0:
        return None
    first = doc.sentences[max(0, toks[m].sentence - ANAPHOR_WINDOW)].start
    if starts[n - 1] < first:
        return None
    state = states[n - 1]
    return state if state != home else None
