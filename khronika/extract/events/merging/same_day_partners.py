"""A talk told again the same day with the same partner is the talk already told.

"Зеленський у середу провів телефонну розмову з Макроном. ... «Говорив сьогодні з Емманюелем,
подякував за ракети», – написав Зеленський": a report tells a call, then quotes its speaker who
tells it once more, in other words and two sentences on. Both mentions give one day, and the
partner the second names is among the first one's parties: one happening, told twice
(GUIDELINES: one event per real-world happening, however often the document mentions it).
Merging joins mentions a sentence apart, or undated ones further; two dated mentions further
apart join here only when the later one adds no party, so a second call that day with another
leader stays its own. Only happenings told by their partners join so (a talk, an agreement,
cooperation: `SYMMETRIC`): a strike or a blockade names its doer alone, and "Росія не дала
організувати жодного коридору" is not the blockade of a town told the same day by Russia.
"""
from __future__ import annotations

from ..arguments.role_clause import SYMMETRIC

# how many sentences apart the two mentions may stand (a paragraph or two of a report)
REACH = 4


def same_day_partners(e, c, dist: int) -> bool:
    """e and c are dated to the same single day, c names parties and all of them are e's."""
    if e.type not in SYMMETRIC or dist > REACH or not (e.time_range and c.time_range) or e.time_range != c.time_range:
        return False
    if c.time_range[0] != c.time_range[1] or not e.time or not c.time or \
            e.time.get("value") != c.time.get("value"):
        return False
    if c.aggregate or e.aggregate or c.distinct:
        return False
    told = c.participants()
    return bool(told) and told <= e.participants(True)
