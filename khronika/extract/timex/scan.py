"""The token scanner: walks each sentence once and, at every token, tries the time patterns
in a fixed order with dict lookups (no regex over the text per pattern). A pattern that
matches emits one or more `Timex` and the scan resumes after it.

Spans leave out a leading preposition ("у новому році" -> "новому році", "під кінець року" ->
"кінець року") but keep a one-word mod ("наприкінці цього тижня"), as the gold does.
"""
from __future__ import annotations

import datetime as dt
import re
from itertools import compress
from operator import attrgetter, itemgetter, or_

from ...document import Document, Timex, Token
from . import calendar as cal
from .lexicon import Lexicon, russian_lexicon
from .anniversaries import Anniversaries
from .appositions import Appositions
from .clock_words import ClockWords
from .counts import Counts
from .dated_papers import DatedPapers
from .day_parts import DayParts
from .holidays import NamedDays
from .length_adjectives import LengthAdjectives
from .midnight import Midnight
from .narrative import Narrative
from .numeric_dates import NumericDates
from .periods import Periods
from .quoted_names import title_spans
from .phrases import PhraseMatchers
from .recurring import Recurring
from .seasons import Seasons
from .stretch_days import StretchDays
from .unit_words import UnitWords
from .weekdays import Weekdays
from .year_labels import YearLabels

_DAY_SUFFIX = re.compile(r"(\d{1,2})-?(го|е|те|ге|ого|му|ому|й|ий|ій|а|ої)$")
_YEAR_SUFFIX = re.compile(r"((?:1\d|20)\d\d)-?(го|й|ий|му|ому|м|ім|ого)$")
_LAST_WORD = re.compile(r"(\w+)\s*$")
_GRAN = {"Y": re.compile(r"\d{4}$"), "M": re.compile(r"\d{4}-\d{2}$"),
         "W": re.compile(r"\d{4}-W\d{2}$"),
         # a part of a year: a season, a quarter, a half
         "S": re.compile(r"\d{4}-(?:SP|SU|FA|WI|Q[1-4]|H[12])$")}


# The patterns in the order they are tried, each with the lexicon sections whose words can
# begin it; a token starting with a digit tries the digit patterns.
_PATTERNS = (
    ("m_named", ("named_days",)),
    ("m_month_part", ("month_part_words", "month_last_third_words", "month_week_ordinals")),
    ("m_stretch_day", ("ordinals", "year_part_last_words")),
    ("m_war_day", ("ordinals", "number_words", "war_first_days")),
    ("m_year_part", ("ordinals", "year_part_last_words")),
    ("m_roman_year_part", ("year_parts",)),
    ("m_mod", ("mod_words", "mod_nouns")),
    ("m_new_week", ("new_week_words",)),
    ("m_this_day", ("that_words", "deictic")),
    ("m_that_year", ("that_words",)),
    ("m_day_adjective", ("day_adjectives",)),
    ("m_numeric", ("ordinals", "tens", "cardinals", "number_words")),
    ("m_clock_words", ("clock_hours", "clock_hours_gen", "clock_hours_ins", "clock_half_words")),
    ("m_half", ("clock_half_words", "one_and_half_words", "quarter_words")),
    ("m_day_words", ("eve_words", "day_words", "year_words")),
    ("m_vague", ("vague_counts",)),
    ("m_not_first", ("not_first_words",)),
    ("m_period", ("deictic", "new_year", "months", "decade_words", "year_adjectives")),
    ("m_month_pair", ("month_pairs",)),
    ("m_weekend", ("weekend",)),
    ("m_weekday", ("weekdays",)),
    ("m_season", ("season_adverbs", "season_nouns")),
    ("m_day_part", ("day_part_nouns", "day_part_adverbs", "day_part_degrees")),
    ("m_meal_time", ("meal_parts",)),
    ("m_frequency", ("frequency_adverbs", "every")),
    ("m_weekday_plural", ("weekday_plurals",)),
    ("m_refs", ("refs",)),
    ("m_summary_year", ("year_summary_words",)),
    ("m_century", ("century_nouns",)),
    ("m_war_span", ("units",)),
    ("m_duration_words", ("special_durations", "units")),
    ("m_length_adjective", ("length_adjective_forms",)),
    ("m_feast_noun", ("feast_nouns",)),
    ("m_first_length", ("ordinals",)),
)
_DIGIT_PATTERNS = ("m_war_day", "m_month_part", "m_numeric", "m_clock_words", "m_period",
                   "m_length_adjective_digits")
_DISPATCH: dict[int, dict[str, tuple[str, ...]]] = {}


def _dispatch(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """word -> the names of the patterns it can begin, built once per lexicon."""
    table = _DISPATCH.get(id(lex))
    if table is None:
        acc: dict[str, list[str]] = {}
        for name, sections in _PATTERNS:
            for section in sections:
                for word in getattr(lex, section):
                    names = acc.setdefault(word, [])
                    if name not in names:
                        names.append(name)
        table = _DISPATCH[id(lex)] = {w: tuple(v) for w, v in acc.items()}
    return table


_NORM, _FIRST = attrgetter("norm"), itemgetter(slice(None, 1))


# an hour of each part of the day, to tell which half of the day it is in
_PART_HOURS = {"TMO": 8, "TNI": 2, "TAF": 14, "TEV": 20}


class Scanner(Periods, NumericDates, Counts, UnitWords, NamedDays, Weekdays, Seasons, DayParts,
              Recurring, Narrative, ClockWords, PhraseMatchers, Appositions, YearLabels,
              Anniversaries, DatedPapers, Midnight, LengthAdjectives, StretchDays):
    """One document's scan; `run()` fills `doc.timexes`. The shared helpers (tense, day,
    month, year, context) are here; the patterns live in the mixins, one module per kind of
    expression, so each can be read and changed without the others."""

    def __init__(self, doc: Document, lex: Lexicon, refs: dict[int, dt.date] | None = None,
                 spans: dict[int, tuple[dt.date, dt.date]] | None = None):
        self.doc, self.lex, self.ref = doc, lex, doc.date
        # paragraph -> the day its times are told from, when not the document's: the day of
        # a heading line above it (heading_days.heading_refs)
        self.refs = refs or {}
        # paragraph -> the stretch of days a heading line above it names, and the current
        # sentence's (range_headings.range_spans)
        self.spans = spans or {}
        self.span: tuple[dt.date, dt.date] | None = None
        self.out: list[tuple[int, Timex]] = []     # (sentence index, timex)
        self.toks: list[Token] = []
        self.sent = 0
        self.verbs: list[tuple[int, str]] | None = None
        # (month, day) -> (year, sentence, index in `out`) of each day written with its year,
        # so that the same day repeated bare later in the paragraph keeps that year ("11
        # вересня 2001 року ... 11 вересня")
        self.full_days: dict[tuple[int, int], tuple[int, int, int]] = {}
        # ends of clock ranges that run past midnight ("з 23:15 до 01:40"): on the next day,
        # which later times of day are not on (`_anchor_day` passes over them)
        self.next_day_ends: set[int] = set()

    # ---- small helpers ----------------------------------------------------------------
    def n(self, i: int) -> str:
        return self.toks[i].norm if 0 <= i < len(self.toks) else ""

    def emit(self, i: int, j: int, type_: str, value: str, mod: str | None = None,
             start: int | None = None, end: int | None = None) -> None:
        s = self.toks[i].start if start is None else start
        e = self.toks[j - 1].end if end is None else end
        self.out.append((self.sent, Timex(s, e, self.doc.text[s:e], type_, value, mod)))

    def tense_at(self, i: int) -> str | None:
        """The tense of the nearest verb in the clause (then the sentence): "futr", "past",
        or None for a present-tense verb or none. A future cue ("планує") counts as future."""
        if self.verbs is None:
            cues = self.lex.future_cues
            self.verbs = [(k, "futr" if tok.norm in cues else self._impersonal_tense(k)
                           if "Impe" in tok.tags else _verb_tense(tok))
                          for k, tok in enumerate(self.toks)
                          if tok.norm in cues or (tok.pos == "VERB"
                                                  and (tok.tense or "infn" in tok.tags
                                                       or "Impe" in tok.tags))]
            # "щоб поставки надійшли в листопаді": a wish or a purpose, no past
            self.verbs = [(k, "subj" if tense == "past" and self._subjunctive(k) else tense)
                          for k, tense in self.verbs]
        if not self.verbs:
            return None
        lo, hi = self._clause(i)
        inside = [v for v in self.verbs if lo <= v[0] <= hi]
        best = min(inside or self.verbs, key=lambda v: abs(v[0] - i))
        if best[1] == "infn":
            # "домовилися провести зустріч восени": the time belongs to the infinitive, whose
            # action is not dated by the finite verb's past; only a future governor counts
            finite = [v for v in (inside or self.verbs) if v[1] != "infn"]
            near = min(finite, key=lambda v: abs(v[0] - i)) if finite else None
            if near is not None and near[1] == "futr":
                return "futr"
            # ("продовжували бомбардувати місто весь березень": a past verb of going on,
            # beginning or stopping tells the infinitive's act in its own past)
            if near is not None and near[1] == "past" and \
                    (self.toks[near[0]].lemma or self.toks[near[0]].norm) in self.lex.phase_verbs:
                return "past"
            return None
        return best[1] if best[1] in ("futr", "past") else None

    def _forecast(self) -> bool:
        """Whether the sentence, or the document's first (its heading), belongs to a forecast
        or a schedule (`forecast_words`): "Прогноз погоди. У неділю дощ" tells days to come.
        A sentence with a present-tense verb of its own counts only when it holds the word."""
        words = self.lex.forecast_words
        if any((t.lemma or t.norm) in words or t.norm in words for t in self.toks):
            return True
        if any(t.pos == "VERB" and t.tense in ("pres", "past", "futr") for t in self.toks):
            return False
        doc = self.doc
        if not doc.sentences or self.sent == 0:
            return False
        first = doc.sentences[0]
        return any((t.lemma or t.norm) in words or t.norm in words
                   for t in doc.tokens[first.first_token:first.last_token])

    def _asked_ahead(self, i: int) -> bool:
        """The nearest verb of the clause is an infinitive under a past or present verb of
        asking or agreeing ("зажадали припинити вогонь з понеділка"): its act is to come."""
        self.tense_at(i)          # (fills `verbs`)
        lo, hi = self._clause(i)
        inside = [v for v in self.verbs or () if lo <= v[0] <= hi]
        if not inside:
            return False
        best = min(inside, key=lambda v: abs(v[0] - i))
        if best[1] != "infn":
            return False
        finite = [v for v in inside if v[1] != "infn" and v[0] < best[0]]
        return bool(finite) and (self.toks[finite[-1][0]].lemma or "") in self.lex.asking_verbs

    def _impersonal_tense(self, k: int) -> str:
        """An impersonal -но/-то form ("ухвалено", "підписано", "передано") tells what has
        been done, a past; after a future "буде" a word or two before ("буде ухвалено",
        "буде найближчим часом передано") what is to be done."""
        for m in (k - 1, k - 2, k - 3):
            if m >= 0 and self.toks[m].lemma == "бути" and self.toks[m].tense == "futr":
                return "futr"
        return "past"

    def _subjunctive(self, k: int) -> bool:
        """Whether the verb at token k stands in a clause opened by "щоб", "аби" (its past form
        is then a mood, not a tense)."""
        lo, _ = self._clause(k)
        start = max(0, lo - 1)      # (the clause bound itself may be the conjunction)
        return any(self.toks[j].norm in self.lex.subjunctive_words for j in range(start, k))

    def _clause(self, i: int) -> tuple[int, int]:
        lo, hi = i, i
        bounds = self.lex.clause_bounds
        while lo > 0 and self.toks[lo - 1].norm not in bounds:
            lo -= 1
        while hi < len(self.toks) - 1 and self.toks[hi + 1].norm not in bounds:
            hi += 1
        return lo, hi

    def weekday_tense(self, i: int) -> str | None:
        """The tense that picks which week a weekday named without one falls in: that of its
        own clause. A clause with no verb of its own takes neither a participle's ("звіт,
        оприлюднений у вівторок": the past of a perfective one) nor a relative or adverbial
        clause's ("у вівторок, коли мер уже пішов, депутати проголосують"), but the nearest
        verb of its sentence outside those. A day a thing is set for ("перенесли на вівторок",
        "призначене на п'ятницю") lies ahead of the setting, whatever its tense."""
        tense = self.tense_at(i)
        if self.n(i - 1) == "на":
            # ("Графік відключень на четвер", "призначене на п'ятницю": a day set for lies ahead)
            return "futr" if tense in ("past", None) else tense
        if tense == "past" and self._scheduled_before(i):
            return None     # "оголосив про зустріч у середу": the nearest Wednesday
        if tense is None and self._asked_ahead(i):
            return "futr"
        if tense is None and self._forecast():
            return "futr"
        lo, hi = self._clause(i)
        if any(lo <= k <= hi for k, _ in self.verbs or ()):
            return tense
        for tok in self.toks[lo:hi + 1]:
            if tok.pos == "ADJF" and tok.tags and ("pssv" in tok.tags or "actv" in tok.tags):
                return "past" if "perf" in tok.tags else None
        subs = self.lex.subordinators
        outside = []
        for k, t in self.verbs or ():
            a, _ = self._clause(k)
            if self.n(a) not in subs and not (self.n(a) in ("і", "й", "та", "а") and self.n(a + 1) in subs):
                outside.append((k, t))
        if not outside:
            return tense
        best = min(outside, key=lambda v: abs(v[0] - i))
        return best[1] if best[1] in ("futr", "past") else None

    def _day_tense(self, i: int) -> str | None:
        """The tense that picks a day's year: a future told from the past ("не знали, що їх
        буде очікувати після 24 лютого", "заявив, що 9 січня відбудеться") points neither
        way, the nearest day. A past tense counts only when the day is its verb's own
        (`_past_dates_day`)."""
        if self._remembered(i) or self._dated_paper(i):
            return "past"       # "Ніхто не забуде 24 лютого", "ухвала від 9 липня": behind
        if self._set_ahead(i):
            return "futr"       # "засідання призначено на 12 грудня": set for a day to come
        tense = self.tense_at(i)
        if tense == "futr":
            lo = i
            while lo > 0 and self.toks[lo - 1].norm not in self.lex.clause_bounds:
                lo -= 1
            if any(k < lo and t == "past" for k, t in self.verbs or ()):
                return None
        if tense == "past" and not self._past_dates_day(i):
            return None
        return tense

    def _set_ahead(self, i: int) -> bool:
        """Whether the day at token i is one something is set for or held to by a verb of
        setting in its clause ("призначено на 12 грудня", "суд призначив розгляд на 3 лютого",
        "продовжив арешт до 15 січня"): a day ahead of the setting, which a report tells
        before it comes, so the next one of that name, whatever the setting verb's tense.
        "станом на 1 жовтня" is a day things stood on."""
        lex = self.lex
        prep = self.n(i - 1)
        if prep not in lex.set_for_preps and prep not in lex.until_preps \
                or self.n(i - 2) in lex.as_of_words:
            return False
        lo, hi = self._clause(i)
        return any(t.pos == "VERB" and t.lemma in lex.setting_verbs
                   for t in self.toks[lo:hi + 1])

    def _past_dates_day(self, i: int) -> bool:
        """Whether the past verb found for the day starting at token i tells what happened on
        it, so that the day lies behind the document date. Not when the day is one something
        was set for ("вибори призначили на 31 березня", "продовжив арешт до 20 січня";
        "станом на 1 жовтня" is a day gone),
        nor the date of a happening named by a noun after the verb ("повідомив про зустріч 9
        січня", "оголосили засідання 5 грудня": the verb reports or sets it), nor when the verb
        stands in another clause past a "що", a quote or a colon ("нагадав, що саміт 16
        січня"): GUIDELINES keep such a day nearest the document date."""
        lex = self.lex
        if self.n(i - 1) in lex.set_for_preps and self.n(i - 2) not in lex.as_of_words:
            return False
        verbs = self.verbs or ()
        if self.n(i - 1) in lex.until_preps:
            lo, hi = self._clause(i)
            own = [v for v, t in verbs if t == "past" and lo <= v <= hi]
            if not any(lo <= v <= hi for v, _ in verbs):
                # ("обрав запобіжний захід на 60 днів, до 18 липня": the term's end, in a
                # clause of its own after the verb that set it)
                own = [v for v, t in verbs if t == "past" and not self._walled(*sorted((v, i)))]
            if own and self.toks[min(own, key=lambda v: abs(v - i))].lemma in lex.setting_verbs:
                return False    # "продовжив арешт до 20 січня": a term set, ahead
        if self._scheduled_before(i):
            return False
        lo, hi = self._clause(i)
        if any(lo <= v <= hi for v, _ in verbs):
            return True
        pasts = [v for v, t in verbs if t == "past"]
        if not pasts:
            return False
        v = min(pasts, key=lambda v: abs(v - i))
        a, b = (v, i) if v < i else (i, v)
        return not self._walled(a, b)       # (quotes around a name are no wall: quoted_names)

    SCHEDULED_REACH = 5

    def _scheduled_before(self, i: int) -> bool:
        """Whether the time at token i dates a happening named by a noun just before it, after
        a past verb that reports or sets it ("повідомив про зустріч 9 січня", "оголосив про
        зустріч з виборцями у середу"): the noun's phrase may hold a few words ("з
        виборцями"), no verb."""
        lex, verbs = self.lex, self.verbs or ()
        lo, _ = self._clause(i)
        for k in range(i - 1, max(lo, i - 1 - self.SCHEDULED_REACH) - 1, -1):
            if any(v == k for v, _ in verbs) or not self.toks[k].is_word:
                return False
            if self.toks[k].lemma in lex.scheduled_nouns:
                return any(v < k and t == "past" for v, t in verbs)
        return False

    def _number(self, i: int) -> tuple[int, int] | None:
        """A cardinal: digits or words ("двадцять чотири") -> (value, next index)."""
        t = self.n(i)
        if t.isdigit() and len(t) <= 4:
            return int(t), i + 1
        if t in self.lex.number_words:
            r = self._number_run(i)
            if r is not None:
                return r
        v = self.lex.cardinals.get(t)
        if v is None:
            return None
        if v in (20, 30, 40, 50, 60):
            u = self.lex.cardinals.get(self.n(i + 1))
            if u is not None and u < 10:
                return v + u, i + 2
        return v, i + 1

    def _day(self, i: int) -> tuple[int, int] | None:
        """A day of the month: "5", "3-го", "третього", "двадцять п'ятого"."""
        t = self.n(i)
        if t.isdigit():
            v = int(t)
            if not (1 <= v <= 31 and len(t) <= 2):
                return None
            if self.n(i + 1)[:1] == "-" and _DAY_SUFFIX.match("1" + self.n(i + 1)[1:]):
                return v, i + 2     # "9 -го травня": the suffix written apart
            return v, i + 1
        m = _DAY_SUFFIX.match(t)
        if m:
            v = int(m.group(1))
            return (v, i + 1) if 1 <= v <= 31 else None

        if t in self.lex.tens:
            o = self.lex.ordinals.get(self.n(i + 1))
            if o is not None and o < 10:
                return self.lex.tens[t] + o, i + 2
            return None
        o = self.lex.ordinals.get(t)
        return (o, i + 1) if o is not None else None

    def _month(self, i: int, ambiguous_ok: bool) -> int | None:
        t = self.n(i)
        m = self.lex.months.get(t)
        if m is None or (t in self.lex.ambiguous_months and not ambiguous_ok):
            return None
        return m

    def _year(self, i: int, marker_needed: bool) -> tuple[int, int] | None:
        """A year: "2026" (+ "року"/"р.") -> (year, next index)."""
        t = self.n(i)
        # "у 2026 фінансовому році", "2025-го бюджетного року": a year of accounts is the year
        qualified = self.n(i + 1) in self.lex.year_qualifiers \
            and self.n(i + 2) in self.lex.year_markers
        if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2100:
            if self.n(i + 1) in self.lex.year_markers:
                if self.n(i + 1) in self.lex.count_year_markers and \
                        self.n(i - 1) not in self.lex.year_list_joiners:
                    return None     # "понад 2000 років": years counted, unless a range ends
                return int(t), i + 2
            if qualified:
                return int(t), i + 3
            return None if marker_needed else (int(t), i + 1)
        if len(t) == 4 and t.isdigit() and t[0] == "1":
            # an older year only before a marker of the year ("у 1860 році", `old_year_markers`)
            return (int(t), i + 2) if self.n(i + 1) in self.lex.old_year_markers else None
        m = _YEAR_SUFFIX.match(t)
        if m:
            nxt = i + 2 if self.n(i + 1) in self.lex.year_markers else i + 3 if qualified \
                else i + 1
            return int(m.group(1)), nxt
        return None

    def _month_after_prep(self, i: int) -> bool:
        """"у лютому", "на лютий", "до лютого" are the month unless a noun in the case of the
        adjective follows ("у лютому бою", "на лютий мороз")."""
        if self.n(i - 1) not in self.lex.month_preps:
            return False
        if i + 1 >= len(self.toks):
            return True
        nxt = self.toks[i + 1]
        return not (nxt.pos == "NOUN" and nxt.case in self.lex.ambiguous_month_cases.get(self.n(i), ()))

    def _context(self, gran: str, back: int = 1) -> str | None:
        """The latest value of this granularity in this or the previous sentence (`back`
        sentences): "під кінець року" after "в минулому році" is the end of that year."""
        pat = _GRAN[gran]
        for sent, tx in reversed(self.out):
            if sent < self.sent - back:
                break
            if tx.type == "DATE" and pat.match(tx.value) and not self._bound(tx):
                return tx.value
        return None

    def _bound(self, tx: Timex) -> bool:
        """A time after "до", "з", "після" ("до 2030 року") is the bound of a span, not the
        period the text is about: "у другому кварталі" after it is not 2030's."""
        m = _LAST_WORD.search(self.doc.text, 0, tx.start)
        return bool(m) and m.group(1).lower() in self.lex.year_carry_blockers

    def _shifted(self, gran: str, offset: int) -> str:
        ref = self.ref
        if ref is None:
            return cal.ref_for_offset(offset)
        if gran == "W":
            return cal.week_id(cal.shift_weeks(ref, offset))
        if gran == "M":
            return cal.month_id(*cal.shift_months(ref.year, ref.month, offset))
        if gran == "Y":
            return f"{ref.year + offset:04d}"
        return cal.day_id(ref + dt.timedelta(days=offset))

    def _day_value(self, month: int, day: int, year: int | None, i: int,
                   named: bool = False, told: bool = False, gone: bool = False) -> str | None:
        """A day's value; with no year, the year by `cal.year_for_day`. A named day
        ("Днем незалежності") is greeted and marked around its date as much as on it
        ("привітав із Днем незалежності" four days before): a past verb sends it back only
        when it lies far ahead (`cal.NAMED_DAY_NEAR_DAYS`); one `told` as the time of its
        clause's verb ("На Різдво обстріляли") by that verb's tense (`feast_tense`), the last
        one `gone` under a past verb however near the next."""
        if year is None:
            if self.ref is None:
                return f"XXXX-{month:02d}-{day:02d}" if cal.safe_date(2024, month, day) else None
            tense = self.feast_tense(i) if told else self._day_tense(i)
            year = cal.year_for_day(month, day, self.ref, tense, named, gone)
            if year is None:
                return None
        d = cal.safe_date(year, month, day)
        return d.isoformat() if d else None

    def _count_start(self, tx) -> bool:
        """"перший з початку повномасштабного вторгнення візит": the start a stretch is counted
        from is no day the story is on, so "ввечері" after it is not that day's evening."""
        first = tx.text.split(maxsplit=1)[0].lower() if tx.text else ""
        return self.lex.mod_nouns.get(first) == "START" and len(tx.text.split()) > 1 and \
            not tx.text.split()[1][:1].isdigit()

    def _aside(self, sent: int, tx: Timex) -> bool:
        """A time in brackets after another one of its sentence ("У ніч на 20 листопада (з
        18:00 19 листопада)"): it qualifies that one, and the day it names is not the day the
        report goes on with ("Станом на 09:00" is the 20th's)."""
        text = self.doc.text
        lo = self.doc.sentences[sent].start
        opened = text.rfind("(", lo, tx.start)
        if opened < 0 or text.find(")", opened, tx.start) >= 0 or ")" not in text[tx.end:tx.end + 40]:
            return False
        return any(s == sent and t.end <= opened for s, t in self.out)

    def _later_half_told(self, after: int | None) -> bool:
        """Whether the time of day that ends before token `after` is an hour from noon on or
        an afternoon or evening ("Близько 23:30", "Увечері"), told in the past."""
        if after is None or after < 1:
            return False
        hour = None
        for k in range(after - 1, max(-1, after - 4), -1):
            clock = cal.clock_time(self.n(k))
            part = self.lex.day_part_adverbs.get(self.n(k)) or self.lex.day_part_nouns.get(self.n(k))
            if clock is not None:
                hour = clock[0]
                break
            if part is not None:
                hour = _PART_HOURS.get(part) or (int(part[1:3]) if part[1:3].isdigit() else None)
                break
        return hour is not None and hour >= 12 and self.tense_at(after - 1) == "past"

    def _report_stretch(self, tx: Timex) -> bool:
        """"минулої доби": the 24 hours up to the report a daily summary counts over, not the
        day before it as a day a story is told on."""
        words = tx.text.lower().split()
        return len(words) == 2 and words[0] in self.lex.report_day_words \
            and words[1] in self.lex.report_stretch_nouns

    def _anchor_day(self, after: int | None = None) -> str | None:
        """The day a time of day belongs to: the day named right after it ("Увечері 5 травня",
        "о 10:00 24 лютого", from token `after`), else the last day named in this sentence,
        else in the sentence before it in the same paragraph ("24 лютого Росія почала наступ.
        О четвертій ранку ..."), else, for a time told in the past, the past day a story is
        telling further back (`_story_day`), else the document date."""
        if after is not None:
            k = after + 1 if self.n(after) == "," else after
            day = self._day(k)
            month = self._month(day[1], ambiguous_ok=True) if day else None
            if month is not None:
                y = self._year(day[1] + 1, marker_needed=False)
                # ("Восени 2013-го ... Уночі 30 листопада": a day of the story's year, as a
                # day alone is, `_emit_day`)
                year = y[0] if y else self._year_before(after) \
                    or self._repeated_day_year(month, day[0], k) or self._story_year(after) \
                    or self._carried_year(after, month, day[0])
                value = self._day_value(month, day[0], year, k)
                if value:
                    return value
        sents = self.doc.sentences
        para = sents[self.sent].paragraph
        for sent, tx in reversed(self.out):
            if self._cited_paper_day(sent, tx):
                continue
            if sent < self.sent and self._report_stretch(tx) and self.ref is not None:
                # "Протягом минулої доби ворог ... О 06:00 ...": the 24 hours up to the
                # morning report; an hour of that morning (or one the report stands at) is
                # the report's day, an afternoon or evening told in the past the day before
                return tx.value[:10] if self._later_half_told(after) else self.ref.isoformat()
            if sent < self.sent - 1 or sents[sent].paragraph != para:
                told = self._story_day(sent, tx, after) or self._announced_day(sent, tx, after)
                if told:
                    return told
                break
            if id(tx) in self.next_day_ends or self._count_start(tx) or self._aside(sent, tx):
                continue
            day = tx.value[:10]
            if tx.type in ("DATE", "TIME") and len(day) == 10 and day[4] == "-" \
                    and day[:4].isdigit() and (len(tx.value) == 10 or tx.value[10] == "T"):
                return day
            if sent == self.sent - 1:
                break       # the sentence before dated something else (a month, a week)
        if self.span is not None:
            return None     # under "12–18 червня": one of those days, the text does not say which
        return self.ref.isoformat() if self.ref else None

    # ---- the scan -----------------------------------------------------------------------
    def run(self) -> list[Timex]:
        doc, lex = self.doc, self.lex
        # Russian passages (marked by the `foreign` layer) are read with the Russian forms too
        foreign = [(f["start"], f["end"]) for f in doc.foreign_spans]
        ru = russian_lexicon() if foreign else None
        starters = ru.starters if ru else lex.starters
        # one C-level pass over the tokens with a set lookup; only candidate tokens are tried
        toks = doc.tokens
        norms = list(map(_NORM, toks))
        cands = [k for k in compress(range(len(toks)), map(or_, map(starters.__contains__, norms),
                                                             map(str.isdigit, map(_FIRST, norms))))
                 if toks[k].is_word or norms[k] in lex.century_nouns]
        titles = title_spans(doc, lex.title_nouns, norms) if cands else ()
        if titles:
            # ("фільм «20 днів у Маріуполі»": the words of a title tell no time)
            cands = [k for k in cands if not any(a <= toks[k].start < b for a, b in titles)]
        cur, first, resume = -1, 0, -1
        for k in cands:
            if k < resume:
                continue
            if ru is not None:
                pos = doc.tokens[k].start
                self.lex = ru if any(s <= pos < e for s, e in foreign) else lex
            si = doc.tokens[k].sentence
            if si != cur:
                cur = si
                s = doc.sentences[si]
                self.sent, first = si, s.first_token
                self.toks = doc.tokens[s.first_token:s.last_token]
                self.verbs = None   # found on first need: most sentences hold no timex
                if self.refs:
                    self.ref = self.refs.get(s.paragraph, doc.date)
                if self.spans:
                    self.span = self.spans.get(s.paragraph)
            nxt = self.match(k - first)
            if nxt:
                resume = nxt + first
        self.lex, self.ref, self.span = lex, doc.date, None
        self._regime_clocks()
        self._recurring_clocks()
        self._dated_weekdays()
        self._labelled_years()
        self._anniversary_days()
        return [tx for _, tx in self.out]

    def match(self, i: int) -> int | None:
        """Try, in a fixed order, only the patterns that can begin with this token's word."""
        t = self.n(i)
        names = _DIGIT_PATTERNS if t[:1].isdigit() else _dispatch(self.lex).get(t, ())
        for name in names:
            emitted = len(self.out)
            try:
                r = getattr(self, name)(i)
            except (OverflowError, ValueError):
                # a date pushed off the calendar (before 0001 or after 9999) or a number too
                # long for int(): this pattern has no value here, the next one may
                del self.out[emitted:]
                continue
            if r:
                return r
        return None

    def _context_month(self) -> tuple[int, int] | None:
        """(year, month) of the last month or day named in this sentence or the one before."""
        for sent, tx in reversed(self.out):
            if sent < self.sent - 1:
                break
            v = tx.value
            if tx.type == "DATE" and len(v) in (7, 10) and v[:4].isdigit() and v[4] == "-" \
                    and v[5:7].isdigit() and not self._bound(tx):
                return int(v[:4]), int(v[5:7])
        return None

    def m_day_words(self, i: int) -> int | None:
        t = self.n(i)
        if t in self.lex.eve_words:
            # "напередодні саміту" is a preposition (the eve of something else); alone it is
            # the day before the day told (`_eve`)
            # ("напередодні війська атакували": a genitive-looking subject before its verb)
            k = i + 1
            while k < len(self.toks) and self.toks[k].pos == "ADVB":
                k += 1      # "напередодні безумовно важливих днів"
            nxt = self.toks[k] if k < len(self.toks) else None
            after = self.toks[k + 1] if k + 1 < len(self.toks) else None
            written = self.written_day(k) if nxt is not None else None
            if written is None and nxt is not None and nxt.case == "gent":
                # "напередодні виборів" after "Вибори відбулися 21 квітня": the day before it
                day = self.happening_day(k, -1)
                written = (day, k + 1) if day else None
            if written is not None:
                # "напередодні 9-го травня", "напередодні Дня Конституції": the day before the
                # day named after, one expression (a day with no value stays on its own)
                if written[0] is None:
                    return None
                eve = dt.date.fromisoformat(written[0]) - dt.timedelta(days=1)
                self.emit(i, written[1], "DATE", eve.isoformat())
                return written[1]
            if (nxt is not None and nxt.case == "gent" and nxt.pos in ("NOUN", "ADJF", "NUMR")
                    and not (after is not None and after.pos == "VERB" and after.tense)):
                return None
            self.emit(i, i + 1, "DATE", self._eve())
            return i + 1
        off = self.lex.day_words.get(t)
        if off is not None and self.n(i + 1) in self.lex.day_choice_joiners:
            other = self.lex.day_words.get(self.n(i + 2))
            if other is not None and abs(other - off) == 1 and (off > 0 or other > 0) != (
                    off < 0 or other < 0):
                # "завтра або післязавтра", "вчора чи позавчора": one of two days, as
                # "завтра-післязавтра" is: a time ahead or behind, no one day
                self.emit(i, i + 3, "DATE", "FUTURE_REF" if max(off, other) > 0 else "PAST_REF")
                return i + 3
        part_at = self._day_part_after(i + 1) if off is not None and self.ref is not None else None
        if part_at is not None:
            # "вчора ввечері", "сьогодні рано вранці": one time, that day's part of the day
            # (with no document date the two stay apart: "PAST_REF" takes no part of the day)
            self.emit(i, part_at + 1, "TIME",
                      self._shifted("D", off) + self.lex.day_part_adverbs[self.n(part_at)])
            return part_at + 1
        if off is not None:
            # "Сьогодні субота", "Завтра – неділя": the weekday names that same day, not the
            # next one of its name
            k = i + 2 if self.n(i + 1) in ("-", "–", "—") else i + 1
            end = k + 1 if self.n(k) in self.lex.weekdays and self.toks[k].case == "nomn" \
                and self.n(k + 1) in ("", ".", ",", "!", ";") else i + 1
            self.emit(i, end, "DATE", self._shifted("D", off))
            return end
        off = self.lex.year_words.get(t)
        if off is not None:
            self.emit(i, i + 1, "DATE", self._shifted("Y", off))
            return i + 1
        return None

    def m_refs(self, i: int) -> int | None:
        entries = self.lex.refs.get(self.n(i))
        if not entries:
            return None
        for words, value in entries:
            if all(self.n(i + k) == w for k, w in enumerate(words)):
                j = i + len(words)
                after = self.n(j + 1) if self.n(j) == "," else self.n(j)
                if len(words) == 1 and (after in self.lex.ref_blockers_next
                                        or self.n(i - 1) in self.lex.ref_blockers_prev):
                    return None
                if value == "TENSE":
                    if self.n(i - 1) in self.lex.tense_ref_blockers_prev \
                            or self.n(j) in self.lex.tense_ref_blockers_next:
                        return None
                    tense = self.tense_at(i)
                    if tense is None:
                        return None
                    value = "PAST_REF" if tense == "past" else "FUTURE_REF"
                self.emit(i, j, "DATE", value)
                return j
        return None




def _verb_tense(tok) -> str | None:
    """A verb's tense for dating; infinitives are marked "infn". The analyser may read a
    perfective future ("ухвалить", "підпише") as the short infinitive in -ть: a perfective
    -ть form is the future, an imperfective one the present."""
    if tok.tense:
        return str(tok.tense)     # ("війну" is the noun by now: see morph._best)
    if tok.norm.endswith("ть"):
        return "futr" if str(tok.aspect) == "perf" else None
    return "infn"
