"""What a stored chronicle event needs to be compared with a new report, kept with it.

Matching a report against an event reads the event's participants, places, modes, the span of
its reports' dates, its latest report date and the wording of its latest reports. Rebuilding
those from every stored source made each ingest slower than the last; a `MatchProfile` holds
them in a few hundred bytes (`to_json`), is updated when a source joins (`absorb` calls
`add_source`), and scores through the same `similarity` as an in-memory `ChronicleEvent`.
The wording of the latest reports is referenced by report id and read only for candidates
that can still reach the threshold.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .merge import ChronicleEvent, EventRecord, _history_entry
from .timerange import DateRange, time_range

RECENT = 12         # reports whose wording a new report is compared with


def _d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _union(a: DateRange | None, b: DateRange | None) -> DateRange | None:
    if a is None:
        return b
    if b is None:
        return a
    return min(a[0], b[0]), max(a[1], b[1])


@dataclass
class MatchProfile(ChronicleEvent):
    parts: set = field(default_factory=set)        # participant keys of every report
    place_keys: set = field(default_factory=set)
    mode_set: set = field(default_factory=set)
    src_range: DateRange | None = None             # span of the reports' own ranges
    last: dt.date | None = None                    # latest report date
    recent: list = field(default_factory=list)     # report ids (store) of the latest reports
    recent_texts: list = field(default_factory=list)
    n: int = 0                                     # reports joined

    # ---- what similarity() reads -------------------------------------------------------
    def participants(self) -> set[str]:
        return set(self.parts) if self.parts else set(self.actors) | set(self.recipients)

    def places(self) -> set[str]:
        return set(self.place_keys)

    def modes(self) -> set[str]:
        return set(self.mode_set)

    def texts(self) -> list[str]:
        return list(self.recent_texts)

    def last_date(self) -> dt.date | None:
        return self.last

    def range(self) -> DateRange | None:
        if self.time:
            rng = time_range(self.time)
            if rng:
                return rng
        return self.src_range

    # ---- what absorb() changes ---------------------------------------------------------
    def add_source(self, record: EventRecord, report_id: int | None = None) -> None:
        self.parts |= {p for p in record.participants() if p}
        place = record.key(record.event.get("place"))
        if place:
            self.place_keys.add(place)
        if record.event.get("mode"):
            self.mode_set.add(record.event["mode"])
        self.src_range = _union(self.src_range, record.range())
        if record.doc_date and (self.last is None or record.doc_date > self.last):
            self.last = record.doc_date
        self.recent = (self.recent + [report_id])[-RECENT:]
        self.recent_texts = (self.recent_texts + [record.text])[-RECENT:]
        self.sources = [record]            # the report being added, for the caller
        self.history.append(_history_entry(record))
        self.n += 1

    # ---- storage -----------------------------------------------------------------------
    def to_json(self) -> dict:
        return {"p": sorted(self.parts), "pl": sorted(self.place_keys), "m": sorted(self.mode_set),
                "r": [self.src_range[0].isoformat(), self.src_range[1].isoformat()]
                if self.src_range else None,
                "l": self.last.isoformat() if self.last else None,
                "s": [i for i in self.recent if i is not None], "n": self.n}

    @classmethod
    def from_row(cls, row, data: dict) -> "MatchProfile":
        """A profile from a stored event row (its columns) and its stored profile JSON."""
        r = data.get("r")
        return cls(id=row.id, type=row.type, mode=row.mode, status=row.status,
                   time={"value": row.time_value, "mod": row.time_mod} if row.time_value else None,
                   actors=list(row.actors or []), recipients=list(row.recipients or []),
                   place=row.place, confidence=row.confidence,
                   parts=set(data.get("p") or []), place_keys=set(data.get("pl") or []),
                   mode_set=set(data.get("m") or []),
                   src_range=(_d(r[0]), _d(r[1])) if r else None, last=_d(data.get("l")),
                   recent=list(data.get("s") or []), n=int(data.get("n") or 0))

    @classmethod
    def from_event(cls, ev: ChronicleEvent, report_ids: list | None = None) -> "MatchProfile":
        """The profile of an in-memory event (a new one, or one rebuilt from all its reports)."""
        out = cls(id=ev.id, type=ev.type, mode=ev.mode, status=ev.status, time=ev.time,
                  actors=list(ev.actors), recipients=list(ev.recipients), place=ev.place,
                  confidence=ev.confidence, history=list(ev.history))
        ids = list(report_ids) if report_ids is not None else [None] * len(ev.sources)
        for rec, rid in zip(ev.sources, ids):
            hist = out.history
            out.history = []
            out.add_source(rec, rid)
            out.history = hist
        out.sources = list(ev.sources[-1:])
        return out
