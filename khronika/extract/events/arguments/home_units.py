"""A strike made by a unit of the home side is not the adversary's. A report from the home side
often names its own troops only by a unit ("Десантники 80-ї бригади увійшли до села", "Наші
бійці взяли висоту"); the rule that gives an unnamed strike on the home side's ground to the
adversary (sides.striker_of_home) must not fire then. The unit's state is not guessed either:
nothing in such a clause names it, and an empty side is better than a wrong one.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..triggers.finder import lemma_of


def home_unit_doer(lex: Lexicon, doc: Document, lo: int | None, i: int | None) -> bool:
    """The trigger is a verb and the words before it in its clause name a unit of the home
    side: an armed body with a number ("80-ї бригади", "3-тя штурмова бригада") or a word
    of the home side (`home_unit_words`: "наші") before a soldier or a force
    (`home_unit_nouns`, `armed_body_nouns`)."""
    if lo is None or i is None or doc.tokens[i].pos != "VERB":
        return False
    toks = doc.tokens
    bodies = lex.word_list("armed_body_nouns")
    ours = lex.word_list("home_unit_words")
    suffixes = lex.word_list("ordinal_suffixes")
    people = lex.word_list("home_unit_nouns") | bodies
    for m in range(lo, i):
        if lemma_of(toks[m]) in ours and any(lemma_of(t) in people for t in toks[m + 1:min(i, m + 3)]):
            return True     # "наші бійці", "наші десантники"; not "наші міста", which are hit
        num, _, suffix = toks[m].text.lower().partition("-")
        if num.isdigit() and suffix in suffixes and \
                any(lemma_of(t) in bodies for t in toks[m + 1:min(i, m + 4)]):
            return True
    return False


def unknown_doer(lex: Lexicon, doc: Document, lo: int | None, i: int | None) -> bool:
    """The trigger is a verb whose subject before it the text calls unknown ("невідомі озброєні
    люди напали на військову частину", "невстановлені особи підпалили"): the report says it does
    not know who did it, so no attacker is inferred for it."""
    if lo is None or i is None or doc.tokens[i].pos != "VERB":
        return False
    unknown = lex.word_list("unknown_doer_words")
    return any(lemma_of(t) in unknown and "nomn" in (t.tags or ()) for t in doc.tokens[lo:i])
