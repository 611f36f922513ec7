"""The rows of one analysed document's layers (mentions, time expressions, quotes, its event
reports and search rows), and the `Later` buffer that holds the rows nothing reads back
during an ingest so a batch writes them with one statement per table. Apart from the
entities (`entity_rows`) and the chronicle (`chronicle_merge`) because these rows depend on
the document alone: nothing else stored is read to write them."""
from __future__ import annotations

from sqlalchemy.orm import Session

from ..document import Document, parse_date
from . import search
from .bulk import insert_many
from .models import ChronicleHistoryRow, DocEventRow, EntityDocRow, MentionRow, QuoteRow, TimexRow


class Later:
    """Rows nothing reads back while an ingest runs (mentions, time expressions, the
    (entity, document) links of the entity pages, search index rows, chronicle history), kept to be written
    with one statement per table for a whole batch of documents (`BatchWriter.commit`,
    in the batch's transaction) instead of one per table and document: on PostgreSQL each
    statement is a round trip. Without one (`later=None`) they are written at once."""

    def __init__(self):
        self.rows: dict[str, list[dict]] = {}

    def add(self, table: str, rows: list[dict]) -> None:
        if rows:
            self.rows.setdefault(table, []).extend(rows)

    def take(self, other: "Later") -> None:
        for table, rows in other.rows.items():
            self.add(table, rows)

    def __bool__(self) -> bool:
        return any(self.rows.values())

    def write(self, session: Session) -> None:
        rows, self.rows = self.rows, {}
        for table, params in rows.items():
            _write_rows(session, table, params)


class RowIds:
    """The ids of new quotes and event reports, given by the writer instead of read back from
    the database. The ORM reads back each new row's id with one INSERT per row (on SQLite,
    whose RETURNING order SQLAlchemy does not trust, even for many rows), and a report's
    chronicle event, known only after the merge, then needed an UPDATE of it: 4.7 statements
    a document. Only for a writer that no other can interleave with: `BatchWriter` on SQLite
    takes the largest ids once per transaction, after BEGIN IMMEDIATE has locked the store
    for it, and numbers on from there as SQLite itself would (these tables have no
    AUTOINCREMENT: a new rowid is the largest plus one). PostgreSQL, where several writers
    share a store and draw from its sequences, keeps them."""

    TABLES = ("quotes", "doc_events")

    def __init__(self, session: Session):
        from sqlalchemy import func, select
        self.next = {}
        for name, model in (("quotes", QuoteRow), ("doc_events", DocEventRow)):
            top = session.scalar(select(func.max(model.id)))
            self.next[name] = (top or 0) + 1

    def take(self, table: str) -> int:
        n = self.next[table]
        self.next[table] = n + 1
        return n

    def mark(self) -> dict:
        return dict(self.next)

    def reset(self, mark: dict) -> None:
        """Back to `mark`: a document rolled back to its savepoint gives its ids back, as
        SQLite would reuse them."""
        self.next = dict(mark)


_TABLES = {"mentions": MentionRow.__table__, "timexes": TimexRow.__table__,
           "entity_docs": EntityDocRow.__table__, "history": ChronicleHistoryRow.__table__}


def _write_rows(session: Session, table: str, params: list[dict]) -> None:
    if not params:
        return
    if table == "search":
        search.insert_rows(session, params)
    else:
        insert_many(session, _TABLES[table], params)


def _put(session: Session, later: Later | None, table: str, params: list[dict]) -> None:
    if later is not None:
        later.add(table, params)
    else:
        _write_rows(session, table, params)


def write_layers(session: Session, doc: Document | None, doc_json: dict,
                 terms: dict[str, str] | None = None,
                 vectors: dict[str, bytes] | None = None,
                 later: Later | None = None, ids: "RowIds | None" = None) -> list[DocEventRow]:
    """`terms` and `vectors`: search bodies and evidence embeddings made with the analysis
    (`khronika.ingest.stages`); each report keeps its embedding, so none is encoded here.
    `ids`: the store's only writer numbers the quotes and reports itself (`RowIds`), so they
    are not flushed here to learn their ids: they go in with the merge's one flush, a
    statement per table, each report with its chronicle event already set."""
    doc_id = doc_json["id"]
    vectors = vectors or {}
    # mentions and timexes are never read back here: one executemany each, not an INSERT per
    # row as the ORM does when it must fetch each new row's id (18 statements a document)
    mentions = [{"doc_id": doc_id, "entity_id": e["id"], "start": m["start"], "end": m["end"],
                 "text": m["text"]}
                for e in doc_json.get("entities") or [] for m in e.get("mentions") or []]
    _put(session, later, "mentions", mentions)
    timexes = [{"doc_id": doc_id, "start": t["start"], "end": t["end"], "text": t["text"],
                "type": t["type"], "value": str(t["value"]), "mod": t.get("mod")}
               for t in doc_json.get("timexes") or []]
    _put(session, later, "timexes", timexes)
    quote_rows = []
    date = parse_date(doc_json.get("date"))
    for q in doc_json.get("quotes") or []:
        cue = q.get("cue") or {}
        row = QuoteRow(doc_id=doc_id, start=q["start"], end=q["end"], text=q["text"],
                       kind=q["kind"], speaker=q.get("speaker"), cue_start=cue.get("start"),
                       cue_end=cue.get("end"), cue_text=cue.get("text"), date=date)
        if ids is not None:
            row.id = ids.take("quotes")
        session.add(row)
        quote_rows.append(row)
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
            confidence=float(ev.get("confidence") or 0.5), extra=extra or None,
            embedding=vectors.get(ev["evidence"]["text"]))
        if ids is not None:
            row.id = ids.take("doc_events")
        session.add(row)
        event_rows.append(row)
    if ids is None:
        session.flush()
    rows = [("document", doc_id, doc_id, (doc_json.get("title") or "") + "\n" + doc_json["text"])]
    rows += [("quote", str(q.id), doc_id, q.text) for q in quote_rows]
    _put(session, later, "search", search.index_rows(rows, terms))
    return event_rows
