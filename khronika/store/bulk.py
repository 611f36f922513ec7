"""Many rows into one table at once: `COPY ... FROM STDIN` on PostgreSQL, an executemany
elsewhere.

On PostgreSQL an executemany is still one INSERT per row on the server (psycopg pipelines
them, the server runs each); COPY parses and inserts the batch's rows in one command, and
psycopg writes them without building a statement per row. SQLite runs in this process, where
an executemany has no round trip to save."""
from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

COPY_FROM = 8       # fewer rows than this: an executemany (a COPY has its own set-up)


def copies(session: Session, n: int) -> bool:
    """Whether `n` rows go in by COPY here."""
    return n >= COPY_FROM and session.get_bind().dialect.name == "postgresql"


def insert_many(session: Session, table, params: list[dict]) -> None:
    """Insert `params` (dicts keyed by column name) into `table` (a SQLAlchemy Table), in the
    session's transaction."""
    if not params:
        return
    if not copies(session, len(params)):
        session.execute(insert(table), params)
        return
    copy_rows(session, table.name, list(params[0]), params)


def copy_rows(session: Session, name: str, columns: list[str], params: list[dict],
              keys: list[str] | None = None) -> None:
    """COPY `params` into table `name` (PostgreSQL only): column `columns[i]` takes each
    dict's `keys[i]` (default: the column's name)."""
    keys = keys or columns
    conn = session.connection()
    prep = conn.dialect.identifier_preparer
    sql = f"COPY {prep.quote(name)} ({', '.join(prep.quote(c) for c in columns)}) FROM STDIN"
    raw = conn.connection.dbapi_connection
    with raw.cursor() as cur, cur.copy(sql) as copy:
        for p in params:
            copy.write_row([p[k] for k in keys])
