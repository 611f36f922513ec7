"""Weekdays and weekends, mixed into the scanner: "у вівторок", "у понеділок вранці", "з
понеділка по п'ятницю", "на вихідних", "минулих вихідних". A weekday names no week of its own:
it takes the week named last in context ("Минулого тижня ... У вівторок"), else the one the
verb's tense points to from the document date, so the week-finding helpers live here with it.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, out, sent, emit, tense_at,
weekday_tense, `_bound`, `_shifted`; `_day_part_after` and `_recurring_clause` come from the
other mixins).
"""
from __future__ import annotations

import datetime as dt

from ...textnorm import norm_word
from . import calendar as cal
from .calendar import DAY_VALUE


class Weekdays:
    """`m_weekend`, `m_weekday` and the week a weekday falls in."""

    def _week_day(self, i: int, wd: int) -> dt.date | None:
        """The weekday `wd` of the week named in context (`_context_week`), unless the verb's
        tense puts it on the other side of the document date ("15-го ... У вівторок буде
        нарада": a future Tuesday, not the one before the 15th)."""
        week = self._context_week()
        after = self._weekday_told_ahead() if week is None else None
        if week is None and after is None:
            return None
        day = dt.date.fromisocalendar(week[0], week[1], wd) if after is None \
            else after + dt.timedelta(days=(wd - after.isoweekday()) % 7)
        tense = self.tense_at(i) if self.ref is not None else None
        if (tense == "futr" and day < self.ref) or (tense == "past" and day > self.ref):
            return None
        return day

    def _weekday_told_ahead(self) -> dt.date | None:
        """The day of a weekday told last in this sentence or the one before that its tense
        put ahead of the document's week ("У вівторок президент візьме участь у саміті. У
        четвер делегація вирушить ...": the Thursday after that Tuesday, not this week's). A
        weekday of the document's week or before it names none (`_context_week`)."""
        for sent, tx in reversed(self.out):
            if sent < self.sent - 1:
                break
            if tx.type != "DATE" or self._bound(tx):
                continue
            v = tx.value
            if self.ref is None or len(tx.text.split()) != 1 \
                    or norm_word(tx.text) not in self.lex.weekdays \
                    or not (DAY_VALUE.match(v) and v[:4].isdigit()):
                return None
            day = dt.date.fromisoformat(v)
            return day if cal.week_id(day) > cal.week_id(self.ref) else None
        return None

    def _context_week(self) -> tuple[int, int] | None:
        """(ISO year, week) of the week or day named last in this sentence or the one before
        (a day other than the document date); else None."""
        for sent, tx in reversed(self.out):
            if sent < self.sent - 1:
                break
            v = tx.value
            if tx.type != "DATE" or self._bound(tx):
                continue
            if len(tx.text.split()) == 1 and norm_word(tx.text) in self.lex.weekdays:
                continue    # a weekday put in a week by the document date names no week
            if len(v) == 8 and v[4:6] == "-W" and v[:4].isdigit() and v[6:].isdigit():
                return int(v[:4]), int(v[6:])
            if DAY_VALUE.match(v) and v[:4].isdigit():
                day = dt.date.fromisoformat(v)
                return None if day == self.ref else tuple(day.isocalendar())[:2]
            return None
        return None

    def m_weekend(self, i: int) -> int | None:
        """"на вихідних": the weekend of this week (of last week when told in the past
        tense on a weekday)."""
        if self.n(i) not in self.lex.weekend:
            return None
        shift = self.lex.weekend_determiners.get(self.n(i - 1))
        if shift is not None:
            # "минулих вихідних", "цими вихідними", "на наступних вихідних": that week's
            first = i - 1
            if self.ref is None:
                self.emit(first, i + 1, "DATE", cal.ref_for_offset(shift))
                return i + 1
            off = shift
            if shift == 0:
                off = -1 if self.tense_at(i) == "past" and self.ref.isoweekday() < 6 else 0
            self.emit(first, i + 1, "DATE", self._shifted("W", off) + "-WE")
            return i + 1
        prev, lex = self.n(i - 1), self.lex
        if prev != "на" and not (prev in ("у", "в") and self.n(i) == "вихідні") \
                and not (prev in lex.weekend_gen_preps and self.n(i) == "вихідних") \
                and not (prev in lex.weekend_past_preps and self.n(i) == "вихідні"
                         and self.tense_at(i) == "past"):
            return None
        if self.ref is None:
            self.emit(i, i + 1, "DATE", "PRESENT_REF")
            return i + 1
        saturday = self._week_day(i, 6)
        if saturday is not None:
            # "У четвер президент вирушить до Брюсселя. На вихідних ...": that week's weekend
            self.emit(i, i + 1, "DATE", cal.week_id(saturday) + "-WE")
            return i + 1
        off = -1 if self.tense_at(i) == "past" and self.ref.isoweekday() < 6 else 0
        self.emit(i, i + 1, "DATE", self._shifted("W", off) + "-WE")
        return i + 1

    def m_weekday(self, i: int) -> int | None:
        wd = self.lex.weekdays.get(self.n(i))
        if wd is None:
            return None
        prev = self.n(i - 1)
        if prev not in self.lex.weekday_preps and self._heading_line(i) and self.ref is not None:
            # "Понеділок." alone on its line heads a day of a digest: the day of the week the
            # lines under it tell of, in the past or to come as their verbs say
            self.emit(i, i + 1, "DATE", cal.weekday_near(self.ref, wd, self._tense_below()).isoformat())
            return i + 1
        if prev not in self.lex.weekday_preps and not (
                prev in ("і", "й", "та", "або", "чи", "-") and self.n(i - 2) in self.lex.weekdays
                and self.out and self.out[-1][0] == self.sent
                and self.out[-1][1].end == self.toks[i - 2].end):
            return None     # "як понеділок або четвер": weekdays named as words, no days
        # (after a weekday timex and "і", "або" or a dash, "у суботу – неділю", it is a day)
        shift = self.lex.deictic.get(self.n(i + 1))
        if shift is not None and self.n(i + 2) == "тижня" and self.ref is not None:
            # "у середу минулого тижня", "у понеділок наступного тижня": that week's day, one
            # expression (the week alone would date the happening by a whole week)
            day = cal.weekday_in_week(cal.shift_weeks(self.ref, shift), wd)
            self.emit(i, i + 3, "DATE", day.isoformat())
            return i + 3
        last = self.lex.weekdays.get(self.n(i + 2))
        if prev in ("з", "із", "від") and self.n(i + 1) in self.lex.range_connectors \
                and last is not None and last != wd:
            return self._weekday_range(i, wd, last)
        # ("Учора домовилися зустрітися в четвер": a day an asked or agreed act is set for lies
        # ahead, not in the week of the day the asking is dated by)
        week = None if self._asked_ahead(i) else self._week_day(i, wd)
        if week is None and self.span is not None:
            week = _in_stretch(self.span, wd)   # "У понеділок" under "12–18 червня"
        if week is not None:
            # "Минулого тижня ... У вівторок": that week's day; after a day named in the
            # sentence before (a question and its answer), the weekday of that day's week
            value = week.isoformat()
        elif self.ref is None:
            value = f"XXXX-WXX-{wd}"
        else:
            value = cal.weekday_near(self.ref, wd, self.weekday_tense(i)).isoformat()
        part_at = self._day_part_after(i + 1)
        if part_at is not None and value[:4].isdigit():
            # "у понеділок вранці", "в неділю пізно ввечері": that day's part of the day
            self.emit(i, part_at + 1, "TIME", value + self.lex.day_part_adverbs[self.n(part_at)])
            return part_at + 1
        self.emit(i, i + 1, "DATE", value)
        return i + 1

    def _heading_line(self, i: int) -> bool:
        """The weekday at i is the only word of its line ("Понеділок.", "Вівторок:")."""
        doc = self.doc
        para = doc.paragraphs[doc.sentences[self.sent].paragraph]
        t = self.toks[i]
        rest = doc.text[para.start:t.start] + doc.text[t.end:para.end]
        return not any(ch.isalnum() for ch in rest)

    def _tense_below(self) -> str | None:
        """The tense of the first finite verb after the current sentence ("Понеділок.
        Президент провів ...": past), or None."""
        doc = self.doc
        start = doc.sentences[self.sent].last_token
        for tok in doc.tokens[start:start + 40]:
            if tok.pos == "VERB" and tok.tense in ("past", "futr", "pres"):
                return tok.tense if tok.tense != "pres" else None
        return None

    def _weekday_range(self, i: int, first: int, last: int) -> int:
        """"з понеділка по п'ятницю": a working week told as a habit ("приймає з понеділка по
        п'ятницю", with a frequency or a clock time in the clause) is one SET, the TIMEX3 value
        of the working days or the weekend (`weekday_runs`); another run is a SET on each of
        its two weekdays, as TIMEX3 has no interval of weekdays. Told in the past or future
        tense it is one week's two days, the second on or after the first."""
        tense = self.weekday_tense(i)
        week = self._week_day(i, first)
        if (tense is None and week is None) or self.ref is None or self._recurring_clause(i):
            named = self.lex.weekday_runs.get((first, last))
            if named is not None:
                self.emit(i, i + 3, "SET", named)
            else:
                self.emit(i, i + 1, "SET", f"XXXX-WXX-{first}")
                self.emit(i + 2, i + 3, "SET", f"XXXX-WXX-{last}")
            return i + 3
        start = week or cal.weekday_near(self.ref, first, tense)
        end = start + dt.timedelta(days=(last - first) % 7)
        self.emit(i, i + 1, "DATE", start.isoformat())
        self.emit(i + 2, i + 3, "DATE", end.isoformat())
        return i + 3


def _in_stretch(span: tuple[dt.date, dt.date], wd: int) -> dt.date | None:
    """The one day of weekday `wd` within the stretch of days `span`, or None."""
    first, last = span
    days = [first + dt.timedelta(days=k) for k in range((last - first).days + 1)]
    found = [d for d in days if d.isoweekday() == wd]
    return found[0] if len(found) == 1 else None
