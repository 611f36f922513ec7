"""A headline and the report under it tell one happening.

A text that opens with its title on a line of its own ("Заява МЗС України у зв'язку з ударами
Росії по Одесі", "Німеччина передасть Україні новий пакет допомоги") names in it what the lead
paragraph then tells in full ("МЗС рішуче засуджує чергові ракетні удари Росії по Одесі", "Уряд
Німеччини оголосив про новий пакет допомоги"). The lead's own words may set it apart from
earlier happenings ("чергові": yet another of a series) or tell it in another tense (the title's
"передасть", the lead's "оголосив"), yet the title has no happening of its own: a mention in the
title joins the first mention of its type in the lead when their sides and places agree
(GUIDELINES: one event per real-world happening, however often the document mentions it).

A title line is the text's first line, alone in its paragraph, short, with no final stop, and
the text goes on after it.
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb

# the most words a title line holds
TITLE_WORDS = 20
# how many sentences of the lead after the title its happening may be told in
LEAD_SENTENCES = 3


def title_sentence(doc: Document) -> int | None:
    """The index of the text's title line, if it opens with one."""
    if len(doc.sentences) < 2:
        return None
    first, second = doc.sentences[0], doc.sentences[1]
    if second.paragraph == first.paragraph:
        return None
    toks = doc.tokens[first.first_token:first.last_token]
    words = [t for t in toks if t.is_word]
    if not words or len(words) > TITLE_WORDS or (toks[-1].norm in (".", "!", "?", "…", ":")):
        return None
    return 0


def mark_headlines(doc: Document, cands: list) -> list:
    """Marks the candidates told in the title line."""
    title = title_sentence(doc)
    if title is not None:
        for c in cands:
            if c.sent == title:
                c.headline = True
    return cands


def under_headline(e, c, dist: int) -> bool:
    """e is told in the title, c in the lead after it, and c adds no time of another day."""
    if not e.headline or c.headline or dist > LEAD_SENTENCES:
        return False
    if e.time_range and c.time_range and e.time_range != c.time_range:
        return False
    pe, pc = e.participants(), c.participants()
    return not pe or not pc or bool(pe & pc) or states_told(e, c)


def states_told(e, c) -> bool:
    """The title names by their states the parties the lead names by their bodies ("Україна та
    Росія підписали контракт" / "«Нафтогаз» та «Газпром» підписали контракт"): the states of
    one's parties are all among the other's."""
    kb = get_kb()
    se = {kb.country(x) or _top_body(kb, x) for x in e.participants()}
    sc = {kb.country(x) or _top_body(kb, x) for x in c.participants()}
    # (either names one party less: "Україна та Польща підписали контракт" over "«Нафтогаз»
    # та польська компанія ORLEN ...", whose firm no entity names)
    return bool(se) and bool(sc) and (se <= sc or sc <= se)


def _top_body(kb, eid: str) -> str:
    """The body at the top of a body's "of" chain ("Рада ЄС" -> ЄС): a title that names the
    union names by it what the lead tells of its council ("Нові санкції ЄС проти Росії" / "Рада
    ЄС ухвалила пакет санкцій")."""
    seen = {eid}
    e = kb.entity(eid)
    while e is not None and e.type == "ORG" and e.of and e.of not in seen:
        up = kb.entity(e.of)
        if up is None or up.type != "ORG":
            break
        seen.add(e.of)
        eid, e = e.of, up
    return eid


# what makes a mention the event's primary one: its trigger, its sentence and how it reads
_PRIMARY = ("trig", "evidence", "sent", "lemma", "weight", "anaphoric", "plural_generic", "state_description")


def lead_first(e, c) -> None:
    """The lead's mention c becomes the primary one of the title's event e: the report tells the
    happening there, the title only names it."""
    for name in _PRIMARY:
        ev, cv = getattr(e, name), getattr(c, name)
        setattr(e, name, cv)
        setattr(c, name, ev)
    e.headline, c.headline = False, True
