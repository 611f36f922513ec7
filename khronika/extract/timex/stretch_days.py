"""A day of a stretch just told, mixed into the scanner: "Заступник міністра перебуватиме в
Брюсселі з 10 по 12 лютого. Першого дня він зустрінеться з єврокомісаркою", "Візит
розпочнеться 20 лютого і триватиме три дні. Другого дня ... В останній день візиту ...". A
schedule of a visit or a session counts its days from the first one it named: the first day
is that day, the last its end; the sentences that go on counting its days keep it. With no stretch told in the sentence or the one before, the
words name no day the text gives (and "в останній день" is no length either: `UnitWords`).

A mixin of `scan.Scanner` (it supplies n, lex, out, sent, doc, emit).
"""
from __future__ import annotations

import datetime as dt
import re

from .calendar import DAY_VALUE
from .range_headings import RANGE_JOINERS

_DAYS = re.compile(r"P(\d+)D$")
# the joiners of a stretch's two ends ("з 10 по 12 лютого", "10–12 лютого")
# the longest schedule whose days are counted so
_MAX_DAYS = 14


class StretchDays:
    """`m_stretch_day`."""

    def m_stretch_day(self, i: int) -> int | None:
        lex = self.lex
        word = self.n(i)
        last = word in lex.last_words or word in lex.year_part_last_words
        nth = None if last else lex.ordinals.get(word)
        if (nth is None and not last) or lex.units.get(self.n(i + 1)) != "D" \
                or self.n(i + 1) not in lex.stretch_day_forms:
            return None
        after = self.n(i + 2)
        if after in lex.war_nouns or after in lex.war_modifiers:
            return None     # "першого дня війни": the war's
        stretch = self._stretch_told()
        kept = getattr(self, "_stretch_kept", None)
        if stretch is None and kept is not None and kept[1] >= self.sent - 1:
            stretch = kept[0]   # ("Другого дня ... В останній день візиту ...": still its days)
        if stretch is None:
            return None
        self._stretch_kept = (stretch, self.sent)
        first, end = stretch
        day = end if last else first + dt.timedelta(days=nth - 1)
        if day > end:
            return None
        self.emit(i, i + 2, "DATE", day.isoformat())
        return i + 2

    def _stretch_told(self) -> tuple[dt.date, dt.date] | None:
        """(first, last) day of the last stretch of days told in this sentence or the one
        before: two days joined as a range, or a day and a length of days after it."""
        out, text = self.out, self.doc.text
        for k in range(len(out) - 1, -1, -1):
            sent, b = out[k]
            if sent < self.sent - 1:
                return None
            if k == 0 or out[k - 1][0] != sent:
                continue
            a = out[k - 1][1]
            if not (a.type == "DATE" and DAY_VALUE.match(a.value) and a.value[:4].isdigit()):
                continue
            start = dt.date.fromisoformat(a.value)
            if b.type == "DATE" and DAY_VALUE.match(b.value) and b.value[:4].isdigit() \
                    and text[a.end:b.start].strip().lower() in RANGE_JOINERS:
                end = dt.date.fromisoformat(b.value)
                if 0 < (end - start).days < _MAX_DAYS:
                    return start, end
            m = _DAYS.match(b.value or "") if b.type == "DURATION" else None
            if m and 1 < int(m.group(1)) <= _MAX_DAYS:
                return start, start + dt.timedelta(days=int(m.group(1)) - 1)
        return None
