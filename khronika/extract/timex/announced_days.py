"""The day an announcement names, carried to a clock time in the line after it, mixed into
the scanner: "Брифінг відбудеться 12 вересня о 13:00.\\n\\nАкредитація з 12:20."

Press advisories and event notices set their details in short lines, each its own paragraph:
the day is named once and the next line's clock time is on it. A report's own new paragraph
about its own day names none (`Narrative._story_day` keeps the paragraph break there), but a
day ahead of the document is not the report's own day: it is the day being announced.
"""
from __future__ import annotations

import datetime as dt
import re

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")


class AnnouncedDays:
    """`_announced_day`, tried by `Scanner._anchor_day` at a paragraph break."""

    def _announced_day(self, sent: int, tx, after: int | None) -> str | None:
        """The day of `tx` (the last time told, in sentence `sent`) for a clock time with no
        day of its own in the sentence right after it but across a paragraph break, when
        that day lies after the document date and the clock time is not told in the past
        (a story moves on by its own rule, `_story_day`); else None."""
        if self.ref is None or sent != self.sent - 1 or not _DAY.match(tx.value) \
                or tx.type not in ("DATE", "TIME") or id(tx) in self.next_day_ends \
                or self._bound(tx):
            return None
        sents = self.doc.sentences
        if sents[sent].paragraph != sents[self.sent].paragraph - 1:
            return None
        if after is not None and self.tense_at(max(after - 1, 0)) == "past":
            return None
        day = dt.date.fromisoformat(tx.value[:10])
        return tx.value[:10] if day > self.ref else None
