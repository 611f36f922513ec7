"""Bodies named by a bare common noun: "У міністерстві пояснили", "у вироку суду", "у
міськраді зазначили" after "Мер Львова", "Пресслужба Міноборони наводить слова міністра".

News names a body once and then goes on with its common noun, or leaves the body to the
place of the story. What the noun means is, in this order: the nearest body of its kind the
text named before it (its name holds one of the kind's words: a court for "суд"); the body of
an office that a person named before holds (a mayor's city council, through the knowledge
base's `head` of the body); the body of the one city the text is about, when the knowledge
base holds it ("міськрада"); the home state's body of that kind ("парламент"). Else nothing: a
body called "Міськрада" would be one id for every city, and a wrong body is worse than none.

The nouns, their kinds and the office nouns ("міністр" after a ministry) are data
(`lang/uk/kb/lexicon.yaml`, `body_nouns`, `office_nouns`).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, Entity, Ref
from ..kb.base import KnowledgeBase, get_kb
from ..lang.uk import load
from .tokenscan import where

SCOPE_PARAGRAPHS = 3        # the paragraph of the noun and the two before it
OFFICE_SENTENCES = 1        # "міністр" looks for the ministry this many sentences back


@dataclass(frozen=True)
class BodyNoun:
    names: tuple[tuple[str, ...], ...]    # word sequences one of which a body's name holds
    place: bool = False
    home: str | None = None
    loose: bool = False     # any body just named may be meant when none of its kinds is


@lru_cache(maxsize=1)
def body_nouns() -> dict[str, BodyNoun]:
    """Noun lemma (lower case) -> its kind (`body_nouns` of lexicon.yaml)."""
    data = (load("kb/lexicon") or {}).get("body_nouns") or {}
    return {k.lower(): BodyNoun(tuple(tuple(n.lower().split()) for n in v.get("names") or ()),
                                bool(v.get("place")), v.get("home"), bool(v.get("loose")))
            for k, v in data.items()}


@lru_cache(maxsize=1)
def office_nouns() -> dict[str, str]:
    """Office noun lemma -> the body noun whose named body it heads ("міністр" -> ministry)."""
    return {k.lower(): v.lower() for k, v in
            ((load("kb/lexicon") or {}).get("office_nouns") or {}).items()}


def fits(name: str | None, noun: BodyNoun) -> bool:
    """Whether a body's Ukrainian name holds one of the kind's words ("Шевченківський
    районний суд Львова" is a court), as whole words."""
    words = tuple((name or "").lower().replace("'", "ʼ").split())
    words = tuple(w.replace("ʼ", "'") for w in words)
    for seq in noun.names:
        n = len(seq)
        if any(words[i:i + n] == seq for i in range(len(words) - n + 1)):
            return True
    return False


@lru_cache(maxsize=1)
def _bodies() -> tuple[dict, dict]:
    """The knowledge base's bodies by the office that heads them ((role, of) -> ids) and by
    what they belong to (of -> ids)."""
    kb = get_kb()
    by_head: dict[tuple, list[str]] = {}
    by_of: dict[str, list[str]] = {}
    for eid, e in kb.entities.whole.items():
        if e.type != "ORG":
            continue
        if e.head:
            by_head.setdefault(tuple(e.head), []).append(eid)
        if e.of:
            by_of.setdefault(e.of, []).append(eid)
    return by_head, by_of


def _floor(doc: Document, pos: int) -> int:
    starts = [p.start for p in doc.paragraphs]
    k = bisect.bisect_right(starts, pos) - 1
    return starts[max(0, k - SCOPE_PARAGRAPHS + 1)] if starts else 0


def _names(ent: Entity) -> list[str]:
    """A body's Ukrainian name and, for a knowledge-base body, its aliases: "МВФ" is a fund by
    its full name "Міжнародний валютний фонд"."""
    kb = get_kb()
    e = kb.entities.get(ent.id) if ent.kb else None
    return [ent.name_uk or "", *((e.aliases or []) if e is not None else [])]


def _named_before(doc: Document, noun: BodyNoun, pos: int, floor: int) -> str | None:
    best = None
    for m in doc.mentions:
        if m.end > pos or m.start < floor:
            continue
        ent = doc.entities.get(m.entity)
        if ent is not None and ent.type == "ORG" and any(fits(n, noun) for n in _names(ent)):
            if best is None or m.start > best[0]:
                best = (m.start, m.entity)
    return best[1] if best else None


def _office_body(doc: Document, kb: KnowledgeBase, noun: BodyNoun, pos: int, floor: int) -> str | None:
    """The body a person named before heads by an office of theirs on the document's date
    ("Мер Львова Андрій Садовий ... у міськраді": Lviv City Council)."""
    by_head, _ = _bodies()
    people = sorted({(x.start, x.entity) for x in [*doc.mentions, *doc.refs]
                     if x.entity and floor <= x.start and x.end <= pos}, reverse=True)
    for _, eid in people:
        e = kb.entities.get(eid) if eid in kb.entities else None
        if e is None or e.type != "PER":
            continue
        found = {b for r in e.roles if r.active(doc.date)
                 for b in by_head.get((r.role, r.of), ()) if fits(kb.entities[b].name_uk, noun)}
        if len(found) == 1:
            return found.pop()
    return None


def _place_body(doc: Document, kb: KnowledgeBase, noun: BodyNoun) -> str | None:
    """The body of the one place the text names that has a body of this kind in the
    knowledge base ("У Харкові ... У міськраді повідомили": Kharkiv City Council)."""
    _, by_of = _bodies()
    found = set()
    for m in doc.mentions:
        ent = doc.entities.get(m.entity)
        if ent is None or ent.type != "LOC" or not ent.kb:
            continue
        found |= {b for b in by_of.get(m.entity, ()) if fits(kb.entities[b].name_uk, noun)}
    return found.pop() if len(found) == 1 else None


def _other_state_named(doc: Document, kb: KnowledgeBase, home: str | None) -> bool:
    """Whether the text names a state other than the home one, by a name of it or of its
    places and bodies, or by its adjective ("Угорський парламент ... пресслужба парламенту"
    is Hungary's): then a bare noun is not surely the home state's body."""
    for x in [*doc.mentions, *doc.refs]:
        c = kb.country(x.entity) if x.entity and x.entity in kb.entities else None
        if c is not None and c != home:
            return True
    return False


def named_earlier(doc: Document, noun_lemma: str, pos: int) -> str | None:
    """The nearest body of the noun's kind named anywhere before `pos`: for a body that
    speaks ("Як вказав суд") when `resolve` found none in its window, as in texts printed one
    sentence a line, where three paragraphs are three sentences and the court of the story
    was named at the top ("Про це свідчить рішення Господарського суду Одеської області")."""
    noun = body_nouns().get(noun_lemma.lower())
    if noun is None or noun.loose:
        return None
    found = _named_before(doc, noun, pos, 0)
    if found is not None:
        ensure(doc, get_kb(), found)
    return found


def resolve(doc: Document, noun_lemma: str, pos: int, home: bool = True) -> str | None:
    """The entity a bare body noun at `pos` refers to (see the module's docstring); None when
    the noun is of no kind here or nothing fits. Without `home`, no home-state default: a
    noun in running text may be another state's body ("парламент" in Hungarian news); one
    that speaks in Ukrainian news is the home one ("повідомила пресслужба парламенту")."""
    noun = body_nouns().get(noun_lemma.lower())
    if noun is None:
        return None
    kb = get_kb()
    floor = _floor(doc, pos)
    found = _named_before(doc, noun, pos, floor) or _office_body(doc, kb, noun, pos, floor)
    if found is None and noun.place:
        found = _place_body(doc, kb, noun)
    if found is None and home and noun.home and noun.home in kb.entities \
            and not _other_state_named(doc, kb, kb.country(noun.home)):
        found = noun.home
    if found is not None:
        ensure(doc, kb, found)
    return found


def ensure(doc: Document, kb: KnowledgeBase, eid: str) -> None:
    """A knowledge-base entity the text refers to is an entity of the document."""
    if eid not in doc.entities and eid in kb.entities:
        e = kb.entities[eid]
        doc.entities[eid] = Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)


def office_refs(doc: Document, kb: KnowledgeBase) -> None:
    """"Пресслужба Міноборони наводить слова міністра": a bare office noun after the body it
    heads is named (this sentence or the one before) refers to the holder of the body's
    `head` office on the document's date, as a role reference."""
    offices = office_nouns()
    if not offices:
        return
    toks = doc.tokens
    at = where(toks, "lemma", offices)     # a text holds few: those are read, not every token
    if not at:
        return
    covered = [(r.start, r.end) for r in doc.refs] + [(m.start, m.end) for m in doc.mentions]
    for i in at:
        t = toks[i]
        kind = offices.get(t.lemma) if t.is_word else None
        if kind is None or any(s < t.end and t.start < e for s, e in covered):
            continue
        if t.number == "plur":
            continue        # "Міністри підписали меморандум": the holders of several offices
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and (nxt.case == "gent" or nxt.text[:1].isupper()):
            continue        # "міністра оборони", "міністра Федорова": a role phrase or a name
        noun = body_nouns().get(kind)
        if noun is None:
            continue
        prev = toks[i - 1] if i > 0 and toks[i - 1].is_word else None
        if prev is not None and prev.lemma in _not_this_office():
            continue        # "колишнього міністра", "їхнього міністра": not the head today
        sents = doc.sentences
        si = doc.sentence_at(t.start)
        floor = sents[max(0, si - OFFICE_SENTENCES)].start if sents and si is not None else 0
        body = _named_before(doc, noun, t.start, floor)
        if body and prev is not None and prev.norm in kb.adjectives \
                and kb.adjectives[prev.norm] != kb.country(body):
            continue        # "угорського міністра" after "МЗС України": another state's minister
        head = kb.entities[body].head if body and body in kb.entities else None
        person = kb.holder(head[0], head[1], doc.date) if head else None
        if person is None:
            continue
        ensure(doc, kb, person.id)
        doc.refs.append(Ref(t.start, t.end, t.text, person.id, "role"))


@lru_cache(maxsize=1)
def former_words() -> frozenset[str]:
    """Words before an office noun that name who held it before ("колишній", "екс"); the
    events layer reads them too (a former holder acts for no state)."""
    return frozenset(w.lower() for w in (load("kb/lexicon") or {}).get("former_words") or ())


@lru_cache(maxsize=1)
def _not_this_office() -> frozenset[str]:
    """Words before an office noun that point away from the body's holder today: a former one
    ("колишнього"), another state's or party's one ("їхнього", "вашого")."""
    data = load("kb/lexicon") or {}
    return former_words() | frozenset(w.lower() for w in data.get("other_possessives") or ())


def noun_refs(doc: Document) -> None:
    """Every bare body noun of a kind ("Суд ухвалив взяти його під варту", "у вироку суду")
    that refers to a body (`resolve`) becomes a reference to it. Only the noun alone, in the
    singular: an adjective before it ("Міжнародний суд") or a name or genitive after it ("суд
    присяжних", "парламенту Польщі") makes another body or a phrase of its own."""
    nouns = body_nouns()
    toks = doc.tokens
    at = where(toks, "lemma", nouns)
    if not at:
        return
    covered = [(r.start, r.end) for r in doc.refs] + [(m.start, m.end) for m in doc.mentions]
    for i in at:
        t = toks[i]
        if not t.is_word or t.lemma not in nouns or "plur" in (t.number or "") \
                or any(s < t.end and t.start < e for s, e in covered):
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and prev.is_word and prev.pos in ("ADJF", "PRTF"):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.is_word and (nxt.case == "gent" or nxt.text[:1].isupper()):
            continue
        eid = resolve(doc, t.lemma, t.start, home=False)
        if eid is not None:
            doc.refs.append(Ref(t.start, t.end, t.text, eid, "body"))
