"""Clock times in words, mixed into the scanner: "о четвертій годині ранку" T04:00, "об
одинадцятій вечора" T23:00, "близько 3-ї години ночі" T03:00, "о пів на п'яту" T04:30, and a
range of two hours ("з восьмої до дев'ятої ранку", "між восьмою та дев'ятою ранку", "з 13 до
14 години"): each end a TIME of its own, both taking the part of the day written after the
second (TIMEX3 marks the two ends of a range, not the range).

A mixin of `scan.Scanner` (it supplies n, lex, out, emit, next_day_ends and `_anchor_day`).
"""
from __future__ import annotations

import datetime as dt
import re

_CLOCK_DIGITS = re.compile(r"(\d{1,2})(?:-?(?:й|ій|ї|ої))?$")
_GEN_SUFFIX = re.compile(r"\d{1,2}-?(?:ї|ої)$")


def next_day(day: str) -> str:
    """The day after a YYYY-MM-DD value (a value with no known day stays as it is): the end
    of a clock range that runs past midnight."""
    if not day[:4].isdigit():
        return day
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


class ClockWords:
    """`m_clock_words` and the range of two clock hours (`_clock_range`)."""

    def _hour_word(self, i: int, forms: dict) -> int | None:
        """The hour at token i: a word of `forms` or digits up to 24 ("13", "3-ї")."""
        t = self.n(i)
        h = forms.get(t)
        if h is not None:
            return h
        m = _CLOCK_DIGITS.match(t)
        return int(m.group(1)) if m and int(m.group(1)) <= 24 else None

    def _with_part(self, h: int, j: int) -> tuple[int, int, bool]:
        """The hour with the part of the day at token j, if any: (hour, next index, found)."""
        part = self.lex.clock_day_parts.get(self.n(j))
        if part is None:
            return h, j, False
        if self.n(j) == "дня":
            h = h + 12 if h <= 6 else h
        elif part == 12 and h < 12:
            h += 12
        elif self.n(j) == "ночі" and h == 12:
            h = 0
        return h, j + 1, True

    def _clock_range(self, i: int) -> int | None:
        """"з восьмої до дев'ятої ранку", "між восьмою та дев'ятою", "з 13 до 14 години": two
        hours, each one TIME, only when an hour noun or a part of the day says they are
        clock hours ("з 5 до 10 років" is no clock). An end before the start is on the next
        day ("з 22 до 6 години ранку")."""
        lex = self.lex
        joiners = lex.clock_range_joiners.get(self.n(i - 1))
        if joiners is None:
            return None
        forms = lex.clock_hours_ins if self.n(i - 1) == "між" else lex.clock_hours_gen
        h1 = self._hour_word(i, forms)
        if h1 is None:
            return None
        j = i + 1
        if self.n(j) in lex.clock_hour_nouns:
            j += 1
        if self.n(j) not in joiners:
            return None
        k = j + 1
        h2 = self._hour_word(k, forms)
        if h2 is None:
            return None
        end = k + 1
        noun = self.n(end) in lex.clock_hour_nouns
        if noun:
            end += 1
        h2, end, part = self._with_part(h2, end)
        if not (noun or part) or (h1 > 24 or h2 > 24):
            return None
        if part and h1 <= 12:
            h1 = self._with_part(h1, end - 1)[0]
        day = self._anchor_day(end) or "XXXX-XX-XX"
        self.emit(i, j, "TIME", f"{day}T{h1 % 24:02d}:00")
        self.emit(k, end, "TIME", f"{next_day(day) if h2 < h1 else day}T{h2 % 24:02d}:00")
        if h2 < h1:
            self.next_day_ends.add(id(self.out[-1][1]))
        return end

    def m_clock_words(self, i: int) -> int | None:
        """"о четвертій годині ранку" T04:00, "об одинадцятій вечора" T23:00, "о 8 вечора"."""
        lex, t = self.lex, self.n(i)
        prep = self.n(i - 1)
        if prep in lex.clock_range_joiners:
            rng = self._clock_range(i)
            if rng is not None:
                return rng
        minutes, j, start = 0, i + 1, i
        if t in lex.quarter_words:
            quarter = self._quarter(i)
            if quarter is None:
                return None
            h, minutes, j, start = quarter
        elif t in lex.clock_half_words:
            # "о пів на п'яту": half an hour before the hour
            h = lex.clock_half_hours.get(self.n(i + 2)) if self.n(i + 1) == "на" else None
            if h is None or prep not in ("о", "об") and prep not in lex.clock_gen_preps:
                return None
            h, minutes, j = h - 1, 30, i + 3
        elif t in lex.clock_hours_gen:
            # "близько восьмої вечора", "до третьої години": the hour in the genitive with its
            # noun or part of the day ("після другої спроби", "до другої." are no clock)
            nxt = self.n(i + 1)
            if prep not in lex.clock_gen_preps or (nxt not in lex.clock_hour_nouns
                                                   and nxt not in lex.clock_day_parts):
                return None
            h = lex.clock_hours_gen[t]
        elif prep in lex.clock_gen_preps and _GEN_SUFFIX.match(t):
            h = None    # "близько 3-ї години ночі": digits with the genitive ending
        elif prep not in ("о", "об"):
            return None
        else:
            h = lex.clock_hours.get(t)
        digits = h is None
        hour_noun = False
        if digits:
            m = _CLOCK_DIGITS.match(t)
            if not m or int(m.group(1)) > 24:
                return None
            h = int(m.group(1))
        if self.n(j) in lex.clock_hour_nouns:
            j += 1
            hour_noun = digits and not t.isdigit()     # "о 9-й годині"
        h, j, part = self._with_part(h, j)
        if not part and digits and not hour_noun:
            return None         # "о 8" alone is left to the digit patterns
        day = self._over_midnight(start, h % 24, self._anchor_day(j) or "XXXX-XX-XX")
        self.emit(start, j, "TIME", f"{day}T{h % 24:02d}:{minutes:02d}")
        return j

    def _quarter(self, i: int) -> tuple[int, int, int, int] | None:
        """"(о) чверть на п'яту" -> 4:15, "за чверть п'ята" / "за чверть до п'ятої" -> 4:45:
        (hour, minutes, the index after the hour word, where the span starts: "за" is part of
        "a quarter before", not a preposition to leave out). None for "чверть години" and
        other quarters that are no clock time."""
        lex, prep = self.lex, self.n(i - 1)
        if self.n(i + 1) == "на" and (prep in ("о", "об") or prep in lex.clock_gen_preps):
            h = lex.clock_half_hours.get(self.n(i + 2))
            return (h - 1, 15, i + 3, i) if h is not None else None
        if prep not in lex.clock_quarter_before_words:
            return None
        h = lex.clock_hours_nom.get(self.n(i + 1))
        if h is not None:
            return h - 1, 45, i + 2, i - 1
        if self.n(i + 1) == "до":
            h = lex.clock_hours_gen.get(self.n(i + 2))
            if h is not None:
                return h - 1, 45, i + 3, i - 1
        return None


__all__ = ["ClockWords"]
