"""A list of things with no verb ("Зброя, техніка, фінанси, санкції проти Росії.", "Головне
зараз – зброя, гроші та нові санкції"): what a speaker needs or names as the main thing, item by
item; a happening's noun among the items ("санкції") is one more thing asked for, not a
happening told. A verbless line that is a happening ("Удари по Харкову.") lists no things."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

REACH = 12      # how far an item of the list may stand from the trigger


def listed_need(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    toks = doc.tokens
    if toks[k].pos != "NOUN" or any(_finite(t) or t.pos in ("INFN", "GRND", "PRTF") or "pssv" in (t.tags or ())
                                    for t in toks[sent.lo:sent.hi]):
        # (a participle tells what was done: "зруйновані російськими ударами – авіації, танків")
        return False
    things = lex.contexts.get("need_objects", frozenset())
    items = 0
    for m in range(max(sent.lo, k - REACH), min(sent.hi, k + REACH)):
        t = toks[m]
        if m != k and t.pos == "NOUN" and lemma_of(t) in things and \
                _joined(toks, min(m, k), max(m, k), lex.word_list("list_joiners")):
            items += 1
    # (two things beside it: "Нові санкції та зброя для України" may be a headline of two
    # happenings)
    return items >= 2


def _joined(toks, a: int, b: int, joiners: frozenset) -> bool:
    """Whether tokens a..b are items of one list: a comma or "та"/"і" between, and nothing
    between but list words, adjectives and the items' own words (no preposition phrase break)."""
    between = toks[a + 1:b]
    return any(t.norm in joiners for t in between) and \
        all(t.norm in joiners or t.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "PREP") or t.norm in ("–", "-")
            for t in between)
