"""Event and quote pages read dates and actor lists as the database stores them (ISO text,
JSON text on SQLite) and convert a page at once, instead of having SQLAlchemy parse each date
and decode each list; PostgreSQL's driver and ORM objects hand over `date`s and lists, and
both shapes must give the same answer."""
from __future__ import annotations

import datetime as dt

from khronika.store import Store
from khronika.store.base import _iso
from khronika.store.queries import Queries, _decoded


def test_iso_takes_text_and_dates():
    assert _iso("2026-03-08") == "2026-03-08"
    assert _iso(dt.date(2026, 3, 8)) == "2026-03-08"
    assert _iso(None) is None


def test_json_texts_decoded_together_or_as_given():
    assert _decoded(['["a", "b"]', "[]", "null"]) == [["a", "b"], [], None]
    assert _decoded([["a"], '["b"]', None]) == [["a"], ["b"], None]
    assert _decoded([]) == []


def test_event_rows_same_for_text_and_decoded_values():
    """An ORM object (lists decoded, dates as `date`s) and a row of the page's columns (JSON
    and ISO text) give one tuple shape, in `_EVENT_COLUMNS` order, lists decoded."""
    from khronika.store.queries import _EVENT_FIELDS

    class Obj:
        def __init__(self, actors, recipients, place):
            for f in _EVENT_FIELDS:
                setattr(self, f, None)
            self.actors, self.recipients, self.place = actors, recipients, place

    text_rows = [Obj('["p1", "p2"]', "[]", "kyiv"), Obj("null", '["p3"]', None)]
    value_rows = [Obj(["p1", "p2"], [], "kyiv"), Obj(None, ["p3"], None)]
    at = _EVENT_FIELDS.index("actors")
    strip = lambda rows: [t[at:at + 3] for t in Queries._event_rows(rows)]
    assert strip(text_rows) == strip(value_rows) == [(["p1", "p2"], [], "kyiv"), ([], ["p3"], None)]
    assert all(len(t) == len(_EVENT_FIELDS) for t in Queries._event_rows(text_rows))


def test_sqlite_page_columns_come_as_text(tmp_path):
    """The statement of an event page hands the page's dates and lists over undecoded."""
    from sqlalchemy import select

    from khronika.store.queries import _EVENT_COLUMNS
    store = Store(f"sqlite:///{tmp_path / 'raw.db'}")
    with store.session() as s:
        s.execute(select(*_EVENT_COLUMNS).limit(1)).all()      # the schema is there, empty
        types = {c.name: c.type.python_type for c in _EVENT_COLUMNS if c.name in
                 ("date", "date_end", "reported", "actors", "recipients")}
    assert set(types.values()) == {str}
    store.close()
