"""The lemma search index, one implementation per dialect: FTS5 on SQLite, a tsvector with a
GIN index on PostgreSQL. Rows are (kind, ref_id, doc_id, body) with kind one of document,
quote, event; the body is the text's index terms (`textindex.index_text`).

On PostgreSQL the tsvector is written with the row, made here from the body's terms as they
are, each at its place in the body (`pg_tsvector`), and a query is the terms as they are
(`CAST(... AS tsquery)`): a stem term ("s_санкці") is one lexeme, as on SQLite (migration
0011). `to_tsvector('simple', body)`, the column's former expression, split it at the
underscore into "s" (in every row) and "санкці", so a stem in a query was a two-lexeme phrase
and a lemma could match a stem's second half; its parser was also about a third of the
server's CPU for a document."""
from __future__ import annotations

import re

from sqlalchemy import text
from sqlalchemy.orm import Session

from .textindex import fts5_query, index_text, tsquery

TOTAL_CAP = 10_000       # search totals are counted up to this many index rows
RANK_LIMIT = 3_000       # more matching rows than this: newest first instead of by rank


def _sqlite(session) -> bool:
    """Whether a session's or a Core connection's database is SQLite."""
    from .base import dialect_name
    return dialect_name(session) == "sqlite"


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
    if _sqlite(session):
        session.execute(text("INSERT INTO search_fts (kind, ref_id, doc_id, body) "
                             "VALUES (:kind, :ref, :doc, :body)"), params)
        return
    from .bulk import copies, copy_rows
    params = [dict(p, tsv=pg_tsvector(p["body"])) for p in params]
    if copies(session, len(params)):        # one COPY for a batch's rows
        copy_rows(session, "search_index", ["kind", "ref_id", "doc_id", "body", "tsv"], params,
                  ["kind", "ref", "doc", "body", "tsv"])
        return
    session.execute(text("INSERT INTO search_index (kind, ref_id, doc_id, body, tsv) "
                         "VALUES (:kind, :ref, :doc, :body, CAST(:tsv AS tsvector))"), params)


MAX_LEXEME = 2046       # bytes: PostgreSQL keeps a lexeme's length in 11 bits


def pg_tsvector(body: str) -> str:
    """A body's tsvector as PostgreSQL reads it: every term a lexeme as it is, at its place
    among the body's terms (a term met more often ranks its row higher, as on SQLite; the
    server caps positions at 16383). Terms are word characters (`index_text`), so none needs
    quoting; one that would is quoted, one too long for a lexeme left out."""
    terms = body.split()
    if _UNSAFE.search(body) or max(map(len, terms), default=0) > MAX_LEXEME // 4:
        return " ".join(f"'{t}':{i}" for i, t in enumerate(
            (t.replace("\\", "\\\\").replace("'", "''") for t in terms), 1)
            if len(t.encode()) <= MAX_LEXEME)
    return " ".join([f"{t}:{i}" for i, t in enumerate(terms, 1)])


_UNSAFE = re.compile(r"['\\:]")


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
        table, where, newest = "search_index", f"tsv @@ CAST(:m AS tsquery){kind_sql}", "id"
        ranked = (f"SELECT kind, ref_id, doc_id, ts_rank(tsv, CAST(:m AS tsquery)) AS r "
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
