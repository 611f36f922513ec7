"""A time unit named without a number, mixed into the scanner: "через тиждень", "місяць
тому", "за добу", "протягом місяців", "роки тому", "місяці й місяці", "вже не перший тиждень",
"450 грн в місяць", "протягом першої доби", "у перші місяці". The unit alone is one of it, a few of it, an offset of one or a rate,
depending on the word before or after it; with a number in front it is read by `Counts`.

A mixin of `scan.Scanner` (it supplies n, lex, emit; `_count_range`, `_emit_count_range` and
`_offset_value` come from `Counts`, `rate_set` from `Recurring`, `_anchored_count` from
`Narrative`).
"""
from __future__ import annotations

from .counts import duration


class UnitWords:
    """`m_duration_words`, `m_not_first` and `m_first_length`."""

    def m_first_length(self, i: int) -> int | None:
        """"протягом першої доби", "за перший тиждень", "у перші місяці": the first unit of a
        stretch whose start the text does not date is a length, of one unit (P1D) or of a few
        (PXM in the plural). Tried after every other reading of the ordinal: a first day, week
        or month of a named year, month or war ("у перший тиждень року", "перші місяці
        війни") is a date there. Only after a preposition of a length (`first_length_preps`),
        or one of time in the plural ("у перші дні"): "перший день навчання" names a day."""
        lex = self.lex
        if lex.ordinals.get(self.n(i)) != 1:
            return None
        t = self.n(i + 1)
        u = lex.units.get(t)
        if u is None or u in ("DE", "CE"):
            return None
        nxt = self.n(i + 2)
        if nxt in lex.units or nxt in lex.months or nxt[:1].isdigit():
            return None     # ("за перший тиждень місяця": the first week of a month named)
        prep = self.n(i - 1)
        plural = t in lex.plural_units or self.n(i) in lex.war_first_days
        if prep not in lex.first_length_preps and not (plural and prep in lex.first_length_plural_preps):
            return None
        if plural:
            self.emit(i, i + 2, "DURATION", duration("X", u))
        else:
            self.emit(i, i + 2, "DURATION", duration(1, u))
        return i + 2

    def m_not_first(self, i: int) -> int | None:
        """"вже не перший тиждень": the thing has gone on for more than one unit, a vague
        duration (PXW); "не перший рік" PXY, "не першу годину" PTXH."""
        lex = self.lex
        if lex.ordinals.get(self.n(i + 1)) != 1:
            return None
        t = self.n(i + 2)
        u = lex.units.get(t)
        if u is None or u in ("DE", "CE") or t not in lex.single_unit_forms:
            return None
        self.emit(i, i + 3, "DURATION", duration("X", u))
        return i + 3

    def m_duration_words(self, i: int) -> int | None:
        t, lex = self.n(i), self.lex
        if "-" in self.n(i - 1) and lex.units.get(t) is not None:
            # "три-п'ять днів": the range is one token no pattern starts with (looking for
            # it at every word cost the whole layer a tenth), so it is read from its unit
            rng = self._count_range(i - 1)
            if rng is not None and rng[0] == i:
                return self._emit_count_range(i - 1, i)
        u = lex.units.get(t)
        if u is not None and t in lex.plural_units and not self.n(i - 1)[:1].isdigit() \
                and self.n(i - 1) not in lex.cardinals:
            num = self._number(i + 1)
            if num is not None and self.n(num[1]) in lex.ago_words:
                # "років десять тому", "днів п'ять тому": the unit before its number tells an
                # approximate count, ago as much as the plain order
                self.emit(i, num[1] + 1, "DATE", self._offset_value(u, -num[0]))
                return num[1] + 1
            if num is not None and self._approx_length(i, num):
                # "хвилин п'ять", "годин зо три": the same order without "тому" is a length
                self.emit(i, num[1], "DURATION", duration(num[0], u), "APPROX")
                return num[1]
        if u is not None and self.n(i + 1) in lex.repeat_joiners and self.n(i + 2) == t \
                and (t in lex.vague_plural_forms or t in lex.special_durations):
            # "місяці й місяці", "роками й роками": the unit repeated, a vague number of it
            self.emit(i, i + 3, "DURATION", duration("X", u))
            return i + 3
        v = lex.special_durations.get(t)
        if v is not None:
            if "X" in v and self.n(i - 1) in lex.after_words:
                # "через день-другий": ahead of the report, or on in a story told in the past
                self.emit(i, i + 1, *self.ahead_vaguely(i, _vague_unit(v)))
                return i + 1
            return self._length_or_ago(i, i + 1, v)     # "півроку", "півроку тому"
        u = lex.units.get(t)
        if u is None:
            return None
        prev = self.n(i - 1)
        if t in lex.single_unit_forms and self.rate_set(i, i + 1, duration(1, u)):
            return i + 1        # "двічі на тиждень", "раз на рік": how often
        if t in lex.single_unit_forms:
            anchored = self._anchored_count(i, i + 1, 1, u)
            if anchored is not None:
                return anchored     # "за тиждень після цього": a week from the day told
            # "через тиждень", "місяць тому": an offset of one unit
            if prev in lex.after_words:
                told = self.told_after(i, 1, u) or \
                    self.told_after_hours(i, 60 if u == "H" else 1, u)
                self.emit(i, i + 1, *(told or ("DATE", self._offset_value(u, 1))))
                return i + 1
            if self.n(i + 1) in lex.ago_words:
                self.emit(i, i + 2, "DATE", self._ago_value(i, u, 1))
                return i + 2
        if t in lex.genitive_unit_forms and (prev in lex.approx_genitive_words
                                             or prev in lex.length_bound_words):
            if self.n(i + 1) in lex.ago_words:
                # "близько року тому", "більше місяця тому": about one unit before
                self.emit(i, i + 2, "DATE", self._offset_value(u, -1))
                return i + 2
            if prev in lex.length_bound_words and self.n(i + 1) not in lex.clock_day_parts:
                # "трохи більше години", "менше доби", "близько тижня": one unit's length
                # ("близько години ночі" is a clock time)
                self.emit(i, i + 1, "DURATION", duration(1, u))
                return i + 1
        if t in lex.plural_ago_forms and self.n(i + 1) in lex.ago_words:
            self.emit(i, i + 2, "DATE", "PAST_REF")     # "роки тому", "місяці назад"
            return i + 2
        if prev in ("в", "у", "на") and self.n(i - 2) in lex.rate_units \
                and t in lex.single_unit_forms:
            self.emit(i, i + 1, "SET", duration(1, u))     # "450 грн в місяць": a rate
            return i + 1
        if prev in lex.last_words and t in lex.za_unit_forms and not (u == "D" and self.n(i - 2) in ("у", "в", "на")):
            # ("в останній день" names a day, no length: stretch_days.py)
            self.emit(i - 1, i + 1, "DURATION", duration(1, u))    # "за останню добу"
            return i + 1
        if prev in ("останнього", "останньої") and self.n(i - 2) in lex.duration_preps:
            self.emit(i - 1, i + 1, "DURATION", duration(1, u))    # "протягом останнього тижня"
            return i + 1
        if prev == "за" and t in lex.single_unit_forms and u in ("D", "W") \
                and self.ref is not None and self.tense_at(i) == "futr" \
                and self.n(i + 1) not in lex.anchor_date_preps \
                and not any(k < i and tense == "past" for k, tense in self.verbs):
            # "Наступний раунд відбудеться за тиждень": a week on from the report, as "через
            # тиждень" ("за тиждень до виборів" counts back from its own day; "за рік
            # збудуємо" is rather the length it takes, so only a day or a week; nor after a
            # past verb: "розповідали, як за тиждень будуть ..." told a boast then)
            self.emit(i, i + 1, "DATE", self._offset_value(u, 1))
            return i + 1
        if (prev == "за" and t in lex.za_unit_forms) or (
                (prev in lex.already_words or prev in lex.only_words and self.n(i - 2) != "не")
                and t in lex.single_unit_forms):
            # ("не лише день, а й час" names the day, no length)
            # "за добу врятовано", "вже місяць стримують": one unit's duration
            self.emit(i, i + 1, "DURATION", duration(1, u))
            return i + 1
        if t in lex.vague_plural_forms and (prev in lex.vague_plural_preps
                                            or prev in lex.after_words):
            # "за роки незалежності", "вже тижні в облозі"; "через роки" lies ahead
            if prev in lex.after_words:
                self.emit(i, i + 1, *self.ahead_vaguely(i, u))
            else:
                self.emit(i, i + 1, "DURATION", duration("X", u))
            return i + 1
        if prev == "на" and t in lex.single_unit_forms and u in ("W", "M", "Y") and self._forecast_of(i - 2):
            # "Прогноз погоди на тиждень", "Графік відключень на місяць": the unit it is made
            # for is this one, no length
            self.emit(i, i + 1, "DATE", self._shifted(u, 0))
            return i + 1
        if prev in lex.duration_preps or (prev == "на" and t in lex.duration_na_forms) or (
                (self.n(i - 2), prev) in lex.duration_phrases):
            if t in lex.plural_units and prev not in lex.new_week_words:
                # "протягом місяців", "упродовж років": a vague number of units
                self.emit(i, i + 1, "DURATION", duration("X", u))
                return i + 1
            if t in ("днів", "тижнів", "місяців", "років", "дні", "тижні", "місяці", "роки", "днями", "роками"):
                return None
            self.emit(i, i + 1, "DURATION", duration(1, u))
            return i + 1
        return None

    def _forecast_of(self, k: int) -> bool:
        """Whether the noun at token k, or the one before it with its genitive at k ("Прогноз
        погоди"), is a forecast's or a schedule's (`forecast_words`)."""
        words = self.lex.forecast_words
        return any(0 <= m < len(self.toks) and ((self.toks[m].lemma or self.toks[m].norm) in words
                                                or self.toks[m].norm in words) for m in (k, k - 1))

    def _approx_length(self, i: int, num: tuple[int, int]) -> bool:
        """The unit at i and the number after it ("хвилин п'ять") tell an approximate length:
        a number in words (digits after a unit are a list, a year or a score: "років 2014"),
        small, not in the genitive ("на вигляд років шістдесяти" is an age), and not
        followed by a noun it counts ("хвилин сорок п'ять секунд") or a month."""
        v, j = num
        if self.n(i + 1)[:1].isdigit() or not 1 < v <= 60 or "gent" in self.toks[j - 1].tags:
            return False
        nxt = self.toks[j] if j < len(self.toks) else None
        return nxt is None or (nxt.pos != "NOUN" and self.lex.units.get(nxt.norm) is None
                               and nxt.norm not in self.lex.months)


def _vague_unit(value: str) -> str:
    """The unit of a vague length ("PXW" -> "W", "PTXH" -> "H", "PTXM" -> "MIN")."""
    if value.startswith("PTX"):
        return "H" if value.endswith("H") else "MIN"
    return value[2:]
