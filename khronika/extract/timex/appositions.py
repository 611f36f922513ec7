"""Times told in two parts next to each other, read as one expression with one value: a
weekday and the date it falls on ("У вівторок, 17 листопада"), a part of the day and its day
("Вночі 16 січня", "пізно ввечері в п'ятницю"), a night named by the day it starts and the one
it ends on ("у ніч з 24 на 25 листопада"). TIMEX3 tags such an apposition whole; two timexes
with two values would give one happening two times.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, doc, out, emit and the helpers
`_day`, `_month`, `_day_value`, `tense_at`).
"""
from __future__ import annotations

import datetime as dt
import re

from ...document import Timex
from ...textnorm import norm_word
from . import calendar as cal
from .calendar import DAY_VALUE


_YEAR_WRITTEN = re.compile(r"\d{4}")


def _in_story_year(counted: str, day: Timex) -> str | None:
    """The day `day` (written without a year) moved to the year of `counted`, the value of
    the words before it ("1991-11"), when it falls in the month those words landed in or the
    next one (a count of months or weeks is told roughly); else None."""
    if _YEAR_WRITTEN.search(day.text) or not counted[:4].isdigit() or counted[4:5] != "-" \
            or not counted[5:7].isdigit():
        return None
    y, m = int(counted[:4]), int(counted[5:7])
    dm = int(day.value[5:7])
    if dm == m:
        return f"{y:04d}{day.value[4:]}"
    if dm == m % 12 + 1:
        return f"{y + (m == 12):04d}{day.value[4:]}"
    return None


def _first_word(tx: Timex) -> str:
    return norm_word(tx.text.split()[0].strip(",–-"))


class Appositions:
    """Joins run after the scan (`_dated_weekdays`) and the night from one day to the next,
    tried by `m_day_part` (`_night_from_to`)."""

    def _dated_weekdays(self) -> None:
        """One time told twice in a row is one expression with one value (TIMEX3 tags an
        apposition whole): "У середу, 11 березня" and "минулої середи, 4 березня" are the day
        the date names, whichever week the weekday alone was put in (the date is the more
        exact of the two); "Вночі 16 січня", "Ввечері 22 листопада" and "16 січня вночі" are
        that day's part of the day. Only a comma, a dash or a space may stand between them;
        "ввечері в п'ятницю" is the evening of that Friday (`_part_of_weekday`); "5 березня, у
        середу," is the 5th (`_weekday_after_date`)."""
        self._days_named_again()
        for joiner, gaps in ((self._joined, ("",)), (self._part_of_weekday, ("в", "у")),
                             (self._weekday_after_date, ("", "в", "у"))):
            out, k = self.out, 0
            while k + 1 < len(out):
                (s1, a), (s2, b) = out[k], out[k + 1]
                tx = None
                if s1 == s2 and b.start - a.end <= 4 and \
                        self.doc.text[a.end:b.start].strip(" ,–—-").lower() in gaps:
                    tx = joiner(a, b)
                if tx is None:
                    k += 1
                else:
                    out[k:k + 2] = [(s1, tx)]

    def _days_named_again(self) -> None:
        """"Наступного дня, 5 березня,", "Вчора, 19 листопада,", "Два місяці тому, 1 березня
        2014 р.,", "Рівно 30 років тому, 5 грудня 1994 року,": a time told in words and named again by its date after a comma is that date,
        whatever it was counted from (the story's last day or the document's). The two stay
        two timexes, as they always were; only the words take the more exact value of the date.
        With no comma ("А вже через тиждень 18 березня вона була звільнена") the date written
        without its year is the day the words counted, in the story's year, when both name the
        same day of the month."""
        out, text = self.out, self.doc.text
        for k in range(len(out) - 1):
            (s1, a), (s2, b) = out[k], out[k + 1]
            if s1 != s2 or a.type != "DATE" or b.type != "DATE" or a.value == b.value \
                    or not a.value[:4].isdigit() or not DAY_VALUE.match(b.value) \
                    or not b.value[:4].isdigit() or not b.text[:1].isdigit() \
                    or (any(c.isdigit() for c in a.text)
                        and norm_word(a.text.split()[-1]) not in self.lex.ago_words):
                continue    # (a count back in digits is words too: "30 років тому, 5 грудня")
            gap = text[a.end:b.start].strip()
            if gap == "," and self._aside_end(s1, a):
                continue    # "Як стало відомо сьогодні, 8 червня міністр ...": two days
            if gap == ",":
                moved = _in_story_year(a.value, b) if b.value[:4] != a.value[:4] else None
                if moved is not None:
                    # "Через три місяці, 1 грудня," after "24 серпня 1991 року": the words
                    # counted on in the story's year, and the date without its year is in it
                    out[k + 1] = (s2, Timex(b.start, b.end, b.text, b.type, moved, b.mod))
                out[k] = (s1, Timex(a.start, a.end, a.text, a.type, moved or b.value, None))
            elif gap == "" and DAY_VALUE.match(a.value) and a.value[4:] == b.value[4:] \
                    and not _YEAR_WRITTEN.search(b.text):
                out[k + 1] = (s2, Timex(b.start, b.end, b.text, b.type, a.value, b.mod))

    def _aside_end(self, si: int, a: Timex) -> bool:
        """Timex `a` of sentence si closes an aside ("Як стало відомо сьогодні,", "як
        повідомили вчора,"): its clause opens with an `aside_openers` word and says something
        more than a particle ("Як і вчора, 12 червня," names one day twice), so the date after
        the comma begins the main clause."""
        s = self.doc.sentences[si]
        toks = [t for t in self.doc.tokens[s.first_token:s.last_token] if t.end <= a.start]
        k = len(toks)
        while k > 0 and toks[k - 1].text != ",":
            k -= 1
        clause = toks[k:]
        return bool(clause) and clause[0].norm in self.lex.aside_openers and any(
            t.is_word and t.pos not in ("CONJ", "PRCL", "PREP", "INTJ") for t in clause[1:])

    def _part_of_weekday(self, a: Timex, b: Timex) -> Timex | None:
        """"пізно ввечері в п'ятницю", "вночі у неділю": the part of the day of that weekday,
        one TIME (the part alone took the document's day)."""
        words = [norm_word(w) for w in a.text.split()]
        lex = self.lex
        if a.type != "TIME" or b.type != "DATE" or not DAY_VALUE.match(b.value) \
                or not b.value[:4].isdigit() or lex.weekdays.get(_first_word(b)) is None \
                or words[-1] not in lex.day_part_adverbs \
                or any(w not in lex.day_part_degrees for w in words[:-1]):
            return None
        return Timex(a.start, b.end, self.doc.text[a.start:b.end], "TIME",
                     b.value + lex.day_part_adverbs[words[-1]], a.mod)

    def _weekday_after_date(self, a: Timex, b: Timex) -> Timex | None:
        """"5 березня, у середу,": a weekday told after the date is that date's day, even when
        it names another (the number is the more exact of the two: TIMEX3 tags the apposition
        whole, with the date's value)."""
        if a.type != "DATE" or b.type != "DATE" or not DAY_VALUE.match(a.value) \
                or not a.value[:4].isdigit() or not a.text[:1].isdigit() \
                or self.lex.weekdays.get(norm_word(b.text.split()[-1])) is None or len(b.text.split()) > 1:
            return None
        value = self._weekday_year(a, self.lex.weekdays[norm_word(b.text.split()[-1])])
        return Timex(a.start, b.end, self.doc.text[a.start:b.end], "DATE", value, a.mod)

    def _weekday_year(self, day: Timex, wd: int) -> str:
        """The value of a date written without its year beside the weekday `wd` it falls on
        ("У п'ятницю, 23 лютого, відбудеться саміт" published on Saturday the 24th): of the
        year before or after the one chosen, the one where the two agree, when the chosen one
        does not and the other lies nearer the document's date (a report dated a little late
        still tells that Friday, not next year's 23rd on a Sunday; "5 березня, у середу" told
        on 10 March 2024 stays that Tuesday, not a Wednesday a year on)."""
        d = dt.date.fromisoformat(day.value)
        if _YEAR_WRITTEN.search(day.text) or d.isoweekday() == wd or self.ref is None:
            return day.value
        for shift in (-1, 1):
            other = cal.safe_date(d.year + shift, d.month, d.day)
            if other is not None and other.isoweekday() == wd \
                    and abs((other - self.ref).days) < abs((d - self.ref).days):
                return other.isoformat()
        return day.value

    def _joined(self, a: Timex, b: Timex) -> Timex | None:
        """The one expression of two adjacent timexes that tell the same day, else None."""
        day_b = b.type == "DATE" and DAY_VALUE.match(b.value) and b.value[:4].isdigit()
        weekday = self.lex.weekdays.get
        if a.type == "DATE" and day_b and weekday(norm_word(a.text.split()[-1])) is not None \
                and weekday(_first_word(b)) is None:   # "п'ятницю – суботу" is two days
            value, type_ = self._weekday_year(b, weekday(norm_word(a.text.split()[-1]))), "DATE"
        elif a.type == "TIME" and day_b and a.value[10:11] == "T" and (a.value[:10] == b.value or (
                a.value[4:10] == b.value[4:10] and not _YEAR_WRITTEN.search(b.text))):
            # "Вночі 16 січня" (the part took the story's year the day alone did not see)
            value, type_ = a.value, "TIME"
        elif b.type == "TIME" and a.type == "DATE" and DAY_VALUE.match(a.value) \
                and b.value[:10] == a.value and b.value[10:11] == "T" \
                and not b.text[:1].isdigit():
            value, type_ = b.value, "TIME"      # "16 січня вночі", not "16 січня 14:35"
        else:
            return None
        return Timex(a.start, b.end, self.doc.text[a.start:b.end], type_, value,
                     a.mod if type_ == "TIME" and a.type == "TIME" else b.mod)

    def _date_at(self, k: int) -> bool:
        """A day and its month begin at token k ("25 листопада")."""
        day = self._day(k)
        return day is not None and self._month(day[1], ambiguous_ok=True) is not None

    def _night_from_to(self, i: int) -> int | None:
        """"у ніч з 24 на 25 листопада", "уночі із суботи на неділю": the night (token i) of
        the day it ends on, as "у ніч на 25 листопада" is; one TIME over the whole phrase."""
        lex = self.lex
        part = lex.day_part_nouns.get(self.n(i)) or "TNI"
        first = self._day(i + 2)
        if first is not None and self.n(first[1]) == "на":
            day = self._day(first[1] + 1)
            month = self._month(day[1], ambiguous_ok=True) if day else None
            if month is not None:
                value = self._day_value(month, day[0], None, i)
                if value:
                    self.emit(i, day[1] + 1, "TIME", value + part)
                    return day[1] + 1
            return None
        if lex.weekdays.get(self.n(i + 2)) is None or self.n(i + 3) != "на" or self.ref is None:
            return None
        wd = lex.weekdays.get(self.n(i + 4))
        if wd is None:
            return None
        d = cal.weekday_near(self.ref, wd, self.tense_at(i))
        self.emit(i, i + 5, "TIME", d.isoformat() + part)
        return i + 5
