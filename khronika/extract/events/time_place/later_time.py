"""The time the sentence after a happening tells of it: "Відбулися переговори з делегацією США
в Женеві. Вони тривали весь день 23 листопада.", "Зустріч відбулася у Жешуві. Це було в
понеділок." The second sentence opens with a word that points back ("вони", "це", "її"), tells
one time and no happening of its own: it dates the one happening its sentence before told. A
reader dates the talks so; GUIDELINES count a time that governs the event.

Only for an event that has no time of its own and is the one event told in its last sentence
(else the pointer could mean another), when the next sentence is in the same paragraph, tells
of the past or has no verb, holds no other event, and its one time is a day or finer that
fits the event's status (done: not after the document date; planned: after it).
"""
from __future__ import annotations

from ....chronicle.timerange import day_or_finer, value_range
from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ...timex.datelines import report_stamp
from .place_time import TIME_TYPES, span_bound
from .told_time import _tells_past, _word_before

# how many words at the head of the next sentence may hold the pointer ("А вони ...", "Її візит")
POINTER_REACH = 2


def date_from_next(lex: Lexicon, doc: Document, events: list[Cand]) -> None:
    """Give each undated event the time its next sentence tells of it (see the module)."""
    if doc.date is None:
        return
    told_in: dict[int, list[Cand]] = {}
    for e in events:
        for s in {e.sent} | {m.sent for m in e.mentions}:
            told_in.setdefault(s, []).append(e)
    pointers = lex.word_list("time_back_pointers")
    sents = doc.sentences
    for e in events:
        if e.time is not None or e.story_time is not None:
            continue
        last = max([e.sent] + [m.sent for m in e.mentions])
        nxt = last + 1
        if nxt >= len(sents) or sents[nxt].paragraph != sents[last].paragraph:
            continue
        if told_in.get(last) != [e] or any(x is not e for x in told_in.get(nxt, [])):
            continue
        s = sents[nxt]
        head = [t for t in doc.tokens[s.first_token:s.last_token] if t.is_word][:POINTER_REACH]
        if not any(t.norm in pointers for t in head):
            continue
        if not _tells_past(doc, s.first_token, s.last_token):
            continue
        one = _the_day(doc, [t for t in doc.timexes if s.start <= t.start and t.end <= s.end], lex)
        if one is None:
            continue
        rng = value_range(one["value"], one["mod"])
        if rng is None or (e.status in ("occurred", "ongoing") and rng[0] > doc.date) or \
                (e.status == "planned" and rng[0] <= doc.date) or e.status in ("negated", "conditional"):
            continue
        e.time, e.time_range = one, rng


def _the_day(doc: Document, timexes, lex: Lexicon) -> dict | None:
    """The one day (or finer time) the sentence tells: its dates and times, lengths ("весь
    день") and bounds ("до пізнього вечора") aside, all on one day; a finer time on that day
    gives way to the day ("23 листопада ... до вечора" is 23 November)."""
    bounds = lex.word_list("since_prepositions") | lex.word_list("until_prepositions")
    dating = [t for t in timexes if t.type in TIME_TYPES and t.value and t.value[:1].isdigit()
              and not report_stamp(doc, t) and not span_bound(doc, t)
              and _word_before(doc.text, t.start) not in bounds]
    if not dating or not all(day_or_finer(t.value) for t in dating):
        return None
    if len({t.value for t in dating}) == 1:
        return {"value": dating[0].value, "mod": dating[0].mod}
    if len({t.value[:10] for t in dating}) == 1:
        return {"value": dating[0].value[:10], "mod": None}
    return None


__all__ = ["date_from_next"]
