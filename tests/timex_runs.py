"""The (text, value) pairs of a document's time expressions in text order: what the timex test
files compare (one helper, not a copy in each file)."""
from __future__ import annotations

from khronika.document import Document, parse_date


def timexes_of(pipe, text: str, date: str) -> list[tuple[str, str]]:
    doc = pipe(Document(text=text, date=parse_date(date)))
    return [(t.text, t.value) for t in sorted(doc.timexes, key=lambda t: t.start)]
