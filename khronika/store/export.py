"""Exports of the chronicle: jsonl (events with sources), csv, PLOVER JSON (POLECAT-style
records), iCalendar (planned events as all-day VEVENTs) and parquet (pyarrow)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import IO

from sqlalchemy import and_, or_, select

from ..chronicle.timerange import value_range
from ..labels import precision
from .base import _iso
from .models import ChronicleEventRow, DocEventRow, DocumentRow

FORMATS = ("jsonl", "csv", "plover", "ics", "parquet")
CSV_FIELDS = ["id", "type", "mode", "status", "date", "precision", "date_start", "date_end",
              "time_value", "time_mod", "reported", "actors",
              "recipients", "place", "confidence", "n_sources", "summary", "first_doc"]


def when(item: dict) -> dict:
    """An exported event's dates at the precision its text gives: `date` is the value itself
    without a time of day ("2025-04" stays a month, "199" a decade, "2025-SP" a season), or
    null when the text gives no date; `date_start` / `date_end` bound it in days for sorting
    and filtering; `reported` is the date of its first report. The chronicle's own `date`
    (where an undated event is placed, from its reports) is never exported as its date."""
    time = item.get("time") or {}
    value = time.get("value")
    prec = precision(value)
    rng = value_range(value, time.get("mod")) if prec != "none" else None
    return {"date": (str(value)[:10] if prec == "day" else value) if prec != "none" else None,
            "precision": prec, "date_start": _iso(rng[0]) if rng else None,
            "date_end": _iso(rng[1]) if rng else None, "reported": item.get("reported")}


def flat(item: dict) -> dict:
    names = item.get("names") or {}
    time = item.get("time") or {}
    return {"id": item["id"], "type": item["type"], "mode": item["mode"], "status": item["status"],
            **when(item), "time_value": time.get("value"), "time_mod": time.get("mod"),
            "actors": ";".join(names.get(a, a) for a in item["actors"]),
            "recipients": ";".join(names.get(a, a) for a in item["recipients"]),
            "place": names.get(item["place"], item["place"]) if item["place"] else None,
            "confidence": item["confidence"], "n_sources": item["n_sources"],
            "summary": item["summary"], "first_doc": item["first_doc"]}


def plover(item: dict) -> dict:
    """One PLOVER/POLECAT-style record: who did what to whom, when, where, on what evidence."""
    names = item.get("names") or {}
    src = (item.get("sources") or [{}])[0]
    return {"id": item["id"], "event_type": item["type"], "mode": item["mode"], "context": [],
            "status": item["status"],
            "actor": [names.get(a, a) for a in item["actors"]], "actor_id": item["actors"],
            "recipient": [names.get(a, a) for a in item["recipients"]],
            "recipient_id": item["recipients"],
            **when(item), "time": item.get("time"),
            "location": names.get(item["place"], item["place"]) if item["place"] else None,
            "location_id": item["place"],
            "source_sentence": (src.get("evidence") or {}).get("text") or item.get("summary"),
            "source_doc": src.get("doc_id"), "n_sources": item["n_sources"],
            "confidence": item["confidence"]}


def export(store, fmt: str, out: IO) -> int:
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "jsonl":
        for item in store.iter_events():
            out.write(json.dumps({**item, **when(item)}, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        w = csv.DictWriter(out, fieldnames=CSV_FIELDS)
        w.writeheader()
        for item in store.iter_events():
            w.writerow(flat(item))
            n += 1
    elif fmt == "plover":
        out.write("[\n")
        for item in store.iter_events():
            out.write((",\n" if n else "") + json.dumps(plover(item), ensure_ascii=False))
            n += 1
        out.write("\n]\n")
    elif fmt == "ics":
        n = _ics(store, out)
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        rows = [flat(item) for item in store.iter_events()]
        table = pa.Table.from_pylist(rows, schema=pa.schema(
            [(f, pa.float64() if f == "confidence" else pa.int64() if f == "n_sources" else pa.string())
             for f in CSV_FIELDS]))
        binary = getattr(out, "buffer", out)
        if isinstance(binary, io.TextIOBase):
            raise ValueError("parquet needs a binary output: give a file with -o")
        pq.write_table(table, binary)
        n = len(rows)
    return n


def _ics(store, out: IO) -> int:
    """Announced events at the precision their text gives (see `khronika.ical`)."""
    from ..ical import build_ics, span
    items = [item for item in store.iter_events() if item["status"] == "planned"]
    n = sum(1 for item in items if span(item) is not None)
    data = build_ics(items)
    binary = getattr(out, "buffer", None)
    if binary is not None or isinstance(out, io.TextIOBase):
        out.write(data.decode("utf-8"))
    else:
        out.write(data)
    return n


class Exporting:
    """The export part of `Store` (mixed into it; uses its queries' event items)."""

    def iter_events(self, batch: int = 1000):
        """Every chronicle event (item dict plus "sources"): undated ones first, then in date
        order, in batches read from where the last one ended (keyset, not OFFSET: an export
        of a million events does not rescan what it has already written)."""
        ev = ChronicleEventRow
        after: tuple | None = None          # (date or None, id) of the last event written
        while True:
            with self.session() as s:
                if after is None or after[0] is None:
                    cond = [ev.date.is_(None)] + ([ev.id > after[1]] if after else [])
                    rows = s.scalars(select(ev).where(*cond).order_by(ev.id).limit(batch)).all()
                    if len(rows) < batch:
                        rest = s.scalars(select(ev).where(ev.date.is_not(None))
                                         .order_by(ev.date, ev.id).limit(batch - len(rows))).all()
                        rows = list(rows) + list(rest)
                else:
                    d, i = after
                    rows = s.scalars(select(ev).where(or_(ev.date > d, and_(ev.date == d, ev.id > i)))
                                     .order_by(ev.date, ev.id).limit(batch)).all()
                if not rows:
                    return
                after = (rows[-1].date, rows[-1].id)
                items = self._event_items(s, rows)
                srcs: dict[str, list] = {}
                for e, d in s.execute(select(DocEventRow, DocumentRow.date).join(
                        DocumentRow, DocumentRow.id == DocEventRow.doc_id).where(
                        DocEventRow.chronicle_id.in_([r.id for r in rows]))
                        .order_by(DocumentRow.date, DocEventRow.id)):
                    srcs.setdefault(e.chronicle_id, []).append({
                        "doc_id": e.doc_id, "doc_date": _iso(d), "doc_event": e.local_id,
                        "evidence": {"start": e.evidence_start, "end": e.evidence_end,
                                     "text": e.evidence_text}})
            for it in items:
                it["sources"] = srcs.get(it["id"], [])
                yield it

    def export(self, fmt: str, out: IO) -> int:
        return export(self, fmt, out)
