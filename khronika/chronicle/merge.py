"""Cross-document events: many reports of one happening become one chronicle event.

A meeting is announced ("відбудеться 5 січня"), then reported ("зустрілися у понеділок"),
then referred to ("після зустрічі в Парижі"). Each document's output holds its own event;
`merge_records` (in memory) or the store (through `best_match` + `absorb`, querying by type
and `candidate_window`) keeps one `ChronicleEvent` whose `history` shows how the reports
changed: planned, then occurred.

Similarity weighs what the reports can agree on: the PLOVER type (required), time (date ranges
of the TIMEX values, or of the report date when the event has none), participants (entity ids,
or their Wikidata items when the ids differ), place, and the evidence sentences' wording.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from ..document import parse_date
from .textsim import text_similarity
from .timerange import DateRange, gap_days, report_range, time_range, width

# types that the same happening is reported under (a prisoner exchange is RETREAT for one
# source, COOPERATE or AGREE for another)
COMPATIBLE = [{"RETREAT", "CONCEDE", "COOPERATE", "AGREE"}, {"AID", "SUPPORT"},
              {"COERCE", "SANCTION"}]
STATUS_RANK = {"planned": 0, "conditional": 0, "ongoing": 1, "occurred": 2, "negated": 1}
WEIGHTS = {"time": 0.3, "participants": 0.3, "text": 0.25, "place": 0.15}


@dataclass
class EventRecord:
    """One event as one document reports it."""
    doc_id: str
    doc_date: dt.date | None
    event: dict                          # the SPEC event JSON from that document's output
    entities: dict = field(default_factory=dict)   # entity id -> SPEC entity JSON
    text: str = ""                       # the evidence sentence text

    def __post_init__(self):
        if self.doc_date is not None and not isinstance(self.doc_date, dt.date):
            self.doc_date = parse_date(self.doc_date)
        if not self.text:
            self.text = ((self.event or {}).get("evidence") or {}).get("text") or ""

    @property
    def type(self) -> str:
        return self.event.get("type") or ""

    @property
    def status(self) -> str:
        return self.event.get("status") or "occurred"

    def participants(self) -> set[str]:
        return {self.key(x) for x in (self.event.get("actors") or []) + (self.event.get("recipients") or [])}

    def key(self, entity_id: str | None) -> str | None:
        """A document-independent key: the Wikidata item when known, else the id."""
        if entity_id is None:
            return None
        info = self.entities.get(entity_id) or {}
        return info.get("wikidata") or entity_id

    def range(self) -> DateRange | None:
        return time_range(self.event.get("time")) or report_range(self.status, self.doc_date)


@dataclass
class ChronicleEvent:
    id: str
    type: str
    mode: str | None
    status: str
    time: dict | None
    actors: list[str]
    recipients: list[str]
    place: str | None
    confidence: float
    sources: list[EventRecord] = field(default_factory=list)
    history: list[dict] = field(default_factory=list)   # {"doc_id","date","status","time"}

    def participants(self) -> set[str]:
        out = set()
        for r in self.sources:
            out |= r.participants()
        if not self.sources:
            out = set(self.actors) | set(self.recipients)
        return out

    def places(self) -> set[str]:
        return {r.key(r.event.get("place")) for r in self.sources if r.event.get("place")}

    def modes(self) -> set[str]:
        return {r.event.get("mode") for r in self.sources} - {None}

    def texts(self) -> list[str]:
        """Evidence sentences the wording of a new report is compared with."""
        return [r.text for r in self.sources]

    def last_date(self) -> dt.date | None:
        return max((r.doc_date for r in self.sources if r.doc_date), default=None)

    def add_source(self, record: EventRecord) -> None:
        self.sources.append(record)
        self.history.append(_history_entry(record))

    def range(self) -> DateRange | None:
        """The narrowest explicit time any report gave, else the span of report dates."""
        if self.time:
            rng = time_range(self.time)
            if rng:
                return rng
        ranges = [r.range() for r in self.sources]
        ranges = [x for x in ranges if x]
        if not ranges:
            return None
        return min(x[0] for x in ranges), max(x[1] for x in ranges)

    def to_json(self) -> dict:
        return {"id": self.id, "type": self.type, "mode": self.mode, "status": self.status,
                "time": self.time, "actors": list(self.actors), "recipients": list(self.recipients),
                "place": self.place, "confidence": round(self.confidence, 3),
                "sources": [{"doc_id": r.doc_id, "date": r.doc_date.isoformat() if r.doc_date else None,
                             "event": r.event.get("id"), "text": r.text} for r in self.sources],
                "history": list(self.history)}


def types_compatible(a: str, b: str) -> float:
    if a == b:
        return 1.0
    for group in COMPATIBLE:
        if a in group and b in group:
            return 0.7
    return 0.0


def _time_score(rec: EventRecord, ev: ChronicleEvent) -> tuple[float, bool]:
    """(score, conflict): two explicit day-level times that differ are different events."""
    ra, rb = rec.range(), ev.range()
    if ra is None or rb is None:
        return 0.5, False
    gap = gap_days(ra, rb)
    explicit_a = time_range(rec.event.get("time")) is not None
    explicit_b = ev.time is not None and time_range(ev.time) is not None
    if gap == 0:
        # overlap of two narrow explicit ranges is strong evidence; of wide ones, weak
        narrow = max(width(ra), width(rb))
        return (1.0 if narrow <= 7 else 0.75 if narrow <= 31 else 0.6), False
    if explicit_a and explicit_b:
        return 0.0, True
    return max(0.0, 1.0 - gap / 4.0), gap > 10


def _participant_score(rec: EventRecord, ev: ChronicleEvent) -> float:
    a, b = rec.participants(), ev.participants()
    a.discard(None)
    b.discard(None)
    if not a or not b:
        return 0.5
    return len(a & b) / len(a | b)


def _place_score(rec: EventRecord, ev: ChronicleEvent) -> float:
    p = rec.key(rec.event.get("place"))
    places = ev.places()
    if not p or not places:
        return 0.5
    return 1.0 if p in places else 0.0


def _text_score(rec: EventRecord, ev: ChronicleEvent) -> float:
    sims = [text_similarity(rec.text, t) for t in ev.texts()]
    sims = [s for s in sims if s is not None]
    return max(sims) if sims else 0.5


def _disjoint_factor(rec: EventRecord, ev: ChronicleEvent) -> float:
    """Two well-named reports that share at most one party (Ukraine-USA vs Ukraine-Poland)
    are different happenings more often than not."""
    a, b = rec.participants() - {None}, ev.participants() - {None}
    if len(a) >= 2 and len(b) >= 2 and len(a & b) / len(a | b) < 0.4:
        return 0.85
    return 1.0


def _mode_factor(rec: EventRecord, ev: ChronicleEvent) -> float:
    """A phone call is not the meeting in Geneva held the same week by the same people."""
    a = rec.event.get("mode")
    modes = ev.modes()
    placed_a = bool(rec.event.get("place"))
    placed_b = bool(ev.places())
    if a == "phone" and (modes - {"phone"} or placed_b):
        return 0.6
    if "phone" in modes and ((a and a != "phone") or placed_a):
        return 0.6
    return 1.0


def _scored(record: EventRecord, event: ChronicleEvent):
    """The terms of the score but the wording's (time and participants, place, and the
    type, mode and disjointness factors), or None when the two can never be one happening
    (types, or explicit times that cannot be the same day)."""
    tc = types_compatible(record.type, event.type)
    if tc == 0.0:
        return None
    t, conflict = _time_score(record, event)
    if conflict:
        return None
    return (WEIGHTS["time"] * t + WEIGHTS["participants"] * _participant_score(record, event),
            WEIGHTS["place"] * _place_score(record, event), 1.0 if tc == 1.0 else 0.9,
            _mode_factor(record, event), _disjoint_factor(record, event))


def _total(head: float, place: float, tc: float, mode: float, disjoint: float, text: float) -> float:
    # the terms added and multiplied in one fixed order: a score is the same to the last bit
    # however it was reached
    return round((head + WEIGHTS["text"] * text + place) * tc * mode * disjoint, 4)


def similarity(record: EventRecord, event: ChronicleEvent, text: float | None = None) -> float:
    """0..1: how likely the record reports the chronicle event. Different types, or explicit
    times that cannot be the same day, give 0 whatever the wording. `text` stands in for the
    wording's score: 1.0 gives an upper bound without comparing sentences (the store ranks
    and prunes candidates with it)."""
    got = _scored(record, event)
    if got is None:
        return 0.0
    return _total(*got, _text_score(record, event) if text is None else text)


def similarity_bounds(record: EventRecord, event: ChronicleEvent) -> tuple[float, float]:
    """The least and the greatest `similarity` whatever the wording says (text 0 and 1),
    computed in one pass: the store bounds every candidate with both."""
    got = _scored(record, event)
    if got is None:
        return 0.0, 0.0
    return _total(*got, 0.0), _total(*got, 1.0)


def best_match(record: EventRecord, candidates: Sequence[ChronicleEvent],
               threshold: float = 0.6) -> ChronicleEvent | None:
    best, best_s = None, threshold
    for ev in candidates:
        s = similarity(record, ev)
        if s >= best_s:
            best, best_s = ev, s
    return best


def _history_entry(record: EventRecord) -> dict:
    return {"doc_id": record.doc_id,
            "date": record.doc_date.isoformat() if record.doc_date else None,
            "status": record.status, "time": record.event.get("time")}


def _later(a: EventRecord, b_date: dt.date | None) -> bool:
    return a.doc_date is not None and (b_date is None or a.doc_date >= b_date)


def absorb(event: ChronicleEvent, record: EventRecord) -> ChronicleEvent:
    """Add a report. The latest report decides the status (planned -> occurred), the history
    keeps every one; a narrower time refines a wider one; participants accumulate."""
    last_date = event.last_date()
    event.add_source(record)
    if _later(record, last_date) or STATUS_RANK.get(record.status, 0) > STATUS_RANK.get(event.status, 0):
        if not (record.status == "planned" and event.status == "occurred"):
            event.status = record.status
    new_rng = time_range(record.event.get("time"))
    old_rng = time_range(event.time)
    if new_rng and (old_rng is None or width(new_rng) < width(old_rng)):
        event.time = record.event.get("time")
    for field_name in ("actors", "recipients"):
        have = getattr(event, field_name)
        for x in record.event.get(field_name) or []:
            if x not in have and x not in event.actors + event.recipients:
                have.append(x)
    if not event.place and record.event.get("place"):
        event.place = record.event.get("place")
    if not event.mode and record.event.get("mode"):
        event.mode = record.event.get("mode")
    # more independent reports make the event surer
    conf = float(record.event.get("confidence") or 0.5)
    event.confidence = round(1.0 - (1.0 - event.confidence) * (1.0 - conf * 0.5), 4)
    return event


_COUNTER = [0]


def new_event(record: EventRecord, id: str | None = None) -> ChronicleEvent:
    if id is None:
        _COUNTER[0] += 1
        id = f"c{_COUNTER[0]}"
    ev = record.event
    out = ChronicleEvent(id=id, type=record.type, mode=ev.get("mode"), status=record.status,
                         time=ev.get("time"), actors=list(ev.get("actors") or []),
                         recipients=list(ev.get("recipients") or []), place=ev.get("place"),
                         confidence=float(ev.get("confidence") or 0.5))
    out.sources.append(record)
    out.history.append(_history_entry(record))
    return out


def candidate_window(record: EventRecord) -> tuple[dt.date | None, dt.date | None]:
    """The dates within which stored events may be the same happening: the record's own time
    range (or the range its report date allows) widened by a few days each side. The store
    compares it with each candidate's time range, or its last report date when it has none."""
    rng = record.range()
    if rng is None:
        return None, None
    pad = dt.timedelta(days=4)
    return rng[0] - pad, rng[1] + pad


def merge_records(records: Iterable[EventRecord], threshold: float = 0.6) -> list[ChronicleEvent]:
    """An in-memory chronicle: records in publication order, each joining its best match or
    starting a new event."""
    recs = sorted(records, key=lambda r: (r.doc_date or dt.date.min, r.doc_id, r.event.get("id") or ""))
    events: list[ChronicleEvent] = []
    for rec in recs:
        # one document's distinct events never merge with each other
        pool = [e for e in events if all(s.doc_id != rec.doc_id for s in e.sources)]
        match = best_match(rec, pool, threshold)
        if match is None:
            events.append(new_event(rec, id=f"c{len(events) + 1}"))
        else:
            absorb(match, rec)
    return events


def records_from_output(doc_json: dict) -> list[EventRecord]:
    """Every event of one SPEC document output as records (what the store and bench feed in)."""
    ents = {e["id"]: e for e in doc_json.get("entities") or [] if isinstance(e, dict) and "id" in e}
    date = parse_date(doc_json.get("date"))
    return [EventRecord(doc_id=str(doc_json.get("id")), doc_date=date, event=ev, entities=ents,
                        text=(ev.get("evidence") or {}).get("text") or "")
            for ev in doc_json.get("events") or []]
