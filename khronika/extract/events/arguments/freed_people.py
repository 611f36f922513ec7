"""Whose people a release frees. "Росія звільнила з полону 20 українців", "Угорщина відпустила
трьох українських моряків": the people freed are named by their nation, a demonym or a
state's adjective on a word for people, and the state they belong to is the one who gets
them back: the release's receiving side. Read only after the trigger and within its clause:
a nation named before the verb is its subject ("Українці звільнили ..."), and an adjective on
the captivity itself ("з російського полону") names who held them, not whom they belong to.
The release's own doer is never moved: a state freeing its own people stays the doer.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, token_index_at
from .states import country_ids
from ..triggers.finder import lemma_of

STOPS = {",", ";", ":", "—", "–", "(", ")", ".", "!", "?"}


def _people_word(lex: Lexicon, tok) -> bool:
    return "anim" in (tok.tags or ()) or lemma_of(tok) in lex.contexts.get("released", frozenset())


def freed_states(lex: Lexicon, doc: Document, args: list[Arg], i: int, hi: int) -> list[str]:
    """The states whose people the release at i frees, told by a demonym ("українців") or by
    a state's adjective on the people ("українських захисників") after the trigger, up to the
    clause's end."""
    toks = doc.tokens
    states = country_ids()
    end = next((m for m in range(i + 1, hi) if toks[m].norm in STOPS), hi)
    out: list[str] = []
    for a in args:
        k = token_index_at(doc, a.start, i + 1, end)
        if k is None or a.entity not in states or a.entity in out:
            continue
        if a.kind == "demonym":
            out.append(a.entity)
        elif a.kind == "adjective":
            h = k + 1
            while h < end and toks[h].pos in ("ADJF", "PRTF"):
                h += 1
            if h < end and _people_word(lex, toks[h]):
                out.append(a.entity)
    return out


def freed_receive(lex: Lexicon, doc: Document, args: list[Arg], i: int, hi: int,
                  actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) with the states of the people freed among the recipients."""
    for x in freed_states(lex, doc, args, i, hi):
        if x not in actors and x not in recipients:
            recipients = recipients + [x]
    return actors, recipients
