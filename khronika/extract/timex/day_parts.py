"""Parts of the day, mixed into the scanner: "вранці", "пізно ввечері", "глибокої ночі",
"ближче до вечора", "у ніч на 2 січня", "уночі проти п'ятниці", "минулої ночі". A part of the day
is a TIME on the day named next to it (or the document's), so a bare "ранок" counts only after
a word that makes it a time; the night between two named days is read by
`Appositions._night_from_to`.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, doc, out, emit, tense_at, `_day`,
`_month`, `_year`, `_year_before`, `_repeated_day_year`, `_day_value`, `_anchor_day`,
`_shifted`, `_date_at`, `_night_from_to`).
"""
from __future__ import annotations

import datetime as dt

from ...document import Timex
from . import calendar as cal
from ..morph import parses

# The parts of the day in their order within one day: a range's end no later than its start
# lies in the next day ("з вечора до ранку").
_PART_ORDER = {"TMO": 0, "TAF": 1, "TEV": 2, "TNI": 3}


class DayParts:
    """`m_day_part` and the part-of-day adverb after a day (`_day_part_after`)."""

    def _day_part_after(self, k: int) -> int | None:
        """The index of a part-of-day adverb at token k, or after an adverb of degree there
        ("пізно ввечері"); else None."""
        if self.n(k) in self.lex.day_part_degrees:
            k += 1
        return k if self.n(k) in self.lex.day_part_adverbs else None

    def m_meal_time(self, i: int) -> int | None:
        """"після обіду" (the afternoon, TAF), "до обіду" (the morning), "в обід" (midday,
        TMI), "до полудня" (noon, T12:00): a time of day named by a meal or by noon, on the
        day in view, only after the preposition that makes it one ("обід для військових" is
        a meal)."""
        by_prep = self.lex.meal_parts.get(self.n(i))
        part = by_prep.get(self.n(i - 1)) if by_prep else None
        if part is None:
            return None
        day = self._anchor_day(i + 1) or "XXXX-XX-XX"
        # a part of the day is named by the phrase, the preposition with it; noon is the noun
        first = i if part[1:2].isdigit() else i - 1
        self.emit(first, i + 1, "TIME", f"{day}{part}")
        return i + 1

    def _range_start_part(self, k: int) -> Timex | None:
        """The part of the day a range opens with, emitted right before token k ("з ранку"
        of "з ранку до вечора"): only after "з" or "від" and with nothing between."""
        if not self.out or self.n(k) != "до":
            return None
        sent, tx = self.out[-1]
        if sent != self.sent or tx.type != "TIME" or tx.value[-3:] not in _PART_ORDER:
            return None
        first = next((j for j, t in enumerate(self.toks) if t.start >= tx.start), None)
        if first is None or self.n(first - 1) not in ("з", "із", "від") \
                or self.doc.text[tx.end:self.toks[k].start].strip():
            return None
        return tx

    def _range_end_part(self, i: int, part: str) -> int:
        """"з ранку до вечора": the part of the day that closes the range is of the day its
        start is on, of the next one when it comes no later in the day ("з вечора до ранку")."""
        start = self._range_start_part(i - 1)
        day = start.value[:-3]
        if part in _PART_ORDER and _PART_ORDER[part] <= _PART_ORDER[start.value[-3:]]:
            try:
                day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
            except ValueError:
                pass        # an unknown day ("XXXX-XX-XX") stays unknown
        self.emit(i, i + 1, "TIME", f"{day}{part}")
        return i + 1

    def m_day_part(self, i: int) -> int | None:
        t, lex = self.n(i), self.lex
        if t in lex.day_part_degrees and self.n(i + 1) in lex.day_part_adverbs:
            # "пізно ввечері": the adverb of degree joins the span of the part of the day
            mark = len(self.out)
            end = self.m_day_part(i + 1)
            if end is not None and len(self.out) == mark + 1:
                sent, tx = self.out[mark]
                s = self.toks[i].start
                self.out[mark] = (sent, Timex(s, tx.end, self.doc.text[s:tx.end], tx.type,
                                              tx.value, tx.mod))
            return end
        if (t in lex.day_part_nouns or lex.day_part_adverbs.get(t) == "TNI") \
                and self.n(i + 1) in lex.night_from:
            end = self._night_from_to(i)
            if end is not None:
                return end
        if (t in lex.day_part_nouns or lex.day_part_adverbs.get(t) == "TNI") \
                and self.n(i + 1) in lex.night_to:
            # "у ніч на 2 січня", "уночі проти п'ятниці": the night that ends on that day
            day = self._day(i + 2)
            month = self._month(day[1], ambiguous_ok=True) if day else None
            if month is not None:
                # its year as a day's: written after it ("в ніч на 24 лютого 2022 року"), just
                # before ("три роки тому, в ніч на 24 лютого"), or that of the same day written
                # in full earlier in the paragraph
                y = self._year(day[1] + 1, marker_needed=False)
                year = y[0] if y else (self._year_before(i)
                                       or self._repeated_day_year(month, day[0], i)
                                       or self._story_year(i))
                value = self._day_value(month, day[0], year, i)
                if value:
                    end = y[1] if y else day[1] + 1
                    if y:
                        self.full_days[(month, day[0])] = (y[0], self.sent, len(self.out))
                    self.emit(i, end, "TIME", value + (lex.day_part_nouns.get(t) or "TNI"))
                    return end
            wd = lex.weekdays.get(self.n(i + 2))
            if wd is not None and self.ref is not None:
                # "у ніч на суботу", "в ніч проти неділі": the night before that weekday
                d = cal.weekday_near(self.ref, wd, self.tense_at(i))
                self.emit(i, i + 3, "TIME", d.isoformat() + (lex.day_part_nouns.get(t) or "TNI"))
                return i + 3
        part = lex.day_part_adverbs.get(t)
        if part is not None and self.n(i + 1) in lex.weekday_genitives and self.ref is not None:
            # "ввечері п'ятниці", "вранці неділі": that part of the weekday named after it
            wd = lex.weekdays.get(self.n(i + 1))
            if wd is not None:
                d = cal.weekday_near(self.ref, wd, self.weekday_tense(i + 1))
                self.emit(i, i + 2, "TIME", d.isoformat() + part)
                return i + 2
        off = lex.day_words.get(self.n(i + 1))
        if part is not None and off is not None and self.ref is not None:
            # "уночі сьогодні": the day word after the part of the day dates it
            self.emit(i, i + 2, "TIME", self._shifted("D", off) + part)
            return i + 2
        first = i
        if part is None:
            part = lex.day_part_nouns.get(t)
            if part is None:
                return None
            prev = self.n(i - 1)
            if prev in lex.day_part_adjectives:
                first = i - 1       # "глибокої ночі", "з раннього ранку"
            elif prev in lex.day_part_intensifiers and self.n(i - 2) in lex.day_part_intensifier_preps:
                first = i - 1       # "від самого ранку", "до самого вечора"
            elif prev == "до" and self.n(i - 2) in lex.day_part_approach:
                first = i - 2       # "ближче до вечора"
            elif prev == "до" and self._range_start_part(i - 1) is not None:
                return self._range_end_part(i, part)    # "з ранку до вечора"
            elif prev == "до" and t in lex.day_part_until and self._lasting_verb_before(i - 1):
                pass                # "Атака тривала до ранку": when the stretch ended
            elif prev not in lex.day_part_triggers and not self._date_at(i + 1) and \
                    not (prev == "на" and self.n(i - 2) in lex.day_part_as_of):
                return None         # ("станом на ранок 25 листопада": the date makes it a time;
                # "Станом на ранок тривають роботи": "станом" does)
        day = self._anchor_day(i + 1)
        if self.n(i - 1) in lex.day_part_previous and self.ref is not None:
            day = (self.ref - dt.timedelta(days=1)).isoformat()
        elif first == i and lex.deictic.get(self.n(i - 1)) == 0 and self.ref is not None \
                and not self._date_at(i + 1):
            # "Минулої ночі ... Цього вечора ...": "цього" points at the document's day, not
            # at the day the sentence before told
            day = self.ref.isoformat()
        day = day or "XXXX-XX-XX"
        if part[1:3].isdigit():     # "після опівночі" after "ввечері": the next day's
            day = self._over_midnight(i, int(part[1:3]), day)
        # "минулої ночі", "цього ранку": the determiner belongs to the span, a preposition not
        if first == i and self.n(i - 1) in lex.deictic:
            first = i - 1
        self.emit(first, i + 1, "TIME", f"{day}{part}")
        return i + 1

    def _lasting_verb_before(self, i: int) -> bool:
        """Whether the verb nearest before token i in its clause is a past imperfective, one
        that lasts ("обстрілював", "тривала") up to the part of the day after "до"; a perfective
        ("прокинувся до ранку") happened before it, at no time the text gives."""
        for k in range(i - 1, -1, -1):
            t = self.toks[k]
            if t.text in ",;:–—":
                return False
            verbs = [p.tag for p in parses(t.text) if p.tag.POS == "VERB"] if t.is_word else ()
            if verbs:       # ("тривала" reads as an adjective first)
                return any("impf" in g and "past" in g for g in verbs) and \
                    not any("perf" in g for g in verbs)
        return False

