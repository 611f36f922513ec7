"""Which undated events the story's time (told_time.story_time) may date after merging.

GUIDELINES count a time for an event when it stands in the event's own sentence or governs it.
A time told one sentence before governs the next one only when that sentence goes on with the
same story: it says so ("Тоді ж він провів зустріч", "Після цього ...", "Потім ...", "терміново
звертався": at once), or it tells what the same doers did next ("Вчора Президент прибув до
Вашингтона. Він провів зустріч з Трампом.": the one who arrived meets). A new happening by other
doers ("Вчора Росія атакувала Харків. Президент провів нараду."), a background fact ("...
Польща передала Україні 300 танків.") and what a speaker says inside a quote (his words tell
their own time, not the day of the story around them) take none: an event with no time is
better than one with a wrong day.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .told_time import clock_value

# how many words at the head of a sentence may hold its continuation ("А тоді ж ...")
OPENING_REACH = 3


def continued_story_times(lex: Lexicon, doc: Document, events: list[Cand]) -> None:
    """Drop the story's time of each event that does not go on with the story (see the module)."""
    dated = [e for e in events if e.time is not None]
    for e in sorted(events, key=lambda x: x.evidence[0]):
        if e.time is not None or e.story_time is None:
            continue
        if _continues(lex, doc, e.sent) or _at_once(lex, doc, e):
            continue
        if _in_direct_quote(doc, e.trig[0]) or not _same_doers(doc, e, dated):
            e.story_time = None
        else:
            dated.append(e)     # (a story goes on through its undated sentences)


def _continues(lex: Lexicon, doc: Document, si: int) -> bool:
    """Whether sentence si opens with words that tie it to the time told before ("Тоді ж",
    "Після цього", "Потім")."""
    s = doc.sentences[si]
    words = [t.norm for t in doc.tokens[s.first_token:s.last_token] if t.is_word][:OPENING_REACH]
    if words and words[0] in lex.word_list("story_time_joiners"):
        words = words[1:]        # ("А потім ...", "І тоді ж ...")
    phrases = lex.word_list("story_time_continuations")
    return any(" ".join(words[:n]) in phrases for n in (1, 2))


def _at_once(lex: Lexicon, doc: Document, e: Cand) -> bool:
    """"Президент терміново звертався до лідерів G7", "одразу провів нараду": an act done at
    once answers what was just told, at its time."""
    s = doc.sentences[e.sent]
    words = lex.word_list("story_time_at_once")
    return any(t.norm in words for t in doc.tokens[s.first_token:s.last_token] if t.start < e.trig[0])


def _in_direct_quote(doc: Document, at: int) -> bool:
    """Whether offset `at` stands in a direct quote that told no time of its own before it
    ("«Сьогодні ми зустрілися з Дудою. Ми домовилися про поставки», – сказав він" goes on with
    the speaker's own story)."""
    return any(q.kind == "direct" and q.start <= at < q.end and
               not any(q.start <= t.start < at for t in doc.timexes) for q in doc.quotes)


def _same_doers(doc: Document, e: Cand, dated: list[Cand]) -> bool:
    """Whether the event names no doer of its own (a pronoun or a left-out subject going on with
    the story), or shares one with an event dated by the same time earlier in its paragraph (an
    event with no named doer counts as the story's own), or no such event was told: then the
    time framed the story itself ("Початок сьогоднішнього дня був чорним. Російські ракети знову
    били ...", "Гуманітарні коридори у середу не працювали. Російські військові не припиняли
    обстрілів") and what follows is its happening. A clock time lends itself to a new doer only when
    its sentence named him (`_clock_of_another`)."""
    if not e.actors:
        return True
    para = doc.sentences[e.sent].paragraph
    value = e.story_time.get("value")
    told_before = [f for f in dated if f is not e and f.evidence[0] < e.evidence[0]
                   and doc.sentences[f.sent].paragraph == para
                   and (f.time or f.story_time or {}).get("value") == value]
    if not told_before:
        return not _reported_time(doc, e.sent, value) and not _clock_of_another(doc, e, value) and \
            not _day_of_others(doc, e, value)
    if any(set(f.actors) & set(e.actors) for f in told_before):
        return True
    return any(not f.actors for f in told_before) and not _clock_of_another(doc, e, value)


def _clock_of_another(doc: Document, e: Cand, value: str | None) -> bool:
    """"Транзит припинився о 07:00. Прем'єр Словаччини пригрозив ...", "Близько 09:30 зафіксовано
    влучання. Мер закликав мешканців ...": a clock time dates the moment of the happening its
    sentence tells; a doer that sentence did not name acts at another moment of the day (the
    mayor calls after the strike), not at that minute. A day, a part of the day or a month
    frames what follows unless its sentence names other doers (`_day_of_others`)."""
    if not clock_value(value):
        return False
    told = _told_with(doc, e, value)
    if told is None:
        return False
    mentions, refs = told
    named = {m.entity for m in mentions}
    named |= {r.entity for r in refs if r.entity}
    return not set(e.actors) & named


def _day_of_others(doc: Document, e: Cand, value: str | None) -> bool:
    """"23 квітня підірвався автомобіль місії ОБСЄ. ... Держдепартамент США закликав Росію ...",
    "Напередодні озброєні особи захопили будівлі Ради міністрів Криму. Турчинов звинуватив
    Росію": a day told with a happening of people or bodies that sentence names (the system
    found no event in it) dates that happening; a doer it did not name reacts to it on a day the
    text does not give. A sentence that names no person or body ("Гуманітарні коридори у
    середу не працювали") frames the story, and what follows takes its day."""
    if clock_value(value):
        return False        # (`_clock_of_another`)
    told = _told_with(doc, e, value)
    if told is None:
        return False
    mentions, refs = told
    named = {m.entity for m in mentions if m.type in ("PER", "ORG")}
    named |= {r.entity for r in refs if r.entity and
              (ent := doc.entities.get(r.entity)) is not None and ent.type in ("PER", "ORG")}
    return bool(named) and not set(e.actors) & named


def _told_with(doc: Document, e: Cand, value: str | None) -> tuple[list, list] | None:
    """The mentions and refs of the sentence of the last timex of `value` before the event's
    evidence (who that sentence names beside its time), or None if the text gave none."""
    told = [t for t in doc.timexes if t.value == value and t.start < e.evidence[0]]
    if not told:
        return None
    s = doc.sentences[doc.sentence_at(told[-1].start)]
    return ([m for m in doc.mentions if s.start <= m.start < s.end],
            [r for r in doc.refs if s.start <= r.start < s.end])


def _reported_time(doc: Document, si: int, value: str | None) -> bool:
    """"Слідчі встановили, що наказ віддали в січні. Посольство закликало ...": a time told only
    inside what someone said or found (after ", що") dates what was said, not a story the next
    sentence goes on with; a new doer there takes none of it."""
    if si == 0:
        return False
    s = doc.sentences[si - 1]
    toks = doc.tokens[s.first_token:s.last_token]
    times = [t for t in doc.timexes if s.start <= t.start < s.end and t.value == value]
    if not times:
        return False
    for t in times:
        before = [x for x in toks if x.end <= t.start]
        if not any(x.norm == "що" and n > 0 and before[n - 1].norm == "," for n, x in enumerate(before)):
            return False
    return True


__all__ = ["continued_story_times"]
