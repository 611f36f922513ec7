"""Whom a person acts for when the text says it once and the knowledge base does not know it.
A report names a foreign official in full once ("Посол Швейцарії Фелікс Бауманн", "Міністр
оборони Литви Довіле Шакалієне") and then by the surname or a pronoun only ("Бауманн також
зустрівся з головою ОВА"); the state the first mention told stands beside the person in every
event of theirs, as a state the knowledge base records does. Read only from an office's words
(the role phrases of lang/uk/kb/roles.yaml: "посол", "міністр оборони"), the state's name right
after them and the person's name right after that. An honour or a description is no office
("Герой України Віталій Скакун", "рокером України Олегом Скрипкою"), a state after a
preposition tells nothing ("Посол України в Польщі Василь Боднар"), a former office
("колишній прем'єр Британії") tells no state to act for now, and a person given two states
keeps none.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ...body_refs import former_words
from ..grammar.names import token_starts

# how many words before the state's name a former word may stand ("колишній міністр оборони Литви")
FORMER_REACH = 4
_KEY = "_told_states"


@lru_cache(maxsize=1)
def office_words() -> frozenset[str]:
    """Every word of the knowledge base's role phrases, lowercased ("посол", "оборони"): the
    phrases the knowledge base already read from roles.yaml (`KnowledgeBase.role_phrases`)."""
    return frozenset(w.lower() for phrases in get_kb().role_phrases.values() for p in phrases
                     for w in str(p).split())


def told_states(doc: Document, states: frozenset[str]) -> dict[str, str]:
    """person id -> state id (one of `states`), as the document's appositions tell it (kept
    per document)."""
    key = (len(doc.mentions), len(doc.tokens))
    cached = doc.meta.get(_KEY)
    if cached is not None and cached[0] == key:
        return cached[1]
    former = former_words()
    office = office_words()
    toks = doc.tokens
    starts = token_starts(doc)
    found: dict[str, set[str]] = {}
    ms = sorted(doc.mentions, key=lambda m: m.start)
    for st, person in zip(ms, ms[1:]):
        if person.type != "PER" or st.entity not in states or doc.text[st.end:person.start].strip():
            continue
        k = bisect_left(starts, st.start)
        if k >= len(toks) or toks[k].start != st.start or k == 0:
            continue
        before = toks[k - 1]
        if (before.lemma or before.norm or "").lower() not in office and (before.norm or "").lower() not in office:
            continue
        if any((t.lemma or t.norm or "").lower() in former or
               ("-" in (t.norm or "") and (t.norm or "").lower().split("-", 1)[0] in former)
               for t in toks[max(0, k - FORMER_REACH):k]):
            continue
        found.setdefault(person.entity, set()).add(st.entity)
    out = {p: next(iter(s)) for p, s in found.items() if len(s) == 1}
    doc.meta[_KEY] = (key, out)
    return out
