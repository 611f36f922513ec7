"""The body an official acts for, as the text tells it once, stands beside him in every event.

A report names an official once with the office of a body ("Секретар РНБО Рустем Умєров",
"Андрій Гнатов, начальник Генерального штабу", or the office alone, "Сьогодні в Брюсселі -
секретар РНБО") and then goes on with the surname, a pronoun or a bare role ("Умєров провів
переговори з Фіданом", "Там вони зустрілися з ..."). GUIDELINES puts that body beside him on
his side wherever he acts ("Умєров провів переговори з Фіданом": umerov, nsdc, ukraine), as the
event of the first sentence has it from the words of its clause. Only a body the text names
counts: an official the text never ties to his body ("Сьогодні Рустем Умєров на зустрічах у
Туреччині") stands with his state alone, whatever the knowledge base records he heads.

Read from the entity layer's role refs whose words hold a body's name ("секретар РНБО" resolved
to Umerov holds the mention of РНБО), and from a body's name right after an office word with no
ref, when the one person of the text the knowledge base gives an office of that body on the
document's date is named in it ("начальник Генштабу" and "Андрій Гнатов"). A person given
more than one body by the text keeps none: which one he acts for is not told.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ....kb import get_kb
from ...body_refs import former_words
from ..grammar.names import token_starts
from .told_states import office_words

_KEY = "_told_bodies"


def told_bodies(doc: Document) -> dict[str, str]:
    """person id -> body id, as the document's offices tell it (kept per document)."""
    key = (len(doc.mentions), len(doc.refs), len(doc.tokens))
    cached = doc.meta.get(_KEY)
    if cached is not None and cached[0] == key:
        return cached[1]
    ents = doc.entities
    bodies = sorted((m for m in doc.mentions if m.entity and (ents.get(m.entity) is not None and
                                                               ents[m.entity].type == "ORG")),
                    key=lambda m: m.start)
    found: dict[str, set[str]] = {}
    roles = [r for r in doc.refs if r.kind == "role" and r.entity and
             ents.get(r.entity) is not None and ents[r.entity].type == "PER"]
    in_role = set()
    office, former = office_words(), former_words()
    toks, starts = doc.tokens, token_starts(doc)

    def ex_word(w) -> bool:
        # "колишній", or a word whose first part is one ("екс-міністр")
        return (w.norm or "").lower().split("-", 1)[0] in former

    def former_before(k: int) -> bool:
        # ("Колишній секретар РНБО Олексій Данілов": not the one who acts for it now)
        w = toks[k - 1] if 0 < k <= len(toks) else None
        return w is not None and w.sentence == toks[k].sentence and \
            ((w.lemma or w.norm or "").lower() in former or ex_word(w))
    for r in roles:
        k = bisect_left(starts, r.start)
        if k < len(toks) and (former_before(k) or ex_word(toks[k])):
            continue
        for m in bodies:
            if m.start < r.end and r.start < m.end:
                found.setdefault(r.entity, set()).add(m.entity)
                in_role.add(id(m))
    people = {m.entity for m in doc.mentions if m.entity and ents.get(m.entity) is not None
              and ents[m.entity].type == "PER"} | {r.entity for r in roles}
    if people:
        kb = get_kb()
        held = {p: {x.of for x in kb.roles_of(p, doc.date)} for p in people}
        for m in bodies:
            if id(m) in in_role:
                continue
            k = bisect_left(starts, m.start)
            if k == 0 or k >= len(toks) or toks[k].start != m.start:
                continue
            before = toks[k - 1]
            if before.sentence != toks[k].sentence or \
                    (before.norm or "").lower() not in office and (before.lemma or "").lower() not in office:
                continue
            if former_before(k - 1):
                continue
            holders = {p for p in people if m.entity in held[p]}
            if len(holders) == 1:
                found.setdefault(next(iter(holders)), set()).add(m.entity)
    out = {p: next(iter(s)) for p, s in found.items() if len(s) == 1}
    doc.meta[_KEY] = (key, out)
    return out


def people_beside_bodies(doc: Document, events: list) -> None:
    """Put beside each official the body the text tied him to, on his side, unless the event
    names that body already (on either side: "Умєров доповів РНБО" is told to it)."""
    told = told_bodies(doc)
    if not told:
        return
    for e in events:
        for side in (e.actors, e.recipients):
            for p in list(side):
                body = told.get(p)
                if body is not None and body not in e.actors and body not in e.recipients:
                    side.insert(side.index(p) + 1, body)
