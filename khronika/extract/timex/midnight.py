"""Clock times past midnight, mixed into the scanner: a night told hour by hour crosses into
the next day. "Учора о 23:30 ворог атакував Харків. О 01:10 росіяни повторили удар." is 1:10
of today, not of yesterday's early morning; a live blog's stamps "23:40", "23:58", "00:20",
"01:05", each heading its own line, run on into the day after the one the blog began on; and
"після опівночі" after "ввечері" is the midnight that ends that evening's day.

The hour just told decides: an early hour (before `EARLY_HOURS`) right after a late one (from
`LATE_HOURS`, or "ввечері") of the same day is of the next day, and an hour after one already
carried past midnight stays there. Just told means in the same paragraph, this sentence or the
one before (or the one before a sentence of the night between: "Учора о 23:40 ... Уночі ... О
04:15"); for a stamp heading its line, the stamp of the line before. A range ("з 23:15 до
01:40") is read by its own pattern.

A mixin of `scan.Scanner` (it supplies doc, out, sent, toks).
"""
from __future__ import annotations

import datetime as dt

from .calendar import CLOCK_VALUE

# an hour of the small hours, and one of the late evening
EARLY_HOURS = 6
LATE_HOURS = 18
# the parts of the day that are late: "ввечері" is an evening of its day
_LATE_PARTS = ("TEV",)
_NIGHT = "TNI"


def past_midnight(before: str, value: str) -> bool:
    """Whether the time `value` is one `Midnight` carried into the day after the late time
    `before` ("2024-05-01T23:30" or "2024-05-01TEV", then "2024-05-02T01:10")."""
    m, late = CLOCK_VALUE.match(value), _hour(before)
    if not m or late is None or late < LATE_HOURS or int(m.group(2)) >= EARLY_HOURS:
        return False
    return (dt.date.fromisoformat(before[:10]) + dt.timedelta(days=1)).isoformat() == m.group(1)


def _hour(value: str) -> int | None:
    """The hour of a clock time's value, `LATE_HOURS` for a late part of the day, else None."""
    m = CLOCK_VALUE.match(value)
    if m:
        return int(m.group(2))
    return LATE_HOURS if value[10:] in _LATE_PARTS and value[:4].isdigit() else None


def night_after(day: dt.date | None, value: str) -> bool:
    """Whether the time `value` is an hour of the small hours just after `day` (a live blog
    or a report dated by the day its night began: "00:30 Росіяни вдарили по Харкову" in a blog
    of 6 March is 7 March's 00:30, told as done, not as a plan)."""
    m = CLOCK_VALUE.match(value)
    return day is not None and bool(m) and int(m.group(2)) < EARLY_HOURS \
        and m.group(1) == (day + dt.timedelta(days=1)).isoformat()


class Midnight:
    """`_over_midnight`: the day of a clock hour told after a late one."""

    def _over_midnight(self, i: int, hour: int, day: str) -> str:
        """The day of the clock hour at token i, first read as `day`: the next day when it is
        early and the time told just before is late on `day`; the day after `day` when the
        time told just before was carried there and this hour is no earlier."""
        if hour >= EARLY_HOURS or not day[:4].isdigit():
            return day
        prev = self._time_before(i)
        if prev is None:
            return day
        pday, phour = prev
        following = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        if pday == day and phour >= LATE_HOURS:
            return following
        if pday == following and phour <= hour:
            return following
        return day

    def _time_before(self, i: int) -> tuple[str, int] | None:
        """(day, hour) of the time told just before token i (module docstring), or None."""
        doc = self.doc
        sents = doc.sentences
        stamp = i == 0 and self._opens_paragraph(self.sent)
        para = sents[self.sent].paragraph
        floor = self.sent - 1
        night = None        # the day of a night told with no day of its own, before today
        for sent, tx in reversed(self.out):
            if stamp:
                if tx.type != "TIME" or not self._opens_paragraph(sent) \
                        or tx.start != sents[sent].start:
                    continue
            elif sent < floor or sents[sent].paragraph != para:
                return None
            elif tx.type != "TIME":
                if night is not None and tx.value == night:
                    return night, LATE_HOURS    # "Вчора ворог обстріляв ... Уночі ... О 03:20"
                continue
            hour = _hour(tx.value)
            if hour is not None:
                if night is not None and tx.value[:10] == night:
                    # "Вчора о 14:00 ... Уночі ... О 04:15": the night after that day
                    return night, LATE_HOURS
                return tx.value[:10], hour
            if stamp:
                return None
            if tx.value[10:] == _NIGHT:
                words = set(tx.text.lower().split())
                if self._night_gone(tx, words):
                    if self.lex.night_past_words & words:
                        return tx.value[:10], LATE_HOURS    # "Минулої ночі ... Близько 02:00"
                    night = tx.value[:10]
                # ("Учора о 23:40 ... Уночі пролунали вибухи. О 04:15 ...": the night goes on
                # from the hour told before it, one more sentence back)
                floor = min(floor, sent - 1)
        return None

    def _night_gone(self, tx, words: set[str]) -> bool:
        """A night before the document's day that names no day of its own ("Уночі" after
        "Вчора", "Минулої ночі"): its value is the day it began on, so its small hours are of
        the day after. "У ніч на 15 листопада" is valued by the day its small hours are on."""
        ref = self.ref
        return ref is not None and tx.value[:10] < ref.isoformat() and \
            words <= self.lex.night_words

    def _opens_paragraph(self, sent: int) -> bool:
        s = self.doc.sentences[sent]
        return s.start == self.doc.paragraphs[s.paragraph].start
