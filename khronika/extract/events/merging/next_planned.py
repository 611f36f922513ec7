""""Наступне засідання" right after a meeting still to come: that meeting, not another one.

A word like "наступний" before a trigger noun marks a happening apart from the one told
("Переговори тривали три дні. Наступна зустріч відбудеться у травні"). But when the happening
told before is itself still to come ("Учасники групи обговорять ... Наступне засідання
запланували на середу"), the next one is that very meeting: the text gives its day. It stays
apart when the happening told took place (the next one is after it), when both carry days of
their own that differ, when another happening of the kind stands between them, or when it is
told far back or brings a party of its own.
"""
from __future__ import annotations

from ..grammar.sentence_view import lemma_of

# sentences between the planned happening and the one called "next"
NEXT_REACH = 2


def next_pointer(lex, toks, lo: int, i: int) -> bool:
    """A word of the `next_pointers` list within two tokens before the trigger at i."""
    words = lex.word_list("next_pointers")
    return any(lemma_of(t) in words or t.norm in words for t in toks[max(lo, i - 2):i])


def next_of_planned(e, c, dist: int, nearest) -> bool:
    """c, called the next one, is the planned happening e told just before it (the nearest
    of its type), with no party e lacks; the caller has checked their times, status and place."""
    return c.next_one and e is nearest and dist <= NEXT_REACH and \
        e.status == "planned" and c.status == "planned" and \
        not (c.participants() - e.participants(True))


def next_round(e, c, dist: int) -> bool:
    """c, a meeting called the next one with no party of its own ("Наступний раунд переговорів
    відбудеться наприкінці лютого"), follows the meeting e told just before it (the nearest of
    its type, held or going on, with parties on both sides): it is the next round of those
    talks, between the same sides. A next meeting named with a party of its own, or after a
    meeting still to come (`next_of_planned`), keeps what it has."""
    return c.next_one and c.type == e.type == "CONSULT" and dist <= NEXT_REACH and \
        c.status == "planned" and e.status in ("occurred", "ongoing") and c.para == e.para and \
        not c.participants() and bool(e.actors) and bool(e.recipients) and e.mode != "phone"
