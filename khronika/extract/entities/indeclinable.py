"""Foreign surnames that do not decline in Ukrainian ("Гроссі", "Драгі", "Моне"): the dictionary
reads some of them as an oblique case of another surname ("Гроссі" as the locative of "Гросс"),
and the events layer then never takes "Гроссі відвідав ЗАЕС" as a subject. A token of a
person's mention written as that person's nominative surname, ending in a vowel Ukrainian
surnames do not end in when declined, may stand in any case: it is tagged `Indecl` and its
case left unknown."""
from __future__ import annotations

from ...document import Document
from ...kb.base import KnowledgeBase
from ..morph import readings, case_of

ENDINGS = ("і", "е", "у", "ю", "и")


def mark(doc: Document, kb: KnowledgeBase) -> None:
    toks = doc.tokens
    starts = None       # token index by start offset, built for the first mention it serves
    for m in doc.mentions:
        e = kb.entities.get(m.entity)
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
