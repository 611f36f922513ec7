"""The status of an event as `build` takes it: `status.clause_status.status_of`, read in the trigger's clause,
then corrected by what a later clause of the sentence tells of it: the outcome told after a
participle set off by commas ("Зустріч, запланована на п'ятницю, не відбулася":
`attributed_plans`), a new day set for what was called off ("Зустріч скасували, її перенесено на
четвер": `rescheduled`), a condition told after a plan or an offer ("..., якщо ...":
`trailing_conditions`) and a meeting that opens the sentence as the setting of a past act
(`framing_settings`). Kept apart from status/clause_status.py, which reads the trigger's own
clause only.
"""
from __future__ import annotations

from ....document import Document
from .attributed_plans import attributed_outcome
from .predicate_cues import _adjunct_strike, answered_act, left_unanswered
from ..lexicon.compiled import Lexicon
from .clause_status import status_of as _status_of
from .framing_settings import framed_after_past, framed_right_after_past, opening_setting
from .rescheduled import rescheduled
from .scenarios import in_scenario
from .trailing_conditions import conditioned


def status_of(doc: Document, trig_i: int, trig_j: int, clause: tuple[int, int],
              sent: tuple[int, int], type_: str, lex: Lexicon, fixed: str | None,
              time_range) -> tuple[str, bool | str]:
    """(status, explicit) as `status.clause_status.status_of` gives them, with the later clauses' word."""
    status, explicit = _status_of(doc, trig_i, trig_j, clause, sent, type_, lex, fixed, time_range)
    if not fixed:
        outcome = attributed_outcome(doc, trig_i, trig_j, sent[1], lex)
        if outcome is not None:
            status, explicit = outcome, True
    if rescheduled(doc, trig_j, sent[1], status, lex):
        status, explicit = "planned", True
    if conditioned(doc, trig_i, trig_j, sent, status, lex):
        return "conditional", True
    if not fixed and status in ("occurred", "ongoing", "planned") and in_scenario(doc, trig_i, sent[0], lex):
        return "conditional", True    # "Сценарій, за якого Росія атакує Польщу, ..."
    if status == "planned" and not fixed and (opening_setting(doc, trig_i, sent, type_, lex) or
                                              framed_right_after_past(doc, trig_i, sent, type_, lex)):
        # "У розмові із Зеленським Байден пообіцяв ...", "Макрон пообіцяв у розмові з Зеленським
        # передати ...": the talk was held
        return "occurred", False
    if status == "negated" and not fixed and (framed_after_past(doc, trig_i, sent, type_, lex) or
                                              opening_setting(doc, trig_i, sent, type_, lex)):
        # "Орбан не представляв ЄС під час зустрічі з Путіним", "На саміті у Вільнюсі лідери
        # НАТО не запросили Україну": the act there is denied, the meeting was held
        return "occurred", False
    if type_ == "ASSAULT" and not fixed and left_unanswered(doc, trig_i, clause[0], clause[1], lex):
        return "occurred", True          # "Ми не залишимо цей удар без відповіді"
    if status in ("planned", "conditional", "ongoing") and not fixed and type_ in ("ASSAULT", "COERCE") and \
            (answered_act(doc, trig_i, sent[0], lex) or
             (status == "planned" and _adjunct_strike(doc, trig_i, lex, "presupposing_prepositions"))):
        # "Путін пообіцяв відповісти на удари по Криму", "Після удару по Брянську Путін пообіцяв
        # відповісти": the strikes answered, or followed, were struck whatever is promised
        return "occurred", True
    return status, explicit

