"""Whose "ми" it is: the state (or body) the first person of a quote or an address stands for.

"Ми передали", "ми запровадимо" put the speaker's side on the event. The home side is only the
default for a speaker the text gives no other side: a foreign person speaks for his state, a
foreign or international body for itself, and a speaker named by role alone ("посол Литви",
"речник уряду Словаччини", "представник Пентагону", the interviewee of "Інтерв'ю з послом
Литви") for the state or body the role phrase names, though no person entity resolves it.
"""
from __future__ import annotations

from ....document import Document, Quote
from ....kb import get_kb
from .states import country_ids, foreign_person, state_of
from .own_voices import speaks_for_itself
from .told_states import told_states


def _country(eid: str) -> str | None:
    """The state a knowledge-base place or body belongs to (itself for a state)."""
    return get_kb().country(eid)


def described_sides(doc: Document, quote: Quote | None, home: str | None) -> list[str] | None:
    """The sides a role phrase that describes an unresolved speaker names: a body of the
    knowledge base with its state ("представник Пентагону": the Pentagon and the United
    States), else the first state or place's state ("посол Литви в Україні": Lithuania, the
    country the role is of comes first). None when the phrase names no entity (a role of the
    home side, "речник МЗС", keeps the home side)."""
    if quote is None or quote.speaker:
        return None
    if quote.speaker_text is not None:
        lo, hi = quote.speaker_text.start, quote.speaker_text.end
    else:
        lo = hi = _body_after_cue(doc, quote)
        if lo is None:
            return None
    for m in sorted(doc.mentions, key=lambda m: m.start):
        if m.start >= hi and not doc.text[hi:m.start].strip():
            hi = m.end    # the name the role is of, right after it ("Представник | Пентагону")
    kb = get_kb()
    named = sorted([(m.start, m.entity) for m in doc.mentions if lo <= m.start and m.end <= hi and m.entity] +
                   [(r.start, r.entity) for r in doc.refs if lo <= r.start and r.end <= hi and r.entity and
                    r.kind in ("adjective", "demonym", "body")])
    for _, eid in named:
        e = kb.entity(eid)
        if e is None or e.type not in ("LOC", "ORG"):
            continue
        state = _country(eid)
        if e.type == "ORG":
            return [eid] + ([state] if state and state != eid else [])
        if state:
            return [state]
    return None


def _body_after_cue(doc: Document, quote: Quote) -> int | None:
    """"«...», – заявили в уряді Угорщини": the end of the noun a plural speech verb's "в"/"у"
    names the speaking body by, or None."""
    if quote.cue is None:
        return None
    k = next((n for n, t in enumerate(doc.tokens) if t.start >= quote.cue.end), None)
    # ("– сказав у Брюсселі": after a singular verb "у" names where he spoke, not who)
    if k is None or k + 1 >= len(doc.tokens) or doc.tokens[k - 1].number != "plur" or \
            doc.tokens[k].norm not in ("в", "у") or doc.tokens[k + 1].pos != "NOUN":
        return None
    return doc.tokens[k + 1].end


def first_person_sides(doc: Document, speaker: str | None, quote: Quote | None, home: str | None) -> list[str]:
    """The side(s) "ми" stands for: a person's state on the document's date (a foreign
    person's never the home side); a knowledge-base body's state, or none for an
    international body ("«Ми запровадимо санкції», – заявили в Єврокомісії" is not
    Ukraine's act); a speaker described by role, what the role phrase names; a quote with no
    speaker found, no side; else (the first person of the text itself) home."""
    if speaker:
        e = get_kb().entity(speaker)
        own = doc.entities.get(speaker)
        if own is not None and own.type == "ORG" and speaks_for_itself(doc, speaker):
            return []                     # "Фракція «Батьківщина» заявила, що ми ..."
        if e is not None and e.type in ("ORG", "LOC"):
            state = _country(speaker)     # "– заявили в Литві", "– повідомили в МЗС Польщі"
            return [state] if state else []
        # (a person the knowledge base does not know speaks for the state the text gave him
        # once: "Посол Японії Масахіро Кімура ... — Наш уряд виділив кошти")
        state = state_of(speaker, doc.date) or told_states(doc, country_ids()).get(speaker)
        if state:
            return [state]
        return [] if foreign_person(speaker, home) else ([home] if home else [])
    described = described_sides(doc, quote, home)
    if described is not None:
        return described
    if quote is not None and quote.speaker_text is None:
        # ("Партія «Слуга народу» заявила: «Ми закликаємо ...»" with no speaker found at all:
        # whose "ми" it is is unknown, and an empty side is better than the home side guessed;
        # a home role that speaks, "Голова ОВА заявив: «Ми ...»", keeps the home side)
        return []
    return [home] if home else []


def continued_quote(doc: Document, sent, first_person: frozenset) -> Quote | None:
    """"«Ми не визнаємо анексій», – наголосив прем'єр Польщі. / Ми запровадимо ...": a
    paragraph opened by the first person, with no quote marks, right after a paragraph that
    quotes an attributed speaker, goes on in that speaker's words (a text with no author of
    its own has no other "ми"); the last quote of the paragraph before, or None."""
    paras = doc.paragraphs
    if sent.para < 1 or sent.para >= len(paras):
        return None
    p = paras[sent.para]
    first = next((t for t in doc.tokens[sent.lo:sent.hi] if t.is_word), None)
    if first is None or first.norm not in first_person or \
            doc.text[p.start:first.start].strip(" \t\"«„“-–—"):
        return None       # the first word of the paragraph, quoted by no mark
    prev = paras[sent.para - 1]
    before = [q for q in doc.quotes if prev.start <= q.start < prev.end]
    if not before or not (before[-1].speaker or before[-1].speaker_text):
        return None
    return before[-1]
