"""The `Store` facade (signatures fixed; see the package docstring for the item keys): one
class made of the parts that answer each kind of call, so callers keep one object.

- `base`: connection, sessions, `Page`
- `writing`: ingest, add and delete documents
- `queries`: documents, entities, quotes, events, timeline, calendar
- `searching`: search hits with snippets
- `overview`: counts for charts, an entity's network, places for a map, nearest announced events
- `export`: the chronicle as jsonl, csv, PLOVER, iCalendar, parquet
- `watching`: what `khronika watch` last saw of its feeds and files
"""
from __future__ import annotations

from .base import Page, StoreBase
from .db import StoreError  # noqa: F401  (re-exported)
from .export import Exporting
from .overview import Overview
from .queries import Queries
from .searching import Searching, snippet  # noqa: F401  (re-exported)
from .watching import Watching
from .writing import AddResult, IngestReport, Writing

__all__ = ["Store", "Page", "AddResult", "IngestReport", "StoreError", "snippet"]


class Store(Writing, Queries, Searching, Overview, Exporting, Watching, StoreBase):
    pass
