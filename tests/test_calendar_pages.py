"""The calendar from a day: every announced event whose date range reaches that day, oldest
first, page after page, the same on both backends; and on SQLite its statements go along the
(status, date_end) index instead of walking every announced event before the day."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from test_store_support import make_store

DAY = dt.date(2025, 6, 10)


def _events(n: int = 400, seed: int = 3) -> list[dict]:
    """Announced and other events over three years: most one day long, some running a season
    or a year, so some begun before DAY still run on it."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        start = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1000))
        length = rng.choice([0] * 8 + [40, 90, 364])
        rows.append({"id": f"ev-{i:05d}", "type": "AGREE", "mode": None,
                     "status": rng.choice(["planned", "planned", "occurred", "negated"]),
                     "date": start, "date_end": start + dt.timedelta(days=length),
                     "time_value": start.isoformat(), "time_mod": None, "precision": "day",
                     "reported": start, "actors": [], "recipients": [], "place": None,
                     "confidence": 0.7, "n_sources": 1, "summary": f"подія {i}",
                     "first_doc": None, "updated_at": None, "profile": None, "span": None})
    # two on one day, so the order by id within a day is tested too
    rows.append(dict(rows[0], id="ev-same-a", status="planned", date=DAY, date_end=DAY))
    rows.append(dict(rows[0], id="ev-same-b", status="planned", date=DAY, date_end=DAY))
    return rows


def _filled(store):
    from sqlalchemy import insert

    from khronika.store.models import ChronicleEventRow
    rows = _events()
    with store.session() as s, s.begin():
        s.execute(insert(ChronicleEventRow.__table__), rows)
    return rows


def _expected(rows, day, until=None) -> list[str]:
    keep = [r for r in rows if r["status"] == "planned" and r["date_end"] >= day
            and (until is None or r["date"] <= until)]
    return [r["id"] for r in sorted(keep, key=lambda r: (r["date"], r["id"]))]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_calendar_pages_list_every_event_reaching_the_day_in_order(kind, tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store, cleanup = make_store(kind, tmp_path)
    try:
        rows = _filled(store)
        for until in (None, DAY + dt.timedelta(days=60)):
            want = _expected(rows, DAY, until)
            running = [i for i in want if next(r for r in rows if r["id"] == i)["date"] < DAY]
            assert running and len(want) > len(running)      # both parts are there
            for limit in (7, 25, 500):
                got = []
                for offset in range(0, len(want) + limit, limit):
                    page = store.calendar(date_from=DAY.isoformat(),
                                          date_to=until.isoformat() if until else None,
                                          limit=limit, offset=offset)
                    assert page.total == len(want)
                    got += [e["id"] for e in page.items]
                assert got == want, (until, limit)
    finally:
        cleanup()


def test_calendar_statements_use_the_end_index_on_sqlite(tmp_path, monkeypatch):
    """What the calendar sends, planned by SQLite once the store has statistics (ANALYZE):
    no statement may walk the announced events along (status, date) alone, reading every one
    before the day."""
    from sqlalchemy import event, text
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store, cleanup = make_store("sqlite", tmp_path)
    try:
        _filled(store)
        with store.engine.begin() as c:
            c.execute(text("ANALYZE"))
        sent = []

        def seen(conn, cursor, statement, parameters, context, executemany):
            if "chronicle_events" in statement and "date_end" in statement:
                sent.append((statement, parameters))
        event.listen(store.engine, "before_cursor_execute", seen)
        store.calendar(date_from=DAY.isoformat(), limit=10, offset=5)
        event.remove(store.engine, "before_cursor_execute", seen)
        assert sent
        raw = store.engine.raw_connection()
        try:
            for statement, parameters in sent:
                plan = " | ".join(r[-1] for r in raw.execute("EXPLAIN QUERY PLAN " + statement, parameters))
                walks_all = "ix_chronicle_status_date_id (status=?)" in plan
                assert not walks_all, (statement, plan)
        finally:
            raw.close()
    finally:
        cleanup()
