"""A local purse named in a trigger's clause: "з міського бюджету", "кошти обласного бюджету",
"з міськбюджету". A town's or an oblast's budget paying for its schools and generators is the
home administration at work, no aid given by one party to another; what makes the noun local is
the adjective of its level right before it (`contexts.local_levels`: міський, обласний,
районний, сільський, селищний, місцевий), or the level written into the word (NAME_compounds),
never the noun alone ("держбюджет України отримав транш", "з бюджету ЄС" stay). Read by the
`local_body:NAME` need of `lang/uk/events.yaml` (NAME lists the nouns: `local_purses`).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.sentence_view import SentenceView, lemma_of

# the level's adjective stands right before its noun, or one word before it ("міського
# цільового фонду")
_GAP = 2


def local_body(lex, doc: Document, sent: SentenceView, i: int, name: str) -> bool:
    """The clause of the trigger at i holds a noun of contexts.NAME (any reading: "ради" is
    read first as "рад") with an adjective of `local_levels` at most two words before it, or a
    noun of contexts.NAME_compounds."""
    toks = doc.tokens
    nouns = lex.contexts.get(name, frozenset())
    levels = lex.contexts.get("local_levels", frozenset())
    # the level written into one word ("голові сільради", "з міськбюджету": NAME_compounds)
    compounds = lex.contexts.get(f"{name}_compounds", frozenset())
    lo, hi = sent.clause_of(i)
    for m in range(lo, hi):
        t = toks[m]
        if t.is_word and (lemma_of(t) in compounds or any(p.normal_form in compounds for p in parses(t.text))):
            return True
        if not t.is_word or not (lemma_of(t) in nouns or any(p.normal_form in nouns for p in parses(t.text))):
            continue
        if any(lemma_of(toks[k]) in levels for k in range(max(lo, m - _GAP), m)):
            return True
    return False
