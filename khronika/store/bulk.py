"""Many rows into one table at once: on PostgreSQL `COPY ... FROM STDIN` for a batch, one
`INSERT ... SELECT FROM unnest(arrays)` for a few rows; an executemany elsewhere.

On PostgreSQL an executemany is still one INSERT per row on the server (psycopg pipelines
them, the server runs each); COPY parses and inserts the batch's rows in one command, and
psycopg writes them without building a statement per row. A COPY has its own set-up (and
round trips): a few rows go as one column array each, into a statement of one shape whatever
their number, which psycopg converts once and prepares. SQLite runs in this process, where an
executemany has no round trip to save."""
from __future__ import annotations

from functools import lru_cache

import json

from sqlalchemy import JSON, insert, text
from sqlalchemy.orm import Session

COPY_FROM = 8       # fewer rows than this: one INSERT from arrays (a COPY has its own set-up)


def copies(session: Session, n: int) -> bool:
    """Whether `n` rows go in by COPY here."""
    return n >= COPY_FROM and session.get_bind().dialect.name == "postgresql"


def insert_many(session: Session, table, params: list[dict], copy: bool = True) -> None:
    """Insert `params` (dicts keyed by column name) into `table` (a SQLAlchemy Table), in the
    session's transaction; `copy=False`: never by COPY (one document's rows, written as it
    is stored: one statement, one round trip)."""
    if not params:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(table), params)
        return
    params = _json_as_text(table, params)
    if copy and len(params) >= COPY_FROM:
        copy_rows(session, table.name, list(params[0]), params)
    else:
        insert_arrays(session, table, params)


def _json_as_text(table, params: list[dict]) -> list[dict]:
    """The rows with each JSON column's value as its JSON text: COPY and the column arrays
    bypass the column type that serialises it in an INSERT. Written as that type does
    (`json.dumps`, None as JSON null), so a row reads back the same whichever way it went."""
    cols = [c.name for c in table.columns if isinstance(c.type, JSON) and c.name in params[0]]
    if not cols:
        return params
    return [{**p, **{c: json.dumps(p[c]) for c in cols}} for p in params]


def insert_arrays(session: Session, table, params: list[dict]) -> None:
    """One `INSERT ... SELECT * FROM unnest(...)` of `params` (PostgreSQL only): every row's
    value of a column in one array parameter."""
    if not params:
        return
    cols = tuple(params[0])
    session.execute(_arrays_insert(table, cols, session.get_bind().dialect),
                    {f"c{i}": [p[c] for p in params] for i, c in enumerate(cols)})


@lru_cache(maxsize=None)
def _arrays_insert(table, cols: tuple[str, ...], dialect):
    prep = dialect.identifier_preparer
    arrays = ", ".join(f"CAST(:c{i} AS {table.c[c].type.compile(dialect=dialect)}[])"
                       for i, c in enumerate(cols))
    return text(f"INSERT INTO {prep.format_table(table)} "
                f"({', '.join(prep.quote(c) for c in cols)}) SELECT * FROM unnest({arrays})")


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
