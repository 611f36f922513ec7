"""The names a sentence offers as event arguments: entity mentions and resolved refs as
`Arg`s, and the token a name starts in. Every other argument module reads these.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ....document import Document


@dataclass
class Arg:
    start: int
    end: int
    entity: str
    kind: str          # mention, role, pronoun, demonym, adjective
    etype: str | None


def args_in(doc: Document, start: int, end: int, mentions=None, refs=None, timexes=None) -> list[Arg]:
    """Mentions and resolved refs within [start, end) (pass pre-cut lists for speed). A name
    inside a time expression is part of a day's name ("у День Європи", "на День Незалежності
    України"), no party to anything told that day."""
    mentions = doc.mentions if mentions is None else mentions
    refs = doc.refs if refs is None else refs
    timexes = doc.timexes if timexes is None else timexes
    days = [(t.start, t.end) for t in timexes if t.start < end and t.end > start]
    out = [Arg(m.start, m.end, m.entity, "mention", m.type)
           for m in mentions if m.start >= start and m.end <= end and m.entity
           and not any(a <= m.start and m.end <= b for a, b in days)]
    for r in refs:
        if r.entity and r.start >= start and r.end <= end:
            ent = doc.entities.get(r.entity)
            out.append(Arg(r.start, r.end, r.entity, r.kind, ent.type if ent else None))
    out.sort(key=lambda a: a.start)
    return out


_STARTS_KEY = "_token_starts"


def token_starts(doc: Document) -> list[int]:
    """The start offset of every token, in order, for bisecting a character offset to its
    token: built once per document and shared by the passes that need it (kept while the
    document's token list is the same object)."""
    cached = doc.meta.get(_STARTS_KEY)
    if cached is not None and cached[0] is doc.tokens and len(cached[1]) == len(doc.tokens):
        return cached[1]
    starts = [t.start for t in doc.tokens]
    doc.meta[_STARTS_KEY] = (doc.tokens, starts)
    return starts


def inside_org_names(doc: Document) -> frozenset[int]:
    """The tokens after the head noun of the organisations' names of more than one word
    ("Шанхайська організація співробітництва", "Японське агентство міжнародного
    співробітництва"): a trigger word there is a word of the name, no happening. A name whose
    head is the trigger's noun names the happening itself ("Саміт миру", "Мюнхенська
    конференція з безпеки", "Давоський форум": the knowledge base keeps them as bodies)."""
    starts = token_starts(doc)
    out: set[int] = set()
    for m in doc.mentions:
        if m.type != "ORG":
            continue
        lo, hi = bisect_left(starts, m.start), bisect_left(starts, m.end)
        head = next((k for k in range(lo, hi) if doc.tokens[k].pos == "NOUN"), hi)
        out.update(range(head + 1, hi))
    return frozenset(out)


def token_index_at(doc: Document, offset: int, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if doc.tokens[k].start <= offset < doc.tokens[k].end:
            return k
    return None
