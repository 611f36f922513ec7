"""Happenings of history, not of the report.

A chronicle of statecraft keeps what the text reports: a talk, a strike, a sanction of its
days. Essays, textbooks, biographies and reviews tell of the past too ("Колективізація 1930-х
років зруйнувала село. Радянська влада депортувала селян", "У 1648 році Хмельницький розбив
польське військо"), and a reader of the chronicle finds no news event in them.

Two readings, both after merging (a time told in the paragraph before, or by the sentence
after, is known only then):

- an event dated more than `history_years` before the document (events.yaml, the same span the
  scan drops a dated trigger by: claims.remembered) by the story around it is recalled;
- a text whose dated time expressions lie mostly long before it (`history_text` in
  events.yaml: at least `min_old` dates older than `years`, and more of them than dates since)
  is a text of history: an event in it stands only where its own time is of the last `years`
  ("У 2014 році Росія окупувала Крим" in a history of Crimea written in 2016). A news report
  that recalls a war of eighty years ago once among its dates of this month stays a report.

GUIDELINES count a happening of the past the report tells as its background ("коли
розпочалася повномасштабна війна", three years before): a few years back is not history, so
both spans are in years the lexicon gives.
"""
from __future__ import annotations

import datetime as dt

from ....chronicle.timerange import value_range
from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand


def _setting(lex: Lexicon, name: str, key: str) -> int:
    """A number of a `key:value` list of events.yaml ("years:20"), 0 when absent."""
    for item in lex.word_list(name):
        k, _, v = str(item).partition(":")
        if k.strip() == key:
            return int(v)
    return 0


def _years_before(doc: Document, years: int) -> dt.date:
    # (29 February has no day a year later or before: the day before it stands for it; a
    # document dated in the first years of the era has nothing before it)
    d = doc.date
    if d.year - years < dt.MINYEAR:
        return dt.date.min
    try:
        return d.replace(year=d.year - years)
    except ValueError:
        return (d - dt.timedelta(days=1)).replace(year=d.year - years)


def _event_range(e: Cand):
    t = e.time or e.story_time
    return value_range(t.get("value"), t.get("mod")) if t else None


def history_text(lex: Lexicon, doc: Document) -> bool:
    """The text's dates lie mostly `years` or more before it: a text of history. Its clock times
    and its "зараз"/"нині" count as recent: a speech that recalls 1939 and 1940 but says what
    happens now and at four this morning is a report of its days."""
    if doc.date is None:
        return False
    years, min_old = _setting(lex, "history_text", "years"), _setting(lex, "history_text", "min_old")
    if not years:
        return False
    bound = _years_before(doc, years)
    old = recent = 0
    for t in doc.timexes:
        if t.value == "PRESENT_REF":
            recent += 1       # "зараз", "нині": the speaker's own days (a speech that recalls 1940)
            continue
        if t.type not in ("DATE", "TIME") or (rng := value_range(t.value, t.mod)) is None:
            continue
        if rng[1] < bound:
            old += 1
        else:
            recent += 1
    return old >= min_old and old > recent


def current_events(lex: Lexicon, doc: Document, events: list[Cand]) -> list[Cand]:
    """The events the report tells of its own days (see the module): those recalled from
    history, or told in a text of history without a recent date of their own, go."""
    if doc.date is None or not events:
        return events
    recalled = int(next(iter(lex.word_list("history_years")), "0") or 0)
    recalled_bound = _years_before(doc, recalled) if recalled else None
    in_history = history_text(lex, doc)
    history_bound = _years_before(doc, _setting(lex, "history_text", "years")) if in_history else None
    kept = []
    for e in events:
        rng = _event_range(e)
        if rng is not None and recalled_bound is not None and rng[1] < recalled_bound:
            continue
        if in_history and (rng is None or rng[1] < history_bound):
            continue
        kept.append(e)
    return kept
