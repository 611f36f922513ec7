"""Numbers of time units, mixed into the scanner: a length ("три дні", "протягом 3-х
місяців" -> a DURATION), a shift from the document date ("два дні тому", "через тиждень" -> the
day, week, month or year it lands on) and a range of counts ("2-3 тижні", a vague number of
units). Kept apart from the date patterns because a count names how long or how far, not when;
`duration` is shared with the scanner's other patterns so every length is written one way.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, emit, tense_at, `_number`,
`_anchor_day`, `_anchored_count`; `rate_set` and `every_count` from `Recurring`).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from . import calendar as cal

# A length of days, weeks, months or years ("P6M", "P50Y", "P1.5Y"); hours ("PT30M") are not.
_LENGTH = re.compile(r"P(\d+(?:\.\d+)?)([DWMY])")


def duration(n: int | str, unit: str) -> str:
    """The TIMEX3 value of n units (or "X" of them, a vague count): hours and minutes take the
    "PT" time prefix."""
    if unit == "H":
        return f"PT{n}H"
    if unit == "MIN":
        return f"PT{n}M"
    return f"P{n}{unit}"


class Counts:
    """Counted units: `_count` is the scanner's last try at a token (see `m_numeric`)."""

    def _count_range(self, i: int) -> tuple[int, int] | None:
        """A count range before a unit: "2-3" / "три-п'ять" (one token) or "2 – 3", "двох –
        трьох" -> (unit index, low count), the low count smaller than the high."""
        t, lex = self.n(i), self.lex
        lo = hi = None
        j = i + 1
        if "-" in t:
            a, _, b = t.partition("-")
            if a.isdigit() and b.isdigit():
                lo, hi = int(a), int(b)
            else:
                lo, hi = lex.cardinals.get(a), lex.cardinals.get(b)
        elif self.n(i + 1) == "-":
            first, second = self._number(i), self._number(i + 2)
            if first is not None and second is not None and first[1] == i + 1:
                lo, hi, j = first[0], second[0], second[1]
        if lo is None or hi is None or not 0 < lo < hi <= lex.count_range_max:
            return None
        u = lex.units.get(self.n(j))
        if u is None or self.toks[j].text[:1].isupper():
            return None
        return j, lo

    def _emit_count_range(self, i: int, j: int) -> int:
        """The count range from token i, its unit at j: a vague number of units."""
        u = self.lex.units[self.n(j)]
        if self.n(j + 1) in self.lex.ago_words:
            self.emit(i, j + 2, "DATE", "PAST_REF")
            return j + 2
        if self.n(i - 1) in self.lex.after_words:
            self.emit(i, j + 1, *self.ahead_vaguely(i, u))     # "через 2-3 години" in a story
            return j + 1
        self.emit(i, j + 1, "DURATION", duration("X", u))
        return j + 1

    def _count(self, i: int) -> int | None:
        """Number + unit: a duration ("три дні"), or an offset ("через тиждень", "два дні
        тому"); a range of counts ("2–3 тижні") is a vague number of units."""
        rng = self._count_range(i)
        if rng is not None:
            return self._emit_count_range(i, rng[0])
        num = self._number(i)
        if num is None:
            return None
        v, j = num
        if self.n(j - 1) in self.lex.big_ordinals:
            return None     # "на сороковий день": a rank, no count of days
        if (self.n(j), self.n(j + 1)) in self.lex.and_a_half_words:
            return self._count_and_a_half(i, j + 2, v)
        if self.n(j) in self.lex.count_adjectives and self.lex.units.get(self.n(j + 1)) is not None:
            j += 1      # "десяти календарних днів", "два минулих тижні"
        u = self.lex.units.get(self.n(j))
        if u is None and self.n(i - 1) in ("від", "з", "із") and self.n(j) == "до":
            return self._lower_bound(i, j, v)
        if u is None or v == 0 or self.toks[j].text[:1].isupper():
            return None         # "два Дні Перемоги" names holidays
        if self.n(j) in self.lex.ordinal_unit_forms and self.n(i - 1) == "на":
            return j + 1        # "на 90 хвилині": the minute of a match, an ordinal, no length
        end = j + 1
        if u == "Y" and 1000 <= v <= 2100 and j > i + 1 and self.n(j) in ("рік", "року", "році"):
            self.emit(i, end, "DATE", f"{v:04d}")   # "дві тисячі двадцять другого року"
            return end
        if u == "H" and v <= 24 and (self.n(i - 1) in ("о", "об") or (
                self.n(i - 1) in self.lex.clock_bound_preps and self.n(j) == "години")):
            # "о 15 годині" is a clock time; so is "до 18 години" (the genitive singular: a
            # length would be "до 18 годин")
            day = self._anchor_day() or "XXXX-XX-XX"
            self.emit(i, end, "TIME", f"{day}T{v % 24:02d}:00")
            return end
        if self.n(end) in self.lex.ago_words:
            self.emit(i, end + 1, "DATE", self._ago_value(i, u, v))
            return end + 1
        if self._age(i, j, v):
            return end      # "у 18 років Кадар опиняється в Ньюкаслі": an age, no length
        anchored = self._anchored_count(i, end, v, u)
        if anchored is not None:
            return anchored     # "через два дні після цього": from the day told
        if self.n(i - 1) in self.lex.after_words and self.n(end) not in ("після", "від") and not (
                u == "Y" and v >= 10 and self.tense_at(i) != "futr"):
            # "через 75 років після війни", "Через 80 років їх убивають вдруге": counted from
            # another time, not from the document's date: the length alone
            told = self.told_after(i, v, u) or self.told_after_hours(i, _minutes(v, u), u)
            self.emit(i, end, *(told or ("DATE", self._offset_value(u, v))))
            return end
        if self.rate_set(i, end, duration(v, u)) or self.every_count(i, end, duration(v, u)):
            return end      # "раз на два тижні", "кожні п'ять років": how often
        more = self._number(end) if u == "H" else None
        if more is not None and self.lex.units.get(self.n(more[1])) == "MIN" and 0 < more[0] < 60:
            # "тривала 1 годину 25 хвилин": one length of hours and minutes
            self.emit(i, more[1] + 1, "DURATION", f"PT{v}H{more[0]}M")
            return more[1] + 1
        self.emit(i, end, "DURATION", duration(v, u))
        return end

    def _count_and_a_half(self, i: int, j: int, v: int) -> int | None:
        """"два з половиною роки", "упродовж двох з половиною років": a length of v and a half
        units (the unit at j), or, before "тому", the time that far back."""
        u = self.lex.units.get(self.n(j))
        if u is None or self.toks[j].text[:1].isupper() or u not in ("H", "D", "W", "M", "Y"):
            return None
        return self._length_or_ago(i, j + 1, f"PT{v}.5H" if u == "H" else f"P{v}.5{u}")

    def _lower_bound(self, i: int, j: int, v: int) -> int | None:
        """"від 7 до 12 років позбавлення волі": the lower end of a range of lengths is a
        length of the unit written after the upper one (each end a DURATION, as TIMEX3 marks
        the ends of a range); "з 1904 до 1918 року" is a year. Not a clock hour: "з 13 до 14
        години" is read as clock times."""
        upper = self._number(j + 1)
        if upper is None:
            return None
        unit_at = upper[1]
        if self.n(unit_at) in self.lex.count_adjectives:
            unit_at += 1
        u = self.lex.units.get(self.n(unit_at))
        if u is None or self.n(unit_at) in self.lex.clock_hour_nouns or not 0 < v < upper[0] \
                or self.toks[unit_at].text[:1].isupper():
            return None
        if u == "Y" and v >= 1000:
            self.emit(i, j, "DATE", f"{v:04d}")     # "з 1904 до 1918 року": two years
        else:
            self.emit(i, j, "DURATION", duration(v, u))
        return j

    def _ago_length(self, value: str) -> str:
        """The day, week, month or year a length written in words lies back from the report
        ("пів року тому", "пів століття тому", "півтора року тому"): the same counting as
        "два роки тому", a half year in months; what has no whole unit (hours, a day and a
        half) is only the past."""
        m = _LENGTH.fullmatch(value)
        if m is None:
            return "PAST_REF"
        n, unit = float(m.group(1)), m.group(2)
        if n != int(n) and unit == "Y":
            n, unit = n * 12, "M"
        if n != int(n) and unit == "W":
            n, unit = n * 7, "D"
        if n != int(n) or n == 0:
            return "PAST_REF"
        return self._offset_value(unit, -int(n))

    def _age(self, i: int, j: int, v: int) -> bool:
        """The count of years from token i to its unit at j is a person's age: after "у"/"в"
        (`age_preps`: "у 18 років", "в дев'ятнадцять років") with no word of time after it
        ("у три роки після аварії" counts on from it), or after one named in the dative,
        with a verb of being or turning between or none ("Йому був сорок один рік")."""
        lex = self.lex
        if self.n(j) not in lex.age_year_forms or v > 120:
            return False
        k = i - 2 if self.n(i - 1) in lex.age_verbs else i - 1
        if self.n(k) in lex.age_datives:
            return True     # "Йому був сорок один рік", "їй 19 років"
        return self.n(i - 1) in lex.age_preps and self.n(j + 1) not in lex.anchor_date_preps \
            and self.n(j + 1) not in ("від",)

    def _ago_value(self, i: int, unit: str, n: int) -> str:
        """The time n units before the document date, told from token i ("три роки тому"): the
        unit's own granularity (2022), or the very day when a word of exactness stands before
        it ("Рівно місяць тому", "рівно три роки тому": that day of that month or year)."""
        ref = self.ref
        if ref is None or self.n(i - 1) not in self.lex.exact_words or unit not in ("D", "W", "M", "Y"):
            return self._offset_value(unit, -n)
        if unit in ("D", "W"):
            return (ref - dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
        y, m = cal.shift_months(ref.year, ref.month, -n * (12 if unit == "Y" else 1))
        return dt.date(y, m, min(ref.day, calendar.monthrange(y, m)[1])).isoformat()

    def _offset_value(self, unit: str, n: int) -> str:
        ref = self.ref
        if ref is None:
            return cal.ref_for_offset(n)
        if unit == "D":
            return (ref + dt.timedelta(days=n)).isoformat()
        if unit == "W":
            return cal.week_id(ref + dt.timedelta(weeks=n))
        if unit == "M":
            return cal.month_id(*cal.shift_months(ref.year, ref.month, n))
        if unit == "Y":
            return f"{ref.year + n:04d}"
        return "PAST_REF" if n < 0 else "FUTURE_REF"


def _minutes(n: int, unit: str) -> int:
    """n hours or minutes in minutes (what `told_after_hours` shifts a clock time by)."""
    return n * 60 if unit == "H" else n
