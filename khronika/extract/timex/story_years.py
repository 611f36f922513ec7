"""The year of a past story carried over a paragraph break, mixed into the scanner.

News sites and investigative reports print each sentence as a paragraph of its own ("У
червні 2013 року райрада погодила передачу угідь. / Передбачалося, на 25 років. / У липні
облрада затвердила її."), and a retelling goes on past a break ("У 2019 році в Парижі
зібралися лідери. / Зустріч тривала вісім годин. 9 грудня вони погодили обмін."). A month or
a day named there without a year belongs to that story, not to the year nearest the document
date. `Narrative._story_year` reads only the sentence just before, in the same paragraph; this
is its fallback and reads a little further back, with guards of its own, since across a break
a new story often begins:

- the month or day is told in the past, in a sentence with no time of its own before it;
- the last time told lies at most `STORY_SENTENCES_BACK` sentences back, with nothing but
  lengths and frequencies between ("на 25 років"); a vague time, the document's own year, a
  span's bound ("з 2010 року") or a sum ("за 2024 рік") ends the story, but a day that bounds
  a term is a day of the story ("мали повернути до 30 вересня 2015 року. / 12 жовтня ...");
- a month or day of a past year carries it only to a month no earlier in the calendar (a
  story goes forward: after "у грудні 2023 року" a March is the next year's, which the
  nearest reading gives anyway); a bare year only when it opens its sentence, the frame of
  what follows ("У 2019 році ...");
- the reading nearest the document date is no more than `FRESH_DAYS` before it: then it is
  the report's own recent day ("24 лютого" in an address of March 2022), not a story's;
  a famous day (`famous_days`: "24 лютого", "11 вересня") is never carried off to a story's
  year ("У 2014 році Росія окупувала Крим. / 24 лютого вона почала вторгнення").

The day after the one a past story told last ("... Того ж дня ... / Наступного дня
президент відвідав Гельсінкі") is kept over a break the same way (`_story_next_day`).

A mixin of `scan.Scanner` (it supplies n, lex, ref, doc, out, sent, tense_at, `_bound`,
`_names_this_year`, `_opens_sentence`, `_last_told_day`).
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import DAY_VALUE

_DAY_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}$")

STORY_SENTENCES_BACK = 2
FRESH_DAYS = 45


class StoryYears:
    """`_carried_year`, tried after `_story_year` by the month and day patterns."""

    def _carried_year(self, i: int, month: int, day: int | None = None) -> int | None:
        """The past year the story told before token i is set in, for a month (and day) named
        there without a year; None when no story carries over (module docstring)."""
        ref = self.ref
        if ref is None or self.tense_at(i) != "past" or self._names_this_year() or (
                day is not None and f"{month:02d}-{day:02d}" in self.lex.famous_days):
            return None
        for sent, tx in reversed(self.out):
            if sent == self.sent or sent < self.sent - STORY_SENTENCES_BACK:
                return None
            if tx.type in ("DURATION", "SET") or self._cited_paper_day(sent, tx):
                continue    # ("Рада змінила закон від 15 березня 2022 року. 20 березня ...")
            v = tx.value
            if tx.type not in ("DATE", "TIME") or self._summed(tx) or (
                    self._bound(tx) and not DAY_VALUE.match(v[:10])):
                return None     # (a day that bounds a term still dates the story told)
            if not v[:4].isdigit() or int(v[:4]) >= ref.year:
                return None
            if v[4:5] == "-" and v[5:7].isdigit():
                if month < int(v[5:7]):
                    return None
            elif len(v) != 4 or not self._opens_sentence(sent, tx):
                return None
            return None if self._fresh(month, day) else int(v[:4])
        return None

    def _summed(self, tx) -> bool:
        """"за 2024 рік": a year summed over is no time a story is set in."""
        head = self.doc.text[max(0, tx.start - 12):tx.start].split()
        return bool(head) and head[-1].lower() in self.lex.story_year_blockers

    def _fresh(self, month: int, day: int | None) -> bool:
        """Whether the month (day) read nearest the document date, in the past, lies within
        `FRESH_DAYS` before it: the report's own recent time."""
        ref = self.ref
        y = cal.year_for_month(month, ref, "past") if day is None \
            else cal.year_for_day(month, day, ref, "past")
        d = cal.safe_date(y, month, day or 1) if y is not None else None
        return d is None or (ref - d) <= dt.timedelta(days=FRESH_DAYS)

    def _story_next_day(self, i: int, off: int) -> str | None:
        """"Наступного дня президент відвідав Гельсінкі" opening a paragraph after ones that
        told "У четвер ... Того ж дня ...": told in the past, it is the day after the day told
        last in the document (`_last_told_day`: no other time told since), when that day is
        not after the document date. Counted from the document's date, as a paragraph with no
        day of its own otherwise is, a day told as gone would lie ahead of the report."""
        if off != 1 or self.ref is None or self.tense_at(i) != "past":
            return None
        last = self._last_told_day()
        if last is None or not _DAY_ONLY.match(last):
            return None
        day = dt.date.fromisoformat(last) + dt.timedelta(days=1)
        return day.isoformat() if day <= self.ref else None
