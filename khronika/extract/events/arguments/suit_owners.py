"""Whose suit it is accuses; whom it is against is accused.

"Суд задовольнив позов Нафтогазу проти Газпрому", "провадження за позовом України проти Росії":
the name in the genitive right after the noun of a suit or a complaint owns it and is who
accuses (the accusation's actor); the one after "проти" is accused. The walk that reads a
genitive after a noun of a happening as the one it is done to put the plaintiff beside the
defendant among the recipients ("-> Нафтогаз, Газпром"). Only an accusation is mended, and
only a plaintiff named right after the noun. Words are data: `suit_nouns` in
lang/uk/events.yaml.

"Суд відхилив позов Росії проти України": a ruling on a suit (`suit_ruling_types`) is given
to the one whose suit it is; the one the suit is against is no party to the rejection, and the
walk made it a recipient beside the plaintiff.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.names import args_in, token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand


def suit_owners(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Move the owner of a suit named in an accusation's sentence to its actors."""
    starts = token_starts(doc)
    for c in cands:
        if c.type.lower() in lex.word_list("suit_ruling_types"):
            _drop_defendants(lex, doc, c, starts)
            continue
        if c.type != "ACCUSE":
            continue
        for owner, _ in _owned_suits(lex, doc, c, starts):
            if owner.entity in c.actors or owner.entity not in c.recipients:
                break
            c.recipients = [x for x in c.recipients if x != owner.entity]
            c.actors = c.actors + [owner.entity]
            break
    return cands


def _owned_suits(lex: Lexicon, doc: Document, c: Cand, starts: list[int]):
    """(owner, the names of `c`'s evidence) for each suit noun there with a name right after
    it ("позов про стягнення", "позов до суду" name no owner)."""
    suits = lex.word_list("suit_nouns")
    toks = doc.tokens
    lo, hi = c.evidence
    args = args_in(doc, lo, hi)
    for k in range(bisect_left(starts, lo), bisect_left(starts, hi)):
        if toks[k].pos != "NOUN" or lemma_of(toks[k]) not in suits:
            continue
        owner = next((a for a in args if a.start >= toks[k].end), None)
        if owner is None or owner.kind != "mention" or doc.text[toks[k].end:owner.start].strip(" «\"„"):
            continue
        yield owner, args


def _drop_defendants(lex: Lexicon, doc: Document, c: Cand, starts: list[int]) -> None:
    """Take out of `c` the name after "проти" in a suit's own phrase (the suit noun, its owner
    in the genitive, "проти", the name), when the suit's owner stays on a side."""
    for owner, args in _owned_suits(lex, doc, c, starts):
        if owner.entity not in c.actors + c.recipients:
            continue
        against = next((a for a in args if a.start > owner.end), None)
        if against is None or doc.text[owner.end:against.start].strip().lower() != "проти" or \
                against.entity == owner.entity:
            continue
        c.actors = [x for x in c.actors if x != against.entity]
        c.recipients = [x for x in c.recipients if x != against.entity]
