"""The day or the hour a line of its own heads in a digest or a live blog dates the lines under
it: "Понеділок." / "Вівторок, 14 травня." / "14:35" stand alone on their line, and what the
paragraphs after them tell happened that day or at that hour, up to the next such line
(GUIDELINES: a time that governs the event counts). A line that names a day of the week is
always such a heading; a bare date or clock line is one only in a document that holds two or
more of them, since one alone at the head of a report is its own stamp ("14 травня 2024",
datelines.py), which dates no happening. Read by the scan as the heading of a sentence with no
heading of its own paragraph.
"""
from __future__ import annotations

from ....document import Document, Timex
from ...timex.lexicon import lexicon as timex_lexicon
from ..grammar.clauses import _finite

# a heading line holds few words ("Вівторок, 14 травня 2024 року")
MAX_WORDS = 7
MAX_CHARS = 60
# the values a heading may lend: a day or a time of day, not "now" or a vague stretch
_KINDS = ("DATE", "TIME")


def line_headings(doc: Document) -> dict[int, Timex]:
    """paragraph index -> the timex of the heading line above it (paragraphs of the heading
    lines themselves, and those before the first, are absent)."""
    lines: list[tuple[int, Timex, bool]] = []
    spans: dict[int, tuple[int, int]] = {}          # paragraph -> its token range
    for s in doc.sentences:
        lo, hi = spans.get(s.paragraph, (s.first_token, s.last_token))
        spans[s.paragraph] = (min(lo, s.first_token), max(hi, s.last_token))
    for p, para in enumerate(doc.paragraphs):
        # (most paragraphs are long: only a short line is read further)
        if para.end - para.start <= MAX_CHARS and p in spans:
            found = _heading(doc, p, *spans[p])
            if found is not None:
                lines.append((p, *found))
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


def _heading(doc: Document, p: int, lo: int, hi: int) -> tuple[Timex, bool] | None:
    """(the timex it lends, whether it names a weekday) when paragraph p (tokens lo..hi) is a
    heading line."""
    para = doc.paragraphs[p]
    toks = doc.tokens[lo:hi]
    words = [t for t in toks if t.is_word]
    if not words or len(words) > MAX_WORDS or any(_finite(t) for t in toks):
        return None
    timexes = [x for x in doc.timexes if para.start <= x.start < para.end]
    days = timex_lexicon().weekdays
    if not all(any(x.start <= t.start < x.end for x in timexes) or t.norm in days for t in words):
        return None
    dated = [x for x in timexes if x.type in _KINDS and x.value and x.value[:4].isdigit()]
    if not dated:
        return None
    return dated[-1], any(t.norm in days for t in words)
