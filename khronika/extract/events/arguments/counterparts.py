""""З колегою з Молдови", "з німецьким колегою", "з турецьким візаві": the partner a minister
meets as his colleague of a state is the one who holds his own office in that state.

The report names the state only; the knowledge base knows who holds the office there on the
document's date ("Сибіга провів переговори з колегою з Молдови": Moldova's minister of
foreign affairs). GUIDELINES wants the person beside his state on the side he stands, and a
colleague left as the bare state let a meeting with another person of that state named next
("Сибіга також зустрівся з президенткою Молдови") be read as the same one. Only the actor's
own offices on that date are looked up, and only where the clause names no person of that
state already ("з польським колегою Радославом Сікорським").
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ....kb import get_kb
from ...coref import role_at
from ..grammar.names import token_index_at, token_starts
from ..grammar.sentence_view import doc_lemmas
from ..lexicon.compiled import Lexicon
from .states import country_ids, entity_for, state_of

_REACH = 3          # words from the colleague's noun to the state's name after it ("з колегою з Польщі")


def _colleague_state(doc: Document, args: list, k: int, lo: int, hi: int, states) -> str | None:
    """The state a colleague noun at k is of: its adjective right before ("польським
    колегою"), or a state after "з"/"із" right after it ("колегою з Польщі")."""
    toks = doc.tokens
    for a in args:
        if a.entity not in states:
            continue
        m = token_index_at(doc, a.start, lo, hi)
        if m is None:
            continue
        if a.kind == "adjective" and m == k - 1:
            return a.entity
        if a.kind == "mention" and k + 1 < m <= k + _REACH and \
                toks[k + 1].norm in ("з", "із", "зі") and all(t.is_word for t in toks[k + 1:m]):
            return a.entity
    return None


def _told_roles(doc: Document, kb, person: str) -> list[str]:
    """The offices the text names a person in ("Міністр оборони Денис Шмигаль" on a day the
    knowledge base has him in another): its role refs to him, read as the knowledge base's
    role phrases, longest first."""
    toks = doc.tokens
    starts = token_starts(doc)
    out: list[str] = []
    for r in doc.refs:
        if r.entity != person or r.kind != "role":
            continue
        k = bisect_left(starts, r.start)
        if k == len(starts) or starts[k] != r.start:
            continue
        n = sum(1 for t in toks[k:k + kb.role_max_len] if t.end <= r.end)
        got = role_at(kb, toks, k, range(n, 0, -1))
        if got:
            out.append(got[1])
    return out


def colleagues(lex: Lexicon, doc: Document, args: list, lo: int, hi: int, actors: list[str],
               recipients: list[str]) -> None:
    """For each singular colleague noun of the clause with a state, put the holder of an
    office of a person of the clause (on either side, or its subject: "Він подякував
    французькому колезі за підтримку") in that state on the side where the state stands."""
    nouns = lex.word_list("counterpart_nouns")
    toks = doc.tokens
    lemmas = doc_lemmas(doc)
    at = [k for k in range(lo, hi) if toks[k].is_word and lemmas[k] in nouns and toks[k].number != "plur"]
    if not at:
        return
    kb = get_kb()
    states = country_ids()
    clause = [a.entity for a in args if (a.etype or "") == "PER" and toks[lo].start <= a.start < toks[hi - 1].end]
    people = list(dict.fromkeys(x for x in actors + recipients + clause
                                if (e := doc.entities.get(x)) is not None and e.type == "PER"))
    for k in at:
        state = _colleague_state(doc, args, k, lo, hi, states)
        side = recipients if state in recipients else actors if state in actors else None
        if state is None or side is None or any(state_of(x, doc.date) == state for x in actors + recipients):
            continue
        for p in people:
            if state_of(p, doc.date) == state:
                continue
            found = None
            for role in _told_roles(doc, kb, p) or [r.role for r in kb.roles_of(p, doc.date)]:
                holder = kb.holder(role, state, doc.date)
                if holder is not None and holder.id != p:
                    found = holder.id
                    break
            if found is not None and found not in actors + recipients:
                side.append(entity_for(doc, found))
                break
