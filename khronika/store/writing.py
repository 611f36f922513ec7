"""Writing: documents in (stored with their layers, their events merged into the chronicle) and
out again. The walk of a document (read, detect language, near-duplicates, analyse, write,
merge) is orchestrated by `khronika.ingest.stages`; this module is its last stage.

A `BatchWriter` stores documents in batched transactions (one savepoint per document, so one
that cannot be stored does not undo the others): an interrupted ingest keeps every batch it
had committed and a re-run skips what is there."""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import delete, select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ..ingest.readers import RawDoc
from . import search as search_index
from .base import StoreError
from .models import DocEventRow, DocumentRow, MentionRow, QuoteRow, TimexRow

PG_WRITE_LOCK = 0x6B68726F    # advisory lock: one writer at a time merges into a PostgreSQL store
SQLITE_LOCK_WAIT_MS = 600_000   # how long a batch waits for another process's to commit


def _pg_write_lock(s) -> None:
    """Take the store's PostgreSQL write lock for the transaction: one lock per store, so
    stores in other schemas of the database write undisturbed."""
    s.execute(text("SELECT pg_advisory_xact_lock(:k, hashtext(current_schema()))"), {"k": PG_WRITE_LOCK})


@dataclass
class AddResult:
    doc_id: str
    status: str                 # added, exists, duplicate, foreign (not Ukrainian), failed
    duplicate_of: str | None = None
    language: str = "uk"
    events: int = 0
    error: str | None = None
    warning: str | None = None      # stored, or already there, but not quite as given


@dataclass
class IngestReport:
    added: int = 0
    exists: int = 0
    duplicates: int = 0
    foreign: int = 0
    failed: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
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
        if res.warning:
            self.warnings.append(res.warning)

    def to_json(self) -> dict:
        return {"added": self.added, "exists": self.exists, "duplicates": self.duplicates,
                "foreign": self.foreign, "failed": self.failed, "events": self.events,
                "errors": list(self.errors), "warnings": list(self.warnings)}


@dataclass
class DocumentIn:
    """One document on its way into the store, as the ingest stages leave it."""
    raw: RawDoc
    doc_id: str
    content_hash: str
    status: str = "added"            # added, foreign, duplicate, failed (as in AddResult)
    language: str = "uk"
    minhash: bytes | None = None
    signature: object = None         # the MinHash itself, for the near-duplicate bands
    duplicate_of: str | None = None
    doc_json: dict | None = None
    terms: dict | None = None        # text -> search index body, made with the analysis
    vectors: dict | None = None      # evidence sentence -> embedding, made with the analysis
    error: str | None = None
    epoch: int = 0                   # the ingest's `InFlight.changes` when it was prepared
    judged_in: int | None = None     # the writer's locked transaction it was judged in, if any


class BatchWriter:
    """The one writer of an ingest: documents stored in transactions of up to `size`
    documents or `seconds` of work, whichever comes first. Lookups (`existing`, `near`) go
    through the same transaction, so they see the batch's own documents."""

    def __init__(self, store, size: int = 64, seconds: float = 2.0):
        self.store, self.size, self.seconds = store, size, seconds
        self._s = None
        self._n = 0
        self._t0 = 0.0
        self._locked = False
        self._later = None
        self._ids = None            # RowIds of the transaction, when this writer numbers rows
        self._tx = 0                # transactions begun: the current one's number

    @property
    def session(self):
        if self._s is None:
            from .writer import Later
            self._s = self.store.session()
            self._s.begin()
            self._tx += 1
            self._n, self._t0, self._locked = 0, time.monotonic(), False
            self._later, self._ids = Later(), None
        return self._s

    def holding(self) -> int | None:
        """The transaction in which this writer holds the store's write lock (taken by its
        first write, `_lock`), else None. A document judged an original while it holds the
        lock was judged against everything other processes had committed, and none can
        commit before it; one judged earlier may have missed an original another ingest
        process stored meanwhile (`write` judges it again)."""
        return self._tx if self._s is not None and self._locked else None

    def _lock(self, s) -> None:
        """Several ingest processes into one store: their writing and merging take turns (a
        transaction at a time), their reading and analysis do not. A document another
        process stored meanwhile then fails its unique key and counts as `exists`.

        On PostgreSQL an advisory lock per store. On SQLite the batch's transaction itself,
        begun here with BEGIN IMMEDIATE: Python's sqlite3 (its legacy transaction control)
        begins one only before an INSERT, UPDATE or DELETE, so each document's SAVEPOINT
        began a transaction of its own and its RELEASE committed the document on its own,
        before the rows the batch writes at its end (mentions, entity links, search rows):
        a kill -9 in between left documents stored without them, and a re-run took them
        for stored. The wait for another process's batch is long (a batch that analyses
        here holds the lock while it analyses)."""
        if self._locked:
            return
        dialect = s.get_bind().dialect.name
        if dialect == "postgresql":
            _pg_write_lock(s)
        elif dialect == "sqlite":
            conn = s.connection()
            if not conn.connection.dbapi_connection.in_transaction:
                wait = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
                conn.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_LOCK_WAIT_MS}")
                try:
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
                finally:
                    conn.exec_driver_sql(f"PRAGMA busy_timeout={int(wait)}")
            # the store is this transaction's alone from here (BEGIN IMMEDIATE, or a write
            # that already holds SQLite's one write lock): it numbers its own rows
            from .layer_rows import RowIds
            self._ids = RowIds(s)
        self._locked = True

    @contextmanager
    def _planned(self):
        """The session, its statements planned for their parameters each time on
        PostgreSQL. The lookups run thousands of times on tables that grow from nothing:
        psycopg prepares a statement met five times, and a generic plan PostgreSQL made
        while the table was empty (a sequential scan of near_bands) was kept for every
        later document, its cost growing with the store. (Planning every statement of the
        writer instead, `plan_cache_mode`, re-planned every foreign-key check too: 1.5 ms of
        server CPU a document.)"""
        s = self.session
        raw = s.connection().connection.dbapi_connection if \
            s.get_bind().dialect.name == "postgresql" else None
        if raw is None:
            yield s
            return
        was = raw.prepare_threshold
        raw.prepare_threshold = None
        try:
            yield s
        finally:
            raw.prepare_threshold = was

    def existing(self, chash: str | None, url: str | None) -> str | None:
        """The stored document with this text, else the one with this URL."""
        with self._planned() as s:
            found = None if chash is None else \
                s.scalar(select(DocumentRow.id).where(DocumentRow.content_hash == chash))
            if found is None and url:
                found = s.scalar(select(DocumentRow.id).where(DocumentRow.url == url).limit(1))
        return found

    def stored(self, doc_id: str) -> tuple | None:
        """(title, date, url) of a stored document."""
        with self._planned() as s:
            row = s.execute(select(DocumentRow.title, DocumentRow.date, DocumentRow.url)
                            .where(DocumentRow.id == doc_id)).first()
        return tuple(row) if row is not None else None

    def taken(self, doc_id: str) -> bool:
        with self._planned() as s:
            return s.execute(select(DocumentRow.id).where(DocumentRow.id == doc_id)
                             ).first() is not None

    def lookup(self, chash: str, doc_id: str | None) -> tuple[str | None, bool]:
        """(the stored document with this text, whether `doc_id` is taken) in one query:
        on PostgreSQL each lookup is a round trip."""
        cond = DocumentRow.content_hash == chash
        if doc_id:
            cond = cond | (DocumentRow.id == doc_id)
        with self._planned() as s:
            rows = s.execute(select(DocumentRow.id, DocumentRow.content_hash)
                             .where(cond).limit(3)).all()
        found = next((i for i, h in rows if h == chash), None)
        return found, any(i == doc_id for i, _ in rows)

    def near(self, sig, also=()) -> str | None:
        """The closest original `sig` nearly copies, stored or among `also`."""
        from . import neardup
        with self._planned() as s:
            return neardup.find(s, sig, also)

    def write(self, item: DocumentIn) -> AddResult:
        from .writer import Later, merge_events, now, upsert_entities, write_layers
        raw, src = item.raw, item.raw.source or item.raw.url or item.raw.id or "document"
        if item.status == "failed":
            return AddResult(item.doc_id, "failed", error=item.error)
        s = self.session
        self._lock(s)
        doc_json = (item.doc_json or {}) if item.status == "added" else {}
        row = DocumentRow(id=item.doc_id, url=raw.url, title=raw.title, date=raw.date,
                          language=item.language, text=raw.text, content_hash=item.content_hash,
                          source=raw.source or None, ingested_at=now(),
                          duplicate_of=item.duplicate_of, minhash=item.minhash,
                          warnings=doc_json.get("warnings") or None)
        events = 0
        later = Later()         # this document's share of the batch's deferred rows
        mark = self._ids.mark() if self._ids is not None else None
        try:
            with s.begin_nested():
                s.add(row)
                s.flush()
                if self._copies_meanwhile(item):
                    row.duplicate_of, row.minhash, row.warnings = item.duplicate_of, None, None
                if item.status != "added":
                    later.add("search", search_index.index_rows(
                        [("document", row.id, row.id, (row.title or "") + "\n" + row.text)]))
                else:
                    if item.signature is not None:
                        from . import neardup
                        neardup.add(s, item.doc_id, item.signature)
                    entities = upsert_entities(s, doc_json, later)
                    event_rows = write_layers(s, None, doc_json, item.terms, item.vectors, later,
                                              self._ids)
                    merge_events(s, item.doc_id, raw.date, event_rows, entities, item.terms,
                                 later)
                    events = len(event_rows)
        except IntegrityError:
            # another process stored the same document meanwhile
            self._give_back(mark)
            self._n += 1
            return AddResult(item.doc_id, "exists")
        except StoreError:
            raise
        except (OperationalError, DBAPIError) as exc:
            self._give_back(mark)
            return AddResult(item.doc_id, "failed", error=f"{src}: cannot store: {exc.orig or exc}")
        self._later.take(later)
        self._n += 1
        return AddResult(item.doc_id, item.status, duplicate_of=item.duplicate_of,
                         language=item.language, events=events)

    def _give_back(self, mark) -> None:
        if mark is not None and self._ids is not None:
            self._ids.reset(mark)

    def _copies_meanwhile(self, item: DocumentIn) -> bool:
        """Whether `item`, an original when it was judged, nearly copies a document another
        ingest process stored after that (each took the other's for new while neither was
        committed): then it becomes a copy of it, as it would have been had they been read
        by one process, and its analysis is not stored. Asked only of documents judged
        before this transaction held the write lock, once it holds it (after the document's
        row went in), so no other process's document can slip in between."""
        if item.status != "added" or item.signature is None or item.judged_in == self._tx:
            return False
        original = self.near(item.signature)
        if original is None:
            return False
        item.status, item.duplicate_of = "duplicate", original
        item.minhash = item.signature = None
        return True

    def due(self) -> bool:
        return self._s is not None and (self._n >= self.size
                                        or time.monotonic() - self._t0 >= self.seconds)

    def commit(self) -> None:
        if self._s is not None:
            try:
                if self._later:
                    self._later.write(self._s)
                self._s.commit()
            finally:
                self._s.close()
                self._s = None

    def rollback(self) -> None:
        if self._s is not None:
            self._later = None
            try:
                self._s.rollback()
            finally:
                self._s.close()
                self._s = None


class Writing:
    """The writing half of `Store` (mixed into it; uses its sessions)."""
    _pipeline = None

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
        self._custom = pipeline

    def custom_pipeline(self):
        """The annotator given to `use_pipeline` (parallel workers get it), or None."""
        return getattr(self, "_custom", None)

    def batch_writer(self, size: int = 64, seconds: float = 2.0) -> BatchWriter:
        return BatchWriter(self, size, seconds)

    # ---- ingestion (the stages live in khronika.ingest.stages) ----------------------------
    def ingest(self, sources: list[str], *, date=None, progress: bool = False,
               on_error: Callable[[str], None] | None = None, workers: int = 1,
               scheduler: str | None = None, on_result: Callable | None = None,
               items=None, on_warning: Callable[[str], None] | None = None) -> IngestReport:
        """Read every source and add each document (see `khronika.ingest.stages.ingest`).
        `on_error` is told each failure as it happens (the CLI prints it), `on_warning` each
        document taken otherwise than given (a known text's new title not applied); all are
        also in the report."""
        from ..ingest.stages import ingest
        return ingest(self, sources, date=date, progress=progress, on_error=on_error,
                      on_warning=on_warning,
                      workers=workers, scheduler=scheduler, on_result=on_result, items=items)

    def add_document(self, raw: RawDoc) -> AddResult:
        """Analyse and store one document. Same URL or same content again: `exists`, nothing
        written. A near copy of a stored one: stored, linked by `duplicate_of`, not analysed.
        Not Ukrainian: stored with its language, not analysed."""
        from ..ingest.stages import add_one
        return add_one(self, raw)

    def delete_document(self, doc_id: str) -> bool:
        from .writer import forget_entity_docs, rebuild_after_delete
        with self.session() as s, s.begin():
            if s.get_bind().dialect.name == "postgresql":
                # the ingest writers' lock: the chronicle's kept counts (migration 0015) are
                # rows every writer of events updates, in an order only one writer at a time
                # keeps free of deadlocks
                _pg_write_lock(s)
            r = s.get(DocumentRow, doc_id)
            if r is None:
                return False
            touched = set(s.scalars(select(DocEventRow.chronicle_id).where(
                DocEventRow.doc_id == doc_id, DocEventRow.chronicle_id.is_not(None))).all())
            search_index.remove_doc(s, doc_id)
            forget_entity_docs(s, doc_id)
            for model in (MentionRow, QuoteRow, TimexRow, DocEventRow):
                s.execute(delete(model).where(model.doc_id == doc_id))
            # copies of this document become originals no more: they stay, unlinked
            for dup in s.scalars(select(DocumentRow).where(DocumentRow.duplicate_of == doc_id)):
                dup.duplicate_of = None
            s.delete(r)
            s.flush()
            rebuild_after_delete(s, touched)
        return True
