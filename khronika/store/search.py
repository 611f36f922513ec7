"""The lemma search index, one implementation per dialect: FTS5 on SQLite, a generated
tsvector ('simple' configuration over the lemma text) with a GIN index on PostgreSQL. Rows are
(kind, ref_id, doc_id, body) with kind one of document, quote, event."""
from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from .textindex import fts5_query, index_text, tsquery

TOTAL_CAP = 10_000       # search totals are counted up to this many index rows
RANK_LIMIT = 3_000       # more matching rows than this: newest first instead of by rank


def _sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def add(session: Session, rows: list[tuple[str, str, str | None, str]],
        bodies: dict[str, str] | None = None) -> None:
    """Index (kind, ref_id, doc_id, raw text) rows; the text is turned into lemmas + stems
    (`index_text`), unless `bodies` holds what it gives for that text already."""
    insert_rows(session, index_rows(rows, bodies))


def index_rows(rows: list[tuple[str, str, str | None, str]],
               bodies: dict[str, str] | None = None) -> list[dict]:
    """The parameters `insert_rows` takes for these rows (see `add`)."""
    bodies = bodies or {}
    params = [{"kind": k, "ref": r, "doc": d,
               "body": bodies[t] if t in bodies else index_text(t)} for k, r, d, t in rows if t]
    return [p for p in params if p["body"]]


def insert_rows(session: Session, params: list[dict]) -> None:
    if not params:
        return
    from .bulk import copies, copy_rows
    if copies(session, len(params)):        # PostgreSQL: one COPY for a batch's rows
        copy_rows(session, "search_index", ["kind", "ref_id", "doc_id", "body"], params,
                  ["kind", "ref", "doc", "body"])
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
    """([(kind, ref_id, doc_id, score)], total) best first (higher score = better), one hit
    per (kind, ref_id). Up to RANK_LIMIT matching rows are ranked by the engine (bm25 on FTS5,
    ts_rank on PostgreSQL) and the total is exact; a broader query lists the newest matches
    with score 0 and a total of matching index rows, capped at TOTAL_CAP."""
    kind_sql = " AND kind = :kind" if kind else ""
    window = (offset + limit) * 3 + 10     # rows fetched to fill the page after merging
    if _sqlite(session):
        match = fts5_query(q)
        if not match:
            return [], 0
        table, where, newest = "search_fts", f"search_fts MATCH :m{kind_sql}", "rowid"
        ranked = (f"SELECT kind, ref_id, doc_id, -rank FROM search_fts WHERE {where} "
                  f"ORDER BY rank LIMIT :w")
    else:
        match = tsquery(q)
        if not match:
            return [], 0
        table, where, newest = "search_index", f"tsv @@ to_tsquery('simple', :m){kind_sql}", "id"
        ranked = (f"SELECT kind, ref_id, doc_id, ts_rank(tsv, to_tsquery('simple', :m)) AS r "
                  f"FROM search_index WHERE {where} ORDER BY r DESC LIMIT :w")
    params = {"m": match, "kind": kind}
    rows = session.execute(text(f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {where} "
                                f"LIMIT {TOTAL_CAP + 1}) a"), params).scalar_one()
    if rows > RANK_LIMIT:
        # ranking every match of a common word costs seconds on a big store: newest first
        top = (f"SELECT kind, ref_id, doc_id, 0.0 FROM {table} WHERE {where} "
               f"ORDER BY {newest} DESC LIMIT :w")
        total = min(int(rows), TOTAL_CAP)
        found = session.execute(text(top), {**params, "w": window}).all()
    else:
        # every match ranked in one pass (at most RANK_LIMIT rows): the page is its head and
        # the total its distinct items, where a third pass over the index counted them
        found = session.execute(text(ranked.replace(" LIMIT :w", "")), params).all()
        total = len({(k, r) for k, r, _, _ in found})
    seen: dict[tuple[str, str], tuple[str, str, str | None, float]] = {}
    for k, r, d, score in found:
        if (k, r) not in seen:
            seen[(k, r)] = (k, r, d, round(float(score), 4))
            if len(seen) >= offset + limit:
                break
    return list(seen.values())[offset:offset + limit], int(total)
