"""The time-expression layer: finds Ukrainian dates, times, durations and frequencies and
resolves them to TIMEX3 values against the document date (`doc.date`).

Without a document date nothing is taken from the clock: relative expressions get
`PAST_REF` / `PRESENT_REF` / `FUTURE_REF` (or an `XXXX-...` value for a day or month with
no year); absolute dates with a year resolve as usual.

Use: it runs in the default pipeline; `find_timexes(doc)` returns the list for a document
that is already segmented and tagged, without storing it.
"""
from __future__ import annotations

from ...document import Document, Timex
from ...pipeline import component
from ...settings import Settings
from .datelines import report_day
from .heading_days import heading_lines, heading_refs, paragraph_tokens
from .lexicon import lexicon
from .range_headings import range_spans
from .scan import Scanner

__all__ = ["TimexLayer", "find_timexes"]


def find_timexes(doc: Document) -> list[Timex]:
    """The timexes of a segmented, tagged document (kept separate so tools and benchmarks
    can call the scanner without touching `doc.timexes`)."""
    lex = lexicon()
    found = Scanner(doc, lex).run()
    # a digest's lines under a dated heading are told from its day ("6 травня" / "Уночі ...":
    # that night), those under a stretch of days within it: read again from it (few documents
    # have such headings)
    tokens = paragraph_tokens(doc)
    lines = heading_lines(doc, found, tokens)
    refs = heading_refs(doc, found, lines)
    spans = range_spans(doc, found, lines, tokens)
    # a report's dateline of another day than the document's is the "today" of its text
    # ("КИЇВ, 9 червня – Сьогодні ...") wherever no heading line tells another
    stamped = report_day(doc, found)
    if stamped is not None:
        refs = {p: refs.get(p, stamped) for p in range(len(doc.paragraphs))}
    return Scanner(doc, lex, refs, spans).run() if refs or spans else found


@component("timex", requires=("tokens", "morph"), provides=("timexes",))
class TimexLayer:
    def __init__(self, settings: Settings):
        lexicon()

    def preload(self) -> None:
        """ukrainian-itn builds its number grammar on its first call (`Pipeline.preload`)."""
        from ukrainian_itn import normalize
        normalize("один")

    def __call__(self, doc: Document) -> None:
        doc.timexes.extend(find_timexes(doc))
