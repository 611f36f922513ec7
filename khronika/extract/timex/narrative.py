"""Days told relative to the story rather than to the document date, mixed into the scanner:
"наступного дня", "того ж дня", "напередодні", "через два дні після цього", "того року".

TIMEX3 anchors such an expression to the time the text is telling at that point: after "Саміт
відбувся 28 жовтня." the following "Напередодні ..." is 27 October, not the day before the
document. The anchor is the last day told before the expression in the same paragraph; a
paragraph with none keeps the document date, and a day told in another paragraph never
anchors (a new paragraph of a news item or an address often starts another story). The bound
of a span ("до 15 грудня") is no day told.

A mixin of `scan.Scanner` (it supplies n, toks, lex, ref, doc, out, sent, emit, `_shifted`,
`_bound`).
"""
from __future__ import annotations

import datetime as dt
import re

from ...textnorm import norm_word
from . import calendar as cal
from .calendar import DAY_VALUE
from .announced_days import AnnouncedDays
from .story_years import StoryYears
from .told_hours import ToldHours

_YEAR_NOUNS = ("року", "рік", "році")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")     # a day, or a time on one
_LAST_WORD = re.compile(r"(\w+)\s*$")
# What may stand between a year and the day of it ("Минулого року в цей день").
_YEAR_DAY_GAPS = ("", "в", "у")

# How many sentences after a count from a happening ("За два тижні до саміту") may give that
# happening's day ("Саміт відбудеться 9-11 липня").
HAPPENING_AHEAD = 2

# A day told in the paragraph before lends its date to an undated time of day told in the past
# only when it lies more than this many days before the document: a story of another day, not
# the report's own days ("Вчора ...", "3 березня ..." of a daily report).
STORY_DAY_GAP_DAYS = 30


class Narrative(StoryYears, ToldHours, AnnouncedDays):
    """`m_this_day`, the narrative day helpers and the anchored counts (`_anchored_count`)."""

    def _told_day(self) -> str | None:
        """The last day (YYYY-MM-DD, or a part of one) told so far in this paragraph."""
        sents = self.doc.sentences
        para = sents[self.sent].paragraph
        for sent, tx in reversed(self.out):
            if sents[sent].paragraph != para:
                break
            if tx.type in ("DATE", "TIME") and _DAY.match(tx.value) and not self._bound(tx):
                return tx.value[:10]
        return None

    def _told_year(self) -> int | None:
        """The year the paragraph is telling: that of the last date with a year told in it
        ("2014 року", "три роки тому", "24 лютого 2022 року"), for "того (ж) року"."""
        sents = self.doc.sentences
        para = sents[self.sent].paragraph
        for sent, tx in reversed(self.out):
            if sents[sent].paragraph != para:
                break
            if tx.type in ("DATE", "TIME") and tx.value[:4].isdigit() \
                    and tx.value[4:5] in ("", "-") and not self._bound(tx):
                return int(tx.value[:4])
        return None

    def _earlier_year(self) -> int | None:
        """"того ж року" in a paragraph that has told no year points back past it: news sites
        print each sentence as a paragraph ("6 грудня 2010 року міністерство уклало договір.
        / Вартість склала 7 млн грн. / Протягом грудня того ж року ..."). The year of the
        last date written with its year in digits before, no span's bound (`_bound`)."""
        for _, tx in reversed(self.out):
            y = tx.value[:4]
            if tx.type == "DATE" and y.isdigit() and tx.value[4:5] in ("", "-") \
                    and y in tx.text and not self._bound(tx):
                return int(y)
        return None

    def _story_year(self, i: int) -> int | None:
        """The past year the story is set in, for a day, month or season at token i named
        without one: "У 2022 році все змінилося. 24 лютого ..." is 2022's 24 February, not the
        one nearest the document date. The year is that of the last time told in the sentence
        before it in the paragraph (after "тоді" anywhere earlier in it), when that
        time is a past year's ("2014-му", "три роки тому", "у березні 2022 року"). A time of
        the document's own year, a span's bound or a vague time ends the story; a future
        clause ("24 лютого ми вшануємо") is not told in it. A year in the sentence before
        sets the story only when it opens that sentence, as the frame of what follows: "Кабмін
        ухвалив постанову ще у 2023 році. Нова редакція набула чинності 1 березня." dates a
        past act, and the day after it is the nearest one."""
        if self.ref is None or self.tense_at(i) == "futr" or self._names_this_year():
            return None
        lex, sents = self.lex, self.doc.sentences
        then = self.n(i - 1) in lex.then_words or (
            self.n(i - 1) == "," and self.n(i - 2) in lex.then_words) or (
            self.n(i - 1) in lex.prepositions and self.n(i - 2) in lex.then_words)
        para = sents[self.sent].paragraph
        for sent, tx in reversed(self.out):
            if sents[sent].paragraph != para or (sent < self.sent - 1 and not then) \
                    or (sent == self.sent and not then) or tx.type not in ("DATE", "TIME"):
                return None     # (a year in its own clause is `_year_before`'s; one in
                # another clause of the sentence, or a length between, sets no story:
                # "У 2014 році Росія анексувала Крим, а 24 лютого напала знову")
            if self._bound(tx) or _word_before(self.doc.text, tx.start) in lex.story_year_blockers:
                return None
            y = tx.value[:4]
            if not (y.isdigit() and tx.value[4:5] in ("", "-")):
                return None
            if sent != self.sent and not then and not self._opens_sentence(sent, tx) \
                    and not self._recalled(sent, tx):
                return None
            return int(y) if int(y) < self.ref.year else None
        return None

    def _clause_story_year(self, i: int, month: int, season: bool = False) -> int | None:
        """"Навесні 2014 року Росія захопила Крим, а влітку збила MH17", "У березні 2014 року
        ..., а у квітні почала": a month or season told in the past after a month, season or
        day of a past year written earlier in the same sentence, and not before it in the
        calendar, is of that year (a story goes forward). A bare year sets no such frame for a
        month or a day ("У 2014 році Росія анексувала Крим, а 24 лютого напала знову":
        `_story_year`), but does for a season, a part of that year ("У 2014 році Росія
        анексувала Крим, а навесні почала війну на Донбасі")."""
        if self.ref is None or not self.out or self.out[-1][0] != self.sent \
                or self.tense_at(i) != "past":
            return None
        tx = self.out[-1][1]
        v, y = tx.value, tx.value[:4]
        if tx.type != "DATE" or not y.isdigit() or y not in tx.text \
                or int(y) >= self.ref.year or self._bound(tx):
            return None
        if season and v == y:
            return int(y)       # ("У 2014 році ..., а навесні")
        if v[4:5] != "-":
            return None
        first = self.lex.season_months.get(v[5:7], (None,))[0] if not v[5:7].isdigit() \
            else int(v[5:7])
        if first is None or month < first:
            return None
        return int(y)

    def _told_next(self, unit: str, off: int, i: int) -> str | None:
        """"Наступного тижня" (month, year) in a past story: the period after the time told,
        not after the document's ("2 березня 2022 року окупанти захопили Херсон. Наступного
        тижня почалися протести": a past verb cannot tell of the document's next week). A week
        counts from the day told last in the paragraph, a month from the month or day told in
        this sentence or the one before, a year from the year told; with none, the document's."""
        if off != 1 or self.ref is None or self.tense_at(i) != "past":
            return None
        if unit == "W":
            day = self._told_day()
            return cal.week_id(cal.shift_weeks(dt.date.fromisoformat(day), 1)) if day else None
        if unit == "M":
            ym = self._context_month()
            return cal.month_id(*cal.shift_months(ym[0], ym[1], 1)) if ym else None
        if unit == "Y":
            year = self._told_year()
            return f"{year + 1:04d}" if year is not None and year < self.ref.year else None
        return None

    def _names_this_year(self) -> bool:
        """Whether the sentence names the document's year anywhere ("У січні надійшов перший
        транш цього року", "цьогоріч"): its bare months and days are this year's, whatever
        year the sentence before told."""
        lex, toks = self.lex, self.toks
        return any(lex.year_words.get(t.norm) == 0 or (
            lex.deictic.get(t.norm) == 0 and k + 1 < len(toks)
            and lex.units.get(toks[k + 1].norm) == "Y") for k, t in enumerate(toks))

    def _opens_sentence(self, sent: int, tx) -> bool:
        """Whether the time stands at the head of sentence `sent`, at most a preposition
        before it ("У 2022 році все змінилося", "Три роки тому Росія ...")."""
        head = self.doc.text[self.doc.sentences[sent].start:tx.start].split()
        return not head or (len(head) == 1 and head[0].lower() in self.lex.prepositions)

    def _recalled(self, sent: int, tx) -> bool:
        """Whether a verb of recalling or of time gone by (`recalling_verbs`) stands before
        the year in sentence `sent` ("Пам'ятаємо весну 2022 року", "Двадцять років минуло від
        терактів 2001 року"): the sentence looks back at that year, the story's frame."""
        s = self.doc.sentences[sent]
        return any(t.lemma in self.lex.recalling_verbs and t.end <= tx.start
                   for t in self.doc.tokens[s.first_token:s.last_token])

    def _historic_year(self, month: int, day: int, i: int) -> int | None:
        """"з часів 11 вересня", "від часу 24 лютого", "пам'ятаємо, як 11 вересня": a day named
        as an era of history, or remembered, is the famous day of that name (`famous_days`),
        whose year the text need not write."""
        k = i - 1
        while k >= 0 and self.n(k) in self.lex.prepositions:
            k -= 1
        if self.n(k) in self.lex.memory_joiners and self.n(k - 1) == ",":
            k -= 2          # ("Ми пам'ятаємо, як 11 вересня ...": the clause the memory holds)
        if self.n(k) not in self.lex.historic_markers and not (
                0 <= k < len(self.toks) and self.toks[k].lemma in self.lex.memory_verbs):
            return None     # ("не забуде 24 лютого": remembered, the famous day too)
        return self.lex.famous_days.get(f"{month:02d}-{day:02d}")

    def _story_day(self, sent: int, tx, after: int | None) -> str | None:
        """The past day a story is telling when a time of day told in the past names none and
        the last time before it stands further back than the sentence before: "24 лютого 2022
        року я прокинувся в Харкові. Ми зібрали речі. О 5-й ранку почалися вибухи." is that
        day's five o'clock. `tx` (in sentence `sent`) is that last time. It anchors from
        earlier in the paragraph when it is a day not after the document's; from the
        paragraph just before only when that day lies well before the document (a story of
        another day: a report's new paragraph about its own day names none)."""
        if after is None or self.ref is None or id(tx) in self.next_day_ends \
                or tx.type not in ("DATE", "TIME") or not _DAY.match(tx.value) \
                or self._bound(tx) or self.tense_at(max(after - 1, 0)) != "past":
            return None
        day = dt.date.fromisoformat(tx.value[:10])
        sents = self.doc.sentences
        here, there = sents[self.sent].paragraph, sents[sent].paragraph
        if there == here:
            return tx.value[:10] if day <= self.ref else None
        if there == here - 1 and (self.ref - day).days > STORY_DAY_GAP_DAYS:
            return tx.value[:10]
        return None

    def _that_day_year(self, month: int, day: int, i: int) -> int | None:
        """"Того дня, 24 лютого, ми прокинулися від вибухів", "Того ранку, 3 березня, ...":
        a day set beside "that day" (or that morning) is a day the text recalls, so never the
        document's own: a famous day's own year (`famous_days`), else the last one before the
        document date (on 5 March 2023 "Того ранку, 5 березня" is 2022's). Only with no day told before in the paragraph ("Того ж дня, 24 лютого" after a
        day told is that day's, read as usual)."""
        if self.ref is None or self.n(i - 1) != "," or self._told_day() is not None:
            return None
        unit = self.n(i - 2)
        if not (unit in self.lex.day_nouns or unit in self.lex.told_day_parts) \
                or self.n(i - 3) not in self.lex.that_words:
            return None
        famous = self.lex.famous_days.get(f"{month:02d}-{day:02d}")
        if famous is not None:
            return famous       # ("Того дня, 24 лютого" two years on: the famous one, 2022)
        ref = self.ref
        return ref.year if (month, day) < (ref.month, ref.day) else ref.year - 1

    def _remembered(self, i: int) -> bool:
        """Whether a verb of memory governs the day at token i from before it in its clause
        ("Ніхто не забуде 24 лютого", "ми завжди пам'ятатимемо 3 березня"): what is
        remembered has been, so the day is the last one gone, though the verb is future."""
        lo, _ = self._clause(i)
        return any(t.pos == "VERB" and t.lemma in self.lex.memory_verbs
                   for t in self.toks[lo:i])

    def _day_in_context(self, sentences: int) -> str | None:
        """The last day named in this sentence (or in the previous ones, up to `sentences`
        back)."""
        for sent, tx in reversed(self.out):
            if sent < self.sent - sentences:
                break
            v = tx.value
            if tx.type == "DATE" and len(v) == 10 and v[4] == "-" and v[:4].isdigit():
                return v
        return None

    def _last_told_day(self) -> str | None:
        """The day told last anywhere before in the document, when no other time was told
        since: "Того вечора ..." in an interview whose day was given a few paragraphs back
        ("Це було 14 березня." ... "Того вечора я вперше почув сирену") points to that day,
        as a reader takes it; a month, a year or another period told in between ("У квітні
        ...") leaves "that day" without an antecedent. The bound of a span and vague times
        ("зараз") tell no time of the story."""
        for _, tx in reversed(self.out):
            if tx.type not in ("DATE", "TIME") or not tx.value[:4].isdigit() or self._bound(tx):
                continue
            return tx.value[:10] if _DAY.match(tx.value) else None
        return None

    def _defined_after(self, k: int) -> bool:
        """"того дня, коли ...": the day is the one the clause after it defines."""
        k += self.n(k) == ","
        return self.n(k) in self.lex.subordinators

    def _after_that_word(self, i: int) -> int:
        """The index past "ж", "же", "самого" in "того ж дня", "того самого дня"."""
        while self.n(i) in self.lex.same_particles:
            i += 1
        return i

    def m_this_day(self, i: int) -> int | None:
        """"цей день", "цієї доби" (the day in view), "минулої доби", "наступного дня", "того
        (ж) дня", "наступного ранку", "того ж вечора": counted from the day told last in the
        paragraph, else from the document's."""
        lex, t, nxt = self.lex, self.n(i), self.n(i + 1)
        if nxt not in lex.day_nouns and nxt not in lex.same_particles \
                and nxt not in lex.told_day_parts:
            return None     # most "того", "цього" are no day: one lookup
        k = self._after_that_word(i + 1)
        part = lex.day_part_nouns.get(self.n(k)) if self.n(k) in lex.told_day_parts and (
            t in lex.that_words or lex.deictic.get(t) == 1) else None
        # ("цього вечора", "минулої ночі" are the document's: day_parts.py)
        if (self.n(k) not in lex.day_nouns and part is None) or self.n(i - 1) in lex.every:
            return None     # "кожен наступний день" is no one day
        if t in lex.that_words and self._defined_after(k + 1) and self.n(i - 1) in lex.range_openers:
            return None     # "з того дня, як ракета влучила": a day gone that the clause names
        if t in lex.that_words:
            value = self._told_day()
            if value is None and k == i + 1:
                value = self._day_in_context(2)
            if value is None and not self._defined_after(k + 1):
                value = self._last_told_day()
        else:
            off = lex.deictic.get(t)
            if off is None or abs(off) > 1:
                return None
            # ("минулої доби" is the last day before the report, whatever day was told)
            anchor = None if t in lex.report_day_words else self._told_day()
            if anchor is None and k > i + 1:
                value = None    # "цього ж дня" points back to a day told, none is here
            elif anchor is None:
                value = self._story_next_day(i, off) or self._shifted("D", off)
            else:
                value = (dt.date.fromisoformat(anchor) + dt.timedelta(days=off)).isoformat()
        if part is None and (t in lex.that_words or lex.deictic.get(t) == 0):
            joined = self._day_of_year(i, k + 1, value, t in lex.that_words or k > i + 1)
            if joined:
                return joined
        if value is None:
            return None
        if part is not None:
            # "наступного ранку", "того ж вечора": that part of the day counted so
            if not value[:4].isdigit():
                return None
            self.emit(i, k + 1, "TIME", value + part)
            return k + 1
        self.emit(i, k + 1, "DATE", value)
        return k + 1

    def _day_of_year(self, i: int, end: int, day: str | None, same: bool) -> int | None:
        """"Минулого року в цей день", "рік тому цього ж дня", "того ж дня минулого року":
        the day in view (told last in the paragraph, else the document's) in the year written
        next to it, one DATE over both (2025-08-24 for a document of 24 August 2026). Apart,
        the year and "this day" would give a happening two times, and it would take the
        wrong one. Only a year alone joins (no span's bound), with at most "в"/"у" or a comma
        between. `day` is the day the phrase at tokens i..end names (None when it points back
        to a day told and none is, `same`: then the document's). Returns the index after
        the whole, or None when no year stands beside the phrase."""
        if day is None:
            day = self._shifted("D", 0) if same and self.ref is not None else None
        if day is None or not _DAY.match(day) or self.n(i - 1) in self.lex.every:
            return None
        text = self.doc.text
        if self.out and self.out[-1][0] == self.sent and self._year_alone(self.out[-1][1]) \
                and text[self.out[-1][1].end:self.toks[i].start].strip(" ,").lower() in _YEAR_DAY_GAPS:
            year = self.out.pop()[1]
            return self._emit_year_day(i, end, day, year, start=year.start)
        if end >= len(self.toks) or not self.toks[end].is_word:
            return None
        emitted = len(self.out)
        after = self.match(end)
        if after and len(self.out) == emitted + 1 and self._year_alone(self.out[-1][1]):
            year = self.out.pop()[1]
            return self._emit_year_day(i, after, day, year, end=year.end)
        del self.out[emitted:]
        return None

    def _year_alone(self, tx) -> bool:
        return tx.type == "DATE" and len(tx.value) == 4 and tx.value.isdigit() \
            and tx.mod is None and not self._bound(tx)

    def _emit_year_day(self, i: int, j: int, day: str, year, start: int | None = None,
                       end: int | None = None) -> int | None:
        d = cal.safe_date(int(year.value), int(day[5:7]), int(day[8:10]))
        if d is None:           # 29 February in a year without one: no such day
            return None
        self.emit(i, j, "DATE", d.isoformat(), start=start, end=end)
        return j

    def that_year(self, i: int) -> tuple[int, int] | None:
        """"того (ж, самого) року" at token i -> (the year the paragraph is telling, next
        index); also after a month or a day ("у жовтні того ж року")."""
        if self.n(i) not in self.lex.that_words:
            return None
        nxt = self.n(i + 1)
        if nxt not in _YEAR_NOUNS and nxt not in self.lex.same_particles:
            return None
        k = self._after_that_word(i + 1)
        if self.n(k) not in _YEAR_NOUNS:
            return None
        year = self._told_year() or self._earlier_year()
        return None if year is None else (year, k + 1)

    def m_that_year(self, i: int) -> int | None:
        """"того (ж) року" alone; with no year told, no value can be given."""
        got = self.that_year(i)
        if got is None:
            return None
        self.emit(i, got[1], "DATE", f"{got[0]:04d}")
        return got[1]

    def sentence_year(self) -> int | None:
        """The year written in this sentence so far (digits in the text of a date that is no
        span's bound): "на початку 1928 р. ... (за січень-лютий ...)" are that year's months."""
        for sent, tx in reversed(self.out):
            if sent != self.sent:
                break
            y = tx.value[:4]
            if tx.type == "DATE" and y.isdigit() and tx.value[4:5] in ("", "-") \
                    and y in tx.text and not self._bound(tx):
                return int(y)
        return None

    def _eve(self) -> str:
        """"напередодні" alone: the day before the day told last in the paragraph, else
        the day before the document date."""
        anchor = self._told_day()
        if anchor is None:
            return self._shifted("D", -1)
        return (dt.date.fromisoformat(anchor) - dt.timedelta(days=1)).isoformat()

    def _anchored_count(self, i: int, end: int, n: int, unit: str) -> int | None:
        """"(через) два дні після цього", "за тиждень до того", "три дні по тому": n days or
        weeks counted from the day told last in this paragraph, one DATE (months and years
        give the month or year they land in). Without a day told the count stays a length
        (None here)."""
        if unit not in ("D", "W", "M", "Y"):
            return None
        words = (self.n(end), self.n(end + 1))
        sign = self.lex.anchor_shifts.get(words)
        if sign is None:
            dated = self._dated_anchor(end) if self.n(i - 1) in self.lex.anchor_count_preps \
                else None       # ("протягом 30 днів до 1 липня" is a length)
            if dated is None:
                return None
            sign, anchor, stop = dated
        else:
            if "як" in (self.n(end + 2), self.n(end + 3)):
                return None     # "через два дні після того, як ...": from the clause after it
            anchor, stop = self._told_day(), end + 2
        if anchor is None:
            return None
        day = dt.date.fromisoformat(anchor)
        if unit == "M":     # "через місяць після цього": the month it lands in
            value = cal.month_id(*cal.shift_months(day.year, day.month, n * sign))
        elif unit == "Y":
            value = f"{day.year + n * sign:04d}"
        else:
            value = (day + dt.timedelta(days=n * (7 if unit == "W" else 1) * sign)).isoformat()
        self.emit(i, stop, "DATE", value)
        return stop

    def told_after(self, i: int, n: int, unit: str) -> tuple[str, str] | None:
        """"Прикордонники затримали його 13 листопада. Через два дні прокуратура попросила
        ...": "через" a count told in the past runs from the day told last (in this sentence
        or the two before, whatever the paragraphs), not from the document date, which would
        put a past happening ahead of the report; a year or a month told gives the year or
        month it lands in. -> (type, value): the DATE it lands on, or with no time told the
        length alone (DURATION); None when not told in the past."""
        if unit not in ("D", "W", "M", "Y") or self.ref is None or self.tense_at(i) != "past":
            return None
        anchor = self._day_in_context(2)
        if anchor is None:      # ("У 2012 році ... Через рік": the year after the one told,
            # as far back as a day is looked for: "У лютому 2014-го ... Тоді ... Через рік")
            month = self._context("M", 2) if unit in ("M", "Y") else None
            year = self._context("Y", 2) or (month[:4] if month else None) if unit == "Y" else None
            if unit == "Y" and not year:
                part = self._context("S", 2)    # "Навесні 2015 року ... Через рік": 2016
                year = part[:4] if part else None
            if year:
                return "DATE", f"{int(year) + n:04d}"
            if month and unit == "M":
                return "DATE", cal.month_id(*cal.shift_months(int(month[:4]), int(month[5:7]), n))
            return "DURATION", f"P{n}{unit}"
        day = dt.date.fromisoformat(anchor)
        exact = self.n(i - 2) in self.lex.exact_words
        if unit == "M":
            if exact:       # "Рівно через місяць": that day of the month
                y, m = cal.shift_months(day.year, day.month, n)
                same = cal.safe_date(y, m, day.day)
                if same:
                    return "DATE", same.isoformat()
            return "DATE", cal.month_id(*cal.shift_months(day.year, day.month, n))
        if unit == "Y":
            same = cal.safe_date(day.year + n, day.month, day.day) if exact else None
            # ("Минулого року, 15 березня, ... Рівно через рік": 15 March, a year on)
            return "DATE", same.isoformat() if same else f"{day.year + n:04d}"
        return "DATE", (day + dt.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()

    def _dated_anchor(self, end: int) -> tuple[int, str, int] | None:
        """"через тиждень після удару 1 червня", "за два дні до виборів 5 травня": the count
        runs from the day written after "після" / "до" a few words on -> (sign, that day, the
        index where the count's span ends: before "після", so the day is read on its own)."""
        sign = self.lex.anchor_date_preps.get(self.n(end))
        if sign is None:
            return None
        for k in range(end + 1, min(end + 6, len(self.toks))):
            if not self.toks[k].is_word:
                break
            written = self.written_day(k)
            if written is not None:
                return (sign, written[0], end) if written[0] else None
        day = self.happening_day(end + 1, sign)
        return (sign, day, end) if day else None

    def happening_day(self, k: int, sign: int) -> str | None:
        """"Вибори відбулися 21 квітня. За тиждень до виборів ...": the day the text gave
        for the happening a noun at token k names (`scheduled_nouns`), counted from (`sign`
        -1) or after (+1): the sentence nearest before that names it (its lemma, not as the
        anchor of another count, "до виборів"), else one of the next `HAPPENING_AHEAD` in the
        paragraph, must tell that one day, or a range of two (its first day before it, its
        last after: "Саміт відбувся 15-16 червня"); else none is known and the count stays a
        length, the event undated rather than guessed."""
        if self.n(k) in self.lex.feast_nouns:
            return self._feast_told()
        if k >= len(self.toks) or self.toks[k].lemma not in self.lex.scheduled_nouns:
            return None
        lemma, doc = self.toks[k].lemma, self.doc
        for si in range(self.sent - 1, -1, -1):
            if self._names_happening(si, lemma):
                return self._one_day(sign, [tx for sent, tx in self.out if sent == si])
        # ("За два тижні до саміту міністри зустрінуться. Саміт відбудеться 9-11 липня.": the
        # next sentences of the paragraph may give it)
        para = doc.sentences[self.sent].paragraph
        for si in range(self.sent + 1, min(self.sent + 1 + HAPPENING_AHEAD, len(doc.sentences))):
            if doc.sentences[si].paragraph != para:
                break
            if self._names_happening(si, lemma):
                return self._one_day(sign, self._read_ahead(si))
        return None

    def m_feast_noun(self, i: int) -> int | None:
        """"Після свята", "на свято" after a holiday named just before: that holiday's day
        (as "Після Дня Незалежності" is), the noun alone the span."""
        if self.n(i - 1) not in self.lex.feast_time_preps:
            return None
        day = self._feast_told()
        if day is None:
            return None
        self.emit(i, i + 1, "DATE", day)
        return i + 1

    def _feast_told(self) -> str | None:
        """The day of the one holiday named in this sentence or the `HAPPENING_AHEAD` before
        it in the paragraph ("На День Незалежності ... Напередодні свята"), the nearest first;
        else None."""
        sents, named = self.doc.sentences, self.lex.named_days
        para = sents[self.sent].paragraph
        for si in range(self.sent, max(-1, self.sent - 1 - HAPPENING_AHEAD), -1):
            if sents[si].paragraph != para:
                break
            days = {tx.value for sent, tx in self.out if sent == si and tx.type == "DATE"
                    and DAY_VALUE.match(tx.value) and tx.value[:4].isdigit()
                    and any(norm_word(w) in named and w[:1].isupper() for w in tx.text.split())}
            if days:
                return days.pop() if len(days) == 1 else None
        return None

    def _names_happening(self, si: int, lemma: str) -> bool:
        """Whether sentence si names the happening (its lemma), not as the anchor of another
        count ("до виборів")."""
        toks = self.doc.sentence_tokens(si)
        preps, eves = self.lex.anchor_date_preps, self.lex.eve_words
        return any(t.lemma == lemma and (m == 0 or (toks[m - 1].norm not in preps and toks[m - 1].norm not in eves))
                   for m, t in enumerate(toks))

    def _one_day(self, sign: int, timexes) -> str | None:
        """The one day the timexes of a sentence tell, or the first (`sign` -1) or last day of
        a range of two; else None."""
        days = sorted({tx.value[:10] for tx in timexes if tx.type == "DATE"
                       and DAY_VALUE.match(tx.value) and tx.value[:4].isdigit()
                       and not self._bound(tx)})
        if len(days) == 2:
            return days[0] if sign < 0 else days[1]
        return days[0] if len(days) == 1 else None

    def _read_ahead(self, si: int) -> list:
        """The timexes of a later sentence si, read now and taken back: the scan goes on where
        it was, and reads that sentence again in its turn."""
        saved = (self.sent, self.toks, self.verbs, self.ref, dict(self.full_days))
        mark = len(self.out)
        s = self.doc.sentences[si]
        self.sent, self.toks, self.verbs = si, self.doc.tokens[s.first_token:s.last_token], None
        if self.refs:
            self.ref = self.refs.get(s.paragraph, self.doc.date)
        k = 0
        while k < len(self.toks):
            k = self.match(k) or k + 1
        got = [tx for _, tx in self.out[mark:]]
        del self.out[mark:]
        self.sent, self.toks, self.verbs, self.ref, self.full_days = saved
        return got

    def written_day(self, k: int) -> tuple[str | None, int] | None:
        """The day written from token k: a day and month ("24 лютого", "9-го травня 2023 року")
        or a holiday ("Дня Незалежності", "Великодня": the feast's day that year) -> (its
        value, or None when it has none; the index after it), or None when none is written
        there. A holiday is read by trying its pattern and taking back what it emitted: the
        caller decides what the day becomes ("за тиждень до Дня Незалежності")."""
        day = self._day(k)
        month = self._month(day[1], ambiguous_ok=True) if day else None
        if month is not None:
            y = self._year(day[1] + 1, marker_needed=False)
            return self._day_value(month, day[0], y[0] if y else None, k), (y[1] if y else day[1] + 1)
        if not self.lex.named_days.get(self.n(k)):
            return None
        mark = len(self.out)
        stop = self.m_named(k)
        if not stop:
            return None
        tx = self.out[mark][1]
        del self.out[mark:]
        return (tx.value if tx.type == "DATE" and DAY_VALUE.match(tx.value) else None), stop


def _word_before(text: str, at: int) -> str:
    """The lowercased word just before offset `at` ("за" in "за 2024 рік")."""
    m = _LAST_WORD.search(text, 0, at)
    return m.group(1).lower() if m else ""


__all__ = ["Narrative"]
