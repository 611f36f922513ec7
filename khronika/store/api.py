"""The `Store` facade (signatures fixed; see the package docstring for the item keys)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import IO, Any


class StoreError(RuntimeError):
    """A store that cannot be opened or used (bad URL, server unreachable, ...): the CLI prints
    the message without a traceback."""


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

    def to_json(self) -> dict:
        return {"added": self.added, "exists": self.exists, "duplicates": self.duplicates,
                "foreign": self.foreign, "failed": self.failed, "events": self.events,
                "errors": list(self.errors)}


class Store:
    def __init__(self, url: str | None = None):
        self.url = url

    def migrate(self) -> None:
        pass

    def ingest(self, sources: list[str], *, date=None, progress: bool = False) -> IngestReport:
        return IngestReport()

    def add_document(self, raw) -> AddResult:
        return AddResult(doc_id=raw.id or "", status="failed", error="not implemented yet")

    def documents(self, *, limit=50, offset=0, q=None) -> Page:
        return Page([], 0, limit, offset)

    def document(self, doc_id: str) -> dict | None:
        return None

    def delete_document(self, doc_id: str) -> bool:
        return False

    def entities(self, *, limit=50, offset=0, q=None, type=None) -> Page:
        return Page([], 0, limit, offset)

    def entity(self, key: str) -> dict | None:
        return None

    def quotes(self, *, speaker=None, q=None, limit=50, offset=0) -> Page:
        return Page([], 0, limit, offset)

    def events(self, *, entity=None, type=None, status=None, date_from=None, date_to=None,
               limit=50, offset=0) -> Page:
        return Page([], 0, limit, offset)

    def event(self, event_id: str) -> dict | None:
        return None

    def timeline(self, *, entity=None, type=None, date_from=None, date_to=None, limit=100,
                 offset=0) -> Page:
        return Page([], 0, limit, offset)

    def calendar(self, *, date_from=None, date_to=None, limit=100, offset=0) -> Page:
        return Page([], 0, limit, offset)

    def search(self, query: str, *, limit=20, offset=0) -> Page:
        return Page([], 0, limit, offset)

    def export(self, fmt: str, out: IO) -> int:
        return 0
