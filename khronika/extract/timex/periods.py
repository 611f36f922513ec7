"""Periods, mixed into the scanner: a week, month, year, season, decade or century named by a
deictic word or by itself ("минулого тижня", "наступного березня", "торішнього грудня", "у
лютому", "з березня по червень 2023 року", "2026 року"), with a part of it as mod
("наприкінці року", "на початку другого півріччя", "у 20-х числах лютого") and the parts of a
year ("у першому кварталі 2026 року", "у ІІ півріччі"). They are one module because they share
one reader, `_period`: a mod word, a year part and a month part each read the period after them
with it, so the choice of a month's or season's year is made in one place.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, out, sent, emit, tense_at,
weekday_tense and the helpers `_month`, `_year`, `_month_after_prep`, `_context`, `_shifted`,
`_anchor_day`; `_decade`, `_century`, `_war_day`, `_war_start_after_mod` and `_day_in_context`
come from `phrases.PhraseMatchers`).
"""
from __future__ import annotations

import datetime as dt
from calendar import monthrange

from . import calendar as cal
from .phrases import century_of


# The bare unit after a mod ("наприкінці тижня"): the period in view, else the document's.
_BARE_UNITS = ("тижня", "тижні", "місяця", "місяці", "року", "році")
_SPAN_PREPS = ("до", "з", "із", "від", "після", "протягом")


class Periods:
    """`m_period`, `m_mod`, `m_year_part`, `m_roman_year_part`, `m_month_part`,
    `m_month_pair` and the period reader `_period` with the year helpers it needs for a month
    (`_month_range_year`, `_deictic_year`)."""

    def m_period(self, i: int) -> int | None:
        """A period named on its own ("минулого року", "у березні 2024 року"), or a deictic
        word with a weekday ("минулого четверга"), which names a day, not a period: both begin
        with the same deictic words, so they are told apart here."""
        p = self._period(i, bare=False)
        if p is None:
            # deictic + weekday: "минулого четверга", "наступної середи"
            off = self.lex.deictic.get(self.n(i))
            wd = self.lex.weekdays.get(self.n(i + 1))
            if off is None or wd is None:
                return None
            if self.ref is None:
                self.emit(i, i + 2, "DATE", cal.ref_for_offset(off))
            else:
                base = cal.weekday_in_week(self.ref, wd)
                if off < 0:
                    d = base if base < self.ref else base - dt.timedelta(weeks=1)
                elif off > 0:
                    d = base + dt.timedelta(weeks=1)
                else:
                    # "цього понеділка": this week's, unless its tense puts it across the
                    # document date ("цього понеділка ухвалить" on a Thursday: the next one)
                    tense = self.weekday_tense(i + 1)
                    d = base
                    if tense == "futr" and base < self.ref:
                        d = base + dt.timedelta(weeks=1)
                    elif tense == "past" and base > self.ref:
                        d = base - dt.timedelta(weeks=1)
                self.emit(i, i + 2, "DATE", d.isoformat())
            return i + 2
        self.emit(i, p[0], "DATE", p[1])
        return p[0]

    def m_mod(self, i: int) -> int | None:
        """A period with its part as mod ("наприкінці року", "на початку другого кварталу",
        "до кінця дня", "наприкінці зими"): TIMEX3 keeps the period's value and marks the
        part (START, MID, END) instead of inventing a day for it."""
        t = self.n(i)
        mod = self.lex.mod_words.get(t) or self.lex.mod_nouns.get(t)
        if mod is None:
            return None
        p = self._period(i + 1, bare=True)
        if p is None and self.n(i + 1) in ("дня", "доби") and self.lex.units.get(self.n(i + 2)) is None \
                and not self.n(i + 2)[:1].isdigit() and self.n(i + 2) not in self.lex.ordinals:
            # "до кінця дня": the day in view (named earlier in the sentence, else today)
            day = self._day_in_context(0) or self._shifted("D", 0)
            self.emit(i, i + 2, "DATE", day, mod)
            return i + 2
        if p is None and self.lex.year_parts.get(self.n(i + 2)) is not None:
            # "наприкінці першого кварталу", "на початку другого півріччя 2025 року"
            mark = len(self.out)
            end = self.m_year_part(i + 1)
            if end and len(self.out) == mark + 1 and self.out[mark][1].type == "DATE":
                value = self.out.pop()[1].value
                self.emit(i, end, "DATE", value, mod)
                return end
            del self.out[mark:]
        # ("торік на початку травня", "У 2023 році наприкінці осені": the year told just before)
        told = self._year_before(i - 1 if i > 0 and self.toks[i - 1].pos == "PREP" else i, adjacent=True)
        season = self.lex.season_nouns.get(self.n(i + 1)) if p is None else None
        if season is not None:
            # "наприкінці зими", "до кінця літа": the season in view, its part as mod (a
            # season's end something lasts until lies ahead unless the verb tells it is gone);
            # "наприкінці осені 2021-го": the year written after it
            y2 = self._period(i + 2, bare=False)
            if y2 is not None and y2[2] == "Y" and y2[1].isdigit():
                self.emit(i, y2[0], "DATE", f"{y2[1]}-{season}", mod)
                return y2[0]
            if told is None and self.ref is None:
                return None
            tense = self.tense_at(i)
            if tense is None and self.n(i - 1) == "до":
                tense = "futr"
            y = told or cal.season_year(season, self.ref, tense, self.lex.season_months)
            self.emit(i, i + 2, "DATE", f"{y}-{season}", mod)
            return i + 2
        if p is None:
            war = self._war_day(i + 1)
            if war is not None:     # "наприкінці 559-го дня війни"
                self.emit(i, war[0], "DATE", war[1], mod)
                return war[0]
            if mod == "START" and t in self.lex.mod_nouns:
                end = self._war_start_after_mod(i + 1)
                if end is not None:     # "з початку повномасштабного вторгнення"
                    self.emit(i, end, "DATE", self.lex.war_start)
                    return end
            return None
        value = p[1]
        if told is not None and p[2] == "M" and p[0] == i + 2:
            value = cal.month_id(told, int(value[5:7])) if value[5:7].isdigit() else value
        if p[0] == i + 2 and p[2] in ("W", "M", "Y") and value == self._shifted(p[2], 0) \
                and self._context(p[2]) is None and self.n(i + 1) in _BARE_UNITS:
            value = self._part_told(i, p[2], mod) or value
        self.emit(i, p[0], "DATE", value, mod)
        return p[0]

    def _edge_day(self, i: int, mod: str) -> int | None:
        """"в останній день травня", "у перший день року", "В останній день місяця уряд
        ухвалив": the first or last day of a month or year is that day (the month or year
        found as "наприкінці місяця" finds it); "за останній день" is a length, left to the
        unit words."""
        if self.n(i - 1) == "за" or self.n(i - 1) in self.lex.duration_preps:
            return None
        p = self._period(i + 2, bare=True)
        if p is None or p[2] not in ("M", "Y"):
            return None
        value = p[1]
        if p[0] == i + 3 and value == self._shifted(p[2], 0) and self._context(p[2]) is None \
                and self.n(i + 2) in _BARE_UNITS:
            value = self._part_told(i, p[2], mod) or value
        day = _edge_of(value, mod)
        if day is None:
            return None
        self.emit(i, p[0], "DATE", day)
        return p[0]

    def _part_told(self, i: int, unit: str, mod: str) -> str | None:
        """"Наприкінці тижня прем'єр відвідав Чернігів" written on a Monday: the end of this
        week is still to come, so a past verb tells the end of the week before (of the month
        before on the 10th, of the year before in March); "на початку місяця уряд ухвалить"
        written on the 25th is the next month's start. Only the bare unit ("тижня", not
        "цього тижня") and only when the part named lies wholly on the other side of the
        document date from what the verb tells."""
        ref = self.ref
        if ref is None or mod not in ("START", "END") or self.n(i - 1) in _SPAN_PREPS:
            return None     # ("до кінця місяця", "з початку року": a span's bound, not a part)
        pos = {"W": (ref.isoweekday(), 3, 5), "M": (ref.day, 10, 21),
               "Y": (ref.month, 3, 10)}[unit]     # (where the date is, start ends, end begins)
        tense = self.tense_at(i)
        if mod == "END" and tense == "past" and pos[0] < pos[2]:
            return self._shifted(unit, -1)
        if mod == "START" and tense == "futr" and pos[0] > pos[1]:
            return self._shifted(unit, 1)
        return None

    def _period(self, i: int, bare: bool) -> tuple[int, str, str] | None:
        """A week, month, year or season at i -> (next index, value, granularity)."""
        lex, t = self.lex, self.n(i)
        yoff = lex.year_adjectives.get(t)
        if yoff is not None:
            # "торішнього грудня", "цьогорічного літа": that year's month or season
            m, s = lex.months.get(self.n(i + 1)), lex.season_nouns.get(self.n(i + 1))
            if self.ref is None or (m is None and s is None):
                return None
            y = self.ref.year + int(yoff)
            return i + 2, (cal.month_id(y, m) if m else f"{y}-{s}"), ("M" if m else "S")
        off = lex.deictic.get(t)
        if off is not None:
            u = lex.units.get(self.n(i + 1))
            if t.endswith("их") or (t.endswith("і") and not t.endswith("ій")):
                return None     # "наступні роки", "минулих місяців": no one period
            if u == "CE":
                c = century_of(self.ref, off)
                return (i + 2, c or cal.ref_for_offset(off), "CE")
            if u in ("W", "M", "Y") and self.n(i + 1) not in lex.plural_only_unit_forms:
                return i + 2, self._told_next(u, off, i) or self._shifted(u, off), u
            kind = lex.year_parts.get(self.n(i + 1)) \
                if self.n(i + 1) in lex.deictic_year_parts else None
            if kind is not None:
                # "у минулому кварталі", "цього півріччя": counted from the document's
                if self.ref is None:
                    return i + 2, cal.ref_for_offset(off), kind
                per_year = 4 if kind == "Q" else 2
                k = (self.ref.month - 1) // (12 // per_year) + off
                return i + 2, f"{self.ref.year + k // per_year:04d}-{kind}{k % per_year + 1}", kind
            s = lex.season_nouns.get(self.n(i + 1))
            if s is not None:
                if self.ref is None:
                    return i + 2, cal.ref_for_offset(off), "S"
                y = cal.season_year(s, self.ref, None, lex.season_months) + off
                return i + 2, f"{y}-{s}", "S"
            if self.n(i + 1) in lex.weekend:
                return i + 2, (self._shifted("W", off) + "-WE" if self.ref else cal.ref_for_offset(off)), "W"
            m = lex.months.get(self.n(i + 1))
            if m is None or self.ref is None:
                return None
            if off == 0:
                return i + 2, cal.month_id(self.ref.year, m), "M"     # "увесь цей березень"
            # "минулого грудня": the last December before the document's month; "наступного
            # березня" the next March after it
            y = self.ref.year
            if off < 0:
                y = y + off + (1 if m < self.ref.month else 0)
            else:
                y = y + off - (1 if m > self.ref.month else 0)
            return i + 2, cal.month_id(y, m), "M"
        if t in lex.new_year and lex.units.get(self.n(i + 1)) == "Y":
            if self.ref is None:
                return i + 2, "PRESENT_REF", "Y"
            y = self.ref.year + (1 if self.ref.month >= lex.new_year_next_from else 0)
            return i + 2, str(y), "Y"
        dec = self._decade(i)
        if dec is not None:
            return dec[0], dec[1], "DE"
        cen = self._century(i)
        if cen is not None:
            return cen[0], cen[1], "CE"
        y = self._year(i, marker_needed=not bare)
        if y is not None:
            return y[1], f"{y[0]:04d}", "Y"
        nxt_year = self._year(i + 1, marker_needed=False) or self._deictic_year(i + 1)
        m = self._month(i, ambiguous_ok=nxt_year is not None or bare or self._month_after_prep(i))
        if m is not None:
            if nxt_year is not None:
                return nxt_year[1], cal.month_id(nxt_year[0], m), "M"
            ry = self._month_range_year(i, m)
            if ry is not None:      # "з березня по червень 2023 року"
                return i + 1, cal.month_id(ry, m), "M"
            told = self._year_before(i, adjacent=True)
            if told is not None:        # "торік у травні", "Цього року в серпні"
                return i + 1, cal.month_id(told, m), "M"
            if self.ref is None:
                return i + 1, f"XXXX-{m:02d}", "M"
            story = self._clause_story_year(i, m) or self._story_year(i) \
                or self._carried_year(i, m) if self.n(i - 1) not in ("на", "за") else None
            if story is not None:       # "У 2014 році ..., а у квітні почала"
                return i + 1, cal.month_id(story, m), "M"
            # "перенесли на лютий": a month something is set for lies ahead, whatever the verb
            # "пенсії за квітень": the month paid for, the nearest one whatever the verb
            tense = "futr" if self.n(i - 1) == "на" else None if self.n(i - 1) == "за" \
                else self.tense_at(i)
            m2 = self._month(i + 2, ambiguous_ok=True) \
                if self.n(i + 1) in lex.month_range_connectors else None
            if m2 is not None:
                # "за січень–вересень": the range ends in the month nearest the document
                # date; its first month lies before that end (in the year before when later
                # in the calendar: "з листопада по березень")
                y2 = cal.year_for_month(m2, self.ref, tense)
                return i + 1, cal.month_id(y2 - 1 if m > m2 else y2, m), "M"
            return i + 1, cal.month_id(cal.year_for_month(m, self.ref, tense), m), "M"
        if bare:
            u = lex.units.get(t)
            if u in ("W", "M", "Y") and t in ("тижня", "тижні", "місяця", "місяці", "року", "році"):
                value = self._context(u) or self._shifted(u, 0)
                return i + 1, value, u
        return None

    def _month_range_year(self, i: int, month: int) -> int | None:
        """The year of the first month of a range whose second month carries it ("з березня по
        червень 2023 року", "у січні – лютому 2025 року"; "з листопада по березень 2023 року"
        starts the year before)."""
        if self.n(i + 1) not in self.lex.month_range_connectors:
            return None
        m2 = self._month(i + 2, ambiguous_ok=True)
        if m2 is None:
            return None
        y = self._year(i + 3, marker_needed=False) or self._deictic_year(i + 3)
        if y is None:
            return None
        return y[0] - 1 if m2 < month else y[0]

    def m_month_pair(self, i: int) -> int | None:
        """Two months written as one hyphenated word ("за січень-серпень 2025 року", "у
        січні-вересні"), as statistics write a period from its first month to its last: one
        DATE per month, the year written after the pair, else one written earlier in the
        sentence, else the end month's nearest one."""
        pair = self.lex.month_pairs.get(self.n(i))
        if pair is None:
            return None
        m1, m2 = pair
        y = self._year(i + 1, marker_needed=False) or self._deictic_year(i + 1)
        if y is not None:
            y2, end = y
        elif self.sentence_year() is not None:
            y2, end = self.sentence_year(), i + 1
        elif self.ref is not None:
            tense = None if self.n(i - 1) == "за" else self.tense_at(i)
            y2, end = cal.year_for_month(m2, self.ref, tense), i + 1
        else:
            y2, end = None, i + 1       # no document date: months of no known year
        tok = self.toks[i]
        cut = tok.start + tok.text.index("-")
        if y2 is None:
            first, second = f"XXXX-{m1:02d}", f"XXXX-{m2:02d}"
        else:
            first, second = cal.month_id(y2 - 1 if m1 > m2 else y2, m1), cal.month_id(y2, m2)
        self.emit(i, i + 1, "DATE", first, end=cut)
        self.emit(i, end, "DATE", second, start=cut + 1)
        return end

    def _deictic_year(self, i: int) -> tuple[int, int] | None:
        """"минулого року", "цього року", "наступного року" after a date -> (year, next index):
        the year of "3 листопада минулого року" is the one before the document's."""
        t = self.n(i)
        if t in self.lex.that_words:
            return self.that_year(i)    # "у жовтні того ж року": the year the paragraph told
        off = self.lex.deictic.get(t)
        if off is None or self.ref is None or self.lex.units.get(self.n(i + 1)) != "Y":
            return None
        return self.ref.year + off, i + 2

    def m_year_part(self, i: int) -> int | None:
        """"у першому кварталі 2026 року" -> 2026-Q1, "у другому півріччі" -> H2: the year
        named after it, else the year in context, else the document's."""
        o = self.lex.ordinals.get(self.n(i))
        if o is None and i >= 0 and self.toks[i].text.isupper():
            o = self.lex.roman_parts.get(self.n(i))     # "I кварталу", "у ІІ півріччі"
        kind = self.lex.year_parts.get(self.n(i + 1))
        if o is None and kind is not None and self.n(i) in self.lex.year_part_last_words:
            o = 4 if kind == "Q" else 2                 # "в останньому кварталі": the last one
        if o is None or kind is None or o > (4 if kind == "Q" else 2):
            return None
        j = i + 2
        if kind == "H" and not self.n(i + 1).startswith("півріч") and not (
                self.lex.units.get(self.n(j)) == "Y" or self._year(j, marker_needed=False)
                or self._deictic_year(j)):      # ("у другій половині минулого року")
            month = self.lex.months.get(self.n(j))
            if month is not None and o in self.lex.month_halves:
                # "у першій половині грудня": the month, its half as mod
                p = self._period(j, bare=True)
                if p is not None and p[2] == "M":
                    self.emit(i, p[0], "DATE", p[1], self.lex.month_halves[o])
                    return p[0]
            part = self.lex.day_halves.get(o)
            if part is not None and self.n(j) in self.lex.day_half_nouns:
                # "у другій половині дня": the afternoon of the day in view
                self.emit(i, j + 1, "TIME", f"{self._anchor_day() or 'XXXX-XX-XX'}{part}")
                return j + 1
            return None     # "друга половина матчу" is not a half-year
        p = self._period(j, bare=True)
        if p is not None and p[2] == "Y" and p[1][:4].isdigit():
            year, j = p[1][:4], p[0]
        else:
            year = self._context("Y") or self._part_year(i, kind, o)
            if p is not None and p[2] == "Y":
                j = p[0]
        if year is None:
            return None
        self.emit(i, j, "DATE", f"{year}-{kind}{o}")
        return j

    def _part_year(self, i: int, kind: str, o: int) -> str | None:
        """The year of a quarter or half named without one and with no year in view: the
        document's, unless the verb puts it on the other side of the document date ("У
        першому кварталі уряд отримає транш" written in November is next year's; "у
        четвертому кварталі ВВП зріс" written in January, last year's)."""
        if self.ref is None:
            return None
        size = 3 if kind == "Q" else 6
        first, last = size * (o - 1) + 1, size * o
        tense, month = self.tense_at(i), self.ref.month
        if tense == "futr" and last < month:
            return str(self.ref.year + 1)
        if tense == "past" and first > month:
            return str(self.ref.year - 1)
        return str(self.ref.year)

    def m_roman_year_part(self, i: int) -> int | None:
        """"I кварталу", "у ІІ півріччі": looked for from the noun (token i), so that every
        conjunction "і" of a text is not tried as a numeral."""
        if i == 0 or self.n(i - 1) not in self.lex.roman_parts or self.out and \
                self.out[-1][0] == self.sent and self.out[-1][1].end > self.toks[i - 1].start:
            return None
        return self.m_year_part(i - 1)

    def m_month_part(self, i: int) -> int | None:
        """"у 20-х числах лютого", "в останні дні квітня 2024 року", "перший тиждень травня":
        a part of a month named by its days or weeks is the month, with the part as mod."""
        mod = self.lex.month_part_words.get(self.n(i))
        if mod in ("START", "END") and self.n(i + 1) in self.lex.edge_day_nouns:
            return self._edge_day(i, mod)
        if mod is None and self.n(i) in self.lex.month_last_third_words \
                and self.n(i + 1) in self.lex.month_third_nouns:
            mod = "END"
        if mod is None and self.n(i + 1) in self.lex.week_nouns:
            mod = self.lex.month_week_ordinals.get(self.n(i))   # "на третьому тижні вересня"
        if mod is not None and self.n(i + 1) in self.lex.week_nouns and \
                self.lex.months.get(self.n(i + 2)) is None:
            return self._week_of_year(i)
        if mod is None or self.n(i + 1) not in self.lex.month_part_nouns \
                or self.lex.months.get(self.n(i + 2)) is None:
            return None
        p = self._period(i + 2, bare=True)
        if p is None or p[2] != "M":
            return None
        self.emit(i, p[0], "DATE", p[1], mod)
        return p[0]

    def _week_of_year(self, i: int) -> int | None:
        """"у перший тиждень року", "на першому тижні 2024 року", "в останній тиждень минулого
        року": the first week of a year is its ISO week 1 (TIMEX3 "2024-W01"), a later ordinal
        week that week, the last week the year's end; the year is the one written after the
        week, else the one in view, else the document's."""
        j = i + 2
        y = self._year(j, marker_needed=True)
        deictic = self._deictic_year(j) if y is None else None
        if y is None and deictic is None and self.lex.units.get(self.n(j)) != "Y":
            return None
        if y is not None or deictic is not None:
            year, end = (y or deictic)
        else:
            told = self._context("Y")
            if told is None and self.ref is None:
                return None
            year, end = int(told[:4]) if told else self.ref.year, j + 1
        o = self.lex.ordinals.get(self.n(i))
        if self.n(i) in self.lex.last_words or o is None:
            self.emit(i, end, "DATE", f"{year:04d}", "END")
        elif o <= 52:
            self.emit(i, end, "DATE", f"{year:04d}-W{o:02d}")
        else:
            return None
        return end


def _edge_of(value: str, mod: str) -> str | None:
    """The first (START) or last (END) day of a month ("2025-05") or year ("2025")."""
    if len(value) == 4 and value.isdigit():
        return f"{value}-01-01" if mod == "START" else f"{value}-12-31"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        y, m = int(value[:4]), int(value[5:])
        if not 1 <= m <= 12:
            return None
        last = monthrange(y, m)[1]
        return f"{value}-01" if mod == "START" else f"{value}-{last:02d}"
    return None
