"""Recurring times (TIMEX3 SET), mixed into the scanner: "щодня", "щоранку о 9-й", "кожного
вечора", "кожного 11 вересня", "з понеділка по п'ятницю з 9:00". A frequency often wraps another
time that the other patterns read ("о 10:00", "11 вересня"): it is read first by them and then
turned into a SET here, so the value of the day or hour is never written twice.

A mixin of `scan.Scanner` (it supplies n, toks, lex, doc, out, emit, match, `_day`, `_month`,
`_month_after_prep`, `_day_part_after`).
"""
from __future__ import annotations

from ...document import Timex
from .calendar import DAY_VALUE, clock_time
from .counts import duration


class Recurring:
    """`m_frequency`, the yearly or monthly day and the clock times that recur with a SET
    (`_regime_clocks` and `_recurring_clocks`, run after the scan)."""

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
        sets = [tx for _, tx in self.out if tx.type == "SET"
                and (tx.value in ("P1D", "P1W") or tx.value.startswith("XXXX-WXX"))]
        if sets:
            self._clocks_beside(sets, 40, lambda tx: True)

    def _regime_clocks(self) -> None:
        """The hours that bound a daily regime in its clause ("комендантська година з 00:00 до
        05:00", "світломаскування діє з 22:00"): the regime holds every day between them, a
        SET of each hour. Only a bound ("з", "до", "від", "по" before the hour): "о 02:00 під час
        комендантської години" is one night's time."""
        lemmas = self.lex.recurring_regime_lemmas
        toks = self.doc.tokens      # (the scan is over: the whole document's, not a sentence's)
        regimes = [t for t in toks if t.lemma in lemmas or t.norm in lemmas]
        if not regimes:
            return
        at = {t.start: k for k, t in enumerate(toks)}

        def bound(tx) -> bool:
            if clock_time(tx.text) is None:
                return False
            k = at.get(tx.start)
            return bool(k) and toks[k - 1].norm in self.lex.regime_bound_preps
        self._clocks_beside(regimes, 60, bound)

    def _clocks_beside(self, anchors: list, reach: int, fits) -> None:
        """Turn each clock time (a TIME of an hour that `fits`) within `reach` characters of one
        of `anchors` (anything with a start and an end), with no sentence or clause stop
        between, into a SET of that hour on no one day."""
        text = self.doc.text
        for n, (si, tx) in enumerate(self.out):
            if tx.type != "TIME" or len(tx.value) != 16 or tx.value[13] != ":" or not fits(tx):
                continue
            for r in anchors:
                lo, hi = (r.end, tx.start) if r.end <= tx.start else (tx.end, r.start)
                if hi - lo <= reach and not any(c in text[lo:hi] for c in ".;!?\n"):
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
            if v.startswith("XXXX-WXX-") and v[-1].isdigit():
                return self._weekly(i, i + 1, v)    # "щонеділі вранці"
            if v == "P1Y" and self.n(i + 1)[:1].isdigit():
                end = self._yearly_day(i)
                if end:
                    return end
            if v == "P1Y":
                end = self._yearly_month(i, i + 1)
                if end:
                    return end      # "щороку в травні": May of every year
            if v == "P1M" and self.n(i + 1)[:1].isdigit():
                end = self._monthly_day(i, i + 1)
                if end:
                    return end      # "щомісяця 10-го числа"
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
            kind = lex.year_parts.get(self.n(i + 1)) \
                if self.n(i + 1) in lex.deictic_year_parts else None
            if kind is not None:
                self.emit(i, i + 2, "SET", "P3M" if kind == "Q" else "P6M")   # "кожного кварталу"
                return i + 2
            wd = lex.weekdays.get(self.n(i + 1))
            if wd is not None:
                return self._weekly(i, i + 2, f"XXXX-WXX-{wd}")
            month = self._month(i + 1, ambiguous_ok=False)
            if month is not None:
                self.emit(i, i + 2, "SET", f"XXXX-{month:02d}")     # "кожного травня"
                return i + 2
            if self.n(i + 1)[:1].isdigit():
                return self._yearly_day(i)      # "кожного 11 вересня"
        return None

    def m_weekday_plural(self, i: int) -> int | None:
        """"по понеділках", "по вівторках і четвергах", "по буднях": each such day, a SET of
        its weekday (or the TIMEX3 week tokens WD, WE); after "по", or after "і"/"та" that
        follows one such day."""
        value = self.lex.weekday_plurals.get(self.n(i))
        if value is None:
            return None
        prev = self.n(i - 1)
        joined = prev in ("і", "й", "та", "або", "чи", ",") and self.out \
            and self.out[-1][0] == self.sent and self.out[-1][1].end == self.toks[i - 2].end \
            and self.n(i - 2) in self.lex.weekday_plurals
        if prev != "по" and not joined:
            return None
        self.emit(i, i + 1, "SET", value)
        return i + 1

    def _weekly(self, i: int, j: int, value: str) -> int:
        """A weekday of every week (tokens i..j-1), with the part of the day after it if any:
        "кожної п'ятниці ввечері" is one SET, XXXX-WXX-5TEV (TIMEX3 puts the part of the day
        after the recurring day)."""
        part_at = self._day_part_after(j)
        if part_at is not None and self.lex.day_part_adverbs[self.n(part_at)][1:2].isalpha():
            self.emit(i, part_at + 1, "SET", value + self.lex.day_part_adverbs[self.n(part_at)])
            return part_at + 1
        self.emit(i, j, "SET", value)
        return j

    def _yearly_month(self, i: int, k: int) -> int | None:
        """"щороку в травні", "щорічно у вересні": that month of every year, one SET from the
        frequency word at i over the month after the preposition at k."""
        if self.n(k) not in ("в", "у"):
            return None
        month = self._month(k + 1, ambiguous_ok=True)
        if month is None or not self._month_after_prep(k + 1):
            return None
        self.emit(i, k + 2, "SET", f"XXXX-{month:02d}")
        return k + 2

    def _monthly_day(self, i: int, k: int) -> int | None:
        """"щомісяця 10-го числа": that day of every month, one SET (the frequency word at i,
        the day at k followed by "числа")."""
        day = self._day(k)
        if day is None or self.n(day[1]) != "числа":
            return None
        self.emit(i, day[1] + 1, "SET", f"XXXX-XX-{day[0]:02d}")
        return day[1] + 1

    def monthly_day_after(self, j: int) -> int | None:
        """The end of "кожного місяця" / "щомісяця" right after "15 числа" (token j): the day
        is then that day of every month."""
        if self.lex.frequency_adverbs.get(self.n(j)) == "P1M":
            return j + 1
        if self.n(j) in self.lex.every and self.lex.units.get(self.n(j + 1)) == "M" \
                and self.n(j + 1) in ("місяця", "місяць"):
            return j + 2
        return None

    def rate_set(self, first: int, end: int, value: str) -> bool:
        """A unit after "двічі на", "раз на", "тричі на", "кілька разів на" (the unit's
        count starting at `first`) is how often, one SET from the count word ("двічі на
        тиждень" P1W, "раз на два роки" P2Y); TIMEX3's freq has no field in SPEC."""
        if self.n(first - 1) != "на":
            return False
        k = first - 2
        if self.n(k) not in self.lex.times_words:
            return False
        if self.n(k) in ("рази", "разів", "разу") and k > 0 and (
                self.n(k - 1) in self.lex.cardinals or self.n(k - 1).isdigit()
                or self.n(k - 1) in self.lex.vague_counts):
            k -= 1      # "три рази на тиждень", "кілька разів на рік"
        self.emit(k, end, "SET", value)
        return True

    def every_count(self, i: int, end: int, value: str) -> bool:
        """"кожні п'ять років", "кожних два тижні": every so many units, one SET."""
        if self.n(i - 1) not in self.lex.every_plural:
            return False
        self.emit(i - 1, end, "SET", value)
        return True

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
