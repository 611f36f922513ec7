"""A condition told of no one ("Якщо на одну з країн альянсу нападуть, інші країни мають надати
їй допомогу", "У разі, якщо люди не можуть отримати кошти ...", "якщо ембарго, то ембарго"):
a happening that may come to be, with no party and no place named, is a rule or a possibility
an explainer or a briefing states, and a reader of the chronicle finds no happening in it. A
condition with its parties ("Якщо Росія нападе, НАТО надасть допомогу") stays, conditional.
"""
from __future__ import annotations

from ..merging.merge import Cand


def named_conditions(events: list[Cand]) -> list[Cand]:
    """The events, less the conditional ones that name no party and no place."""
    return [e for e in events
            if not (e.status == "conditional" and not e.actors and not e.recipients and not e.place)]
