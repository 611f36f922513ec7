"""What the table-driven timex tests compare: the (span, value) pairs a document's timexes have."""
from __future__ import annotations

from khronika.document import Document, parse_date


def found(pipe, text: str, date: str) -> set[tuple[str, str]]:
    doc = pipe(Document(text=text, date=parse_date(date)))
    return {(t.text, t.value) for t in doc.timexes}
