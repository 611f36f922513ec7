"""The chronicle store: documents, their analyses and the cross-document chronicle in SQLite or
PostgreSQL, with search that survives Ukrainian inflection.

    from khronika.store import Store
    store = Store()                       # KHRONIKA_DB, else sqlite:///khronika.db
    store.ingest(["examples/"])
    page = store.timeline(entity="Умєров")

Every list method returns a `Page(items, total, limit, offset)`; items are plain JSON-able dicts
with these stable keys:

- documents(): {"id", "url", "title", "date", "language", "duplicate_of", "ingested_at",
  "chars", "n_entities", "n_quotes", "n_events", "snippet"}
- document(id): the SPEC JSON of the document ("id", "date", "language", "title", "url",
  "text", "entities", "timexes", "quotes", "events") plus "duplicate_of", "ingested_at" and
  "events_chronicle": [chronicle event id (or null) for each item of "events", same order]
- entities(): {"id", "name", "name_uk", "type", "wikidata", "mentions", "documents"}
- entity(key): the entities() keys plus "kb" (bool), "quotes": [quote items],
  "events": [event items], "cooccurring": [{"id", "name", "name_uk", "type", "documents"}],
  "documents_list": [{"id", "title", "date"}]
- quotes(): {"id", "doc_id", "doc_title", "doc_date", "start", "end", "text", "kind",
  "speaker", "speaker_name", "cue": {"start", "end", "text"} | null}
- events() / timeline() / calendar(): {"id", "type", "mode", "status", "date" (the day, or
  the TIMEX3 value of a wider time such as "2026-01" or "2026-SU", or null when the text gives
  no time: an undated event has no day), "date_start", "date_end" (its days, or null),
  "reported" (its first report's date), "time": {"value", "mod"} | null, "actors": [ids],
  "recipients": [ids], "place": id | null, "names": {id: display name}, "confidence",
  "n_sources", "summary" (evidence sentence of the first source), "first_doc" (doc id)}
- event(id): the event item plus "sources": [{"doc_id", "doc_title", "doc_date",
  "doc_event" (id inside the document), "trigger": {"start","end","text"},
  "evidence": {"start","end","text"}, "sentence"}] and "history": [{"at", "doc_id", "change"}]
- search(q): {"kind": "document" | "quote" | "event", "id", "doc_id", "title", "date",
  "snippet", "score"} best first (higher score = better); a query matching more than 3,000
  index rows lists the newest matches (score 0) with a total capped at 10,000
"""
from __future__ import annotations

__all__ = ["Store", "Page", "IngestReport", "AddResult", "StoreError"]


def __getattr__(name: str):
    # The store's classes are loaded when first asked for, not with the package: an analysis
    # worker imports only `store.textindex` (the search terms it makes with the analysis), and
    # SQLAlchemy, the query layer and the labels behind `api` cost it ~20 MB of RSS and their import.
    if name in __all__:
        from . import api
        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
