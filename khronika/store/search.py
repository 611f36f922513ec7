"""The lemma search index, one implementation per dialect: FTS5 on SQLite, a generated
tsvector ('simple' configuration over the lemma text) with a GIN index on PostgreSQL. Rows are
(kind, ref_id, doc_id, body) with kind one of document, quote, event."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from .textindex import fts5_query, index_text, tsquery


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
    """([(kind, ref_id, doc_id, score)], total) best first; one hit per (kind, ref_id)."""
    kind_sql = " AND kind = :kind" if kind else ""
    if _sqlite(session):
        match = fts5_query(q)
        if not match:
            return [], 0
        inner = (f"SELECT kind, ref_id, doc_id, bm25(search_fts) AS score FROM search_fts "
                 f"WHERE search_fts MATCH :m{kind_sql}")
        params = {"m": match, "kind": kind}
        best = "MIN(score)"
        order = "ASC"
    else:
        tq = tsquery(q)
        if not tq:
            return [], 0
        inner = (f"SELECT kind, ref_id, doc_id, ts_rank(tsv, to_tsquery('simple', :m)) AS score "
                 f"FROM search_index WHERE tsv @@ to_tsquery('simple', :m){kind_sql}")
        params = {"m": tq, "kind": kind}
        best = "MAX(score)"
        order = "DESC"
    # materialised, so SQLite does not flatten bm25() out of the FTS query's context
    cte = f"WITH a AS MATERIALIZED ({inner}) "
    total = session.execute(text(f"{cte}SELECT COUNT(*) FROM (SELECT kind, ref_id FROM a "
                                 f"GROUP BY kind, ref_id) b"), params).scalar_one()
    rows = session.execute(text(
        f"{cte}SELECT kind, ref_id, MIN(doc_id), {best} AS s FROM a GROUP BY kind, ref_id "
        f"ORDER BY s {order}, kind, ref_id LIMIT :lim OFFSET :off"),
        {**params, "lim": limit, "off": offset}).all()
    out = []
    for k, r, d, s in rows:
        score = -float(s) if _sqlite(session) else float(s)
        out.append((k, r, d, round(score, 4)))
    return out, int(total)
