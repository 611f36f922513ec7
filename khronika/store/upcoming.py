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

import datetime as dt
from functools import lru_cache

from sqlalchemy import Date, bindparam, select, text, union_all
from sqlalchemy.orm import Session

from ..schema import PLOVER_TYPES
from .base import dialect_name
from .chronicle_merge import SPAN_DAYS
from .models import ChronicleEntityRow, ChronicleEventRow

INDEX = "ix_chronicle_status_end_date"


def calendar_rows(s: Session, params: dict, limit: int, offset: int, columns, total) -> tuple[list, int]:
    """(rows of the page, total) for the filters `params` of `Queries._event_filters`
    ("stats", "dreach" and maybe "dto"). `columns`: the event columns a page reads;
    `total(statement, params)`: the store's (possibly reused) count of a statement."""
    dialect = dialect_name(s)
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


def spanning_rows(s: Session, params: dict, shape_of, limit: int, offset: int, columns,
                  total) -> tuple[list, int]:
    """(rows of the page, total) of the events whose date range meets [dreach, dto], newest
    first (`Queries.events(spanning=True)`, the calendar's month). `params`: the filters of
    `Queries._event_filters` with "dreach" for the first day; `shape_of(kind, names)`: the
    (count, page) statements of `queries._event_queries`.

    One statement (`date <= dto AND date_end >= dreach ORDER BY date DESC`) walked the (status,
    date, id) index from the month's end back to the first event ever whenever the month had
    fewer events than a page, and counted along (status, date_end) every event ending after
    the month's first day: on 100,000 events a month cost 22-30 ms of CPU, growing with the
    store. The events listed fall in two disjoint parts, one after the other in that order:
    those begun in the range (a bounded range of the (status, date, id) index) and those begun
    before it and still running on its first day, found per span class through the (type,
    span, date) index within the class's longest range before that day (few: seasons, years)."""
    names = tuple(sorted({*(k for k in params if k != "dreach"), "dfrom"}))
    inside = {**{k: v for k, v in params.items() if k != "dreach"}, "dfrom": params["dreach"]}
    count_in, page_in = shape_of("events", names)
    n_in = total(count_in, inside)
    rows: list = []
    if offset < n_in:
        rows = s.execute(page_in, {**inside, "limit": limit, "offset": offset}).all()
    found_q, rows_q = _begun_before("dto" in params, "ids" in params, columns)
    lows = {f"lo{c}": params["dreach"] - dt.timedelta(days=d) for c, d in enumerate(SPAN_DAYS)}
    found = s.scalars(found_q, {k: params[k] for k in ("dreach", "dto") if k in params}
                      | {"plover": PLOVER_TYPES, **lows}).all()
    running = []
    if found:
        types, stats = params.get("types"), params.get("stats")
        running = [r for r in s.execute(rows_q, {"found": found, **({"ids": params["ids"]}
                                                                    if "ids" in params else {})})
                   if (types is None or r.type in types) and (stats is None or r.status in stats)]
    if len(rows) < limit:
        start = max(0, offset - n_in)
        rows += running[start:start + limit - len(rows)]
    return rows, n_in + len(running)


@lru_cache(maxsize=None)
def _begun_before(with_end: bool, with_ids: bool, columns: tuple):
    """(ids, rows) statements of the events begun before `dreach` (and not after `dto`) whose
    range reaches it. The ids: a class's events last at most its `SPAN_DAYS`, so they begin
    within that many days before; the last class, unbounded, holds the few events longer than
    a year. Every stored type is a PLOVER type (`schema`): naming them all lets the (type,
    span, date) index serve without a type filter. A dated event without a span class (the
    writer gives every dated event one; migration 0004 gave the old) would not be found. The
    rows: those events by their ids (bound as "found"), of the entities "ids" if `with_ids`,
    newest first; their type and status are tested by the caller: with such filters in either
    statement SQLite's planner walked the (status, date) index over every event begun before
    the day instead."""
    ev = ChronicleEventRow.__table__.c
    link = ChronicleEntityRow.__table__.c
    plover = ev.type.in_(bindparam("plover", expanding=True))
    dreach = bindparam("dreach", type_=Date)
    reach = [ev.date < dreach, ev.date_end >= dreach]
    if with_end:
        reach.append(ev.date <= bindparam("dto", type_=Date))
    parts = [select(ev.id).where(plover, ev.span == c, ev.date >= bindparam(f"lo{c}", type_=Date),
                                 *reach) for c in range(len(SPAN_DAYS))]
    parts.append(select(ev.id).where(plover, ev.span == len(SPAN_DAYS), *reach))
    stmt = select(*columns).where(ev.id.in_(bindparam("found", expanding=True)))
    if with_ids:
        stmt = stmt.where(ev.id.in_(select(link.event_id).where(
            link.entity_id.in_(bindparam("ids", expanding=True)))))
    return union_all(*parts), stmt.order_by(ev.date.desc(), ev.id)
