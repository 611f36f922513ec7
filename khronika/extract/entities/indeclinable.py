"""Foreign surnames that do not decline in Ukrainian ("Гроссі", "Драгі", "Моне"): the dictionary
reads some of them as an oblique case of another surname ("Гроссі" as the locative of "Гросс"),
and the events layer then never takes "Гроссі відвідав ЗАЕС" as a subject. A token of a
person's mention written as that person's nominative surname, ending in a vowel Ukrainian
surnames do not end in when declined, may stand in any case: it is tagged `Indecl` and its
case left unknown. So may a group's abbreviation in Latin capitals ("G7", "G20", "B9"): the
dictionary gives it no case at all, where its Cyrillic peers ("НАТО", "ЄС") stand in any, and
"G7 засудила напад" lost its subject."""
from __future__ import annotations

import re

from ...document import Document
from ...kb.base import KnowledgeBase
from ..morph import readings, case_of

ENDINGS = ("і", "е", "у", "ю", "и")
# a group's Latin abbreviation: capitals and a count ("G7", "G20", "B9"; a medium's letters,
# "BBC", "CNN", are left alone: a source of news is no subject to take on a guess)
LATIN_ABBREVIATION = re.compile(r"[A-Z]{1,3}[0-9]{1,2}")


def mark(doc: Document, kb: KnowledgeBase) -> None:
    toks = doc.tokens
    starts = None       # token index by start offset, built for the first mention it serves
    for m in doc.mentions:
        e = kb.entities.get(m.entity)
        if e is not None and e.type in ("ORG", "LOC") and LATIN_ABBREVIATION.fullmatch(m.text or ""):
            if starts is None:
                starts = {t.start: n for n, t in enumerate(toks)}
            _latin_abbreviation(toks, starts.get(m.start), m.end)
        if e is None or e.type != "PER" or not e.name_uk:
            continue
        surname = (e.surname or e.name_uk.split()[-1]).lower()
        if not surname.endswith(ENDINGS):
            continue
        if starts is None:      # (most documents name no such person: no table)
            starts = {t.start: n for n, t in enumerate(toks)}
        n = starts.get(m.start)
        while n is not None and n < len(toks) and toks[n].start < m.end:
            t = toks[n]
            if t.is_word and t.text.lower() == surname and \
                    "nomn" not in {case_of(p) for p in readings(t.text)}:
                t.case = None
                t.tags = frozenset(t.tags or ()) | {"Indecl"}
            n += 1


def _latin_abbreviation(toks: list, n: int | None, end: int) -> None:
    """The mention's one token (at n) is a Latin abbreviation the dictionary gives no case:
    any case, as "НАТО" has."""
    if n is None or toks[n].end != end or any(case_of(p) for p in readings(toks[n].text)):
        return
    toks[n].case = None
    toks[n].tags = frozenset(toks[n].tags or ()) | {"Indecl"}
