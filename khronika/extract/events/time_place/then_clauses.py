"""A happening told after "тоді" in a sentence that named a time before it: "then" points back
to the last time told before it, not to the time that opens the sentence ("Сьогодні, згадуючи
події 2014 року, варто нагадати, що тоді Росія захопила Крим, а Захід обмежився санкціями":
the remembering is today, the seizure and the sanctions were in 2014). The time the text gives
for it is that one, unless the clause names its own; when the last time told is the text's own
present ("Сьогодні ... тоді") "then" names another time the text does not give, and the
happening gets none (GUIDELINES: `null` when the text gives none). "Тоді" opening its sentence
points past it, to the story told before (told_time.story_time).
"""
from __future__ import annotations

from ....document import Document, Timex
from ...timex.lexicon import lexicon as timex_lexicon
from .place_time import RELATIVE_VAGUE, TIME_TYPES


def then_time(doc: Document, lo: int, i: int, timexes: list[Timex]) -> tuple[bool, Timex | None]:
    """(whether "тоді" stands before the trigger at token i in its sentence, its first token
    `lo` excepted, with a time told before it there; that time, or None when it is the text's
    present)."""
    then = timex_lexicon().then_words
    toks = doc.tokens
    at = next((m for m in range(i - 1, lo, -1) if toks[m].norm in then), None)
    if at is None:
        return False, None
    before = [t for t in timexes if toks[lo].start <= t.start and t.end <= toks[at].start]
    if not before:
        return False, None
    last = max(before, key=lambda t: t.start)
    if last.type not in TIME_TYPES or not last.value or last.value in RELATIVE_VAGUE or (
            doc.date is not None and last.value[:10] == doc.date.isoformat()):
        return True, None
    return True, last


__all__ = ["then_time"]
