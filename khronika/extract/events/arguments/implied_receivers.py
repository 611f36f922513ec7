"""Aid told right after its receiver was named: "Президент Франції підписав угоду з Україною.
Крім того, Франція передасть системи SAMP/T", "Україна отримала від Німеччини батарею IRIS-T.
Також Берлін передасть 20 танків". The second gift names no receiver, and the reader takes it
to go where the same giver's happening just told went: the home side. A gift told right after
the home side asked for help ("Міністр звернувся до партнерів з проханням ... Литва та Польща
погодилися передати трансформатори") answers that request: it goes to the home side too, when
the request named no one or named the giver. Only the home side is
carried over, only from a happening of the same giver's state (so "Іран передає дрони" after
a gift to Ukraine by someone else stays without a receiver), and only a sentence or two on in
the same paragraph; a giver of the home side itself gives to no one inferred.
"""
from __future__ import annotations

from ....kb import get_kb
from ..merging.merge import Cand, told_before
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
        for p in told_before(cands, n, REACH):
            gave_home = c.home in p.recipients and bool(mine & states(p.actors))
            home_asked = p.type == "REQUEST" and c.home in states(p.actors) and \
                (not p.recipients or bool(mine & states(p.recipients)))
            if p.sent < c.sent and (gave_home or home_asked):
                c.recipients = [c.home]
                c.soft.add(c.home)
                break
    return cands


def parallel_receivers(lex, doc, cands: list[Cand]) -> list[Cand]:
    """"ЄС передав Україні генератори, а США надали обладнання": a second gift in the same
    sentence, joined to the first by a conjunction, that names a giver of its own and no
    receiver goes where the first went; the reader does not hear the receiver again. Not when
    the second giver is the first's receiver ("Польща отримала танки, а Україна передала ...")
    or the adversary (whose gifts go elsewhere)."""
    joins = lex.word_list("gap_conjunctions")
    adversary = (lex.adversary or {}).get("id")
    for n, c in enumerate(cands):
        if c.type != "AID" or c.recipients or not c.actors or c.question or adversary in c.actors:
            continue
        for p in reversed(cands[:n]):
            if p.sent != c.sent:
                break
            if p.type != "AID" or not p.recipients or p.trig[1] > c.trig[0] or \
                    set(c.actors) & (set(p.actors) | set(p.recipients)):
                continue
            between = doc.text[p.trig[1]:c.trig[0]].replace(",", " , ").split()
            # the second verb opens its own clause: "..., а США надали", "... і Канада передала"
            if any(w.lower() in joins for w in between):
                c.recipients = list(p.recipients)
                c.soft.update(p.recipients)
            break
    return cands
