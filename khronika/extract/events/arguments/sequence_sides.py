"""A happening named in a phrase of what came before or after the verb's act ("Перед зустріччю з
Трампом Зеленський поговорив з Макроном", "у відповідь на удари Україна атакувала НПЗ"): it
is a happening of its own, with the partners of its own phrase; the verb's act keeps none of
them, nor the place of a visit still to come."""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..status.sequences import sequence_phrases


def sequence_sides(lex: Lexicon, doc: Document, args, cl, i: int, actors: list[str],
                   recipients: list[str], place: str | None
                   ) -> tuple[list[str], list[str], str | None, set[str]]:
    """(actors, recipients, place, the names of the phrases around the trigger's act)."""
    toks = doc.tokens
    to_come = set()
    for a_lo, a_hi, head in sequence_phrases(doc, cl.lo, cl.hi, lex):
        inside = {a.entity for a in args if toks[a_lo].start <= a.start < toks[a_hi - 1].end}
        if a_lo <= i < a_hi:
            # (who stands before the phrase, as its subject, may be of both: "Президенти ...
            # після спільної зустрічі зробили заяви")
            after = {a.entity for a in args if a.start >= toks[a_hi - 1].end}
            recipients = [x for x in recipients if x in inside or x not in after]
            if place is not None and place in after and place not in inside:
                place = None      # ("у відповідь на удари Україна атакувала НПЗ у Саратові")
        else:
            to_come |= inside - {a.entity for a in args if a.start < toks[a_lo].start or a.start >= toks[a_hi - 1].end}
    recipients = [x for x in recipients if x not in to_come]
    actors = [x for x in actors if x not in to_come]
    if place in to_come:
        place = None
    return actors, recipients, place, to_come
