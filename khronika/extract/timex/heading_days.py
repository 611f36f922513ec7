"""The day or the hour a line of its own heads in a digest or a live blog: "Понеділок." /
"Вівторок, 14 травня." / "14:35" stand alone on their line, and what the paragraphs after them
tell is told of that day or at that hour, up to the next such line. A line that names a day of
the week is always such a heading; a bare date or clock line is one only in a document that
holds two or more of them, since one alone at the head of a report is its own stamp ("14 травня
2024"), which heads nothing; a day after a label and a colon ("Хроніка дня: 5 травня") is a
heading wherever it stands, a stamp's label ("Оновлено:", "Дата:") never.

Both later readers need it, so it lives with the time layer: the scanner reads the days told
under such a line from its day ("Уночі" under "6 травня" is that night, not the report's), and
the events layer dates the lines under it by it.
"""
from __future__ import annotations

import datetime as dt

from ...document import Document, Timex
from .calendar import CLOCK_VALUE, DAY_VALUE
from .lexicon import lexicon
from .midnight import EARLY_HOURS, LATE_HOURS

# a heading line holds few words ("Вівторок, 14 травня 2024 року")
MAX_WORDS = 7
MAX_CHARS = 60
# the words of a label before a heading's day ("Хроніка дня: 5 травня")
MAX_LABEL = 4
# the values a heading may lend: a day or a time of day, not "now" or a vague stretch
_KINDS = ("DATE", "TIME")


def line_headings(doc: Document, timexes: list[Timex] | None = None,
                  lines: list[tuple[int, Timex, bool]] | None = None) -> dict[int, Timex]:
    """paragraph index -> the timex of the heading line above it (paragraphs of the heading
    lines themselves, and those before the first, are absent). `timexes`: the document's
    (by default `doc.timexes`); `lines`: their `heading_lines`, where the caller has them."""
    timexes = doc.timexes if timexes is None else timexes
    lines = heading_lines(doc, timexes) if lines is None else lines
    if not lines:
        return {}
    many = len(lines) >= 2
    out: dict[int, Timex] = {}
    current: Timex | None = None
    at = 0
    for p in range(len(doc.paragraphs)):
        if at < len(lines) and lines[at][0] == p:
            _, tx, weekday = lines[at]
            current = tx if (weekday or many) else None
            at += 1
            continue
        if current is not None:
            out[p] = current
    return out


def paragraph_tokens(doc: Document) -> dict[int, tuple[int, int]]:
    """paragraph index -> its token range."""
    spans: dict[int, tuple[int, int]] = {}
    for s in doc.sentences:
        lo, hi = spans.get(s.paragraph, (s.first_token, s.last_token))
        spans[s.paragraph] = (min(lo, s.first_token), max(hi, s.last_token))
    return spans


def heading_lines(doc: Document, timexes: list[Timex],
                  spans: dict[int, tuple[int, int]] | None = None) -> list[tuple[int, Timex, bool]]:
    """(paragraph, the timex it lends, whether it names a weekday) of each heading line.
    `spans`: the `paragraph_tokens`, where the caller has them."""
    lines: list[tuple[int, Timex, bool]] = []
    spans = paragraph_tokens(doc) if spans is None else spans
    for p, para in enumerate(doc.paragraphs):
        # (most paragraphs are long: only a short line is read further)
        if para.end - para.start <= MAX_CHARS and p in spans:
            found = _heading(doc, timexes, p, *spans[p])
            if found is not None:
                lines.append((p, *found))
    return lines


def heading_refs(doc: Document, timexes: list[Timex],
                 lines: list[tuple[int, Timex, bool]] | None = None) -> dict[int, dt.date]:
    """paragraph index -> the day a heading line above it names, where that is not the
    document's date: the day its own relative times are counted from ("Уночі", "вчора", "у
    понеділок" under "Вівторок, 7 травня" in a digest published on the 12th). A heading of a
    clock time or of a stretch of days lends no other day, but in a live blog running newest
    first every stamp's line and the lines under it are given their day, the document's too.
    `lines`: the `heading_lines` of `timexes`, where the caller has them.
    """
    out: dict[int, dt.date] = {}
    lent: dict[int, dt.date | None] = {}      # id of a heading's timex -> its day, or None
    headed = line_headings(doc, timexes, lines)
    later = newest_first_days(doc, timexes)
    for p, tx in headed.items():
        if id(tx) not in lent:
            lent[id(tx)] = _one_day(doc, tx, timexes)
        day = lent[id(tx)]
        if day is not None and id(tx) in later:
            day += dt.timedelta(days=later[id(tx)])
        if day is not None and (day != doc.date or id(tx) in later):
            out[p] = day
    for tx in (x for x in timexes if id(x) in later):
        # (the stamp's own line: its clock time is of that day too, not of the story above)
        out[doc.sentences[doc.sentence_at(tx.start)].paragraph] = \
            dt.date.fromisoformat(tx.value[:10]) + dt.timedelta(days=later[id(tx)])
    return out


def newest_first_days(doc: Document, timexes: list[Timex]) -> dict[int, int]:
    """id of a clock stamp opening its line, alone or before its entry ("01:30 Уночі ...") ->
    the days to add to its day, in a live blog whose entries run newest first ("01:30",
    "23:40", "21:05"): read up from the bottom, the oldest
    entry, each hour later than the one above it crosses a midnight, and the entries above lie a
    day later (the blog is dated by the day it began, as one running oldest first is,
    `midnight.py`). The order is told by the steps that cross no midnight (a late hour next to
    an early one may be either): more of them must go down the hours than up."""
    stamps = [tx for tx in timexes if tx.type == "TIME" and CLOCK_VALUE.match(tx.value)
              and _opens_line(doc, tx)]
    if len(stamps) < 3:
        return {}
    minutes = [int(tx.value[11:13]) * 60 + int(tx.value[14:16]) for tx in stamps]
    down = up = 0
    for a, b in zip(minutes, minutes[1:]):
        if not _across_midnight(a, b):
            down += a > b
            up += a < b
    if up >= down:
        return {}
    out: dict[int, int] = {}
    shift = 0
    for k in range(len(stamps) - 1, -1, -1):
        if k + 1 < len(stamps) and minutes[k] < minutes[k + 1] \
                and stamps[k].value[:10] == stamps[k + 1].value[:10]:
            shift += 1
        out[id(stamps[k])] = shift
    return out if shift else {}


def _opens_line(doc: Document, tx: Timex) -> bool:
    """Timex `tx` stands first in its paragraph."""
    para = doc.paragraphs[doc.sentences[doc.sentence_at(tx.start)].paragraph]
    return not doc.text[para.start:tx.start].strip()


def _across_midnight(a: int, b: int) -> bool:
    """Two stamps' minutes of the day one late and one early (`midnight.py`'s hours)."""
    late, early = LATE_HOURS * 60, EARLY_HOURS * 60
    return (a >= late and b < early) or (a < early and b >= late)


def _one_day(doc: Document, tx: Timex, timexes: list[Timex]) -> dt.date | None:
    """The day a heading's timex names, when its line names that one day only (not "16-22
    жовтня": which of the days a night under it is, the heading does not say)."""
    if not (DAY_VALUE.match(tx.value[:10]) and tx.value[:4].isdigit()) or tx.mod is not None:
        return None
    para = doc.paragraphs[doc.sentences[doc.sentence_at(tx.start)].paragraph]
    if sum(1 for x in timexes if para.start <= x.start < para.end and x.type == "DATE") > 1:
        return None
    return dt.date.fromisoformat(tx.value[:10])


def _heading(doc: Document, timexes: list[Timex], p: int, lo: int,
             hi: int) -> tuple[Timex, bool] | None:
    """(the timex it lends, whether it names a weekday) when paragraph p (tokens lo..hi) is a
    heading line."""
    para = doc.paragraphs[p]
    toks = doc.tokens[lo:hi]
    words = [t for t in toks if t.is_word]
    if not words or len(words) > MAX_WORDS or any(_finite(t) for t in toks):
        return None
    here = [x for x in timexes if para.start <= x.start < para.end]
    days = lexicon().weekdays
    label = _label_end(toks)
    if label is not None:
        words = [t for t in toks[label:] if t.is_word]
    if not words or not all(any(x.start <= t.start < x.end for x in here) or t.norm in days
                            for t in words):
        return None
    dated = [x for x in here if x.type in _KINDS and x.value and x.value[:4].isdigit()]
    if not dated:
        return None
    return dated[-1], label is not None or any(t.norm in days for t in words)


def verbless(toks) -> bool:
    """No finite verb among the tokens: a line that heads, not one that tells."""
    return not any(_finite(t) for t in toks)


def _finite(t) -> bool:
    return t.pos == "VERB" and bool(t.tense) and "infn" not in (t.tags or ())


def _label_end(toks) -> int | None:
    """"Хроніка дня: 5 травня", "Події тижня – 12 березня", "Дайджест за 6 травня": a few words
    and a colon, a dash or "за" before the day label the line as a heading of its own (a report's stamp bears no label) ->
    the index after the colon or dash, or None."""
    lex = lexicon()
    stamps = lex.report_stamp_words
    for k, t in enumerate(toks[:MAX_LABEL + 1]):
        if t.text in (":", "–", "—") or t.norm in lex.heading_label_preps:
            return k + 1 if 0 < k else None     # ("Дайджест за 6 травня" too)
        if not t.is_word or t.norm in stamps:
            return None     # ("Оновлено: 5 травня", "Дата: 5 травня": the report's own stamp)
    return None


__all__ = ["line_headings", "heading_refs", "heading_lines", "paragraph_tokens",
           "verbless"]
