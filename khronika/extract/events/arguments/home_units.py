"""A strike made by a unit of the home side is not the adversary's. A report from the home side
often names its own troops only by a unit ("Десантники 80-ї бригади увійшли до села", "Наші
бійці взяли висоту"); the rule that gives an unnamed strike on the home side's ground to the
adversary (sides.striker_of_home) must not fire then. The unit's state is not guessed either:
nothing in such a clause names it, and an empty side is better than a wrong one. So with a
weapon the home side fires named as what struck (`home_arsenal`).
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
    if _arsenal_mentions(lex, doc, toks[lo].start, toks[i].start):
        # "Ракети ATACMS знищили гелікоптери в Бердянську": a weapon the home side fires,
        # named as what struck, is no adversary's strike (whose it is, the text may not say)
        return True
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


def _arsenal_mentions(lex: Lexicon, doc: Document, a: int, b: int) -> list:
    """The mentions between offsets a and b of a weapon the home side fires (`home_arsenal`)."""
    arsenal = lex.word_list("home_arsenal")
    out = []
    for x in doc.mentions:
        ent = doc.entities.get(x.entity)
        if a <= x.start < b and ent is not None and ent.type == "MISC" and \
                (ent.name_uk or ent.name or "").lower() in arsenal:
            out.append(x)
    return out


def weapon_makers(lex: Lexicon, doc: Document, args: list, lo: int, i: int, home: str | None) -> set[str]:
    """States named by their adjective on a weapon the home side fires, before the strike's
    verb ("Британські ракети Storm Shadow уразили штаб", "американські системи HIMARS
    знищили склад"): the adjective tells who made the weapon, not who struck with it, so
    those states (other than the home side) are no strikers."""
    toks = doc.tokens
    if i <= lo or toks[i].pos != "VERB":
        return set()
    found = _arsenal_mentions(lex, doc, toks[lo].start, toks[i].start)
    if not found:
        return set()
    makers = set()
    for a in args:
        if a.kind != "adjective" or a.entity == home or not toks[lo].start <= a.start < toks[i].start:
            continue
        # the weapon's name stands within a few words after the adjective ("британські ракети
        # Storm Shadow", "американських систем залпового вогню HIMARS")
        if any(0 < x.start - a.end <= 40 for x in found):
            makers.add(a.entity)
    return makers
