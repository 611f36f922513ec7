"""The one document model: every component annotates a `Document` in place.

Offsets everywhere are Python `str` indices (code points) into `Document.text`, end exclusive,
so the JSON of `to_json()` can be checked against the text by slicing. Layers:

- segmentation: `paragraphs`, `sentences`, `tokens` (with morphology filled by `morph`)
- entities: `entities` (id -> Entity), `mentions` (proper-name spans, linked to an entity),
  `refs` (role words, pronouns, demonyms, adjectives resolved to an entity; never emitted
  as mentions, used by quotes and events)
- `timexes`, `quotes`, `events`
- `warnings`: what a reader of the output should know (no date, text capped, ...)
"""
from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        return cls(start, end, text[start:end])


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int          # index into Document.paragraphs
    first_token: int        # index into Document.tokens
    last_token: int         # exclusive


@dataclass(slots=True)
class Token:
    """A word or punctuation mark. `norm` is the lowercased form with apostrophes and dashes
    unified (', ’, ʼ -> '; – — ‒ ― -> -), for matching; `text` is the original slice."""
    start: int
    end: int
    text: str
    norm: str
    sentence: int = -1
    is_word: bool = True
    lemma: str | None = None
    pos: str | None = None
    case: str | None = None
    number: str | None = None
    gender: str | None = None
    tense: str | None = None
    person: str | None = None
    aspect: str | None = None
    mood: str | None = None
    tags: frozenset[str] = frozenset()  # every grammeme of the best parse


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    name_uk: str
    type: str                    # PER, ORG, LOC, MISC
    wikidata: str | None = None
    kb: bool = False             # True when it comes from the knowledge base
    katottg: str | None = None   # a Ukrainian place's code in the official codifier
    coords: list[float] | None = None   # [lat, lon] of a place, where known
    of: str | None = None        # the state of a body the knowledge base does not hold

    def to_json(self, mentions: list["Mention"], refs: list["Ref"] = (), author: bool = False) -> dict:
        """An entity the text never names is still listed when a quote or an event points at
        it (SPEC: a speaker or actor is an entity id of the document), but marked so: `named`
        false, `author` when it is the document's author known from its title or metadata,
        and `refs`, the role words, pronouns and adjectives in the text that point at it."""
        out = {"id": self.id, "name": self.name, "name_uk": self.name_uk, "type": self.type,
               "wikidata": self.wikidata, "kb": self.kb}
        if self.katottg:
            out["katottg"] = self.katottg
        if self.coords:
            out["coords"] = list(self.coords)
        if self.of and not self.kb:
            out["of"] = self.of
        out["mentions"] = [{"start": m.start, "end": m.end, "text": m.text} for m in mentions]
        if not mentions:
            out["named"] = False
            if author:
                out["author"] = True
            out["refs"] = [{"start": r.start, "end": r.end, "text": r.text, "kind": r.kind} for r in refs]
        return out


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str                  # Entity.id
    type: str
    source: str = "ner"          # kb, ner, partial, ...


@dataclass(slots=True)
class Ref:
    """A non-name reference to an entity: role ("Президент України"), pronoun ("він"),
    demonym ("росіяни"), adjective ("американською стороною")."""
    start: int
    end: int
    text: str
    entity: str | None
    kind: str                    # role, pronoun, demonym, adjective, body (a bare body noun)


@dataclass(slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str                    # DATE, TIME, DURATION, SET
    value: str
    mod: str | None = None

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "type": self.type,
                "value": self.value, "mod": self.mod}


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    text: str
    kind: str                    # direct, indirect
    speaker: str | None = None
    cue: Span | None = None
    speaker_text: Span | None = None   # a speaker described, not named ("військовий експерт")

    def to_json(self) -> dict:
        out = {"start": self.start, "end": self.end, "text": self.text, "kind": self.kind,
               "speaker": self.speaker, "cue": self.cue.to_json() if self.cue else None}
        if self.speaker_text is not None:
            out["speaker_text"] = self.speaker_text.to_json()
        return out


@dataclass(slots=True)
class Event:
    id: str
    type: str
    status: str
    trigger: Span
    evidence: Span
    mode: str | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    time: dict | None = None     # {"value": ..., "mod": ...}
    confidence: float = 0.5
    mentions: list[Span] = field(default_factory=list)  # further evidence of the same event

    def to_json(self) -> dict:
        out = {"id": self.id, "type": self.type, "mode": self.mode, "status": self.status,
               "actors": list(self.actors), "recipients": list(self.recipients),
               "place": self.place, "time": self.time,
               "trigger": self.trigger.to_json(), "evidence": self.evidence.to_json(),
               "confidence": round(float(self.confidence), 3)}
        if self.mentions:
            out["mentions"] = [m.to_json() for m in self.mentions]
        return out


@dataclass
class Document:
    text: str
    id: str | None = None
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "uk"
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    refs: list[Ref] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # passages in another language ({"start", "end", "language"}), see extract/foreign.py
    foreign_spans: list[dict] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)   # free room for components
    _sent_starts: list[int] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.date, (dt.date, type(None))) or isinstance(self.date, dt.datetime):
            self.date = parse_date(self.date)     # "2025-11-24" or a datetime: every layer wants a date

    # ---- navigation helpers used by every extractor -------------------------------------
    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence holding `offset` (or the nearest one before it)."""
        if self._sent_starts is None or len(self._sent_starts) != len(self.sentences):
            self._sent_starts = [s.start for s in self.sentences]
        return max(0, bisect.bisect_right(self._sent_starts, offset) - 1)

    def sentence_tokens(self, i: int) -> list[Token]:
        s = self.sentences[i]
        return self.tokens[s.first_token:s.last_token]

    def tokens_in(self, start: int, end: int) -> list[Token]:
        return [t for t in self.tokens if t.start >= start and t.end <= end]

    def entity_mentions(self) -> dict[str, list[Mention]]:
        out: dict[str, list[Mention]] = {}
        for m in sorted(self.mentions, key=lambda m: (m.start, m.end)):
            out.setdefault(m.entity, []).append(m)
        return out

    def iter_sentences(self) -> Iterator[tuple[int, Sentence]]:
        return enumerate(self.sentences)

    # ---- JSON ---------------------------------------------------------------------------
    def to_json(self) -> dict:
        """The SPEC.md object. Entities neither mentioned nor referenced are left out."""
        by_entity = self.entity_mentions()
        referenced = {q.speaker for q in self.quotes if q.speaker}
        for ev in self.events:
            referenced.update(ev.actors)
            referenced.update(ev.recipients)
            if ev.place:
                referenced.add(ev.place)
        # entities named only by a role, pronoun or demonym stay listed (with no mentions) when
        # a quote or an event points at them, so every id in the output resolves
        refs: dict[str, list[Ref]] = {}
        for r in sorted(self.refs, key=lambda r: (r.start, r.end)):
            if r.entity:
                refs.setdefault(r.entity, []).append(r)
        authors = {self.meta.get(k) for k in AUTHOR_KEYS} - {None, ""}
        entities = [e.to_json(by_entity.get(e.id, []), refs.get(e.id, []), e.id in authors)
                    for e in self.entities.values() if e.id in by_entity or e.id in referenced]
        entities.sort(key=lambda e: e["mentions"][0]["start"] if e["mentions"] else len(self.text))
        out = {
            "id": self.id, "date": self.date.isoformat() if self.date else None,
            "language": self.language, "title": self.title, "url": self.url,
            "text": self.text,
            "entities": entities,
            "timexes": [t.to_json() for t in sorted(self.timexes, key=lambda t: t.start)],
            "quotes": [q.to_json() for q in sorted(self.quotes, key=lambda q: q.start)],
            "events": [e.to_json() for e in self.events],
        }
        if self.foreign_spans:
            out["foreign_spans"] = [dict(f, text=self.text[f["start"]:f["end"]])
                                    for f in self.foreign_spans]
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out

    def dumps(self, indent: int | None = None) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, obj: dict) -> "Document":
        """Rebuild the output layers of a document from its SPEC JSON (for the store and
        tests); segmentation and refs are not part of the JSON and stay empty."""
        text = obj["text"]
        doc = cls(text=text, id=obj.get("id"), date=parse_date(obj.get("date")),
                  title=obj.get("title"), url=obj.get("url"), language=obj.get("language") or "uk")
        for e in obj.get("entities") or []:
            doc.entities[e["id"]] = Entity(e["id"], e.get("name") or e["id"], e.get("name_uk") or "",
                                           e.get("type") or "MISC", e.get("wikidata"),
                                           kb=bool(e.get("kb", e.get("wikidata"))),
                                           katottg=e.get("katottg"), coords=e.get("coords"),
                                           of=e.get("of"))
            for m in e.get("mentions") or []:
                doc.mentions.append(Mention(m["start"], m["end"], m["text"], e["id"], e.get("type") or "MISC"))
        for t in obj.get("timexes") or []:
            doc.timexes.append(Timex(t["start"], t["end"], t["text"], t["type"], t["value"], t.get("mod")))
        for q in obj.get("quotes") or []:
            cue = q.get("cue")
            desc = q.get("speaker_text")
            doc.quotes.append(Quote(q["start"], q["end"], q["text"], q["kind"], q.get("speaker"),
                                    Span(cue["start"], cue["end"], cue["text"]) if cue else None,
                                    Span(desc["start"], desc["end"], desc["text"]) if desc else None))
        for e in obj.get("events") or []:
            tr, ev = e["trigger"], e["evidence"]
            doc.events.append(Event(
                id=e["id"], type=e["type"], status=e["status"], mode=e.get("mode"),
                trigger=Span(tr["start"], tr["end"], tr["text"]),
                evidence=Span(ev["start"], ev["end"], ev["text"]),
                actors=list(e.get("actors") or []), recipients=list(e.get("recipients") or []),
                place=e.get("place"), time=e.get("time"), confidence=e.get("confidence", 0.5),
                mentions=[Span(m["start"], m["end"], m["text"]) for m in e.get("mentions") or []]))
        doc.warnings = list(obj.get("warnings") or [])
        doc.foreign_spans = [{"start": f["start"], "end": f["end"], "language": f.get("language")}
                             for f in obj.get("foreign_spans") or []]
        return doc


# where extract/author.py keeps the document's author (a person, or the body whose statement it
# is) once found: the output marks that entity as the author
AUTHOR_KEYS = ("_address_author", "_title_body")

_SURROGATE = re.compile("[\ud800-\udfff]")


def no_surrogates(text: str) -> str:
    """Lone surrogates (JSON can carry them as escapes; UTF-8 cannot) replaced one for one by
    U+FFFD, so every offset stays where it was and the text can be written out again."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def parse_date(value: Any) -> dt.date | None:
    """Accept a date, a datetime, or an ISO string ("2025-11-24", "2025-11-24T10:00:00Z")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        # the whole string must be a date or a datetime: "2026-01-01garbage" is neither
        if len(text) <= 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text).date()
    except ValueError as exc:
        raise ValueError(f"not a date (expected YYYY-MM-DD): {value!r}") from exc


def spans_overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def first(items: Iterable[Any], default: Any = None) -> Any:
    return next(iter(items), default)
