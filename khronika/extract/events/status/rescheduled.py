"""A happening called off and then set for another day in a later clause of the same sentence:
"Зустріч скасували, її перенесено на четвер", "Переговори не відбулися – їх відклали на
наступний тиждень".

The trigger's own clause says the happening did not take place; the later clause says it is
still to come, on the day it names, and that later word is the one a reader of the chronicle
needs (the event keeps the new day as its time). Only a verb of putting off
(`rescheduling_predicates`) with the preposition of a new time (`rescheduling_prepositions`)
after it counts, and not when it is itself denied ("її не перенесли": still called off).
Kept apart from status/clause_status.py, which reads the trigger's own clause only.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon

# words between the verb of putting off and its "на" ("перенесено вже на четвер")
_GAP = 3


def rescheduled(doc: Document, trig_j: int, s_hi: int, status: str, lex: Lexicon) -> bool:
    """Whether a happening read as called off is set for a new time later in its sentence."""
    return status == "negated" and new_time_at(doc, trig_j, s_hi, lex) is not None


def new_time_at(doc: Document, trig_j: int, s_hi: int, lex: Lexicon) -> int | None:
    """The token right after the preposition of the new time ("перенесено на | четвер") in a
    later clause of the trigger's sentence, or None; `build` dates the event by the timex that
    starts there."""
    toks = doc.tokens
    verbs = lex.word_list("rescheduling_predicates")
    preps = lex.word_list("rescheduling_prepositions")
    negators = lex.word_list("negators")
    clause_opened = False
    for k in range(trig_j, s_hi):
        t = toks[k]
        if not t.is_word:
            clause_opened = clause_opened or t.norm in (",", ";", "–", "—", "-", ":")
            continue
        if not clause_opened or (t.lemma or t.norm) not in verbs:
            continue
        if k - 1 >= 0 and toks[k - 1].norm in negators:
            continue
        at = next((m for m in range(k + 1, min(s_hi, k + 1 + _GAP)) if toks[m].norm in preps), None)
        if at is not None and at + 1 < s_hi:
            return at + 1
    return None
