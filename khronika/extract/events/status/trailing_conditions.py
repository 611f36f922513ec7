"""A plan whose condition is told after it: "Ми запровадимо нові санкції, якщо Росія не
відведе війська", "Китай готовий надати допомогу, якщо його попросять", "Зеленський
зустрінеться з Путіним лише за умови повного припинення вогню".

`status.clause_status.status_of` reads a condition that stands before the trigger ("Якщо ..., санкції не
зупиняться"); one told after the clause of a plan governs it as much, and a reader of the
chronicle must not take such an offer for a plan that will be carried out. Only a plan turns
conditional: what was done was done ("Росія пригрозила ударами, якщо ...": the threat took
place), and what goes on goes on. The condition must open a clause of the same sentence right
after a comma or a dash (or "лише"/"тільки" after one: `condition_restrictors`); one after "а"
or "і" opens a new coordinated statement ("Уряд виділить кошти, а якщо їх не вистачить, ..."),
a framing one ("якщо говорити про ...") states no condition, and "інакше" tells what follows
if the act is not done (`consequence_markers`), not what it hangs on.

A readiness to act ("готові зустрітися", "готовий провести переговори") is a stance and names
no event (`sentence_view`'s clause blockers), unless a condition follows it: then it is an
offer on that condition, a conditional event (`offered_on_condition`).
"""
from __future__ import annotations

from ....document import Document
from .condition_clauses import condition_after
from ..lexicon.compiled import Lexicon


def conditioned(doc: Document, trig_i: int, trig_j: int, sent: tuple[int, int], status: str,
                lex: Lexicon) -> bool:
    """Whether a condition told after the trigger makes its plan, its offer, or its refusal to
    come, conditional ("МВФ не надасть траншу, якщо Рада не ухвалить закон": the tranche hangs
    on the law, it is not refused for good)."""
    if status == "negated":
        return _future(doc, trig_i, sent[0]) and condition_after(doc, trig_j, sent[1], lex)
    return status in ("planned", "occurred", "ongoing") and condition_after(doc, trig_j, sent[1], lex) \
        and (status == "planned" or _offered(doc, trig_i, sent[0], lex))


def _future(doc: Document, trig_i: int, s_lo: int) -> bool:
    """The trigger, or the nearest finite verb before it in its sentence, is in the future
    ("не надасть", "не запроваджуватимуть нових санкцій")."""
    for k in range(trig_i, s_lo - 1, -1):
        t = doc.tokens[k]
        if t.pos == "VERB" and t.tense:
            return t.tense == "futr"
    return False


def _offered(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """A readiness word (`readiness_words`) stands before the trigger in its sentence, with no
    finite verb between ("готова до переговорів", "заявив про готовність до переговорів")."""
    ready = lex.word_list("readiness_words")
    for k in range(trig_i - 1, s_lo - 1, -1):
        t = doc.tokens[k]
        if t.norm in ready:
            return True
        if t.pos == "VERB" and t.tense:
            return False
    return False
