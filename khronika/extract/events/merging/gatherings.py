"""A gathering (саміт, конференція, форум) told after a talk is a happening of its own.

A digest or a chronicle of a week tells one item after another ("Понеділок: Зеленський
зустрівся з Рютте. ... Четвер: у Римі відбулася конференція з відновлення"); a gathering noun
that names no one is not the talk told a few sentences before, though it adds no party, time
or place merging could tell them apart by: a summit or a conference is many talks, and the
talk before it is none of them. Only a word that points back ("ця конференція"), a gathering
told already, or the talk's own place ("зустрінеться з Путіним в Будапешті ... саміт у
Будапешті": a summit of two is that meeting) joins it; a talk held at a gathering is kept
apart the other way round (merging._talk_at_gathering).
"""
from __future__ import annotations


def gathering_after_talk(e, c) -> bool:
    """c names a gathering, e is a talk with someone (a partner on its receiving side, not a
    meeting of many: "Лідери G7 зустрілися. Саміт відбувся у Канаді" is that summit) with no
    gathering among its mentions, and nothing in c points back at e: neither a pointing word
    nor e's place."""
    if not c.gathering or c.anaphoric or c.demonstrative or (c.place and c.place == e.place):
        return False
    if not e.recipients or e.mode == "multilateral":
        return False
    return not (e.gathering or any(m.gathering for m in e.mentions))
