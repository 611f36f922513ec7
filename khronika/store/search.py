"""The lemma search index, one implementation per dialect: FTS5 on SQLite, a generated
tsvector ('simple' configuration over the lemma text) with a GIN index on PostgreSQL. Rows are
(kind, ref_id, doc_id, body) with kind one of document, quote, event."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from .textindex import fts5_query, index_text, tsquery

TOTAL_CAP = 10_000       # search totals are exact up to this many hits, then capped


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def add(session: Session, rows: list[tuple[str, str, str | None, str]]) -> None:
    """Index (kind, ref_id, doc_id, raw text) rows; the text is turned into lemmas + stems."""
    params = [{"kind": k, "ref": r, "doc": d, "body": index_text(t)} for k, r, d, t in rows if t]
    params = [p for p in params if p["body"]]
    if not params:
        return
    table = "search_fts" if _sqlite(session) else "search_index"
    session.execute(text(f"INSERT INTO {table} (kind, ref_id, doc_id, body) "
                         f"VALUES (:kind, :ref, :doc, :body)"), params)


def remove_doc(session: Session, doc_id: str) -> None:
    table = "search_fts" if _sqlite(session) else "search_index"
    session.execute(text(f"DELETE FROM {table} WHERE doc_id = :d"), {"d": doc_id})


def remove_ref(session: Session, kind: str, ref_id: str) -> None:
    table = "search_fts" if _sqlite(session) else "search_index"
    session.execute(text(f"DELETE FROM {table} WHERE kind = :k AND ref_id = :r"),
                    {"k": kind, "r": ref_id})


def query(session: Session, q: str, *, kind: str | None = None, limit: int = 20,
          offset: int = 0) -> tuple[list[tuple[str, str, str | None, float]], int]:
    """([(kind, ref_id, doc_id, score)], total) best first (higher score = better); one hit
    per (kind, ref_id). Ranking is the engine's (bm25 on FTS5, ts_rank on PostgreSQL) over
    the top rows only, so a page costs the same on a small or a huge store."""
    kind_sql = " AND kind = :kind" if kind else ""
    window = (offset + limit) * 3 + 10     # rows fetched to fill the page after merging
    if _sqlite(session):
        match = fts5_query(q)
        if not match:
            return [], 0
        where = f"search_fts MATCH :m{kind_sql}"
        top = (f"SELECT kind, ref_id, doc_id, rank FROM search_fts WHERE {where} "
               f"ORDER BY rank LIMIT :w")
        count = f"SELECT kind, ref_id FROM search_fts WHERE {where}"
    else:
        match = tsquery(q)
        if not match:
            return [], 0
        where = f"tsv @@ to_tsquery('simple', :m){kind_sql}"
        top = (f"SELECT kind, ref_id, doc_id, -ts_rank(tsv, to_tsquery('simple', :m)) AS r "
               f"FROM search_index WHERE {where} ORDER BY r LIMIT :w")
        count = f"SELECT kind, ref_id FROM search_index WHERE {where}"
    params = {"m": match, "kind": kind}
    seen: dict[tuple[str, str], tuple[str, str, str | None, float]] = {}
    for k, r, d, score in session.execute(text(top), {**params, "w": window}):
        if (k, r) not in seen:
            seen[(k, r)] = (k, r, d, round(-float(score), 4))
    # a common word matches a large part of the store: counted up to TOTAL_CAP
    total = session.execute(text(f"SELECT COUNT(*) FROM (SELECT DISTINCT kind, ref_id FROM "
                                 f"({count}) a LIMIT {TOTAL_CAP + 1}) b"), params).scalar_one()
    return list(seen.values())[offset:offset + limit], min(int(total), TOTAL_CAP)
