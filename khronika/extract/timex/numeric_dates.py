"""Dates led by a number, mixed into the scanner: "15.03.2024", "2024-03-15", "15 березня
2024 року", "п'ятого травня", "5-7 січня", "з 5 по 7 січня", "2024-2025 роки", a bare "15-го",
clock stamps ("о 14:35", "20.01.2025, 16:45") and the number-led lengths that are no date
("3-х місяців", "1,5 доби"). They are one module because they are tried in one fixed order at
one token (`m_numeric`): which reading wins depends on that order, so it stays in one place.
A number that is none of these falls through to the counts (`Counts._count`).

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, doc, out, sent, full_days, emit and
the helpers `_day`, `_month`, `_year`, `_day_value`, `_anchor_day`, `_context_month`;
`_deictic_year` comes from `periods.Periods`).
"""
from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .calendar import DAY_VALUE, clock_time
from .clock_words import next_day
from .counts import duration
from .quoted_names import QuotedNames
from .split_years import SplitYears

_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_DM = re.compile(r"(\d{2})\.(\d{2})$")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})$")
_YEAR_RANGE = re.compile(r"((?:1\d|20)\d\d)-((?:1\d|20)\d\d)$")
_CUT_YEAR_RANGE = re.compile(r"((?:1\d|20)\d\d)-(\d\d)$")
_DMY_SHORT = re.compile(r"(\d{2})\.(\d{2})\.(\d{2})$")
_SHORT_YEAR_RANGE = re.compile(r"(\d\d)-(\d\d)-?(?:му|х|ті|ти|ий|ого|го|м)$")
_COUNT_SUFFIX = re.compile(r"(\d{1,3})-?(х|ох|ти|ми|ма)$")
_DECIMAL = re.compile(r"(\d{1,3}),(\d)$")
_BARE_DAY = re.compile(r"\d{1,2}-?го$")
_DAY_RANGE = re.compile(r"(\d{1,2})-(\d{1,2})$")


class NumericDates(SplitYears, QuotedNames):
    """`m_numeric` and the day, range and year helpers it calls."""

    def m_numeric(self, i: int) -> int | None:
        t, lex = self.n(i), self.lex
        if t and t[0].isdigit():
            split = self._split_years(i)
            if split is not None:
                return split
            m = _COUNT_SUFFIX.match(t)
            if m and self.lex.units.get(self.n(i + 1)) is not None and not (
                    self.lex.units[self.n(i + 1)] == "Y" and m.group(2) == "х"
                    and len(m.group(1)) in (2, 4) and m.group(1).endswith("0")):
                u = self.lex.units[self.n(i + 1)]     # "протягом 3-х місяців"
                self.emit(i, i + 2, "DURATION", duration(int(m.group(1)), u))
                return i + 2
            dec = self._decade(i)
            if dec is not None:
                self.emit(i, dec[0], "DATE", dec[1])
                return dec[0]
            m = _DECIMAL.match(t)
            if m and self.lex.units.get(self.n(i + 1)) in ("D", "W", "M", "Y", "H"):
                u = self.lex.units[self.n(i + 1)]     # "1,5 доби", "2,5 роки"
                self.emit(i, i + 2, "DURATION",
                          ("PT" if u == "H" else "P") + f"{m.group(1)}.{m.group(2)}{u}")
                return i + 2
            cen = self._century(i)
            if cen is not None:     # "21 століття"
                self.emit(i, cen[0], "DATE", cen[1])
                return cen[0]
            sy = self._short_year(i)
            if sy is not None:
                self.emit(i, sy[1], "DATE", f"{sy[0]:04d}")
                return sy[1]
            m = _DMY.match(t) or None
            if m:
                d = cal.safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
                if d:
                    self.emit(i, i + 1, "DATE", d.isoformat())
                    return i + 1
            m = _DMY_SHORT.match(t)
            if m and self._short_dated(i):
                # "наказ від 07.07.11 № 110": a year of two digits, the century that puts it
                # nearest the document date, never after it by more than a year
                this = self.ref.year if self.ref else 2030
                yy = int(m.group(3))
                y = 2000 + yy if 2000 + yy <= this + 1 else 1900 + yy
                d = cal.safe_date(y, int(m.group(2)), int(m.group(1)))
                if d:
                    self.emit(i, i + 1 + (self.n(i + 1) in lex.year_markers), "DATE", d.isoformat())
                    return i + 1 + (self.n(i + 1) in lex.year_markers)
            slashed = self._slash_date(i)
            if slashed is not None:
                return slashed
            m = _DM.match(t)
            if m and self.n(i + 1) not in lex.number_units:
                value = self._day_value(int(m.group(2)), int(m.group(1)), None, i) \
                    if 1 <= int(m.group(2)) <= 12 else None
                if value:
                    self.emit(i, i + 1, "DATE", value)
                    return i + 1
            m = _ISO.match(t)
            if m:
                d = cal.safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
                if d:
                    self.emit(i, i + 1, "DATE", d.isoformat())
                    return i + 1
            clock = clock_time(t)
            if clock and (self.n(i - 1) in lex.clock_preps or ":" in t and (
                    self.n(i + 1) in ("год", "год.") or self._clock_stamp(i) or self._zoned(i + 1))):
                hour, minutes = clock
                end = i + 1
                wd = lex.weekdays.get(self.n(i + 1)) if self.n(i + 1) in lex.weekday_genitives \
                    else None
                if wd is not None and self.ref is not None:
                    # "на 15:00 п'ятниці": that weekday at that time, one TIME
                    tense = self.weekday_tense(i)       # ("на 12:00 вівторка": set for, ahead)
                    day, end = cal.weekday_near(self.ref, wd, tense).isoformat(), i + 2
                else:
                    day = self._stamp_day(i) or self._anchor_day(i + 1) or "XXXX-XX-XX"
                    if self._last_night(i, hour, day):
                        day = cal.day_id(self.ref - dt.timedelta(days=1))
                    if self._past_midnight(i, hour, day):
                        day = next_day(day)     # "з 23:15 до 01:40": the next day's
                        self.emit(i, end, "TIME", f"{day}T{hour:02d}:{minutes}")
                        self.next_day_ends.add(id(self.out[-1][1]))
                        return end
                    day = self._over_midnight(i, hour, day)
                self.emit(i, end, "TIME", f"{day}T{hour:02d}:{minutes}")
                return end
            m = _DAY_RANGE.match(t)
            if m:
                month = self._month(i + 1, ambiguous_ok=True)
                if month:
                    return self._emit_range(i, i + 2, int(m.group(1)), int(m.group(2)), month,
                                            split=(m.start(2), ))
        if not t[:1].isdigit():
            oy = self._ordinal_year(i)
            if oy is not None:
                self.emit(i, oy[1], "DATE", f"{oy[0]:04d}")
                return oy[1]
        day = self._day(i)
        if day is not None:
            d, j = day
            month = self._month(j, ambiguous_ok=True)
            if month is None and (self.n(j) in lex.range_connectors):
                day2 = self._day(j + 1)
                if day2 is not None:
                    month2 = self._month(day2[1], ambiguous_ok=True)
                    if month2 is not None:
                        return self._emit_range(i, j + 1, d, day2[0], month2, None, day2[1])
            if month is not None:
                return self._emit_day(i, j + 1, d, month)
            if j == i + 1 and self.n(j) == "числа" and t.isdigit():
                every = self.monthly_day_after(j + 1)
                if every is not None:
                    self.emit(i, every, "SET", f"XXXX-XX-{d:02d}")  # "15 числа кожного місяця"
                    return every
            if j == i + 1 and _BARE_DAY.match(t):
                return self._bare_day(i, d)
        yr = self._year_range(i) or self._listed_year(i)
        if yr:
            return yr
        y = self._year(i, marker_needed=True)
        if y is not None:
            self.emit(i, y[1], "DATE", f"{y[0]:04d}")
            return y[1]
        if self.n(i - 1) in lex.bare_year_preps and (i + 1 >= len(self.toks) or not self.toks[i + 1].is_word):
            # "у 2026", "з 2014," : a year without "року" before punctuation
            yy = self._year(i, marker_needed=False)
            if yy:
                self.emit(i, i + 1, "DATE", f"{yy[0]:04d}")
                return i + 1
        return self._count(i)

    def _past_midnight(self, i: int, hour: int, day: str) -> bool:
        """Whether the clock time at token i ends a range begun by an earlier hour on the same
        day ("з 23:15 до 01:40", "від 22:00 до 6:00"): it is then on the day after."""
        if self.n(i - 1) not in ("до", "по") or not self.out:
            return False
        sent, last = self.out[-1]
        if sent != self.sent or last.type != "TIME" or last.end != self.toks[i - 2].end \
                or self.n(i - 3) not in ("з", "із", "від"):
            return False
        v = last.value
        return v[:10] == day and v[10:11] == "T" and v[11:13].isdigit() and int(v[11:13]) > hour

    def _last_night(self, i: int, hour: int, day: str) -> bool:
        """Whether the clock time at token i opens a range past midnight told in the past on
        the document's own day ("Ворог запускав дрони з 23:00 до 04:30" in that morning's
        report): the night is over by the report, so it began the evening before; a range to
        come ("комендантська година триватиме з 19:00 до 6:00") begins today."""
        if self.ref is None or day != self.ref.isoformat() \
                or self.n(i - 1) not in ("з", "із", "від") or self.n(i + 1) not in ("до", "по"):
            return False
        until = clock_time(self.n(i + 2))
        return until is not None and until[0] < hour and self.tense_at(i) == "past"

    def _bare_day(self, i: int, d: int) -> int | None:
        """"15-го" with no month ("— Коли ви зайшли в Ізюм у вересні? — 15-го."): the day of
        the month named last in this sentence or the one before (a question and its answer),
        else of the month nearest the document date in the verb's direction. Not before a
        noun or adjective ("15-го полку", "15-го пакета": an ordinal of something else),
        except "числа"."""
        nxt = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if nxt is not None and nxt.is_word and nxt.norm != "числа" and (
                nxt.pos in ("NOUN", "ADJF", "NUMR") or nxt.norm in self.lex.months):
            return None
        end = i + 2 if nxt is not None and nxt.norm == "числа" else i + 1
        every = self.monthly_day_after(end) if end == i + 2 else None
        if every is not None:
            self.emit(i, every, "SET", f"XXXX-XX-{d:02d}")    # "15 числа кожного місяця"
            return every
        month = self._context_month()
        if month is not None:
            y, m = month
        elif self.ref is not None:
            y, m = cal.month_for_day(d, self.ref, self.tense_at(i))
        else:
            return None
        day = cal.safe_date(y, m, d)
        if day is None:
            return None
        self.emit(i, end, "DATE", day.isoformat())
        return end

    def _zoned(self, i: int) -> bool:
        """Whether the clock a time is read on is named at token i ("за київським", "за
        місцевим часом", "UTC"): a bare "05:00" there is a clock time (`clock_zone_words`,
        `clock_zone_codes`)."""
        if self.n(i) in self.lex.clock_zone_codes:
            return True
        # ("рахунок 2:15 за київським клубом": the clock's word ends the phrase or "часом" does)
        after = i + 2 if i + 2 < len(self.toks) else None
        return self.n(i) == "за" and self.n(i + 1) in self.lex.clock_zone_words and (
            after is None or self.n(after) == "часом" or not self.toks[after].is_word)

    def _slash_date(self, i: int) -> int | None:
        """"12/03/2024", "12/03": a day and month written with slashes, the day first as
        Ukrainian writes it (the tokenizer splits them: "12", "/", "03", "/", "2024"). Without a
        year both parts have two digits, so "24/7" or a fraction "1/2" is no date."""
        toks = self.toks
        if i + 2 >= len(toks) or self.n(i + 1) != "/" or not self.n(i + 2).isdigit() or \
                toks[i].end != toks[i + 1].start or toks[i + 1].end != toks[i + 2].start:
            return None
        day, month = self.n(i), self.n(i + 2)
        if len(day) > 2 or len(month) > 2:
            return None
        if i > 0 and toks[i - 1].end == toks[i].start and self.n(i - 1) == "/":
            return None         # the middle of "1/12/2024" read from its second part
        year_at = i + 4 if i + 4 < len(toks) and self.n(i + 3) == "/" and \
            toks[i + 2].end == toks[i + 3].start == toks[i + 4].start - 1 else None
        if year_at is not None:
            y = self.n(year_at)
            if not (y.isdigit() and len(y) == 4):
                return None
            d = cal.safe_date(int(y), int(month), int(day))
            if d is None:
                return None
            end = year_at + 1 + (self.n(year_at + 1) in self.lex.year_markers)
            self.emit(i, end, "DATE", d.isoformat())
            return end
        if len(day) != 2 or len(month) != 2 or not 1 <= int(month) <= 12 or \
                (i + 3 < len(toks) and toks[i + 3].start == toks[i + 2].end and self.n(i + 3) == "/"):
            return None
        value = self._day_value(int(month), int(day), None, i)
        if not value:
            return None
        self.emit(i, i + 3, "DATE", value)
        return i + 3

    def _stamp_day(self, i: int) -> str | None:
        """The day `heading_days.heading_refs` gave a live blog's stamp opening its line, or
        None: it is not the day of the story told in the entry above it."""
        if i or not self._opens_paragraph(self.sent) \
                or self.doc.sentences[self.sent].paragraph not in self.refs:
            return None
        return self.ref.isoformat()

    def _clock_stamp(self, i: int) -> bool:
        """A bare "14:35" is a clock time where a live blog puts its stamps: first in its
        sentence, after "Оновлено" (or "Оновлено:"), or after a date and a comma or a space
        ("20.01.2025, 16:45", "05.03.2024 14:35"); or where a day's schedule lists its items,
        after a semicolon and before a dash ("10:00 – засідання уряду; 15:00 – брифінг")."""
        prev = self.n(i - 1)
        if i == 0 or prev in self.lex.clock_lead_words or (
                prev == ":" and self.n(i - 2) in self.lex.clock_lead_words):
            return True
        if prev in self.lex.schedule_item_marks and self.n(i + 1) == "-":
            return True
        if self.out and self.out[-1][0] == self.sent:
            last = self.out[-1][1]      # ("05.03.2024 14:35": a space for the comma)
            at = i - 2 if prev == "," else i - 1 if ":" in self.n(i) else -1
            return at >= 0 and last.end == self.toks[at].end and bool(DAY_VALUE.match(last.value))
        return False

    def _year_range(self, i: int) -> int | None:
        """"2024–2025 роки", "у 2024-2025 рр.", "у 14-15-му роках": one DATE per end year."""
        t = self.n(i)
        m = _SHORT_YEAR_RANGE.match(t)
        if m and self.n(i + 1) in self.lex.year_markers:
            this = self.ref.year if self.ref else 2030
            y1, y2 = ((2000 + int(g) if 2000 + int(g) <= this else 1900 + int(g)) for g in m.groups())
            if y1 < y2:
                tok = self.toks[i]
                cut = tok.start + m.start(2)
                self.emit(i, i + 1, "DATE", f"{y1:04d}", end=cut - 1)
                self.emit(i, i + 2, "DATE", f"{y2:04d}", start=cut)
                return i + 2
        m = _YEAR_RANGE.match(t)
        if m and (self.n(i + 1) in self.lex.year_markers or self._bare_year_pair(i, int(m.group(1)), int(m.group(2)))):
            # ("(2006-2010)", "програма 2014-2020": a pair of years needs no marker)
            tok = self.toks[i]
            cut = tok.start + m.start(2)
            end = i + 1 + (self.n(i + 1) in self.lex.year_markers)
            self.emit(i, i + 1, "DATE", m.group(1), end=cut - 1)
            self.emit(i, end, "DATE", m.group(2), start=cut)
            return end
        m = _CUT_YEAR_RANGE.match(t)
        if m and self.n(i - 1) not in self.lex.number_signs:
            # "сезону 2017-18 років", "у 2014-16 роках": the second year by its last two digits,
            # in the first one's century; the very next year needs no marker ("сезон 2017-18")
            y1 = int(m.group(1))
            y2 = y1 // 100 * 100 + int(m.group(2))
            marked = self.n(i + 1) in self.lex.year_markers
            if y1 < y2 and (marked or y2 == y1 + 1) and self._bare_year_pair(i, y1, y2, marked):
                cut = self.toks[i].start + m.start(2)
                self.emit(i, i + 1, "DATE", f"{y1:04d}", end=cut - 1)
                self.emit(i, i + 1 + marked, "DATE", f"{y2:04d}", start=cut)
                return i + 1 + marked
        if len(t) == 4 and t.isdigit() and self.n(i + 1) == "-":
            y2 = self._year(i + 2, marker_needed=True)
            # (an older first year takes its marker from the second: "у 1861 - 1864 роках")
            y1 = self._year(i, marker_needed=False) or ((int(t), i + 1) if y2 and t[0] == "1" else None)
            if y1 and y2 and y1[0] < y2[0]:
                self.emit(i, i + 1, "DATE", f"{y1[0]:04d}")
                self.emit(i + 2, y2[1], "DATE", f"{y2[0]:04d}")
                return y2[1]
        if len(t) == 4 and t.isdigit() and self.n(i - 1) == "(" and self.n(i + 1) == "-" \
                and self.n(i + 3) == ")" and self.n(i + 2).isdigit():
            # "Президентство Порошенка (2014 – 2019)": the years of a term in brackets
            y1, y2 = int(t), int(self.n(i + 2))
            if 1000 <= y1 < y2 <= 2100 and y2 - y1 <= self.lex.year_pair_span:
                self.emit(i, i + 1, "DATE", f"{y1:04d}")
                self.emit(i + 2, i + 3, "DATE", f"{y2:04d}")
                return i + 3
        if len(t) == 4 and t.isdigit() and self.n(i - 1) in self.lex.range_openers \
                and self.n(i + 1) in self.lex.range_connectors and self.n(i + 1) != "-":
            # "з 2014 по 2019 рік", "від 2014 до 2019 року": the first year needs no marker
            y2 = self._year(i + 2, marker_needed=True)
            if y2 is not None and 1000 <= int(t) < y2[0]:
                self.emit(i, i + 1, "DATE", t)
                self.emit(i + 2, y2[1], "DATE", f"{y2[0]:04d}")
                return y2[1]
        return None

    def _short_dated(self, i: int) -> bool:
        """Whether "dd.mm.yy" at token i is a date: after a word that dates a paper or a
        happening (`short_date_preps`: "від 07.07.11", "до 31.12.24") or before a year marker,
        and glued to nothing ("PLBU.03.02.00-UA" is a code; "12.30.45" no date)."""
        lex = self.lex
        if self.n(i - 1) not in lex.short_date_preps and self.n(i + 1) not in lex.year_markers:
            return False
        text = self.doc.text if self.doc is not None else ""
        tok = self.toks[i]
        after = text[tok.end:tok.end + 2]
        return not (after[:1] in ("-", "/", ".") and after[1:2].isalnum())

    def _bare_year_pair(self, i: int, y1: int, y2: int, marked: bool = False) -> bool:
        """Whether the token i, a pair of years joined by a hyphen with no year marker after it
        ("(2006-2010)", "ЄІС 2014-2020", "сезону 2017-18"), reads as years: the second later,
        within a century (`year_pair_span`), and the pair no part of a number or a code ("№
        2014-2020", "2014-2020-UA", "PLBU.2014-2020")."""
        if marked:
            return True
        tok, lex = self.toks[i], self.lex
        if not 0 < y2 - y1 <= lex.year_pair_span or self.n(i - 1) in lex.number_signs:
            return False
        text = self.doc.text if self.doc is not None else ""
        before = text[tok.start - 1:tok.start] if tok.start > 0 else ""
        after = text[tok.end:tok.end + 2]
        # (glued to a letter, a digit, a dot or a hyphen on either side: a code or a number)
        return not (before and (before.isalnum() or before in ".-/")) and \
            not (after[:1] in ("-", "/", ".") and after[1:2].isalnum()) and not after[:1].isalnum()

    def _listed_year(self, i: int) -> int | None:
        """"у 2014 і 2015 роках", "у 1994, 1997 і 2005 роках", "у 2019 або 2020 році": a bare
        year in a list whose last year carries the marker (`year_list_end_markers`) is a year
        too, one DATE each (the marked one is read on its own)."""
        t, lex = self.n(i), self.lex
        if not (len(t) == 4 and t.isdigit() and 1000 <= int(t) <= 2100) or self.n(i + 1) not in lex.year_list_joiners:
            return None
        k = i + 2
        while k + 1 < len(self.toks):
            nxt = self.n(k)
            if not (len(nxt) == 4 and nxt.isdigit()):
                return None
            if self.n(k + 1) in lex.year_list_end_markers:
                self.emit(i, i + 1, "DATE", t)
                return i + 1
            if self.n(k + 1) not in lex.year_list_joiners:
                return None
            k += 2
        return None

    def _emit_day(self, i: int, j: int, d: int, month: int) -> int | None:
        """Day + month (token j-1 is the month) + optional year."""
        y = self._year(j, marker_needed=False) or self._deictic_year(j)
        year = y[0] if y else self._year_before(i) or self._range_end_year(i, j, d, month)
        if year is None:
            year = self._repeated_day_year(month, d, i) or self._historic_year(month, d, i) \
                or self._story_year(i) or self._that_day_year(month, d, i) \
                or self._carried_year(i, month, d)
        value = self._day_value(month, d, year, i)
        if value is None:
            return None
        if y:
            self.full_days[(month, d)] = (y[0], self.sent, len(self.out))
        end = y[1] if y else j
        self.emit(i, end, "DATE", value)
        return end

    def _range_end_year(self, i: int, j: int, d: int, month: int) -> int | None:
        """"з 28 лютого по 3 березня 2024 року", "28 лютого – 3 березня 2024 року": the first
        day of a range of days in two months takes the year written with its end (the year
        before when the range runs over New Year: "з 25 грудня по 3 січня 2024 року"). Token j
        is after the first day's month; a word connector needs "з"/"від" before the first day
        ("28 лютого до 3 березня" is no range)."""
        lex = self.lex
        if self.n(j) not in lex.range_connectors or \
                (self.n(j) != "-" and self.n(i - 1) not in lex.range_openers):
            return None
        day2 = self._day(j + 1)
        month2 = self._month(day2[1], ambiguous_ok=True) if day2 else None
        if month2 is None:
            return None
        y2 = self._year(day2[1] + 1, marker_needed=False)
        if y2 is None:
            return None
        return y2[0] if (month, d) <= (month2, day2[0]) else y2[0] - 1

    def _repeated_day_year(self, month: int, day: int, i: int) -> int | None:
        """The year of the same day written in full earlier in this paragraph: a later bare
        "11 вересня" repeats "11 вересня 2001 року". Not when a day told in the future is the
        next one ("24 лютого 2022 року ... 24 лютого ми вшануємо"), nor when a length of years
        or another year stands between ("24 лютого 1920 року ... Через 102 роки, так само 24
        лютого"): those keep the nearest year."""
        got = self.full_days.get((month, day))
        if got is None:
            return None
        year, sent, at = got
        sents = self.doc.sentences
        if sents[sent].paragraph != sents[self.sent].paragraph or self._day_tense(i) == "futr":
            return None
        for _, tx in self.out[at:]:
            if (tx.type == "DURATION" and tx.value.endswith("Y")) or (
                    tx.type == "DATE" and tx.value[:4].isdigit() and tx.value[:4] != f"{year:04d}"):
                return None
        return year

    def _emit_range(self, i: int, second: int, d1: int, d2: int, month: int,
                    split: tuple | None, month_at: int | None = None) -> int | None:
        """"5–7 січня", "з 5 по 7 січня": one DATE per end, both in the named month."""
        if month_at is None:
            month_at = second - 1
        y = self._year(month_at + 1, marker_needed=False)
        year = y[0] if y else None
        v1 = self._day_value(month, d1, year, i)
        v2 = self._day_value(month, d2, year, i)
        if v1 is None or v2 is None:
            return None
        end = y[1] if y else month_at + 1
        if split:   # one token "5-7"
            tok = self.toks[i]
            self.emit(i, i + 1, "DATE", v1, end=tok.start + split[0] - 1)
            self.emit(i, end, "DATE", v2, start=tok.start + split[0])
        else:
            first_end = i + 1
            while first_end < second and self.n(first_end) not in self.lex.range_connectors:
                first_end += 1
            self.emit(i, first_end, "DATE", v1)
            self.emit(first_end + 1, end, "DATE", v2)
        return end
