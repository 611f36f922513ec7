"""Engines and migrations: a store URL becomes a SQLAlchemy engine (SQLite with WAL and foreign
keys, or PostgreSQL through psycopg 3), and the schema is brought to head with the Alembic
scripts shipped in the package, so no alembic.ini is needed where the store is used."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreError(RuntimeError):
    """A store that cannot be opened or used (bad URL, server unreachable, ...): the CLI prints
    the message without a traceback."""


def normalise_url(url: str) -> str:
    """Accept what people type: a bare path is SQLite; postgres:// and postgresql:// use
    psycopg 3."""
    url = url.strip()
    if "://" not in url:
        return "sqlite:///" + url
    scheme, rest = url.split("://", 1)
    if scheme in ("postgres", "postgresql", "postgresql+psycopg"):
        return "postgresql+psycopg://" + rest
    if scheme.startswith("sqlite"):
        return url
    raise StoreError(f"unsupported database URL {redact(url)!r}: use sqlite:///PATH or "
                     f"postgresql://USER:PASSWORD@HOST/DB")


def redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    try:
        if url.startswith("sqlite"):
            path = make_url(url).database
            if path and path != ":memory:":
                parent = Path(path).expanduser().resolve().parent
                if not parent.is_dir():
                    raise StoreError(f"cannot open SQLite store {path!r}: folder {parent} does not exist")
            engine = create_engine(url, connect_args={"timeout": 30})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_conn, _):
                cur = dbapi_conn.cursor()
                cur.execute("PRAGMA foreign_keys=ON")
                if path and path != ":memory:":
                    _use_wal(cur)
                    cur.execute("PRAGMA synchronous=NORMAL")
                    cur.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
                cur.close()
            return engine
        return create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 10})
    except ArgumentError as exc:
        raise StoreError(f"bad database URL {redact(url)!r}: {exc}") from exc
    except ModuleNotFoundError as exc:
        raise StoreError(f"database driver missing for {redact(url)!r}: {exc}") from exc


def _use_wal(cur, budget: float | None = None) -> None:
    """Put the store in WAL mode, which it keeps in its file. Only a fresh file needs the
    switch, and there several processes may open it at the same instant: the switch takes the
    write lock, and SQLite answers 'database is locked' at once, without waiting out the busy
    timeout, when another connection holds that lock while this one reads (it would deadlock).
    So the mode is read first (no switch, no lock once some process has made it WAL) and a
    refused switch is tried again for a while, until this or another process has made it."""
    import sqlite3
    import time

    delay, deadline = 0.01, time.monotonic() + (_WAL_WAIT_S if budget is None else budget)
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal":
                return
            if cur.execute("PRAGMA journal_mode=WAL").fetchone()[0].lower() == "wal":
                return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
        if time.monotonic() >= deadline:
            raise sqlite3.OperationalError("database is locked (could not switch it to WAL)")
        time.sleep(delay)
        delay = min(delay * 2, 0.5)


def head_revision() -> str:
    """The newest migration shipped (revisions are numbered by their file names), read
    without importing Alembic."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def current_revision(engine: Engine) -> str | None:
    """The store's schema revision, or None when it has none yet (or cannot say)."""
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
    except DBAPIError:
        return None
    return rows[0][0] if len(rows) == 1 else None


def migrate(engine: Engine) -> None:
    """alembic upgrade head on this engine, unless the store is at head already: a query
    command then opens the store without importing Alembic (a second of start-up).

    Two processes may open a fresh store at once (two ingests started together): the upgrade
    runs under a write lock held for the whole transaction (SQLite `BEGIN IMMEDIATE`, a
    PostgreSQL advisory lock), and the revision is read again once the lock is held, so the
    second process waits and then finds the schema made instead of creating it twice."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect, text

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False)
                        .replace("%", "%%"))
    try:
        with engine.begin() as conn:
            if conn.dialect.name == "sqlite":
                # the other process may take long over the whole schema on a slow or busy machine:
                # wait for it up to ten minutes rather than the 30 s a normal write gets
                conn.exec_driver_sql(f"PRAGMA busy_timeout={_MIGRATION_WAIT_MS}")
                conn.exec_driver_sql("BEGIN IMMEDIATE")     # waits (busy timeout) for the other writer
            elif conn.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK})
            if inspect(conn).has_table("alembic_version"):
                rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
                if len(rows) == 1 and rows[0][0] == head_revision():
                    return                                   # made by the process we waited for
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        if engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
            engine.dispose()     # the long wait stays with the migration, not pooled writes


# Reads map the store's file instead of copying each page they touch out of the kernel's
# cache into the connection's own (2 MB) one: an entity page's statements took 1.45 -> 1.05 ms
# of SQLite CPU on a 100,000-document store (issue 14, part S25). Writes still go through the
# WAL; the mapping is address space, the pages are the kernel's cache shared by every process.
SQLITE_MMAP_BYTES = 1 << 30
_MIGRATION_WAIT_MS = 600_000
_WAL_WAIT_S = 60.0       # a fresh store's switch to WAL, tried again while another process makes it
_MIGRATION_LOCK = 0x6B68726F6E   # an arbitrary constant key for pg_advisory_xact_lock ("khron")
