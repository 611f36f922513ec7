"""The day or the hour a line of its own heads in a digest or a live blog dates the lines under
it: "Понеділок." / "Вівторок, 14 травня." / "14:35" stand alone on their line, and what the
paragraphs after them tell happened that day or at that hour, up to the next such line
(GUIDELINES: a time that governs the event counts). A line that names a day of the week is
always such a heading; a bare date or clock line is one only in a document that holds two or
more of them, since one alone at the head of a report is its own stamp ("14 травня 2024",
datelines.py), which dates no happening; a day after a label and a colon ("Хроніка дня: 5
травня") is a heading wherever it stands. Read by the scan as the heading of a sentence with no
heading of its own paragraph.
"""
from __future__ import annotations

from ....document import Document, Timex
from ...timex.lexicon import lexicon as timex_lexicon
from ..grammar.clauses import _finite
from ..lexicon.compiled import lexicon

# a heading line holds few words ("Вівторок, 14 травня 2024 року")
MAX_WORDS = 7
MAX_CHARS = 60
# the words of a label before a heading's day ("Хроніка дня: 5 травня")
MAX_LABEL = 4
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
    label = _label_end(toks)
    if label is not None:
        words = [t for t in toks[label:] if t.is_word]
    if not words or not all(any(x.start <= t.start < x.end for x in timexes) or t.norm in days
                            for t in words):
        return None
    dated = [x for x in timexes if x.type in _KINDS and x.value and x.value[:4].isdigit()]
    if not dated:
        return None
    return dated[-1], label is not None or any(t.norm in days for t in words)


def _label_end(toks) -> int | None:
    """"Хроніка дня: 5 травня", "Події тижня – 12 березня": a few words and a colon or a dash
    before the day label the line as a heading of its own (a report's stamp bears no label) ->
    the index after the colon or dash, or None."""
    stamps = lexicon().word_list("report_stamp_words")
    for k, t in enumerate(toks[:MAX_LABEL + 1]):
        if t.text in (":", "–", "—"):
            return k + 1 if 0 < k else None
        if not t.is_word or t.norm in stamps:
            return None     # ("Оновлено: 5 травня", "Дата: 5 травня": the report's own stamp)
    return None
