"""Aid told right after its receiver was named: "Президент Франції підписав угоду з Україною.
Крім того, Франція передасть системи SAMP/T", "Україна отримала від Німеччини батарею IRIS-T.
Також Берлін передасть 20 танків". The second gift names no receiver, and the reader takes it
to go where the same giver's happening just told went: the home side. Only the home side is
carried over, only from a happening of the same giver's state (so "Іран передає дрони" after
a gift to Ukraine by someone else stays without a receiver), and only a sentence or two on in
the same paragraph; a giver of the home side itself gives to no one inferred.
"""
from __future__ import annotations

from ...kb import get_kb
from .merging import Cand
from .states import state_of

# how many sentences back the happening that names the receiver may stand
REACH = 2


def implied_receivers(doc, cands: list[Cand]) -> list[Cand]:
    """Give the home side as receiver to aid with a giver and no receiver, when a happening
    of the same giver's state with the home side on the receiving end was told just before."""
    kb = get_kb()

    def states(ids) -> set[str]:
        return {state_of(x, doc.date) or kb.country(x) or x for x in ids}

    for n, c in enumerate(cands):
        if c.type != "AID" or c.recipients or not c.actors or c.question or not c.home or \
                c.status not in ("occurred", "planned", "ongoing"):
            continue
        mine = states(c.actors)
        if c.home in mine:
            continue
        for p in reversed(cands[:n]):
            if c.sent - p.sent > REACH or p.para != c.para:
                break
            if p.sent < c.sent and c.home in p.recipients and mine & states(p.actors):
                c.recipients = [c.home]
                c.soft.add(c.home)
                break
    return cands
