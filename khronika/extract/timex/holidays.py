"""Holidays, mixed into the scanner: days named by their feast ("День Незалежності",
"на Великдень", "Трійця 2023 року"). Fixed days and the feasts counted from Easter come from the
lexicon's `named_days`; another country's day ("День незалежності США") takes that country's
date from the data, or no value when the data has none, because our own date would be wrong.
A feast after a preposition of time ("на Різдво", "напередодні Великодня", "після Дня
Незалежності") is the time of its clause's verb, whose tense picks which one it is: under a past
verb, or none, the last one gone, however near the next ("На Різдво обстріляли" written on 20
December); the eve of one near ahead may be its run-up ("Напередодні Нового року встановили
ялинку" in November).

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, emit, tense_at, `_year` and
`_day_value`).
"""
from __future__ import annotations

import datetime as dt

from . import calendar as cal
from .lexicon import country_names


class NamedDays:
    """The holiday pattern `m_named` and the helpers that date a feast and find whose it is."""

    def m_named(self, i: int) -> int | None:
        entries = self.lex.named_days.get(self.n(i))
        if not entries:
            return None
        nxt = self.n(i + 1)
        for e in entries:
            words = e["words"]
            if len(words) > 1 and nxt not in words[1]:
                continue        # most entries part at the second word: checked first
            if not all(self.n(i + k) in w for k, w in enumerate(words)):
                continue
            if e.get("capital") and not self.toks[i].text[0].isupper():
                continue
            if e.get("not_initial") and (i == 0 or not self.toks[i - 1].is_word):
                continue        # "Новий рік приніс ..." is the year, not the holiday
            if self.n(i - 1) in self.lex.cardinals:
                continue        # "два Дні Перемоги": holidays counted, not one day
            j = i + len(words)
            date = e.get("date")
            old = e.get("before")
            counted = None
            if old and self.ref is not None and self.ref < dt.date.fromisoformat(old["until"]):
                date = old.get("date")      # "Різдво" in a text of 2016: 7 January
                counted = old.get("nth_weekday")    # "День Європи" in 2016: May's third Saturday
                if counted:
                    date = cal.nth_weekday(self.ref.year, *counted).strftime("%m-%d")
            if j < len(self.toks) and self._foreign_holiday(j):
                # another country's day: its own date where the data has it, else no time
                country = self._country(j) if e.get("holiday") else None
                date = country and self.lex.country_days.get(e["holiday"], {}).get(country[0])
                if not date:
                    continue
                j = country[1]
            y = self._year(j, marker_needed=False)
            told = self.n(i - 1) in self.lex.feast_time_preps
            # (the eve is also the run-up: "Напередодні Нового року встановили ялинку" a
            # month before it; a past verb keeps the next one near, as a greeting does)
            gone = told and self.n(i - 1) not in self.lex.eve_words
            if "easter" in e:
                value = self._moveable_value(int(e["easter"]), y[0] if y else None, i, told, gone)
            else:
                month, day = (int(x) for x in date.split("-"))
                value = self._day_value(month, day, y[0] if y else None, i, named=True,
                                        told=told, gone=gone)
                if counted and value and value[:4].isdigit():
                    # (the year chosen: that year's day of the count)
                    value = cal.nth_weekday(int(value[:4]), *counted).isoformat()
                elif old and old.get("date") and date != old["date"] and value \
                        and value[:4].isdigit() and value < old["until"]:
                    # the one chosen fell before the change: the day it had then ("На Різдво
                    # обстріляли" on 20 December 2023 is 7 January 2023, not 25 December 2022)
                    month, day = (int(x) for x in old["date"].split("-"))
                    value = self._day_value(month, day, y[0] if y else None, i, named=True,
                                            told=told, gone=gone)
            if value is None:
                continue
            if y:
                j = y[1]
            if e.get("part"):
                self.emit(i, j, "TIME", value + e["part"])
            else:
                self.emit(i, j, "DATE", value)
            return j
        return None

    def feast_tense(self, i: int) -> str | None:
        """The tense that picks the occurrence of a feast told as the time of its clause's verb
        ("На Великдень окупанти обстріляли", "Після Великодня проведе нараду"): the future's
        for a future verb or a feast a thing is set for ("перенесли на Великдень"); with no
        verb at all the past's, as a report's line tells what happened ("Напередодні Великодня
        – удар по Херсону"); none for the present ("чекають на Новий рік") or for the time of
        a happening named by a noun a past verb reports ("оголосив про зустріч на Великдень"):
        the nearest."""
        if self._set_ahead(i):
            return "futr"
        tense = self.tense_at(i)
        if tense is None and not self.verbs:
            return "past"
        return None if tense == "past" and self._scheduled_before(i - 1) else tense

    def _moveable_value(self, offset: int, year: int | None, i: int, told: bool = False,
                        gone: bool = False) -> str:
        """A feast counted from Orthodox Easter ("на Великдень", "Трійця 2023 року"), or from
        Western Easter where the sentence says whose feast it is ("християни західного обряду
        святкують Великдень", "католицький Великдень")."""
        western = self._western_feast(i)
        if year is not None:
            easter_of = cal.western_easter if western else cal.orthodox_easter
            return (easter_of(year) + dt.timedelta(days=offset)).isoformat()
        if self.ref is None:
            return "XXXX-XX-XX"
        tense = self.feast_tense(i) if told else self.tense_at(i)
        return cal.moveable_year(offset, self.ref, tense, western, gone).isoformat()

    def _western_feast(self, i: int) -> bool:
        """A word of the Western churches in the clause of the feast word at i."""
        bounds = self.lex.clause_bounds
        k = i - 1
        while k >= 0 and i - k <= 8 and self.toks[k].norm not in bounds:
            if self.toks[k].norm in self.lex.western_feast_words:
                return True
            k -= 1
        k = i + 1
        while k < len(self.toks) and k - i <= 5 and self.toks[k].norm not in bounds:
            if self.toks[k].norm in self.lex.western_feast_words:
                return True
            k += 1
        return False

    def _foreign_holiday(self, j: int) -> bool:
        """"Днем Конституції Польщі", "День незалежності США": a capitalised genitive after the
        holiday's words names another country's day (our own country's name excepted). A
        country after "в" is where the day is kept, not whose ("українці відзначили День
        Незалежності в Польщі")."""
        tok = self.toks[j]
        if not tok.is_word or not tok.text[:1].isupper() or tok.norm in self.lex.own_country:
            return False
        return tok.case == "gent" or (tok.text.isupper() and len(tok.text) > 1)

    def _country(self, j: int) -> tuple[str, int] | None:
        """The country named from token j ("Норвегії", "Сполучених Штатів Америки") -> (ISO
        code, next index), or None."""
        if j >= len(self.toks) or not self.toks[j].text[:1].isupper():
            return None
        forms = self.lex.country_forms
        for size in (4, 3, 2, 1):
            phrase = " ".join(self.n(j + k) for k in range(size))
            if phrase in forms:
                return forms[phrase], j + size
        lemma = (self.toks[j].lemma or self.n(j)).lower()
        code = country_names().get(lemma)
        return (code, j + 1) if code else None
