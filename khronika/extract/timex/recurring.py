"""Recurring times (TIMEX3 SET), mixed into the scanner: "щодня", "щоранку о 9-й", "кожного
вечора", "кожного 11 вересня", "з понеділка по п'ятницю з 9:00". A frequency often wraps another
time that the other patterns read ("о 10:00", "11 вересня"): it is read first by them and then
turned into a SET here, so the value of the day or hour is never written twice.

A mixin of `scan.Scanner` (it supplies n, toks, lex, doc, out, emit, match, `_day`, `_month`).
"""
from __future__ import annotations

from ...document import Timex
from .calendar import DAY_VALUE
from .counts import duration


class Recurring:
    """`m_frequency`, the yearly or monthly day and the clock times that recur with a SET
    (`_recurring_clocks`, run after the scan)."""

    def _recurring_clause(self, i: int) -> bool:
        """A frequency word ("щодня", "щотижня") in the clause of token i."""
        bounds = self.lex.clause_bounds
        for step in (-1, 1):
            k = i + step
            while 0 <= k < len(self.toks) and self.toks[k].norm not in bounds:
                if self.toks[k].norm in self.lex.frequency_adverbs:
                    return True
                k += step
        return False

    def _recurring_clocks(self) -> None:
        """A clock time in the clause of a recurring time ("щодня з 8:00 до 18:00", "з
        понеділка по п'ятницю з 9:00") recurs with it: a SET of that hour on no one day."""
        text = self.doc.text
        sets = [(n, tx) for n, (_, tx) in enumerate(self.out) if tx.type == "SET"
                and (tx.value in ("P1D", "P1W") or tx.value.startswith("XXXX-WXX"))]
        if not sets:
            return
        for n, (si, tx) in enumerate(self.out):
            if tx.type != "TIME" or len(tx.value) != 16 or tx.value[13] != ":":
                continue
            for _, st in sets:
                lo, hi = (st.end, tx.start) if st.end <= tx.start else (tx.end, st.start)
                gap = text[lo:hi]
                if hi - lo <= 40 and not any(c in gap for c in ".;!?\n"):
                    self.out[n] = (si, Timex(tx.start, tx.end, tx.text, "SET",
                                             "XXXX-XX-XX" + tx.value[10:], tx.mod))
                    break

    def m_frequency(self, i: int) -> int | None:
        t, lex = self.n(i), self.lex
        v = lex.frequency_adverbs.get(t)
        if v is not None:
            if (v == "P1D" or v.startswith("XXXX-XX-XXT")) and self.n(i + 1) in ("о", "об"):
                # "щоранку о 9-й годині", "щодня о 10:00": every day at that hour, one SET
                mark = len(self.out)
                end = self.match(i + 2)
                got = self.out[mark:]
                if end and len(got) == 1 and got[0][1].type == "TIME" and "T" in got[0][1].value \
                        and got[0][1].value[-3] == ":":
                    del self.out[mark:]
                    self.emit(i, end, "SET", "XXXX-XX-XX" + got[0][1].value[10:])
                    return end
                del self.out[mark:]
            if v == "P1Y" and self.n(i + 1)[:1].isdigit():
                end = self._yearly_day(i)
                if end:
                    return end
            self.emit(i, i + 1, "SET", v)
            return i + 1
        if t in lex.every:
            part = lex.day_part_nouns.get(self.n(i + 1))
            if part is not None:
                self.emit(i, i + 2, "SET", "XXXX-XX-XX" + part)     # "кожного вечора"
                return i + 2
            # "кожного божого дня", "кожного робочого тижня": an adjective before the unit;
            # "кожен наступний день" is each day in turn, no frequency
            k = i + 2 if i + 2 < len(self.toks) and self.toks[i + 1].pos == "ADJF" \
                and self.toks[i + 1].text.islower() and self.n(i + 1) not in lex.deictic \
                and self.n(i + 2) in lex.units else i + 1
            u = lex.units.get(self.n(k))
            if u is not None and self.n(k) in ("день", "дня", "тиждень", "тижня", "місяць",
                                               "місяця", "рік", "року", "доби", "добу",
                                               "годину", "години"):
                self.emit(i, k + 1, "SET", duration(1, u))
                return k + 1
            wd = lex.weekdays.get(self.n(i + 1))
            if wd is not None:
                self.emit(i, i + 2, "SET", f"XXXX-WXX-{wd}")
                return i + 2
            if self.n(i + 1)[:1].isdigit():
                return self._yearly_day(i)      # "кожного 11 вересня"
        return None

    def _yearly_day(self, i: int) -> int | None:
        """"кожного 11 вересня", "щороку 11 вересня", "щороку 1 вересня": that day of every
        year, one SET (the frequency word at i, the day and month after it)."""
        mark = len(self.out)
        end = self.match(i + 1)
        got = self.out[mark:]
        del self.out[mark:]
        if end and len(got) == 1 and got[0][1].type == "DATE" and DAY_VALUE.match(got[0][1].value):
            day = self._day(i + 1)
            monthly = day is not None and self._month(day[1], ambiguous_ok=True) is None
            # "кожного 5-го числа": that day of every month
            self.emit(i, end, "SET", ("XXXX-XX" if monthly else "XXXX") + got[0][1].value[7 if monthly else 4:])
            return end
        return None
