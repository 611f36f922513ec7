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
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
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


def when_antecedent(lex: Lexicon, doc: Document, lo: int, i: int, timexes: list[Timex]) -> Timex | None:
    """The time a "коли" clause holding the trigger at token i hangs on: "Ситуація нагадує 1939
    рік, коли Німеччина напала на Польщу", "порівнюють з 2008 роком, коли ...": the clause tells
    a happening of that time (the time expression right before the comma that opens it), not
    of the report's day; so does a noun of the clause's verb ("коли ... підписали Мюнхенську
    угоду"). None past another comma or a second finite verb, or when no time expression ends
    right before the comma."""
    toks = doc.tokens
    when = lex.word_list("when_relatives")
    verbs = 0
    for m in range(i - 1, lo + 1, -1):
        verbs += _finite(toks[m])
        if toks[m].norm == "," or verbs > 1:
            return None
        if toks[m].norm in when and toks[m - 1].norm == ",":
            t = next((t for t in timexes if t.end == toks[m - 2].end), None)
            return t if t is not None and t.type in TIME_TYPES and t.value and t.value not in RELATIVE_VAGUE else None
    return None


__all__ = ["then_time", "when_antecedent"]
