"""The calendar's page: announced events whose date range reaches a day, oldest first, read
along indexes at a cost that does not grow with the events before that day.

One statement (`status = planned AND date_end >= day ORDER BY date, id`) walked the
(status, date, id) index from the first announced event ever, reading each row to test its
end: on 1,000,000 events the calendar from a recent day read ~190,000 rows per page and as
many to count them (0.9 s of CPU). The events it lists fall in two parts that are disjoint
and ordered one before the other, since every stored event has both ends or neither:

- those begun before the day and still running on it (a season, a year): few, found along
  the (status, date_end, date, id) index and sorted;
- those from the day on: along (status, date, id) in order, where each row read is listed.

The total and the size of the first part are counted on the (status, date_end, date, id)
index alone. SQLite's planner, without statistics of a date range's share, preferred the
ordered index for them too, so on SQLite those statements name the index (`INDEXED BY`);
PostgreSQL chooses by its own statistics."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Date, bindparam, text
from sqlalchemy.orm import Session

INDEX = "ix_chronicle_status_end_date"


def calendar_rows(s: Session, params: dict, limit: int, offset: int, columns, total) -> tuple[list, int]:
    """(rows of the page, total) for the filters `params` of `Queries._event_filters`
    ("stats", "dreach" and maybe "dto"). `columns`: the event columns a page reads;
    `total(statement, params)`: the store's (possibly reused) count of a statement."""
    dialect = s.get_bind().dialect.name
    shape = "dto" in params
    count_all, count_before, page_before = _statements(dialect, shape, columns)
    n = total(count_all, params)
    before = int(s.scalar(count_before, params) or 0)
    rows: list = []
    if offset < before:
        rows = s.execute(page_before, {**params, "limit": limit, "offset": offset}).all()
    if len(rows) < limit and offset + len(rows) < n:
        from .queries import _event_queries
        _, page_after = _event_queries("calendar", tuple(sorted({*params, "dfrom"})))
        rows += s.execute(page_after, {**params, "dfrom": params["dreach"], "limit": limit - len(rows),
                                       "offset": max(0, offset - before)}).all()
    return rows, n


@lru_cache(maxsize=None)
def _statements(dialect: str, with_end: bool, columns: tuple):
    """(count of the whole calendar, count of its events begun before the day, a page of
    those), with bound parameters stats, dreach, [dto], limit, offset."""
    hint = f" INDEXED BY {INDEX}" if dialect == "sqlite" else ""
    until = " AND date <= :dto" if with_end else ""
    where = f"status IN :stats AND date_end >= :dreach{until}"
    binds = [bindparam("stats", expanding=True), bindparam("dreach", type_=Date)]
    if with_end:
        binds.append(bindparam("dto", type_=Date))
    count_all = text(f"SELECT count(*) FROM chronicle_events{hint} WHERE {where}").bindparams(*binds)
    count_before = text(f"SELECT count(*) FROM chronicle_events{hint} WHERE {where} "
                        "AND date < :dreach").bindparams(*binds)
    names = ", ".join(c.name for c in columns)
    page_before = (text(f"SELECT {names} FROM chronicle_events{hint} WHERE {where} AND date < :dreach "
                        "ORDER BY date, id LIMIT :limit OFFSET :offset")
                   .bindparams(*binds).columns(*columns))
    return count_all, count_before, page_before
