"""Hours and minutes counted on from a time told in the past, mixed into the scanner:
"О 10:00 почалося засідання. Через 30 хвилин суддя оголосив перерву.", and a line with no
verb after it ("Через 15 хвилин – повторний удар").

A story told in the past moves on by hours as it moves on by days: "через годину" there is an
hour after the clock time just told (a TIME), or falls on the day just told, never an hour
after the publication (FUTURE_REF put a past happening ahead of the report). With nothing
told before it the count is only a length (a DURATION), as `Narrative.told_after` leaves a
count of days with no day told.
"""
from __future__ import annotations

import datetime as dt
import re

from .calendar import CLOCK_VALUE

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")
# A count of hours shorter than this lands on the day told when no clock time was told: the
# day a story names may be any hour of it, so a longer count may cross midnight.
SAME_DAY_HOURS = 12


class ToldHours:
    """`told_after_hours`: "через годину", "через 30 хвилин", "через кілька годин" after a
    time told in the past (the scanner's `out`, `sent`, `_bound`, `tense_at`)."""

    def told_after_hours(self, i: int, minutes: int | None, unit: str) -> tuple[str, str] | None:
        """-> (type, value) for a count of hours or minutes after "через" in a clause told in
        the past: the clock time told in this sentence or the two before shifted by the
        count (TIME), else the day told there (DATE) when the count is shorter than
        `SAME_DAY_HOURS`, else the length alone (DURATION); `minutes` None is a vague count
        ("кілька годин"). None when the clause is not told in the past."""
        if unit not in ("H", "MIN") or self.ref is None:
            return None
        told = self._told_time_in_context(2)
        if self.tense_at(i) != "past" and not (self.verbs == [] and told is not None
                                               and CLOCK_VALUE.match(told) and told[:10] <= self.ref.isoformat()):
            # (a line with no verb after a clock time told: "О 17:20 ворог атакував Запоріжжя.
            # Через 15 хвилин – повторний удар." goes on with that story)
            return None
        letter = unit[0]
        length = f"PTX{letter}" if minutes is None else f"PT{minutes // (60 if unit == 'H' else 1)}{letter}"
        if told is not None:
            m = CLOCK_VALUE.match(told)
            if m and minutes is not None:
                at = dt.datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}:{m.group(3)}")
                at += dt.timedelta(minutes=minutes)
                return "TIME", at.strftime("%Y-%m-%dT%H:%M")
            if minutes is None or minutes < SAME_DAY_HOURS * 60:
                return "DATE", told[:10]
        return "DURATION", length

    def ahead_vaguely(self, i: int, unit: str) -> tuple[str, str]:
        """-> (type, value) for a vague count after "через" ("через кілька днів", "через 2-3
        тижні", "через день-другий"): on from the time told when hours are counted in a story
        (`told_after_hours`); else a past clause moves on from a day of its own story, somewhere
        before the report (PAST_REF), and any other lies ahead of it (FUTURE_REF)."""
        told = self.told_after_hours(i, None, unit)
        if told is not None:
            return told
        if self.ref is not None and self.tense_at(i) == "past":
            lo, hi = self._clause(i)     # (its own verb: "потрібна не через кілька місяців, а
            if any(lo <= k <= hi and tense == "past" for k, tense in self.verbs):   # зараз")
                return "DATE", "PAST_REF"
        return "DATE", "FUTURE_REF"

    def _told_time_in_context(self, sentences: int) -> str | None:
        """The last day or clock time told in this sentence or the `sentences` before it
        (not the bound of a span: "до 18:00"); a bare day told last gives way to a clock time
        on that day earlier in its sentence ("о 22:30 2 лютого" is scanned as the time and
        then the day it is on)."""
        last = None
        for sent, tx in reversed(self.out):
            if sent < self.sent - sentences or (last is not None and sent != last[0]):
                break
            if tx.type not in ("DATE", "TIME") or not _DAY.match(tx.value) or self._bound(tx):
                continue
            if last is None:
                if CLOCK_VALUE.match(tx.value):
                    return tx.value
                last = (sent, tx.value)
            elif tx.value[:10] == last[1] and CLOCK_VALUE.match(tx.value):
                return tx.value
        return last[1] if last else None
