"""A clock time of a day the text recalls, which the timex layer could only put on the
document's day: "Рік тому почалася війна. Я пам'ятаю той ранок. О четвертій годині ми почули
вибухи." The hour (or "той ранок" after it) names no day; the story before it told a time wholly before the document
("рік тому", "у 2014 році", "24 лютого 2022 року"), and no day of the document was told since,
so the document's day is the one thing the hour is certainly not on. The event gets no time
rather than a false one (GUIDELINES: `null` when the text gives none). Not an hour of the small
hours right after a late one of the evening before: the timex layer carried it past midnight
("Учора о 23:30 ... О 01:10", timex/midnight.py).
"""
from __future__ import annotations

from ....chronicle.timerange import day_or_finer, value_range
from ....document import Document, Timex
from ...timex.lexicon import lexicon as timex_lexicon
from ...timex.midnight import past_midnight
from ..lexicon.compiled import Lexicon, lexicon

# how many sentences back the story's last told time may stand
STORY_REACH = 4


def _dayless(doc: Document, t: Timex, lex: Lexicon) -> bool:
    """A time on the document's day that names no day of its own: a clock hour ("О четвертій
    годині") or a part of "that" day ("той ранок", which takes the day told before it). A part
    of the day named with "цієї", "минулої" is the document's own."""
    if t.type != "TIME" or doc.date is None or t.value[:10] != doc.date.isoformat():
        return False
    words = t.text.lower().split()
    tx = timex_lexicon()
    if any(w in tx.day_words or w in tx.months or w in tx.weekdays or w in tx.deictic for w in words):
        return False            # ("О 10:00 сьогодні", "24 лютого о 5 ранку": a day of its own)
    return t.value[11:12].isdigit() or bool(words and words[0] in lex.word_list("story_day_words"))


def unanchored_hour(doc: Document, t: Timex) -> bool:
    """True when `t` names no day of its own (`_dayless`) and was put on the document's day
    while the last time told before it, in its paragraph and a few sentences back, lies wholly
    before that day (times as dayless as itself in between are passed over)."""
    lex = lexicon()
    if not _dayless(doc, t, lex):
        return False
    here = doc.sentence_at(t.start)
    para = doc.sentences[here].paragraph
    before = [x for x in doc.timexes if x.end <= t.start and x.type in ("DATE", "TIME") and x.value
              and x.value[:1].isdigit()]
    for x in reversed(before):
        s = doc.sentence_at(x.start)
        if doc.sentences[s].paragraph != para or here - s > STORY_REACH:
            return False
        span = value_range(x.value, x.mod)
        if span is None or _dayless(doc, x, lex):
            continue
        return span[1] < doc.date and not (day_or_finer(x.value) and x.value[:10] == t.value[:10]) \
            and not past_midnight(x.value, t.value)
    return False


__all__ = ["unanchored_hour"]
