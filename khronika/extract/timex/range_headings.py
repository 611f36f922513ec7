"""A line that heads a stretch of days in a weekly digest or a review ("Огляд тижня 12–18
червня", "Головне за тиждень: 6-10 травня", "Дайджест 3 – 7 березня"): what the paragraphs
under it tell happened on one of those days, up to the next heading line. A weekday there is
that stretch's own ("У понеділок" under "12–18 червня" published on the 19th is the 12th, not
the 19th), and a part of the day no day is named for ("Уночі") is of a day the text does not
give: not the publication's, which may lie outside the stretch.

The scanner reads them (`scan.Scanner.spans`); kept apart from `heading_days`, whose headings
lend one day.
"""
from __future__ import annotations

import datetime as dt

from ...document import Document, Timex
from .calendar import DAY_VALUE
from .heading_days import MAX_CHARS, MAX_WORDS, verbless

# the longest stretch a heading may name (a month's digest)
MAX_DAYS = 31
# what may stand between the two ends of the stretch
# words that join the two ends of a range of days ("10–12 червня", "з 10 по 12 лютого")
RANGE_JOINERS = frozenset({"–", "-", "—", "по", "до"})


def range_spans(doc: Document, timexes: list[Timex], lines: list[tuple[int, Timex, bool]],
                tokens: dict[int, tuple[int, int]]) -> dict[int, tuple[dt.date, dt.date]]:
    """paragraph index -> (first, last day) of the stretch a heading line above it names.
    `lines` and `tokens`: the document's `heading_days.heading_lines` of `timexes` and its
    `paragraph_tokens`, which the layer has read already."""
    heads: dict[int, tuple[dt.date, dt.date] | None] = {p: None for p, _, _ in lines}
    found = False
    for p, para in enumerate(doc.paragraphs):
        if para.end - para.start <= MAX_CHARS and p in tokens:
            stretch = _stretch(doc, timexes, p, *tokens[p])
            if stretch is not None:
                heads[p], found = stretch, True
    if not found:
        return {}
    out: dict[int, tuple[dt.date, dt.date]] = {}
    current = None
    for p in range(len(doc.paragraphs)):
        if p in heads:
            current = heads[p]
        elif current is not None:
            out[p] = current
    return out


def _stretch(doc: Document, timexes: list[Timex], p: int, lo: int,
             hi: int) -> tuple[dt.date, dt.date] | None:
    """(first, last day) when paragraph p (tokens lo..hi) is a short verbless line whose only
    dates are the two ends of a stretch of days."""
    toks = doc.tokens[lo:hi]
    if sum(1 for t in toks if t.is_word) > MAX_WORDS or not verbless(toks):
        return None
    para = doc.paragraphs[p]
    days = [x for x in timexes if para.start <= x.start < para.end and x.type == "DATE"]
    if len(days) != 2 or not all(DAY_VALUE.match(x.value) and x.value[:4].isdigit()
                                 for x in days):
        return None
    first, last = (dt.date.fromisoformat(x.value) for x in days)
    if not 0 < (last - first).days <= MAX_DAYS:
        return None
    between = doc.text[days[0].end:days[1].start].split()
    if len(between) != 1 or between[0].lower() not in RANGE_JOINERS:
        return None
    return first, last
