"""Writing: documents in (read, deduplicated, analysed, stored with their layers, their events
merged into the chronicle) and out again.

Each document is committed on its own, so an interrupted ingest loses nothing it had stored and
a re-run skips what is there."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from typing import Callable, Iterable

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError, OperationalError

from ..ingest.readers import InputError, RawDoc
from . import search as search_index
from .base import StoreError, _date
from .models import DocEventRow, DocumentRow, MentionRow, QuoteRow, TimexRow


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


class Writing:
    """The writing half of `Store` (mixed into it; uses its sessions)."""
    _pipeline = None
    _near = None

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
