"""The date of a report itself, written at its head: a dateline ("КИЇВ, 3 березня (Укрінформ)
–", "Вашингтон, 5 червня 2024 –") or a stamp ("10:15, 5 травня 2024", "5 травня 2024,
10:15.", "Оновлено: 12:45"). It says when the report was filed, not when what it tells
happened (often the night or the day before): an event takes no time from it, and a story
does not lend it to the sentences after (GUIDELINES: the event's own time or none). Its day is
the "today" of the report, though: "Сьогодні", "Вчора", "Уночі" under "КИЇВ, 9 червня" are
counted from the 9th when the document is dated a few days later (`report_day`).

The time layer finds it (its day is the reference of the report's relative times); the events
layer asks it which timexes date nothing.
"""
from __future__ import annotations

import datetime as dt
import re

from ...document import Document, Timex
from .calendar import CLOCK_WRITTEN, DAY_VALUE
from .lexicon import lexicon as timex_lexicon

# Before a dateline's date: nothing, or a place in capitals or capitalised words and a comma.
_HEAD = re.compile(r"\s*(?:[A-ZА-ЯІЇЄҐ][\w'’\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w'’\-]*){0,2}\s*,\s*)?$")
# After it: an agency in brackets or slashes, a dash, a full stop, a clock stamp, or the end of
# the line.
_TAIL = re.compile(rf"\s*(?:\(|/|,\s*{CLOCK_WRITTEN}\b|$)|\s*[–—-]\s|\.\s")
# A place before the date makes the dash or stop after it a dateline's ("КИЇВ, 3 березня –",
# "Одеса, 5 березня. Укрінформ."); a date alone before a dash heads an item of a digest ("9
# січня – удар по Одесі"), which dates it, and before a stop it may open a story.
_PLACE = re.compile(r"\s*[A-ZА-ЯІЇЄҐ]")
# How far into its paragraph a dateline's date or a stamp may start.
_HEAD_MAX = 60
_WORDS = re.compile(r"\w+")
# How many days a report's dateline may stand from the document's date and still be its day.
REPORT_DAY_REACH = 7


def report_stamp(doc: Document, t: Timex, timexes: list[Timex] | None = None) -> bool:
    """Whether timex `t` is the report's own date or time at the head of its paragraph
    (`timexes`: the document's, by default `doc.timexes`)."""
    para = doc.paragraphs[doc.sentences[doc.sentence_at(t.start)].paragraph]
    if t.start - para.start > _HEAD_MAX:
        return False        # most timexes stand further into their paragraph
    head = doc.text[para.start:t.start]
    words = _WORDS.findall(head.lower())
    if len(words) == 1 and words[0] in timex_lexicon().report_stamp_words:
        return True         # "Оновлено: 12:45"
    timexes = doc.timexes if timexes is None else timexes
    before = [x for x in timexes if para.start <= x.start < t.start]
    if before:
        return _after_stamp(doc, para.start, before, t)     # "Учора, 5 травня –" is no place
    if not _HEAD.match(head):
        return False
    tail = doc.text[t.end:min(para.end, t.end + 40)]
    if not _TAIL.match(tail):
        return False
    # ("Понеділок, 13 січня." heads a day of a digest: a weekday is no place)
    place = bool(_PLACE.match(head)) and not _weekday(words)
    if tail.lstrip()[:1] in ("–", "—", "-", ".") and not place:
        return False        # ("24 лютого 2022 року. Ранок, який ..." tells a story)
    return not head.strip() or place or not tail.strip()


def _weekday(words: list[str]) -> bool:
    """The head before a date is the name of a day of the week."""
    return len(words) == 1 and words[0] in timex_lexicon().weekdays


def _after_stamp(doc: Document, start: int, before: list[Timex], t: Timex) -> bool:
    """"5 травня 2024, 10:15": the clock right after a date written with its year that heads
    its paragraph (`before`: the timexes before `t` in it)."""
    if len(before) != 1:
        return False
    x = before[0]
    return not doc.text[start:x.start].strip() and x.value[:4] in x.text \
        and doc.text[x.end:t.start].strip() == ","


def report_day(doc: Document, timexes: list[Timex]) -> dt.date | None:
    """The day of the report's own dateline or stamp at the head of its first paragraph
    ("КИЇВ, 9 червня (Укрінформ) –", "9 червня 2023, 14:30"; not an edit's "Оновлено: 6
    травня"), when it is another day than the document's own, within `REPORT_DAY_REACH` of it (a dated line further off is no stamp of
    this report); else None."""
    if doc.date is None or not doc.paragraphs:
        return None
    para = doc.paragraphs[0]
    first = next((x for x in timexes if para.start <= x.start < para.end), None)
    if first is None or first.type != "DATE" or not DAY_VALUE.match(first.value) \
            or not first.value[:4].isdigit() or not report_stamp(doc, first, timexes):
        return None
    if set(_WORDS.findall(doc.text[para.start:first.start].lower())) & \
            timex_lexicon().edit_stamp_words:
        return None         # ("Оновлено: 6 травня": the day of an edit)
    day = dt.date.fromisoformat(first.value)
    return day if day != doc.date and abs((day - doc.date).days) <= REPORT_DAY_REACH else None


__all__ = ["report_day", "report_stamp"]
