"""The `Store` facade (signatures fixed; see the package docstring for the item keys).

Nothing connects at import or construction: the engine is made and the schema migrated on the
first call that needs the database. Each document is committed on its own, so an interrupted
ingest loses nothing it had stored and a re-run skips what is there.
"""
from __future__ import annotations

import datetime as dt
import sys
import threading
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterable

from sqlalchemy import and_, delete, func, or_, select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..document import parse_date
from ..ingest.readers import InputError, RawDoc
from . import search as search_index
from .db import StoreError, make_engine, migrate, redact  # noqa: F401  (StoreError re-exported)
from .models import (ChronicleEntityRow, ChronicleEventRow, ChronicleHistoryRow, DocEventRow,
                     DocumentRow, EntityRow, MentionRow, QuoteRow, TimexRow)
from .textindex import WORD, stem


@dataclass
class Page:
    items: list[dict]
    total: int
    limit: int
    offset: int

    def to_json(self) -> dict:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}


@dataclass
class AddResult:
    doc_id: str
    status: str                 # added, exists, duplicate, foreign (not Ukrainian), failed
    duplicate_of: str | None = None
    language: str = "uk"
    events: int = 0
    error: str | None = None


@dataclass
class IngestReport:
    added: int = 0
    exists: int = 0
    duplicates: int = 0
    foreign: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    results: list[AddResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def count(self, res: AddResult) -> None:
        self.results.append(res)
        attr = {"added": "added", "exists": "exists", "duplicate": "duplicates",
                "foreign": "foreign", "failed": "failed"}[res.status]
        setattr(self, attr, getattr(self, attr) + 1)
        self.events += res.events
        if res.error:
            self.errors.append(res.error)

    def to_json(self) -> dict:
        return {"added": self.added, "exists": self.exists, "duplicates": self.duplicates,
                "foreign": self.foreign, "failed": self.failed, "events": self.events,
                "errors": list(self.errors)}


def _date(value) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def _iso(d) -> str | None:
    return d.isoformat() if d else None


class Store:
    def __init__(self, url: str | None = None):
        if url is None:
            from ..settings import Settings
            url = Settings.from_env().db
        self.url = url
        self._engine = None
        self._sessions = None
        self._pipeline = None
        self._near = None
        self._lock = threading.Lock()

    # ---- plumbing -------------------------------------------------------------------------
    @property
    def engine(self):
        if self._engine is not None:
            return self._engine
        with self._lock:         # a web server's threads may all arrive first at once
            if self._engine is not None:
                return self._engine
            engine = make_engine(self.url)
            try:
                migrate(engine)
            except (OperationalError, DBAPIError) as exc:
                engine.dispose()
                raise StoreError(f"cannot open the store {redact(self.url)}: "
                                 f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}") from exc
            self._sessions = sessionmaker(engine, expire_on_commit=False)
            self._engine = engine
        return self._engine

    def session(self) -> Session:
        self.engine
        return self._sessions()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        self.engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    def pipeline(self):
        if self._pipeline is None:
            from ..pipeline import get_pipeline
            from ..settings import Settings
            self._pipeline = get_pipeline(Settings.from_env())
        return self._pipeline

    def use_pipeline(self, pipeline) -> None:
        """Analyse with this callable (a `Pipeline` or any `doc -> None` annotator) instead of
        the configured one: tests and tools that bring their own analysis."""
        self._pipeline = pipeline

    def _near_index(self):
        """The LSH index of stored originals, loaded from the store once."""
        if self._near is None:
            from ..ingest.dedupe import NearDuplicates, from_bytes
            near = NearDuplicates()
            with self.session() as s:
                for doc_id, sig in s.execute(select(DocumentRow.id, DocumentRow.minhash).where(
                        DocumentRow.duplicate_of.is_(None), DocumentRow.minhash.is_not(None))):
                    near.add(doc_id, from_bytes(sig))
            self._near = near
        return self._near

    # ---- ingestion ------------------------------------------------------------------------
    def ingest(self, sources: list[str], *, date=None, progress: bool = False,
               on_error: Callable[[str], None] | None = None) -> IngestReport:
        """Read every source and add each document, committing one by one. `on_error` is
        told each failure as it happens (the CLI prints it); all are also in the report."""
        from ..ingest.sources import iter_sources
        from ..settings import Settings
        report = IngestReport()
        default_date = _date(date)
        self.engine
        items: Iterable = iter_sources(sources, default_date, Settings.from_env().max_bytes)
        bar = None
        if progress:
            from tqdm import tqdm
            bar = tqdm(items, unit="doc", file=sys.stderr, desc="ingest", dynamic_ncols=True)
            items = bar
        for item in items:
            if isinstance(item, InputError):
                res = AddResult(doc_id="", status="failed", error=str(item))
            else:
                res = self.add_document(item)
            report.count(res)
            if res.error and on_error:
                if bar is not None:
                    bar.clear()
                on_error(res.error)
            if bar is not None:
                bar.set_postfix(added=report.added, failed=report.failed, refresh=False)
        if bar is not None:
            bar.close()
        return report

    def add_document(self, raw: RawDoc) -> AddResult:
        """Analyse and store one document. Same URL or same content again: `exists`, nothing
        written. A near copy of a stored one: stored, linked by `duplicate_of`, not analysed.
        Not Ukrainian: stored with its language, not analysed."""
        from ..ingest.dedupe import content_hash, signature, to_bytes
        from ..ingest.langid import detect
        from .writer import merge_events, now, upsert_entities, write_layers

        chash = content_hash(raw.text)
        src = raw.source or raw.url or raw.id or "document"
        with self.session() as s:
            found = s.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == chash))
            if found is None and raw.url:
                found = s.scalar(select(DocumentRow.id).where(DocumentRow.url == raw.url).limit(1))
            if found is not None:
                return AddResult(doc_id=found, status="exists")
            doc_id = str(raw.id) if raw.id else f"doc-{chash[:12]}"
            if s.get(DocumentRow, doc_id) is not None:
                doc_id = f"{doc_id}-{chash[:8]}"
        language = detect(raw.text)
        row = DocumentRow(id=doc_id, url=raw.url, title=raw.title, date=raw.date,
                          language=language, text=raw.text, content_hash=chash,
                          source=raw.source or None, ingested_at=now())
        if language != "uk":
            return self._commit_plain(row, AddResult(doc_id, "foreign", language=language))
        sig = signature(raw.text)
        near = self._near_index()
        original = near.find(sig)
        if original is not None:
            row.duplicate_of = original
            return self._commit_plain(row, AddResult(doc_id, "duplicate", duplicate_of=original))
        row.minhash = to_bytes(sig)
        from ..analysis import analyze_raw
        raw_for = RawDoc(text=raw.text, id=doc_id, date=raw.date, title=raw.title, url=raw.url,
                         source=src)
        result = analyze_raw(raw_for, self.pipeline())
        if result.error:
            return AddResult(doc_id, "failed", error=result.error)
        doc_json = result.doc.to_json()
        row.warnings = doc_json.get("warnings") or None
        try:
            with self.session() as s, s.begin():
                s.add(row)
                s.flush()
                upsert_entities(s, doc_json)
                event_rows = write_layers(s, result.doc, doc_json)
                merge_events(s, doc_id, raw.date, event_rows)
        except StoreError:
            raise
        except (OperationalError, DBAPIError) as exc:
            return AddResult(doc_id, "failed", error=f"{src}: cannot store: {exc.orig or exc}")
        near.add(doc_id, sig)
        return AddResult(doc_id, "added", events=len(event_rows))

    def _commit_plain(self, row: DocumentRow, res: AddResult) -> AddResult:
        with self.session() as s, s.begin():
            s.add(row)
            s.flush()
            search_index.add(s, [("document", row.id, row.id, (row.title or "") + "\n" + row.text)])
        return res

    # ---- documents ------------------------------------------------------------------------
    def documents(self, *, limit=50, offset=0, q=None) -> Page:
        with self.session() as s:
            stmt = select(DocumentRow)
            if q:
                ids = self._search_ids(s, q, "document")
                stmt = stmt.where(DocumentRow.id.in_(ids))
            total = s.scalar(select(func.count()).select_from(stmt.subquery()))
            rows = s.scalars(stmt.order_by(DocumentRow.date.desc(), DocumentRow.id)
                             .limit(limit).offset(offset)).all()
            ids = [r.id for r in rows]
            counts = {}
            for model, key in ((MentionRow, "n_entities"), (QuoteRow, "n_quotes"),
                               (DocEventRow, "n_events")):
                col = func.count(func.distinct(MentionRow.entity_id)) if model is MentionRow \
                    else func.count()
                for d, n in s.execute(select(model.doc_id, col).where(model.doc_id.in_(ids))
                                      .group_by(model.doc_id)):
                    counts.setdefault(d, {})[key] = n
            items = [self._doc_item(r, counts.get(r.id, {})) for r in rows]
        return Page(items, int(total or 0), limit, offset)

    @staticmethod
    def _doc_item(r: DocumentRow, counts: dict) -> dict:
        return {"id": r.id, "url": r.url, "title": r.title, "date": _iso(r.date),
                "language": r.language, "duplicate_of": r.duplicate_of,
                "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None,
                "chars": len(r.text), "n_entities": counts.get("n_entities", 0),
                "n_quotes": counts.get("n_quotes", 0), "n_events": counts.get("n_events", 0),
                "snippet": " ".join(r.text[:240].split())}

    def document(self, doc_id: str) -> dict | None:
        with self.session() as s:
            r = s.get(DocumentRow, doc_id)
            if r is None:
                return None
            mentions = s.scalars(select(MentionRow).where(MentionRow.doc_id == doc_id)
                                 .order_by(MentionRow.start)).all()
            quotes = s.scalars(select(QuoteRow).where(QuoteRow.doc_id == doc_id)
                               .order_by(QuoteRow.start)).all()
            timexes = s.scalars(select(TimexRow).where(TimexRow.doc_id == doc_id)
                                .order_by(TimexRow.start)).all()
            events = s.scalars(select(DocEventRow).where(DocEventRow.doc_id == doc_id)
                               .order_by(DocEventRow.id)).all()
            ent_ids = {m.entity_id for m in mentions} | {q.speaker for q in quotes if q.speaker}
            for e in events:
                ent_ids |= set(e.actors or []) | set(e.recipients or []) | ({e.place} if e.place else set())
            ents = {e.id: e for e in s.scalars(select(EntityRow).where(EntityRow.id.in_(ent_ids)))}
            by_ent: dict[str, list] = {}
            for m in mentions:
                by_ent.setdefault(m.entity_id, []).append({"start": m.start, "end": m.end, "text": m.text})
            order = sorted(ent_ids, key=lambda i: (by_ent[i][0]["start"] if i in by_ent else len(r.text), i))
            from .writer import event_json
            out = {
                "id": r.id, "date": _iso(r.date), "language": r.language, "title": r.title,
                "url": r.url, "text": r.text,
                "entities": [{"id": i, "name": ents[i].name if i in ents else i,
                              "name_uk": ents[i].name_uk if i in ents else None,
                              "type": ents[i].type if i in ents else "MISC",
                              "wikidata": ents[i].wikidata if i in ents else None,
                              "mentions": by_ent.get(i, [])} for i in order],
                "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value, "mod": t.mod} for t in timexes],
                "quotes": [self._quote_json(q) for q in quotes],
                "events": [dict(event_json(e), **(e.extra or {})) for e in events],
                "duplicate_of": r.duplicate_of,
                "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None,
                "events_chronicle": [e.chronicle_id for e in events],
            }
            if r.warnings:
                out["warnings"] = list(r.warnings)
            return out

    @staticmethod
    def _quote_json(q: QuoteRow) -> dict:
        return {"start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                "speaker": q.speaker,
                "cue": {"start": q.cue_start, "end": q.cue_end, "text": q.cue_text}
                if q.cue_start is not None else None}

    def delete_document(self, doc_id: str) -> bool:
        from .writer import rebuild_after_delete
        with self.session() as s, s.begin():
            r = s.get(DocumentRow, doc_id)
            if r is None:
                return False
            touched = set(s.scalars(select(DocEventRow.chronicle_id).where(
                DocEventRow.doc_id == doc_id, DocEventRow.chronicle_id.is_not(None))).all())
            search_index.remove_doc(s, doc_id)
            for model in (MentionRow, QuoteRow, TimexRow, DocEventRow):
                s.execute(delete(model).where(model.doc_id == doc_id))
            # copies of this document become originals no more: they stay, unlinked
            for dup in s.scalars(select(DocumentRow).where(DocumentRow.duplicate_of == doc_id)):
                dup.duplicate_of = None
            s.delete(r)
            s.flush()
            rebuild_after_delete(s, touched)
        if self._near is not None:
            self._near.remove(doc_id)
        return True

    # ---- entities -------------------------------------------------------------------------
    def _resolve(self, s: Session, key: str | None) -> list[str]:
        """Entity ids a user's key names: an id, or a name in any inflected form."""
        if not key:
            return []
        if s.get(EntityRow, key) is not None:
            return [key]
        stems = [stem(m.group()) for m in WORD.finditer(key)]
        if not stems:
            return []
        conds = [EntityRow.search_key.contains(f" {st} ") for st in stems]
        ids = list(s.scalars(select(EntityRow.id).where(and_(*conds))).all())
        if not ids:   # a stem may still be a prefix of the stored one ("Умєр" typed short)
            conds = [EntityRow.search_key.contains(f" {st}") for st in stems]
            ids = list(s.scalars(select(EntityRow.id).where(and_(*conds))).all())
        return ids

    def entities(self, *, limit=50, offset=0, q=None, type=None) -> Page:
        with self.session() as s:
            cnt = (select(MentionRow.entity_id.label("eid"), func.count().label("n"),
                          func.count(func.distinct(MentionRow.doc_id)).label("d"))
                   .group_by(MentionRow.entity_id).subquery())
            stmt = select(EntityRow, func.coalesce(cnt.c.n, 0), func.coalesce(cnt.c.d, 0)) \
                .outerjoin(cnt, cnt.c.eid == EntityRow.id)
            if q:
                stmt = stmt.where(EntityRow.id.in_(self._resolve(s, q)))
            if type:
                stmt = stmt.where(EntityRow.type == type.upper())
            total = s.scalar(select(func.count()).select_from(stmt.subquery()))
            rows = s.execute(stmt.order_by(func.coalesce(cnt.c.n, 0).desc(), EntityRow.id)
                             .limit(limit).offset(offset)).all()
            items = [self._entity_item(e, n, d) for e, n, d in rows]
        return Page(items, int(total or 0), limit, offset)

    @staticmethod
    def _entity_item(e: EntityRow, n: int, d: int) -> dict:
        return {"id": e.id, "name": e.name, "name_uk": e.name_uk, "type": e.type,
                "wikidata": e.wikidata, "mentions": int(n), "documents": int(d)}

    def entity(self, key: str) -> dict | None:
        with self.session() as s:
            ids = self._resolve(s, key)
            if not ids:
                return None
            counts = dict(s.execute(select(MentionRow.entity_id, func.count()).where(
                MentionRow.entity_id.in_(ids)).group_by(MentionRow.entity_id)).all())
            eid = sorted(ids, key=lambda i: (-counts.get(i, 0), i))[0]
            e = s.get(EntityRow, eid)
            n_docs = s.scalar(select(func.count(func.distinct(MentionRow.doc_id)))
                              .where(MentionRow.entity_id == eid)) or 0
            item = self._entity_item(e, counts.get(eid, 0), n_docs)
            item["kb"] = bool(e.kb)
            docs = select(MentionRow.doc_id).where(MentionRow.entity_id == eid).distinct()
            co = s.execute(select(MentionRow.entity_id, func.count(func.distinct(MentionRow.doc_id)))
                           .where(MentionRow.doc_id.in_(docs), MentionRow.entity_id != eid)
                           .group_by(MentionRow.entity_id)
                           .order_by(func.count(func.distinct(MentionRow.doc_id)).desc(),
                                     MentionRow.entity_id).limit(20)).all()
            co_ents = {x.id: x for x in s.scalars(select(EntityRow).where(
                EntityRow.id.in_([c for c, _ in co])))}
            item["cooccurring"] = [{"id": c, "name": co_ents[c].name if c in co_ents else c,
                                    "name_uk": co_ents[c].name_uk if c in co_ents else None,
                                    "type": co_ents[c].type if c in co_ents else None,
                                    "documents": int(n)} for c, n in co]
            dl = s.execute(select(DocumentRow.id, DocumentRow.title, DocumentRow.date)
                           .where(DocumentRow.id.in_(docs)).order_by(DocumentRow.date.desc())
                           .limit(50)).all()
            item["documents_list"] = [{"id": i, "title": t, "date": _iso(d)} for i, t, d in dl]
        item["quotes"] = self.quotes(speaker=eid, limit=50).items
        item["events"] = self.events(entity=eid, limit=50).items
        return item

    # ---- quotes ---------------------------------------------------------------------------
    def quotes(self, *, speaker=None, q=None, limit=50, offset=0) -> Page:
        with self.session() as s:
            stmt = select(QuoteRow, DocumentRow.title, DocumentRow.date).join(
                DocumentRow, DocumentRow.id == QuoteRow.doc_id)
            if speaker:
                stmt = stmt.where(QuoteRow.speaker.in_(self._resolve(s, speaker)))
            if q:
                ids = [int(i) for i in self._search_ids(s, q, "quote")]
                stmt = stmt.where(QuoteRow.id.in_(ids))
            total = s.scalar(select(func.count()).select_from(stmt.subquery()))
            rows = s.execute(stmt.order_by(DocumentRow.date.desc(), QuoteRow.doc_id, QuoteRow.start)
                             .limit(limit).offset(offset)).all()
            names = self._names(s, {r.speaker for r, _, _ in rows if r.speaker})
            items = [self._quote_item(r, t, d, names) for r, t, d in rows]
        return Page(items, int(total or 0), limit, offset)

    def _quote_item(self, r: QuoteRow, title, date, names) -> dict:
        out = {"id": r.id, "doc_id": r.doc_id, "doc_title": title, "doc_date": _iso(date)}
        out.update(self._quote_json(r))
        out["speaker_name"] = names.get(r.speaker) if r.speaker else None
        return out

    @staticmethod
    def _names(s: Session, ids: set[str]) -> dict[str, str]:
        ids = {i for i in ids if i}
        if not ids:
            return {}
        return {e.id: e.name_uk or e.name for e in s.scalars(select(EntityRow).where(EntityRow.id.in_(ids)))}

    # ---- events ---------------------------------------------------------------------------
    def _event_stmt(self, s: Session, entity, type, status, date_from, date_to):
        # plain columns, not ORM objects: a page of 100 events costs a third as much
        stmt = select(*ChronicleEventRow.__table__.c)
        if entity:
            ids = self._resolve(s, entity)
            stmt = stmt.where(ChronicleEventRow.id.in_(
                select(ChronicleEntityRow.event_id).where(ChronicleEntityRow.entity_id.in_(ids))))
        if type:
            types = [t.strip().upper() for t in str(type).split(",") if t.strip()]
            stmt = stmt.where(ChronicleEventRow.type.in_(types))
        if status:
            stats = [t.strip().lower() for t in str(status).split(",") if t.strip()]
            stmt = stmt.where(ChronicleEventRow.status.in_(stats))
        if date_from:
            stmt = stmt.where(ChronicleEventRow.date >= _date(date_from))
        if date_to:
            stmt = stmt.where(ChronicleEventRow.date <= _date(date_to))
        return stmt

    def _event_page(self, s, stmt, order, limit, offset) -> Page:
        # count(*) over the filters only: the engine can answer it from an index
        total = s.scalar(stmt.with_only_columns(func.count(), maintain_column_froms=True))
        rows = s.execute(stmt.order_by(*order).limit(limit).offset(offset)).all()
        return Page(self._event_items(s, rows), int(total or 0), limit, offset)

    def _entity_timeline(self, s, ids, type, date_from, date_to, limit, offset) -> Page:
        """One entity's events in date order, read through the link table's (entity, date)
        index: a page costs the same for an entity with 20 events or 20,000."""
        link = ChronicleEntityRow
        ev = ChronicleEventRow.__table__
        conds = [link.entity_id.in_(ids), link.date.is_not(None)]
        if date_from:
            conds.append(link.date >= _date(date_from))
        if date_to:
            conds.append(link.date <= _date(date_to))
        stmt = select(*ev.c).join(link, link.event_id == ev.c.id).where(*conds)
        if type:
            stmt = stmt.where(ev.c.type.in_([t.strip().upper() for t in str(type).split(",") if t.strip()]))
        total = s.scalar(select(func.count(func.distinct(link.event_id)))
                         .select_from(link).join(ev, link.event_id == ev.c.id).where(*conds,
                         *( [ev.c.type.in_([t.strip().upper() for t in str(type).split(",") if t.strip()])]
                            if type else [])))
        rows = s.execute(stmt.order_by(link.date, link.event_id).limit(limit).offset(offset)).all()
        seen, unique = set(), []
        for r in rows:           # an entity in two roles of one event links it twice
            if r.id not in seen:
                seen.add(r.id)
                unique.append(r)
        return Page(self._event_items(s, unique), int(total or 0), limit, offset)

    def _event_items(self, s: Session, rows) -> list[dict]:
        ids = set()
        for r in rows:
            ids |= set(r.actors or []) | set(r.recipients or []) | ({r.place} if r.place else set())
        names = self._names(s, ids)
        return [{"id": r.id, "type": r.type, "mode": r.mode, "status": r.status,
                 "date": _iso(r.date),
                 "time": {"value": r.time_value, "mod": r.time_mod} if r.time_value else None,
                 "actors": list(r.actors or []), "recipients": list(r.recipients or []),
                 "place": r.place,
                 "names": {i: names.get(i, i) for i in
                           list(r.actors or []) + list(r.recipients or []) + ([r.place] if r.place else [])},
                 "confidence": round(float(r.confidence), 3), "n_sources": r.n_sources,
                 "summary": r.summary, "first_doc": r.first_doc} for r in rows]

    def events(self, *, entity=None, type=None, status=None, date_from=None, date_to=None,
               limit=50, offset=0) -> Page:
        with self.session() as s:
            stmt = self._event_stmt(s, entity, type, status, date_from, date_to)
            return self._event_page(s, stmt, (ChronicleEventRow.date.desc(), ChronicleEventRow.id),
                                    limit, offset)

    def timeline(self, *, entity=None, type=None, date_from=None, date_to=None, limit=100,
                 offset=0) -> Page:
        with self.session() as s:
            if entity:
                return self._entity_timeline(s, self._resolve(s, entity), type, date_from,
                                             date_to, limit, offset)
            stmt = self._event_stmt(s, entity, type, None, date_from, date_to)
            stmt = stmt.where(ChronicleEventRow.date.is_not(None))
            return self._event_page(s, stmt, (ChronicleEventRow.date, ChronicleEventRow.id),
                                    limit, offset)

    def calendar(self, *, date_from=None, date_to=None, limit=100, offset=0) -> Page:
        date_from = date_from or dt.date.today()
        with self.session() as s:
            stmt = self._event_stmt(s, None, None, "planned,conditional", None, date_to)
            # by the start of the event's date range: answered from the (status, date) index
            stmt = stmt.where(ChronicleEventRow.date >= _date(date_from))
            return self._event_page(s, stmt, (ChronicleEventRow.date, ChronicleEventRow.id),
                                    limit, offset)

    def event(self, event_id: str) -> dict | None:
        with self.session() as s:
            r = s.get(ChronicleEventRow, event_id)
            if r is None:
                return None
            item = self._event_items(s, [r])[0]
            srcs = s.execute(select(DocEventRow, DocumentRow.title, DocumentRow.date, DocumentRow.text)
                             .join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
                             .where(DocEventRow.chronicle_id == event_id)
                             .order_by(DocumentRow.date, DocEventRow.id)).all()
            item["sources"] = [{
                "doc_id": e.doc_id, "doc_title": t, "doc_date": _iso(d), "doc_event": e.local_id,
                "status": e.status, "trigger": {"start": e.trigger_start, "end": e.trigger_end,
                                                "text": e.trigger_text},
                "evidence": {"start": e.evidence_start, "end": e.evidence_end, "text": e.evidence_text},
                "sentence": text[e.evidence_start:e.evidence_end]} for e, t, d, text in srcs]
            hist = s.scalars(select(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == event_id)
                             .order_by(ChronicleHistoryRow.id)).all()
            item["history"] = [{"at": h.at.isoformat() if h.at else None, "doc_id": h.doc_id,
                                "change": h.change} for h in hist]
            return item

    # ---- search ---------------------------------------------------------------------------
    def _search_ids(self, s: Session, q: str, kind: str) -> list[str]:
        hits, _ = search_index.query(s, q, kind=kind, limit=10_000, offset=0)
        return [ref for _, ref, _, _ in hits]

    def search(self, query: str, *, limit=20, offset=0) -> Page:
        with self.session() as s:
            hits, total = search_index.query(s, query, limit=limit, offset=offset)
            items = []
            for kind, ref, doc_id, score in hits:
                item = {"kind": kind, "id": ref, "doc_id": doc_id, "title": None, "date": None,
                        "snippet": "", "score": score}
                if kind == "document":
                    d = s.get(DocumentRow, ref)
                    if d is None:
                        continue
                    item.update(title=d.title, date=_iso(d.date), snippet=snippet(d.text, query))
                elif kind == "quote":
                    q = s.get(QuoteRow, int(ref))
                    if q is None:
                        continue
                    d = s.get(DocumentRow, q.doc_id)
                    item.update(title=d.title if d else None, date=_iso(d.date) if d else None,
                                snippet=q.text[:300])
                else:
                    e = s.get(ChronicleEventRow, ref)
                    if e is None:
                        continue
                    item.update(title=f"{e.type} ({e.status})", date=_iso(e.date),
                                snippet=(e.summary or "")[:300], doc_id=e.first_doc)
                items.append(item)
        return Page(items, total, limit, offset)

    # ---- export ---------------------------------------------------------------------------
    def iter_events(self, batch: int = 1000):
        """Every chronicle event (item dict plus "sources"), in date order, in batches."""
        offset = 0
        while True:
            with self.session() as s:
                rows = s.scalars(select(ChronicleEventRow).order_by(
                    ChronicleEventRow.date, ChronicleEventRow.id).limit(batch).offset(offset)).all()
                if not rows:
                    return
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
            offset += batch

    def export(self, fmt: str, out: IO) -> int:
        from .export import export
        return export(self, fmt, out)


def snippet(text: str, query: str, width: int = 200) -> str:
    """A piece of text around the first word matching the query (by stem)."""
    stems = {stem(m.group()) for m in WORD.finditer(query)}
    for m in WORD.finditer(text):
        if stem(m.group()) in stems:
            a = max(0, m.start() - width // 3)
            piece = " ".join(text[a:a + width].split())
            return ("…" if a else "") + piece + ("…" if a + width < len(text) else "")
    return " ".join(text[:width].split())
