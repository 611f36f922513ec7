"""A gathering the entity layer found as a name ("Японсько-українська конференція з питань
відбудови", "Міжнародний форум ...") is the happening itself, or where it is held: it takes no
side. The NER model tags such names as organisations, so a summit or a conference stood among
the actors of the agreement signed at it. Only names no knowledge-base entry gives (a body
that runs a gathering every year, "Мюнхенська безпекова конференція", is the KB's to judge).
"""
from __future__ import annotations

from ....document import Document
from ...morph import analyse


def _gathering(lex, doc: Document, eid: str) -> bool:
    ent = doc.entities.get(eid)
    if ent is None or ent.type not in ("ORG", "MISC") or ent.kb or ent.wikidata:
        return False
    words = lex.word_list("named_gathering_heads")
    # the head stands before the name's first preposition ("конференція з питань відбудови"),
    # after its adjectives (a hyphenated one, "Японсько-українська", the dictionary guesses as a noun)
    for w in (ent.name_uk or ent.name or "").split():
        a = analyse(w)
        if a.pos == "PREP":
            break
        if a.lemma in words or w.lower() in words:
            return True
    return False


def gathering_names(lex, doc: Document, events: list) -> None:
    """Take the named gatherings out of the events' sides."""
    found: dict[str, bool] = {}
    for e in events:
        for side in ("actors", "recipients"):
            ids = getattr(e, side)
            keep = [x for x in ids if not found.setdefault(x, _gathering(lex, doc, x))]
            if len(keep) != len(ids):
                setattr(e, side, keep)
