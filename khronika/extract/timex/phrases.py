"""Time phrases built around a noun or a number in words, mixed into the scanner: days named by
an adjective ("сьогоднішній день"; those named by a determiner, "того дня", belong to the
story told and live in narrative.py), the week about to begin, vague counts ("кілька днів"),
days of the war, decades, centuries and two-digit years (clock times in words:
clock_words.py).

Long numbers in words are read by ukrainian-itn, called only on the run of number words (it
costs tens of milliseconds a call, so the common small numbers stay with the word lists).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from . import calendar as cal
from .counts import duration

_ORD_DIGITS = re.compile(r"(\d{1,4})-?(го|е|те|ге|ого|му|ому|й|ий|ій|а|ої|тя|та|ша|га|я)?$")
_ITN_OUT = re.compile(r"(\d+)(?:-\w+)?$")
_DECADE = re.compile(r"(\d{2}|\d{4})-?(х|ті|тих|тими|ті)$")
_ROMAN = re.compile(r"[xivхі]+$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
# what may stand between a year and the day it dates: "У 2021 році, 14 травня", "три роки
# тому, в ніч на 24 лютого" (not "до": "з 2014 року до 24 лютого" is a span)
_YEAR_DAY_GAPS = ("", ",", ", в", ", у", "в", "у")
_SHORT_YEAR = re.compile(r"(\d{2})-?(го|му|й|ий|ому|ого|м|ім)$")


@lru_cache(maxsize=4096)
def _itn(words: str) -> int | None:
    """A number written in words ("п'ятсот п'ятдесят дев'ятого") -> 559, by ukrainian-itn."""
    from ukrainian_itn import normalize
    m = _ITN_OUT.match(normalize(words).strip())
    return int(m.group(1)) if m else None


def _roman(t: str) -> int | None:
    if not _ROMAN.match(t):
        return None
    t = t.replace("х", "x").replace("і", "i")
    total = 0
    for k, ch in enumerate(t):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[t[k + 1]] if k + 1 < len(t) else 0
        total += -v if v < nxt else v
    return total if 0 < total <= 30 else None


class PhraseMatchers:
    """Mixin of `Scanner` (it supplies n, toks, lex, ref, emit, out, sent and the helpers)."""

    # ---- numbers ---------------------------------------------------------------------------
    def _number_run(self, i: int) -> tuple[int, int] | None:
        """A long number in words at i (one that needs a hundred, a thousand or 40-90) before a
        time unit or "року" -> (value, next index), read by ukrainian-itn; None for the short
        ones."""
        lex = self.lex
        j, big = i, False
        while self.n(j) in lex.number_words:
            big = big or self.n(j) in lex.big_numbers or self.n(j) in lex.big_ordinals
            j += 1
        if not big or j - i > 8 or (self.n(j) not in lex.units and self.n(j) not in lex.year_markers):
            return None     # only a number that counts or names time is worth the call
        if j - i == 1 and (self.n(i) in lex.cardinals or self.n(i) in lex.ordinals):
            return None
        v = _itn(" ".join(self.n(k) for k in range(i, j)))
        return (v, j) if v is not None else None

    def _ordinal_any(self, i: int) -> tuple[int, int] | None:
        """An ordinal in digits ("72-й", "559-го", "12") or words ("першого", "двадцять
        третій", "сто п'ятдесят шостого") -> (value, next index)."""
        t = self.n(i)
        if t[:1].isdigit():
            m = _ORD_DIGITS.match(t)
            return (int(m.group(1)), i + 1) if m else None
        r = self._number_run(i)
        if r is not None:
            return r
        if t in self.lex.tens:
            o = self.lex.ordinals.get(self.n(i + 1))
            if o is not None and o < 10:
                return self.lex.tens[t] + o, i + 2
        o = self.lex.ordinals.get(t) or self.lex.big_ordinals.get(t)
        return (o, i + 1) if o is not None else None

    # ---- days of the war ---------------------------------------------------------------------
    def _war_noun(self, k: int, qualified: bool) -> int | None:
        """The war noun at k, after up to two modifiers -> the index after it. `qualified`
        asks for a word that says which war ("повномасштабної", "цієї") unless the document
        is dated after its start."""
        lex = self.lex
        seen_qualifier = False
        for _ in range(4):
            t = self.n(k)
            if t in lex.war_nouns:
                break
            if t not in lex.war_modifiers and not (
                    k < len(self.toks) and self.toks[k].pos == "ADJF" and self.toks[k].case == "gent"):
                return None     # "нашої визвольної війни": any genitive adjective may stand
            seen_qualifier = seen_qualifier or t in lex.war_qualified
            k += 1
        else:
            return None
        if qualified and not seen_qualifier:
            start = dt.date.fromisoformat(lex.war_start)
            if self.ref is None or self.ref < start:
                return None
        return k + 1

    def _war_text(self) -> bool:
        """Whether the document is about the war (`war_context` lemmas, counted once): only
        there is a count with no war named ("Сьогодні 15-й день") a day of the war."""
        got = getattr(self, "_about_war", None)
        if got is None:
            lex, n = self.lex, 0
            for t in self.doc.tokens:
                if t.lemma in lex.war_context or t.norm in lex.war_nouns:
                    n += 1
                    if n >= lex.war_context_min:
                        break
            got = self._about_war = n >= lex.war_context_min
        return got

    def _war_day(self, i: int) -> tuple[int, str] | None:
        """"72-й день війни", "першого дня вторгнення", "з перших днів війни" -> (next index,
        the date)."""
        lex = self.lex
        start = dt.date.fromisoformat(lex.war_start)
        if self.ref is not None and self.ref < start:
            return None
        if self.n(i) in lex.war_first_days and (self.n(i + 1) in lex.war_first_units or (
                self.n(i + 1) in lex.war_particles and self.n(i + 2) in lex.war_first_units)):
            k = i + 2 if self.n(i + 1) in lex.war_first_units else i + 3
            end = self._war_noun(k, qualified=True)
            return (end, start.isoformat()) if end else None
        o = self._ordinal_any(i)
        if o is not None and self.n(o[1]) in lex.war_particles:
            o = (o[0], o[1] + 1)        # "у перший же день війни"
        if o is not None and o[0] >= 1 and self.n(o[1]) in lex.war_periods:
            return self._war_period(o[0], o[1], start)
        if o is None or o[0] < 1 or self.n(o[1]) not in lex.war_day_nouns:
            return None
        if self.n(i).isdigit() and (self.n(o[1]) in ("дні", "доби")
                                    or o[0] % 10 == 1 and o[0] % 100 != 11):
            return None     # "34 дні вторгнення", "41 день війни": a count of days
        d = start + dt.timedelta(days=o[0] - 1)
        if self.ref is not None and d > self.ref + dt.timedelta(days=1):
            return None
        end = self._war_noun(o[1] + 1, qualified=o[0] == 1)
        if end is None:
            # "Вже 16-й день" with no war named: a war day only when it is the document's day
            if self.ref is None or abs((d - self.ref).days) > 1 or o[0] == 1 \
                    or not self.toks[o[1]].text.islower() or not self._war_text():
                return None
            end = o[1] + 1
        return end, d.isoformat()

    def _war_period(self, count: int, k: int, start: dt.date) -> tuple[int, str] | None:
        """"третій місяць війни", "на другому тижні вторгнення", "другий рік повномасштабної
        війни" (the period noun at k) -> (next index, the week, month or year it falls in)."""
        if count > 120:
            return None
        unit = self.lex.war_periods[self.n(k)]
        if unit == "W":
            first = start + dt.timedelta(weeks=count - 1)
            value = cal.week_id(first)
        elif unit == "M":
            y, m = cal.shift_months(start.year, start.month, count - 1)
            first = dt.date(y, m, start.day)
            value = cal.month_id(*cal.shift_months(start.year, start.month, count))
        else:
            first = dt.date(start.year + count - 1, start.month, start.day)
            value = f"{first.year:04d}"
        if self.ref is not None and first > self.ref:
            return None     # a period of the war still ahead is no date of it
        end = self._war_noun(k + 1, qualified=True)
        if end is None and unit in ("W", "M") and count >= 2 and self.ref is not None \
                and not self.n(k - 1).isdigit() \
                and self.toks[k].text.islower() and self._bare_war_period(first, unit, k) \
                and self._war_text():
            end = k + 1     # "Уже третій тиждень ми боремося", said in the war's third week
        return (end, value) if end else None

    def _bare_war_period(self, first: dt.date, unit: str, k: int) -> bool:
        """A week or month of the war with no war named ("Іде третій тиждень"): only when the
        document is written within that very period, and no genitive says whose period it is
        ("третій тиждень березня")."""
        if unit == "W":
            last = first + dt.timedelta(days=7)
        else:
            y, m = cal.shift_months(first.year, first.month, 1)
            last = cal.safe_date(y, m, first.day) or dt.date(y, m, 28)
        if not first <= self.ref <= last:
            return False
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        return nxt is None or not (nxt.pos in ("NOUN", "ADJF") and nxt.case == "gent")

    def m_war_day(self, i: int) -> int | None:
        r = self._war_day(i)
        if r is None:
            return self._nth_unit_running(i)
        self.emit(i, r[0], "DATE", r[1])
        return r[0]

    def _nth_unit_running(self, i: int) -> int | None:
        """"Вже третій день немає світла", "ціни ростуть уже третій тиждень": something not
        the war running for n units, a length (P3D, P3W), not a date counted from the war's
        start."""
        lex = self.lex
        o = self._ordinal_any(i) if "-" in self.n(i) or not self.n(i)[:1].isdigit() else None
        if o is None or o[0] < 2 or o[0] > 1000 or self.n(i - 1) not in lex.already_words:
            return None
        n, j = o
        t = self.n(j)
        if t not in lex.single_unit_forms or lex.units[t] not in ("D", "W", "M", "Y"):
            return None
        if self.n(j + 1) in lex.months or self.n(j + 1) in lex.units:
            return None     # "уже третій тиждень березня": a week of the month, no length
        self.emit(i, j + 1, "DURATION", f"P{n}{lex.units[t]}")
        return j + 1

    def m_war_span(self, i: int) -> int | None:
        """"Місяць повномасштабної війни", "рік нашої оборони": one unit of the war's length."""
        lex, t = self.lex, self.n(i)
        prev = self.n(i - 1)
        if t in lex.war_start_days and prev not in lex.every and prev not in lex.ordinals \
                and prev not in lex.deictic and not prev[:1].isdigit() \
                and prev not in lex.number_words and self.toks[i].text.islower():
            # "у день вторгнення", "в день початку повномасштабної війни": its first day
            k = i + 2 if self.n(i + 1) == "початку" else i + 1
            end = self._war_noun(k, qualified=True)
            if end is not None and self.n(end - 1) in ("вторгнення", "війни", "агресії", "навали"):
                self.emit(i, end, "DATE", lex.war_start)
                return end
            return None
        if t not in lex.single_unit_forms or lex.units[t] == "D" or prev in lex.every \
                or prev in lex.ordinals:
            return None     # "третій місяць війни" is no length
        end = self._war_noun(i + 1, qualified=False)
        if end is None:
            return None
        u = lex.units[t]
        self.emit(i, end, "DURATION", f"PT1{u[0]}" if u in ("H", "MIN") else f"P1{u}")
        return end

    def _war_start_after_mod(self, i: int) -> int | None:
        """"(з) початку повномасштабного вторгнення": the war noun after a START mod noun."""
        return self._war_noun(i, qualified=True)

    # ---- days named by an adjective ----------------------------------------------------------
    def m_day_adjective(self, i: int) -> int | None:
        """"сьогоднішній день", "вчорашнього засідання", "сьогоднішній ранок"."""
        lex = self.lex
        off = lex.day_adjectives.get(self.n(i))
        if off is None:
            return None
        value = self._shifted("D", off)
        nxt = self.n(i + 1)
        if nxt in lex.day_nouns:
            self.emit(i, i + 2, "DATE", value)
            return i + 2
        part = lex.day_part_nouns.get(nxt)
        if part is not None and self.ref is not None:
            self.emit(i, i + 2, "TIME", value + part)
            return i + 2
        self.emit(i, i + 1, "DATE", value)
        return i + 1

    def m_new_week(self, i: int) -> int | None:
        """"новий (дипломатичний) тиждень": this week, or the next one when written at a
        weekend."""
        lex = self.lex
        if self.n(i) not in lex.new_week_words:
            return None
        j = i + 1
        while j < i + 3 and j < len(self.toks) and self.toks[j].pos == "ADJF" \
                and lex.units.get(self.n(j)) is None:
            j += 1
        if self.n(j) not in ("тиждень", "тижня", "тижні", "тижнем"):
            return None
        if self.ref is None:
            value = "FUTURE_REF"
        else:
            value = self._shifted("W", 1 if self.ref.isoweekday() >= 6 else 0)
        self.emit(i, j + 1, "DATE", value)
        return j + 1

    # ---- vague counts ----------------------------------------------------------------------
    def m_vague(self, i: int) -> int | None:
        """"кілька днів" PXD, "за кілька хвилин" PTXM, "кілька місяців тому" PAST_REF,
        "через кілька тижнів" FUTURE_REF, "десятки років" PXY."""
        lex = self.lex
        if self.n(i) not in lex.vague_counts:
            return None
        j = i + 1
        if self.n(j) in lex.vague_counts:          # "кілька десятків років"
            j += 1
        u = lex.units.get(self.n(j))
        if u is None or self.toks[j].text[:1].isupper():
            return None
        end = j + 1
        if self.n(end) in lex.ago_words:
            self.emit(i, end + 1, "DATE", "PAST_REF")
            return end + 1
        if self.n(i - 1) in lex.after_words:
            # "Через кілька годин колона була на кордоні": a story told in the past moves on
            # from the day it told (`told_after_hours`), not ahead of the report
            self.emit(i, end, *self.ahead_vaguely(i, u))
            return end
        self.emit(i, end, "DURATION", duration("X", u))
        return end

    # ---- decades, centuries, short years ---------------------------------------------------
    def _century_word(self, i: int) -> int | None:
        """The century's number at token i: "21", "21-го", "19-му" or a Roman "XXI"."""
        t = self.n(i)
        if t.isdigit() and len(t) <= 2:
            return int(t)
        m = _ORD_DIGITS.match(t) if t[:1].isdigit() and "-" in t else None
        if m and len(m.group(1)) <= 2:
            return int(m.group(1))      # ("21-го сторіччя", "у 19-му столітті")
        return _roman(t)

    def _century(self, i: int) -> tuple[int, str] | None:
        """"ХХ століття", "XXI ст.", "21 століття" -> (next index, "19"/"20")."""
        c = self._century_word(i)
        if c is None or not 1 <= c <= 22 or self.n(i + 1) not in self.lex.century_nouns:
            return None
        if self.n(i + 1) in self.lex.article_abbreviations and (
                self.n(i + 2)[:1].isdigit() or self.n(i - 1) in self.lex.law_part_words):
            return None     # "ч. 2 ст. 369-2 КК", "п. 5 ст. 12": an article of a law
        return i + 2, f"{c - 1:02d}"

    def _decade_not_count(self, i: int) -> bool:
        """"наприкінці 1980 років", "у 1990 роках" name a decade; "понад 2000 років", "2000
        років тому", "Місту 1500 років" count years. The genitive names one only after a part
        of a period or a bound ("на початку", "з", "до", `decade_genitive_heads`), from 1900
        on, and never before "тому"."""
        if self.n(i + 1) == "роках":
            return True
        return int(self.n(i)) >= 1900 and self.n(i + 2) not in self.lex.ago_words and (
            self.n(i - 1) in self.lex.mod_words or self.n(i - 1) in self.lex.mod_nouns
            or self.n(i - 1) in self.lex.decade_genitive_heads)

    def _decade(self, i: int) -> tuple[int, str] | None:
        """"1940-х (років)", "90-х", "наприкінці 1980 років", "у дев'яностих" -> (next
        index, "194")."""
        lex, t = self.lex, self.n(i)
        m = _DECADE.match(t)
        if m:
            digits, j = m.group(1), i + 1
        elif len(t) == 4 and t.isdigit() and t.endswith("0") and self.n(i + 1) in ("років", "роках") \
                and self._decade_not_count(i):
            digits, j = t, i + 1
        elif t in lex.decade_words:
            digits, j = f"{lex.decade_words[t]}0", i + 1
        else:
            return None
        if self.n(j) in lex.decade_markers:
            j += 1
        elif lex.units.get(self.n(j)) is not None or self.n(j) in lex.month_part_nouns \
                or self.n(j) in lex.anniversary_nouns:
            return None     # "протягом 10-х днів" counts days, "у 20-х числах" names them,
            # "80-ті роковини" counts years since
        if len(digits) == 4:
            return j, digits[:3]
        century = None
        c = self._century(j)
        if c is not None:
            century, j = c[1], c[0]
        elif self.lex.deictic.get(self.n(j)) == -1 and self.n(j + 1) in lex.century_nouns:
            century, j = "19", j + 2
        if century is None:
            this = (self.ref.year if self.ref else 2030)
            century = "20" if 2000 + int(digits) <= this else "19"
        return j, century + digits[0]

    def m_century(self, i: int) -> int | None:
        """At the century noun: "ХХ століття" (the numeral before it is not a starter)."""
        if self.n(i) not in self.lex.century_nouns or i == 0:
            return None
        c = self._century(i - 1)
        if c is None:
            return self._century_in_words(i)
        self.emit(i - 1, c[0], "DATE", c[1])
        return c[0]

    def _century_in_words(self, i: int) -> int | None:
        """At the century noun after an ordinal in words: "дев'ятнадцятого століття", "у
        двадцять першому столітті" (the tens a cardinal, the last word the ordinal)."""
        lex = self.lex
        o = lex.ordinals.get(self.n(i - 1))
        if o is None:
            return None
        start = i - 1
        if o < 10 and i >= 2 and self.n(i - 2) in lex.tens:
            o, start = lex.tens[self.n(i - 2)] + o, i - 2
        if not 1 <= o <= 22:
            return None
        self.emit(start, i + 1, "DATE", f"{o - 1:02d}")
        return i + 1

    def _short_year(self, i: int) -> tuple[int, int] | None:
        """"у 17-му році", "з 14-го року" -> (year, next index)."""
        m = _SHORT_YEAR.match(self.n(i))
        if not m or self.n(i + 1) not in self.lex.short_year_markers:
            return None
        yy = int(m.group(1))
        this = self.ref.year if self.ref else 2030
        return (2000 + yy if 2000 + yy <= this else 1900 + yy), i + 2

    def _ordinal_year(self, i: int) -> tuple[int, int] | None:
        """A year told by its last two digits in words: "з дев'яносто першого року" (1991),
        "у чотирнадцятому році" (2014) -> (year, next index), the century as for "17-го року"
        (`_short_year`). An ordinal under ten before "року" counts years of something ("з
        першого року навчання"), not a year of the calendar."""
        markers = self.lex.short_year_markers
        if self.n(i + 1) not in markers and self.n(i + 2) not in markers:
            return None     # most ordinals are days and counts: no call to read the number
        got = self._ordinal_any(i)
        if got is None:
            return None
        v, j = got
        if not 10 <= v <= 99 or self.n(j) not in self.lex.short_year_markers \
                or self.n(j - 1) not in self.lex.ordinals:
            return None
        nxt = self.toks[j + 1] if j + 1 < len(self.toks) else None
        if nxt is not None and nxt.text.islower() and (
                nxt.pos == "NOUN" and nxt.case == "gent" or nxt.pos in ("ADJF", "NPRO")
                and nxt.case == "gent"):
            return None     # "на двадцятому році незалежності": a year of something
        this = self.ref.year if self.ref else 2030
        return (2000 + v if 2000 + v <= this else 1900 + v), j + 1

    def m_half(self, i: int) -> int | None:
        """"пів року", "пів години" written apart: the length "півроку" is; "півтора року",
        "півтори години": one unit and a half; "чверть години": a quarter of one."""
        lex, t, nxt = self.lex, self.n(i), self.n(i + 1)
        if t in lex.quarter_words:
            clock = self.m_clock_words(i)   # "о чверть на п'яту", "за чверть п'ята"
            if clock is not None:
                return clock
            v = lex.quarter_durations.get(nxt)
            if v is None:
                return None
            return self._length_or_ago(i, i + 2, v)
        if t in lex.clock_half_words:
            v = lex.half_durations.get(nxt)
            if v is None:
                return None
            return self._length_or_ago(i, i + 2, v)
        u = lex.units.get(nxt)
        if u is None or nxt in lex.plural_units:
            return None
        return self._length_or_ago(i, i + 2, f"PT1.5{u[0]}" if u in ("H", "MIN") else f"P1.5{u}")

    def _length_or_ago(self, i: int, end: int, value: str) -> int:
        """A length in words ends at `end`: followed by "тому" it is the time that far back
        ("пів століття тому" as "п'ятдесят років тому"), else the length."""
        if self.n(end) in self.lex.ago_words:
            self.emit(i, end + 1, "DATE", self._ago_length(value))
            return end + 1
        self.emit(i, end, "DURATION", value)
        return end

    # ---- the year of a day named right after one ---------------------------------------------
    def _year_before(self, i: int, adjacent: bool = False) -> int | None:
        """"Минулого року 14 травня", "У 2021 році, 14 травня": a year just emitted before
        token i, with nothing but a comma between; or (unless `adjacent`: a month or season
        takes only the year right before it, "торік у травні") a year written earlier in the
        same clause ("Великдень 2023 року припадає на 16 квітня"), unless a word that ends the
        clause stands between or a preposition makes that year a span's end ("з 2014 року")."""
        if not self.out:
            return None
        sent, tx = self.out[-1]
        if sent != self.sent or tx.type != "DATE":
            return None
        first = next((k for k, t in enumerate(self.toks) if t.start >= tx.start), None)
        if len(tx.value) == 4 and tx.value.isdigit() \
                and self.doc.text[tx.end:self.toks[i].start].strip() in _YEAR_DAY_GAPS:
            # (a year summed over or planned for is no frame: "звіт за 2016 рік 17 березня",
            # "бюджет на 2025 рік 19 листопада" are days of another year)
            if first is not None and self.n(first - 1) in (
                    self.lex.story_year_blockers | self.lex.year_purpose_preps):
                return None
            return int(tx.value)
        year = tx.value[:4]
        if adjacent or not (year.isdigit() and year in tx.text and tx.value[4:5] in ("", "-")):
            return None
        if first is None or self.n(first - 1) in self.lex.year_carry_blockers \
                or self.n(first - 1) in self.lex.year_purpose_preps:
            return None     # ("бюджет на 2025 рік ухвалили 19 листопада": of the year before)
        breaks = self.lex.year_carry_breaks
        for k in range(first, i):
            if self.toks[k].start >= tx.end and self.n(k) in breaks:
                return None
        return int(year)


def century_of(ref: dt.date | None, off: int) -> str | None:
    """"цього століття" / "минулого століття": TIMEX3 century "20" is 2000-2099."""
    if ref is None:
        return None
    return f"{ref.year // 100 + off:02d}"


__all__ = ["PhraseMatchers", "century_of"]
