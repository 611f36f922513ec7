"""The calendar's month (`events(spanning=True)`): every event whose date range meets the
month, newest first, the same as a plain filter would list; and read along indexes, so its
cost does not grow with the events stored before or after the month. The cost is counted in
SQLite's virtual-machine steps (a progress handler), not timed."""
import datetime as dt
import random

import pytest
from sqlalchemy import event, insert

from khronika.schema import PLOVER_TYPES
from khronika.store import Store
from khronika.store.chronicle_merge import span_class
from khronika.store.models import ChronicleEventRow

MONTH = (dt.date(2024, 3, 1), dt.date(2024, 3, 31))


def _rows(rng, n, first, days, long_share=0.1):
    """`n` events begun within `days` days from `first`; some last weeks, months or years."""
    out = []
    for _ in range(n):
        d = first + dt.timedelta(days=rng.randrange(days))
        length = rng.choice([0, 0, 0, 3, 30, 200, 900]) if rng.random() < long_share else 0
        end = d + dt.timedelta(days=length)
        out.append({"id": f"e{rng.getrandbits(48):012x}", "type": rng.choice(PLOVER_TYPES),
                    "status": rng.choice(["planned", "planned", "occurred"]), "date": d,
                    "date_end": end, "span": span_class((d, end)), "actors": [], "recipients": [],
                    "confidence": 0.5, "n_sources": 1})
    return out


@pytest.fixture
def month_store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'm.db'}")
    store.migrate()
    rng = random.Random(7)
    rows = _rows(rng, 400, dt.date(2021, 1, 1), 1800)        # 2021 to late 2025, the month in it
    with store.session() as s, s.begin():
        s.execute(insert(ChronicleEventRow), rows)
    yield store, rows, rng
    store.close()


def _listed(rows, status, first, last):
    hit = [r for r in rows if r["status"] == status and r["date"] <= last and r["date_end"] >= first]
    return [r["id"] for r in sorted(hit, key=lambda r: (-r["date"].toordinal(), r["id"]))]


def test_a_month_lists_what_a_plain_filter_lists(month_store):
    store, rows, _ = month_store
    for first, last in (MONTH, (dt.date(2021, 1, 1), dt.date(2021, 1, 31)),
                        (dt.date(2025, 11, 1), dt.date(2025, 11, 30))):
        want = _listed(rows, "planned", first, last)
        for limit, offset in ((500, 0), (3, 0), (4, 2), (5, len(want) - 2), (5, len(want) + 3)):
            page = store.events(status="planned", date_from=first.isoformat(),
                                date_to=last.isoformat(), limit=limit, offset=offset, spanning=True)
            assert page.total == len(want)
            assert [e["id"] for e in page.items] == want[offset:offset + limit]
        # a type filter, and a range ending before it begins: nothing begun after its end
        kinds = PLOVER_TYPES[:5]
        page = store.events(status="planned", type=",".join(kinds), date_from=first.isoformat(),
                            date_to=last.isoformat(), limit=500, spanning=True)
        typed = {r["id"] for r in rows if r["type"] in kinds}
        assert [e["id"] for e in page.items] == [i for i in want if i in typed]
        page = store.events(status="planned", date_from=first.isoformat(),
                            date_to=(first - dt.timedelta(days=40)).isoformat(), limit=500,
                            spanning=True)
        early = _listed(rows, "planned", first, first - dt.timedelta(days=40))
        assert [e["id"] for e in page.items] == early and page.total == len(early)


def _steps(store, fn) -> int:
    """SQLite virtual-machine steps (in hundreds) that `fn`'s statements take."""
    count = [0]

    def handler():
        count[0] += 1
        return 0

    def install(conn, cursor, statement, parameters, context, executemany):
        conn.connection.dbapi_connection.set_progress_handler(handler, 100)
    event.listen(store.engine, "before_cursor_execute", install)
    try:
        fn()
    finally:
        event.remove(store.engine, "before_cursor_execute", install)
    return count[0]


def test_a_month_costs_the_same_however_many_events_lie_elsewhere(month_store):
    store, rows, rng = month_store

    def month():
        return store.events(status="planned", date_from=MONTH[0].isoformat(),
                            date_to=MONTH[1].isoformat(), limit=500, spanning=True)
    store.forget_totals()
    listed = month().total
    small = _steps(store, month)
    # ten times as many events, years before and after the month, none of them reaching it
    far = (_rows(rng, 2000, dt.date(2016, 1, 1), 1800, long_share=0)
           + _rows(rng, 2000, dt.date(2026, 1, 1), 1800, long_share=0))
    with store.session() as s, s.begin():
        s.execute(insert(ChronicleEventRow), far)
    store.forget_totals()
    assert month().total == listed
    assert _steps(store, month) < 1.5 * small
