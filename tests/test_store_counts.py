"""Page totals of the timeline and the event list without a filter (or with only a type) come
from counts the database keeps (`chronicle_counts`, migration 0015), not from a count(*) over
the whole chronicle: the totals stay those of a count while events are inserted, deleted and
given another type or date, by the ORM or by raw SQL, on SQLite and PostgreSQL."""
import datetime as dt
import random

from sqlalchemy import delete, event, func, insert, select, text, update

from khronika.schema import PLOVER_TYPES
from khronika.store.models import ChronicleEntityRow, ChronicleEventRow
from test_store_support import store  # noqa: F401  (fixtures)

EV = ChronicleEventRow


def _rows(rng, n, start=0):
    out = []
    for i in range(start, start + n):
        dated = rng.random() < 0.8
        d = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(2000)) if dated else None
        out.append({"id": f"c{i:05d}", "type": rng.choice(PLOVER_TYPES[:5]), "status": "occurred",
                    "date": d, "date_end": d, "actors": [], "recipients": [], "confidence": 0.5,
                    "n_sources": 1})
    return out


def _counted(store, types=None, dated=False) -> int:
    """What the page totals were before: a count(*) over the table."""
    stmt = select(func.count()).select_from(EV)
    if types:
        stmt = stmt.where(EV.type.in_(types))
    if dated:
        stmt = stmt.where(EV.date.is_not(None))
    with store.session() as s:
        return s.scalar(stmt)


def _check(store):
    for types in (None, [PLOVER_TYPES[0]], list(PLOVER_TYPES[1:3]), ["NONE"]):
        typ = ",".join(types) if types else None
        assert store.timeline(type=typ, limit=1).total == _counted(store, types, dated=True)
        assert store.events(type=typ, limit=1).total == _counted(store, types)


def test_totals_stay_those_of_a_count_through_every_kind_of_write(store):
    store.migrate()
    rng = random.Random(5)
    with store.session() as s, s.begin():
        s.execute(insert(EV), _rows(rng, 300))
    _check(store)
    with store.session() as s, s.begin():
        # a new type, a date given and a date taken away, a type and date together
        s.execute(update(EV).where(EV.id == "c00001").values(type=PLOVER_TYPES[7]))
        undated = s.scalars(select(EV.id).where(EV.date.is_(None)).order_by(EV.id).limit(3)).all()
        s.execute(update(EV).where(EV.id == undated[0]).values(date=dt.date(2024, 5, 1)))
        s.execute(update(EV).where(EV.id.in_(undated[1:])).values(date=dt.date(2023, 1, 2),
                                                                  type=PLOVER_TYPES[2]))
        s.execute(update(EV).where(EV.date < dt.date(2021, 1, 1)).values(date=None))
        s.execute(update(EV).where(EV.n_sources == 1).values(n_sources=2))   # neither: no change
        s.execute(delete(EV).where(EV.id.in_([f"c{i:05d}" for i in range(100, 140)])))
        for row in s.scalars(select(EV).where(EV.id.in_(["c00200", "c00201"]))):
            row.type = PLOVER_TYPES[4]           # through the ORM's unit of work
        s.delete(s.get(EV, "c00202"))
    _check(store)
    with store.session() as s, s.begin():      # raw SQL, as a bulk loader writes
        s.execute(text("DELETE FROM chronicle_events WHERE id >= 'c00250'"))
        s.execute(insert(EV), _rows(rng, 50, start=1000))
    _check(store)


def test_a_whole_chronicle_is_not_counted_for_a_page(store):
    store.migrate()
    with store.session() as s, s.begin():
        s.execute(insert(EV), _rows(random.Random(2), 40))
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.lower().split()))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        store.timeline(limit=5)
        store.timeline(type=PLOVER_TYPES[0], limit=5)
        store.events(limit=5)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert seen
    assert not [q for q in seen if "count(" in q and "from chronicle_events" in q]


def test_counts_of_a_store_made_before_them(tmp_path):
    """An existing store's events are counted once when it is brought to the new schema."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from khronika.store import Store
    from khronika.store.db import MIGRATIONS

    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0014")
    engine = create_engine(url)
    with engine.begin() as c:
        c.execute(insert(EV), _rows(random.Random(9), 120))
    engine.dispose()
    store = Store(url)
    try:
        _check(store)
        assert store.timeline(limit=1).total == _counted(store, dated=True) > 0
    finally:
        store.close()


LINK = ChronicleEntityRow
PEOPLE = [f"p{i}" for i in range(6)]


def _distinct_pairs(store, entity) -> int:
    """What an entity's timeline total was before: its distinct dated (date, event) links."""
    pairs = select(LINK.date, LINK.event_id).where(LINK.entity_id == entity,
                                                   LINK.date.is_not(None)).distinct().subquery()
    with store.session() as s:
        return s.scalar(select(func.count()).select_from(pairs))


def _check_entities(store):
    for entity in PEOPLE + ["nobody"]:
        assert store.timeline(entity=entity, limit=1).total == _distinct_pairs(store, entity), entity


def _links(rng, rows):
    out = []
    for r in rows:
        for role in ("actor", "recipient", "place"):
            for who in rng.sample(PEOPLE, rng.randrange(0, 3)):
                out.append({"event_id": r["id"], "entity_id": who, "role": role, "date": r["date"]})
    return list({(x["event_id"], x["entity_id"], x["role"]): x for x in out}.values())


def test_an_entitys_total_stays_that_of_its_links_through_every_kind_of_write(store):
    from khronika.store.models import EntityRow
    store.migrate()
    rng = random.Random(8)
    rows = _rows(rng, 200)
    with store.session() as s, s.begin():
        s.execute(insert(EntityRow), [{"id": p, "name": p, "type": "PER"} for p in PEOPLE])
        s.execute(insert(EV), rows)
        s.execute(insert(LINK), _links(rng, rows))          # one statement, many pairs twice
    _check_entities(store)
    with store.session() as s, s.begin():
        # one role of an entity in two roles goes (the event still names it), then the other
        both = s.execute(select(LINK.event_id, LINK.entity_id).where(LINK.date.is_not(None))
                         .group_by(LINK.event_id, LINK.entity_id).having(func.count() > 1)
                         .order_by(LINK.event_id).limit(4)).all()
        for event_id, entity in both[:2]:
            first = s.scalars(select(LINK.role).where(LINK.event_id == event_id,
                                                      LINK.entity_id == entity).limit(1)).one()
            s.execute(delete(LINK).where(LINK.event_id == event_id, LINK.entity_id == entity,
                                         LINK.role == first))
        s.execute(delete(LINK).where(LINK.event_id == both[3][0], LINK.entity_id == both[3][1]))
        # an event's links redated as the writer does it: deleted and written again
        moved = s.execute(select(LINK).where(LINK.event_id == rows[7]["id"])).scalars().all()
        again = [{"event_id": m.event_id, "entity_id": m.entity_id, "role": m.role,
                  "date": dt.date(2030, 1, 1)} for m in moved]
        s.execute(delete(LINK).where(LINK.event_id == rows[7]["id"]))
        if again:
            s.execute(insert(LINK), again)
        # links changed in place, an undated link given a date, one person for another
        s.execute(update(LINK).where(LINK.event_id == rows[9]["id"]).values(date=None))
        s.execute(update(LINK).where(LINK.event_id == rows[11]["id"]).values(date=dt.date(2031, 2, 2)))
        s.execute(update(LINK).where(LINK.event_id == rows[12]["id"], LINK.role == "actor")
                  .values(entity_id=PEOPLE[5]))
        s.execute(text("UPDATE chronicle_entities SET role = 'place' WHERE role = 'recipient' "
                       "AND event_id = :e"), {"e": rows[13]["id"]})
        # events deleted: their links go with them (ON DELETE CASCADE)
        s.execute(delete(EV).where(EV.id.in_([r["id"] for r in rows[20:60]])))
    _check_entities(store)
    with store.session() as s, s.begin():
        s.execute(text("DELETE FROM chronicle_entities WHERE entity_id = :p"), {"p": PEOPLE[0]})
        more = _rows(rng, 30, start=500)
        s.execute(insert(EV), more)
        s.execute(insert(LINK), _links(rng, more))
    _check_entities(store)


def test_an_entitys_links_are_not_counted_for_its_page(store):
    from khronika.store.models import EntityRow
    store.migrate()
    rng = random.Random(4)
    rows = _rows(rng, 40)
    with store.session() as s, s.begin():
        s.execute(insert(EntityRow), [{"id": p, "name": p, "type": "PER"} for p in PEOPLE])
        s.execute(insert(EV), rows)
        s.execute(insert(LINK), _links(rng, rows))
    seen = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(" ".join(statement.lower().split()))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        page = store.timeline(entity=PEOPLE[1], limit=5)
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    assert page.total == _distinct_pairs(store, PEOPLE[1]) > 0
    assert not [q for q in seen if "count(" in q and "from chronicle_entities" in q]
