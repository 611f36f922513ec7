"""What every part of the store shares: the connection (made on first use, never at import),
sessions, the `Page` of a list answer and small conversions.

Nothing connects at import or construction: the engine is made and the schema migrated on the
first call that needs the database."""
from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..document import parse_date
from .db import StoreError, make_engine, migrate, redact


@dataclass
class Page:
    items: list[dict]
    total: int
    limit: int
    offset: int

    def to_json(self) -> dict:
        return {"items": self.items, "total": self.total, "limit": self.limit, "offset": self.offset}



def _date(value) -> dt.date | None:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise StoreError(str(exc)) from exc


def dialect_name(s) -> str:
    """The database's dialect ("sqlite", "postgresql") of a session or a Core connection."""
    return (s.dialect if isinstance(s, Connection) else s.get_bind().dialect).name


def _iso(d) -> str | None:
    """A day as ISO text. Read pages select their dates as the text SQLite holds ("2026-01-02",
    see `queries.raw`), so that a page does not parse each into a `date` to print it again;
    PostgreSQL's driver and ORM objects still give `date`s."""
    if not d:
        return None
    return d if d.__class__ is str else d.isoformat()


class StoreBase:
    # seconds a page total may be reused (0: always counted). A server sets it to its read
    # cache's TTL: the total of a filter is the same for every page of it, and counting
    # 100,000 index entries cost more than reading the page itself
    count_seconds: float = 0.0

    def __init__(self, url: str | None = None):
        if url is None:
            from ..settings import Settings
            url = Settings.from_env().db
        self.url = url
        self._engine = None
        self._sessions = None
        self._pipeline = None
        self._near = None
        self._lock = threading.Lock()
        self._totals: dict = {}
        self._count_sqls: dict = {}     # id(statement) -> (statement, its SQL, its own values)

    # ---- plumbing -------------------------------------------------------------------------
    @property
    def engine(self):
        if self._engine is not None:
            return self._engine
        with self._lock:         # a web server's threads may all arrive first at once
            if self._engine is not None:
                return self._engine
            engine = make_engine(self.url)
            try:
                migrate(engine)
            except (OperationalError, DBAPIError) as exc:
                engine.dispose()
                raise StoreError(f"cannot open the store {redact(self.url)}: "
                                 f"{str(exc.orig).strip().splitlines()[0] if exc.orig else exc}") from exc
            self._sessions = sessionmaker(engine, expire_on_commit=False)
            self._engine = engine
        return self._engine

    def _total(self, s: Session, stmt, params: dict | None = None) -> int:
        """`SELECT count(...)` of a page's filters (with its bound `params`), reused for
        `count_seconds`."""
        if self.count_seconds <= 0:
            return int(s.scalar(stmt, params) or 0)
        import time
        sql, own = self._count_sql(stmt)
        key = (sql, repr(sorted({**own, **(params or {})}.items())))
        now = time.monotonic()
        found = self._totals.get(key)
        if found is not None and found[0] > now:
            return found[1]
        total = int(s.scalar(stmt, params) or 0)
        if len(self._totals) > 4096:
            self._totals.clear()
        self._totals[key] = (now + self.count_seconds, total)
        return total

    def _count_sql(self, stmt) -> tuple[str, dict]:
        """A count statement's SQL and its own bound values, the key of its kept total: worked
        out once per statement object. The page queries' counts are built once (`lru_cache`)
        and come back as the same object, and compiling one again for every request cost
        more than the count it spared (a timeline page 1.08 ms of CPU with no totals kept,
        1.33-1.59 ms with them kept and reused: issue 14 part S24). A statement built anew
        for each call is compiled each time, as before. The statement is held with its SQL,
        so its id is never another's while the entry lasts."""
        found = self._count_sqls.get(id(stmt))
        if found is not None and found[0] is stmt:
            return found[1], found[2]
        compiled = stmt.compile(dialect=self.engine.dialect)
        if len(self._count_sqls) > 1024:
            self._count_sqls.clear()
        self._count_sqls[id(stmt)] = (stmt, compiled.string, compiled.params)
        return compiled.string, compiled.params

    def forget_totals(self) -> None:
        self._totals.clear()

    def session(self) -> Session:
        self.engine
        return self._sessions()

    def reading(self) -> Connection:
        """A Core connection for a read of plain columns (`with store.reading() as c:`), where
        the pages of the API need no ORM session: a session's making, its ORM execution path
        and its closing cost each request more CPU than most of its statements take in
        SQLite. Rows and the transaction's end (rolled back, the connection pooled) are the
        session's."""
        return self.engine.connect()

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        self.engine

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
