"""Writing one analysed document: its layers with their offsets, its entities, and its events
merged into the chronicle through `khronika.chronicle` (candidates queried by compatible type
and date window, rebuilt as `ChronicleEvent`s, the record absorbed by the best match or
starting a new chronicle event)."""
from __future__ import annotations

import datetime as dt
import hashlib

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from ..document import Document, parse_date
from . import search
from .models import (ChronicleEntityRow, ChronicleEventRow, ChronicleHistoryRow, DocEventRow,
                     DocumentRow, EntityRow, MentionRow, QuoteRow, TimexRow)
from .textindex import name_key

MERGE_THRESHOLD = 0.6
MATCH_SOURCES = 12        # reports of a candidate event compared with a new one
MAX_RANGE_DAYS = 400      # widest time range a stored event can have (a year), for the window


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def chronicle_id(doc_id: str, local_id: str) -> str:
    return "ev-" + hashlib.sha1(f"{doc_id}\x00{local_id}".encode()).hexdigest()[:12]


def upsert_entities(session: Session, doc_json: dict) -> None:
    for e in doc_json.get("entities") or []:
        row = session.get(EntityRow, e["id"])
        if row is None:
            session.add(EntityRow(id=e["id"], name=e.get("name") or e["id"],
                                  name_uk=e.get("name_uk") or None, type=e.get("type") or "MISC",
                                  wikidata=e.get("wikidata"), kb=bool(e.get("wikidata")),
                                  search_key=name_key(e.get("name"), e.get("name_uk"), e["id"])))
        else:
            if not row.wikidata and e.get("wikidata"):
                row.wikidata = e["wikidata"]
                row.kb = True
            if not row.name_uk and e.get("name_uk"):
                row.name_uk = e["name_uk"]
                row.search_key = name_key(row.name, row.name_uk, row.id)
    session.flush()


def write_layers(session: Session, doc: Document, doc_json: dict) -> list[DocEventRow]:
    doc_id = doc_json["id"]
    for e in doc_json.get("entities") or []:
        for m in e.get("mentions") or []:
            session.add(MentionRow(doc_id=doc_id, entity_id=e["id"], start=m["start"],
                                   end=m["end"], text=m["text"]))
    quote_rows = []
    for q in doc_json.get("quotes") or []:
        cue = q.get("cue") or {}
        row = QuoteRow(doc_id=doc_id, start=q["start"], end=q["end"], text=q["text"],
                       kind=q["kind"], speaker=q.get("speaker"), cue_start=cue.get("start"),
                       cue_end=cue.get("end"), cue_text=cue.get("text"))
        session.add(row)
        quote_rows.append(row)
    for t in doc_json.get("timexes") or []:
        session.add(TimexRow(doc_id=doc_id, start=t["start"], end=t["end"], text=t["text"],
                             type=t["type"], value=str(t["value"]), mod=t.get("mod")))
    event_rows = []
    for ev in doc_json.get("events") or []:
        time = ev.get("time") or {}
        extra = {k: v for k, v in ev.items() if k in ("mentions",)}
        row = DocEventRow(
            doc_id=doc_id, local_id=str(ev["id"]), type=ev["type"], mode=ev.get("mode"),
            status=ev["status"], actors=list(ev.get("actors") or []),
            recipients=list(ev.get("recipients") or []), place=ev.get("place"),
            time_value=time.get("value"), time_mod=time.get("mod"),
            trigger_start=ev["trigger"]["start"], trigger_end=ev["trigger"]["end"],
            trigger_text=ev["trigger"]["text"], evidence_start=ev["evidence"]["start"],
            evidence_end=ev["evidence"]["end"], evidence_text=ev["evidence"]["text"],
            confidence=float(ev.get("confidence") or 0.5), extra=extra or None)
        session.add(row)
        event_rows.append(row)
    session.flush()
    rows = [("document", doc_id, doc_id, (doc_json.get("title") or "") + "\n" + doc_json["text"])]
    rows += [("quote", str(q.id), doc_id, q.text) for q in quote_rows]
    search.add(session, rows)
    return event_rows


# ---- the chronicle -----------------------------------------------------------------------

def _chronicle():
    try:
        from .. import chronicle
        return chronicle
    except ImportError:      # the events library not installed: one chronicle event per report
        return None


def _entity_info(session: Session, ids: set[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = session.scalars(select(EntityRow).where(EntityRow.id.in_(ids))).all()
    return {r.id: {"id": r.id, "name": r.name, "name_uk": r.name_uk, "type": r.type,
                   "wikidata": r.wikidata} for r in rows}


def event_json(row: DocEventRow) -> dict:
    return {"id": row.local_id, "type": row.type, "mode": row.mode, "status": row.status,
            "actors": list(row.actors or []), "recipients": list(row.recipients or []),
            "place": row.place,
            "time": {"value": row.time_value, "mod": row.time_mod} if row.time_value else None,
            "trigger": {"start": row.trigger_start, "end": row.trigger_end, "text": row.trigger_text},
            "evidence": {"start": row.evidence_start, "end": row.evidence_end,
                         "text": row.evidence_text},
            "confidence": row.confidence}


def _record(ch, session: Session, row: DocEventRow, doc_date):
    ids = set(row.actors or []) | set(row.recipients or []) | ({row.place} if row.place else set())
    return ch.EventRecord(doc_id=row.doc_id, doc_date=doc_date, event=event_json(row),
                          entities=_entity_info(session, ids), text=row.evidence_text)


def _rebuild(ch, session: Session, crow: ChronicleEventRow):
    """The ChronicleEvent of a stored row, with its sources as records."""
    srcs = session.execute(
        select(DocEventRow, DocumentRow.date).join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
        .where(DocEventRow.chronicle_id == crow.id).order_by(DocumentRow.date, DocEventRow.id)).all()
    hist = session.scalars(select(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == crow.id)
                           .order_by(ChronicleHistoryRow.id)).all()
    return ch.ChronicleEvent(
        id=crow.id, type=crow.type, mode=crow.mode, status=crow.status,
        time={"value": crow.time_value, "mod": crow.time_mod} if crow.time_value else None,
        actors=list(crow.actors or []), recipients=list(crow.recipients or []), place=crow.place,
        confidence=crow.confidence, sources=[_record(ch, session, r, d) for r, d in srcs],
        history=[h.change or {} for h in hist])


def _rebuild_many(ch, session: Session, crows: list[ChronicleEventRow]) -> list:
    """`_rebuild` for many candidates in three queries instead of a few per candidate."""
    if not crows:
        return []
    ids = [c.id for c in crows]
    srcs: dict[str, list] = {}
    ent_ids: set[str] = set()
    for r, d in session.execute(
            select(DocEventRow, DocumentRow.date).join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
            .where(DocEventRow.chronicle_id.in_(ids)).order_by(DocumentRow.date, DocEventRow.id)):
        srcs.setdefault(r.chronicle_id, []).append((r, d))
        ent_ids |= set(r.actors or []) | set(r.recipients or []) | ({r.place} if r.place else set())
    hist: dict[str, list] = {}
    for h in session.scalars(select(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id.in_(ids))
                             .order_by(ChronicleHistoryRow.id)):
        hist.setdefault(h.event_id, []).append(h.change or {})
    info = _entity_info(session, ent_ids)
    out = []
    for c in crows:
        records = []
        # the latest reports are enough to recognise an event; comparing with hundreds of
        # syndicated reports of one big event would make each ingest slower than the last
        for r, d in srcs.get(c.id, [])[-MATCH_SOURCES:]:
            mine = set(r.actors or []) | set(r.recipients or []) | ({r.place} if r.place else set())
            records.append(ch.EventRecord(doc_id=r.doc_id, doc_date=d, event=event_json(r),
                                          entities={k: info[k] for k in mine if k in info},
                                          text=r.evidence_text))
        out.append(ch.ChronicleEvent(
            id=c.id, type=c.type, mode=c.mode, status=c.status,
            time={"value": c.time_value, "mod": c.time_mod} if c.time_value else None,
            actors=list(c.actors or []), recipients=list(c.recipients or []), place=c.place,
            confidence=c.confidence, sources=records, history=hist.get(c.id, [])))
    return out


def _compatible_types(ch, etype: str) -> set[str]:
    out = {etype}
    for group in getattr(getattr(ch, "merge", None), "COMPATIBLE", []) or []:
        if etype in group:
            out |= set(group)
    return out


def _candidates(ch, session: Session, record, doc_id: str) -> list[ChronicleEventRow]:
    lo, hi = ch.candidate_window(record)
    stmt = select(ChronicleEventRow).where(
        ChronicleEventRow.type.in_(_compatible_types(ch, record.type)))
    if lo is not None and hi is not None:
        stmt = stmt.where(or_(ChronicleEventRow.date.is_(None), and_(
            ChronicleEventRow.date <= hi, ChronicleEventRow.date >= lo - dt.timedelta(days=MAX_RANGE_DAYS),
            ChronicleEventRow.date_end >= lo)))
    rows = session.scalars(stmt.limit(200)).all()
    # one document's distinct events never merge with each other
    mine = set(session.scalars(select(DocEventRow.chronicle_id).where(
        DocEventRow.doc_id == doc_id, DocEventRow.chronicle_id.is_not(None))).all())
    return [r for r in rows if r.id not in mine]


def _save_event(session: Session, cev, crow: ChronicleEventRow | None, names_doc: str,
                doc_date, n_sources: int | None = None) -> ChronicleEventRow:
    rng = cev.range() if hasattr(cev, "range") else None
    if rng is None and doc_date:
        rng = (doc_date, doc_date)
    if crow is None:
        crow = ChronicleEventRow(id=cev.id, first_doc=names_doc)
        session.add(crow)
    crow.type, crow.mode, crow.status = cev.type, cev.mode, cev.status
    crow.date, crow.date_end = (rng or (None, None))
    crow.time_value = (cev.time or {}).get("value")
    crow.time_mod = (cev.time or {}).get("mod")
    crow.actors, crow.recipients, crow.place = list(cev.actors), list(cev.recipients), cev.place
    crow.confidence = float(cev.confidence)
    crow.n_sources = n_sources or max(1, len(cev.sources))
    if cev.sources and (n_sources is None or not crow.summary):
        crow.summary = cev.sources[0].text
        crow.first_doc = cev.sources[0].doc_id
    crow.updated_at = now()
    session.flush()
    session.execute(delete(ChronicleEntityRow).where(ChronicleEntityRow.event_id == crow.id))
    links = {(a, "actor") for a in cev.actors} | {(r, "recipient") for r in cev.recipients}
    if cev.place:
        links.add((cev.place, "place"))
    for ent, role in sorted(links):
        session.add(ChronicleEntityRow(event_id=crow.id, entity_id=ent, role=role, date=crow.date))
    return crow


def merge_events(session: Session, doc_id: str, doc_date, event_rows: list[DocEventRow]) -> None:
    """Attach each document event to a chronicle event (existing or new)."""
    ch = _chronicle()
    for row in event_rows:
        if ch is None:
            cid = chronicle_id(doc_id, row.local_id)
            crow = ChronicleEventRow(
                id=cid, type=row.type, mode=row.mode, status=row.status, date=doc_date,
                date_end=doc_date, time_value=row.time_value, time_mod=row.time_mod,
                actors=list(row.actors), recipients=list(row.recipients), place=row.place,
                confidence=row.confidence, n_sources=1, summary=row.evidence_text,
                first_doc=doc_id, updated_at=now())
            session.add(crow)
            session.flush()
            row.chronicle_id = cid
            session.add(ChronicleHistoryRow(event_id=cid, at=now(), doc_id=doc_id,
                                            change={"doc_id": doc_id, "status": row.status}))
            search.add(session, [("event", cid, doc_id, row.evidence_text)])
            continue
        record = _record(ch, session, row, doc_date)
        cands = _rebuild_many(ch, session, _candidates(ch, session, record, doc_id))
        match = ch.best_match(record, cands, MERGE_THRESHOLD)
        if match is None:
            cev = ch.new_event(record, id=chronicle_id(doc_id, row.local_id))
            crow = _save_event(session, cev, None, doc_id, doc_date)
        else:
            ch.absorb(match, record)
            cev = match
            stored = session.get(ChronicleEventRow, match.id)
            crow = _save_event(session, cev, stored, doc_id, doc_date,
                               n_sources=(stored.n_sources or 0) + 1)
        row.chronicle_id = crow.id
        session.add(ChronicleHistoryRow(event_id=crow.id, at=now(), doc_id=doc_id,
                                        change=cev.history[-1] if cev.history else None))
        search.add(session, [("event", crow.id, doc_id, row.evidence_text)])
        session.flush()


def rebuild_after_delete(session: Session, chronicle_ids: set[str]) -> None:
    """Chronicle events that lost reports: drop the empty ones, recompute the rest from the
    reports left, in publication order."""
    ch = _chronicle()
    for cid in chronicle_ids:
        crow = session.get(ChronicleEventRow, cid)
        if crow is None:
            continue
        srcs = session.execute(
            select(DocEventRow, DocumentRow.date).join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
            .where(DocEventRow.chronicle_id == cid).order_by(DocumentRow.date, DocEventRow.id)).all()
        search.remove_ref(session, "event", cid)
        if not srcs:
            session.delete(crow)
            continue
        session.execute(delete(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == cid))
        if ch is None:
            row, d = srcs[0]
            crow.n_sources = len(srcs)
            crow.summary, crow.first_doc = row.evidence_text, row.doc_id
        else:
            records = [_record(ch, session, r, d) for r, d in srcs]
            cev = ch.new_event(records[0], id=cid)
            for rec in records[1:]:
                ch.absorb(cev, rec)
            _save_event(session, cev, crow, records[0].doc_id, records[0].doc_date)
            for h, (r, _) in zip(cev.history, srcs):
                session.add(ChronicleHistoryRow(event_id=cid, at=now(), doc_id=r.doc_id, change=h))
        search.add(session, [("event", cid, r.doc_id, r.evidence_text) for r, _ in srcs])
    session.flush()
