"""What people from abroad do at their job is no happening between states.

"Рятувальники з Польщі прибули на Закарпаття", "До Харкова прибули волонтери з Литви",
"Студенти з Японії відвідали Київ": a state named only as the home of people doing a job is
no party (`grammar.groups.people_origin`; the clause rules already keep it off both sides).
What is left of such a happening names no party at all, and a chronicle entry "a visit to
Kharkiv" or "aid" by nobody is one a reader cannot use: it is dropped. A strike keeps its
event (its victims "студенти з Марокко" are no party, the strike is still one), and so does a
happening with a party of its own ("Волонтери з Литви передали Україні дрони": Ukraine
received them).
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.groups import people_origin
from ..grammar.names import token_starts
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import country_ids

_KEPT_TYPES = ("ASSAULT", "COERCE")


def helpers_abroad(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """The candidates less those with no party whose sentence names a state only as the home
    of people ("лікарі з Німеччини")."""
    if not any(not c.actors and not c.recipients and c.type not in _KEPT_TYPES for c in cands):
        return cands
    states = country_ids()
    starts = token_starts(doc)
    toks = doc.tokens
    kept = []
    for c in cands:
        if not c.actors and not c.recipients and c.type not in _KEPT_TYPES:
            lo, hi = c.evidence
            s_lo = bisect_left(starts, lo)
            if any(m.entity in states and lo <= m.start < hi and
                   people_origin(lex, toks, k := bisect_left(starts, m.start), s_lo) and _doers(lex, toks, k - 2)
                   for m in doc.mentions):
                continue
        kept.append(c)
    return kept


def _doers(lex: Lexicon, toks, p: int) -> bool:
    """The people noun at p does the happening: its subject ("Лікарі з Німеччини прибули"),
    counted ("прибули 50 рятувальників з Польщі") or the givers after "від"; not one it befalls
    ("помилував засудженого журналіста з Польщі": the pardon stays)."""
    t = toks[p]
    if t.case == "nomn" or "nomn" in _cases(t.text):
        return True
    before = toks[p - 1] if p > 0 else None
    return before is not None and (before.pos == "NUMR" or before.text.isdigit() or
                                   before.norm in lex.word_list("giver_prepositions"))
