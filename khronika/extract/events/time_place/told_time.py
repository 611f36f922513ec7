"""The time a story told just before lends a sentence that tells none of its own.

"Вчора Президент прибув до Вашингтона. Він провів зустріч з Трампом." — the meeting took
place the day the paragraph is telling, yesterday, though its sentence names no day: a reader
of the chronicle would date it so, and GUIDELINES count a time that governs the event. Only a
time the story has fixed is lent: the one time the last dated sentence of the same paragraph
tells, carried on through the undated sentences after it that go on telling the past, and only
to an event told by a past verb as done before the document date, or by a future verb as
planned when that time is still to come. A sentence with a time of its own (even a vague
"раніше"), one that turns to another time ("Нагадаємо, ...", "Згодом ..."), one that turns to
the present ("Окупанти знищують ..."), a relative clause (it tells of its antecedent's past,
"домовленості, які були досягнуті на переговорах") and a new paragraph end or skip the loan;
nothing is guessed from the document date.
"""
from __future__ import annotations

import datetime as dt
import re

from ....chronicle.timerange import value_range
from ....document import Document, Timex
from ..grammar.clauses import _finite
from ...timex.calendar import CLOCK_VALUE
from ..grammar.names import token_index_at
from ...timex.datelines import report_stamp
from ..lexicon.compiled import Lexicon
from .narrated_time import unanchored_hour
from .place_time import RELATIVE_VAGUE, TIME_TYPES, _count_start, span_bound

_RANGE_JOINERS = ("по", "до", "-", "–", "—")
_DAYS = re.compile(r"P(\d+)D$")
_DAY_PART = re.compile(r"\d{4}-\d\d-\d\dT(?:MO|AF|EV|NI|DT|MI)$")
# what joins two parts of the day into one stretch ("Уночі та вранці", "з вечора до ранку")
_PART_JOINERS = ("та", "і", "й", "до", "-", "–", "—")


def story_time(doc: Document, prev, sent, carried: dict | None, lex: Lexicon) -> dict | None:
    """The time ({"value", "mod"[, "end"]}) the story lends sentence `sent` (a SentenceView)
    after `prev`, the sentence before it, to which `carried` was lent."""
    if prev is None or prev.para != sent.para or sent.lo >= sent.hi:
        return None
    through = _lasting(doc, sent, lex)
    if sent.timexes and not through:
        return None
    opening = {doc.tokens[k].norm for k in range(sent.lo, min(sent.hi, sent.lo + 3))}
    if opening & lex.word_list("story_time_breaks"):
        return None
    if prev.timexes and not _lasting(doc, prev, lex):
        # a time told in a relative or a contrasted clause ("з яким бачився в березні",
        # "..., а 5 квітня відвідав Харків") dates that clause alone, and frames no sentence
        # after it
        if all(_own_clause_time(doc, prev, t, lex) for t in prev.timexes):
            return None
        one = _one_time(doc, [t for t in prev.timexes if not _thanked_for(doc, prev.lo, t, lex)
                              and not _length_attribute(doc, prev, t)], lex)
        days = heading_days(doc, prev, lex) if one is None else None
        told = {"value": one.value, "mod": one.mod} if one is not None else \
            {"value": days[0], "mod": None, "end": days[1]} if days else None
    elif carried is not None and _tells_past(doc, prev.lo, prev.hi):
        told = {k: v for k, v in carried.items() if k != "through"}
    else:
        return None
    if told is not None and "T" in told["value"] and opening & lex.word_list("story_time_later"):
        # "Вчора зранку ... Потім ворог ...": later that day, no longer its morning
        told = {"value": told["value"].split("T", 1)[0], "mod": None}
    if told is not None and through:
        told = {**told, "through": True}    # (carried on, dating none of its own events)
    return told


def _lasting(doc: Document, sent, lex: Lexicon) -> bool:
    """Whether SentenceView `sent` tells only how long the happening just told went on ("Візит
    тривав два дні"): its timexes are lengths and a verb of `story_time_lasting_verbs` is its."""
    if not sent.timexes or any(t.type != "DURATION" for t in sent.timexes):
        return False
    verbs = lex.word_list("story_time_lasting_verbs")
    return any(_finite(doc.tokens[k]) and (doc.tokens[k].lemma or "") in verbs
               for k in range(sent.lo, sent.hi))


def _own_clause_time(doc: Document, sent, t: Timex, lex: Lexicon) -> bool:
    """Whether timex `t` of SentenceView `sent` stands in a clause past the first that a word
    of `story_time_own_clauses` or a relative pronoun opens."""
    own = lex.word_list("story_time_own_clauses") | lex.word_list("relative_pronouns")
    for n, c in enumerate(sent.clauses):
        a, b = sent.char_span(c)
        if a <= t.start < b:
            first = next((k for k in range(c[0], c[1]) if doc.tokens[k].is_word), None)
            if n == 0 or first is None:
                return False
            if first + 1 < c[1] and doc.tokens[first].norm in lex.word_list("prepositions"):
                first += 1      # "з яким", "про що"
            tok = doc.tokens[first]
            return tok.norm in own or (tok.lemma or "") in own
    return False


def _length_attribute(doc: Document, sent, t: Timex) -> bool:
    """A length told by one adjective of the happening's noun ("Дводенний саміт НАТО
    розпочався у вівторок"): the summit's length, no time the sentence is told in; the day
    beside it still dates the story."""
    if t.type != "DURATION":
        return False
    k = token_index_at(doc, t.start, sent.lo, sent.hi)
    return k is not None and doc.tokens[k].end == t.end and doc.tokens[k].pos == "ADJF"


def _thanked_for(doc: Document, lo: int, t: Timex, lex: Lexicon) -> bool:
    """A time in the phrase of what one thanks for ("подякувала за підтримку під час кризи
    взимку"): it dates the help thanked for, told in passing, not the story going on."""
    toks = doc.tokens
    thanks = lex.word_list("gratitude_words")
    k = lo
    while k < len(toks) and toks[k].end <= t.start:
        k += 1
    for m in range(k - 1, lo - 1, -1):
        if toks[m].norm == "за":
            return any((toks[g].lemma or toks[g].norm) in thanks or toks[g].norm in thanks
                       for g in range(max(lo, m - 6), m))
        if _finite(toks[m]):
            return False
    return False


def _one_time(doc: Document, timexes, lex: Lexicon) -> Timex | None:
    """The time a sentence tells when all its timexes date one time ("Вчора ...", "Минулої
    ночі ..."); none when it names two, a vague one, or the start or end of a stretch ("з 24
    лютого ... виконувала завдання": a service since that day is no happening on it)."""
    bounds = lex.word_list("since_prepositions") | lex.word_list("until_prepositions")
    dating = []
    for t in timexes:
        if report_stamp(doc, t):
            continue        # the report's own date ("КИЇВ, 3 березня (Укрінформ) –")
        if t.type not in TIME_TYPES or not t.value or t.value in RELATIVE_VAGUE \
                or span_bound(doc, t) or _count_start(doc, t) or unanchored_hour(doc, t):
            return None     # ("Я пам'ятаю той ранок" after a story of a year ago: no day lent)
        if _word_before(doc.text, t.start) in bounds:
            return None
        dating.append(t)
    if not dating or len({(t.value, t.mod) for t in dating}) != 1:
        return None
    return dating[0]


def _tells_past(doc: Document, lo: int, hi: int) -> bool:
    """Whether the tokens lo..hi hold no present or future finite verb: a sentence that goes
    on telling the story (in the past, or in verbless lines: "13 бойових бригад.") rather than
    turning to now."""
    tenses = {str(doc.tokens[k].tense) for k in range(lo, hi) if _finite(doc.tokens[k])}
    return not tenses - {"past"}


def clock_value(value: str | None) -> bool:
    """Whether a TIMEX3 value is a minute of a day ("2025-01-02T07:00"), not a day or a part
    of one."""
    return bool(value) and CLOCK_VALUE.match(value) is not None


def heading_lends(heading: Timex, status: str) -> bool:
    """Whether the time of a heading (a line or a verbless sentence above, timex/heading_days.py and
    `scan.heading_time`) dates an event of this status under it. A day ("Понеділок.",
    "Сьогоднішній день.") dates what took place that day and what is to come on it. A clock
    stamp of a live blog ("14:05." above "Росія вдарила по Костянтинівці", "17:10." above
    "Росія продовжує обстрілювати Херсон") dates what the entry reports as just done or going
    on then, never what it announces to come ("16:00. Зеленський проведе зустріч з Туском":
    the meeting is not at 16:00)."""
    if heading.type == "TIME" and clock_value(heading.value):
        return status in ("occurred", "ongoing")
    return status in ("occurred", "planned")


def lends(told: dict | None, doc: Document, status: str, explicit, clause: tuple[int, int],
          relative: bool) -> bool:
    """Whether the story's time dates an event of this status told in the token span
    `clause`: a past one told by a past verb, when that time is not after the document date;
    one planned by a future verb, when that time is still to come. A status read from no verb
    (a participle, a verbless line), a present tense (a habit, what goes on now) and a
    relative clause take none."""
    if told is None or doc.date is None or explicit is not True or relative or told.get("through"):
        return False
    rng = value_range(told["value"], told.get("mod"))
    if rng is None:
        return False
    tenses = {str(doc.tokens[k].tense) for k in range(*clause) if _finite(doc.tokens[k])}
    if status == "occurred":
        return "past" in tenses and rng[0] <= doc.date
    if status == "planned":
        return "futr" in tenses and rng[0] > doc.date
    return False


def in_relative_clause(doc: Document, sent, i: int, lex: Lexicon) -> bool:
    """Whether the trigger at token i stands in a clause a relative pronoun opens ("ракет,
    які вдарили по нашій землі", "обміну, про який домовились у Туреччині"): that clause tells
    of its antecedent, often long before."""
    lo = sent.clause_of(i)[0]
    rel, preps = lex.word_list("relative_pronouns"), lex.word_list("prepositions")
    words = [m for m in range(lo, min(i + 1, lo + 4)) if doc.tokens[m].is_word][:2]
    if not words:
        return False
    if len(words) == 2 and doc.tokens[words[0]].norm in preps:
        words = words[1:]       # "про який", "з якими"
    t = doc.tokens[words[0]]
    return t.norm in rel or (t.lemma or "") in rel


def time_range_of(doc: Document, tx: Timex, timexes) -> tuple[Timex, Timex] | None:
    """The two ends of the range the event's timex belongs to ("з 1 по 3 березня", "1-3
    березня", "з 10 до 20 травня"): two days (or months, or years) of one granularity joined
    by "по", "до" or a dash, the first before the second; else None."""
    if tx.type == "TIME" and _DAY_PART.match(tx.value or ""):
        return _parts_of_day(doc, tx, timexes)
    dates = sorted((t for t in timexes if t.type == "DATE" and t.value[:4].isdigit()),
                   key=lambda t: t.start)
    for a, b in zip(dates, dates[1:]):
        if tx is not a and tx is not b:
            continue
        between = doc.text[a.end:b.start].strip().lower()
        if between not in _RANGE_JOINERS or len(a.value) != len(b.value) or not a.value < b.value:
            continue
        if between in ("по", "до") and _word_before(doc.text, a.start) not in ("з", "із", "від", "зі"):
            continue
        return a, b
    return None


def _parts_of_day(doc: Document, tx: Timex, timexes) -> tuple[Timex, Timex] | None:
    """"Уночі та вранці Росія атакувала Київ", "з ранку до вечора": two parts of the day joined
    by "та", "і" or a range tell one stretch of time, from the first to the second, not the
    part nearer the trigger alone."""
    parts = sorted((t for t in timexes if t.type == "TIME" and _DAY_PART.match(t.value or "")),
                   key=lambda t: t.start)
    for a, b in zip(parts, parts[1:]):
        if (tx is a or tx is b) and a.value != b.value and \
                doc.text[a.end:b.start].strip().lower() in _PART_JOINERS:
            return a, b
    return None


def heading_days(doc: Document, sent, lex: Lexicon) -> tuple[str, str] | None:
    """"Два дні – Донбас, Запорізька область.": a count of days opening a verbless line of a
    report, before a dash, tells the last days up to the document date -> (first day, last
    day) of that stretch."""
    if doc.date is None or not sent.timexes:
        return None
    t = min(sent.timexes, key=lambda x: x.start)
    if t.type != "DURATION" or doc.text[sent.start:t.start].strip():
        return None
    after = doc.text[t.end:sent.end].lstrip()
    if not after[:1] in ("–", "—", "-") or any(_finite(doc.tokens[k]) for k in range(sent.lo, sent.hi)):
        return None
    m = _DAYS.match(t.value)
    if not m or not 1 < int(m.group(1)) <= 7:
        return None
    first = doc.date - dt.timedelta(days=int(m.group(1)) - 1)
    return first.isoformat(), doc.date.isoformat()


def _word_before(text: str, at: int) -> str:
    words = text[:at].rstrip().rsplit(None, 1)
    return words[-1].lower() if words else ""


__all__ = ["clock_value", "heading_days", "in_relative_clause", "lends", "story_time", "time_range_of"]
