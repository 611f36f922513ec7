"""A visit named as the frame of another act, with its own owner ("Монголія не виконала ордер
під час його візиту до Улан-Батора", "Під час візиту Путіна до Улан-Батора Монголія ..."): the
visit's own phrase names who came, so the clause's subject, who did something during it, is not
the visitor, and what the clause is about is not visited. With no owner in the frame ("Під час
візиту до Києва Макрон зустрівся ...") the clause's subject is the one who came, as before.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.backgrounds import owned_frame_start
from .reporters import phrase_end


def framed_visit_sides(lex, doc: Document, args: list, i: int, j: int, cl,
                       actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) of the visit noun at [i, j) under a frame preposition: the names
    outside its phrase dropped, and its owner (a possessive before the noun or a person right
    after it) the visitor."""
    toks = doc.tokens
    fr = owned_frame_start(lex, toks, i, cl.lo)
    if fr is None:
        return actors, recipients
    end = phrase_end(doc, cl, j)
    own = [a for a in args if toks[fr].start <= a.start < toks[end - 1].end]
    owner = next((a.entity for a in own if a.start < toks[j - 1].end or
                  ((a.etype or "") == "PER" and a.start < toks[min(end, j + 2) - 1].end)), None)
    if owner is None:
        return actors, recipients
    ids = {a.entity for a in own}
    outside = {a.entity for a in args if a not in own} - ids
    actors = [x for x in actors if x not in outside]
    recipients = [x for x in recipients if x not in outside]
    if owner not in actors + recipients:
        actors.insert(0, owner)
    return actors, recipients
