"""Time values keep their precision through the store and every export: a month stays a month,
a season or a quarter stays one, a decade never becomes a day, and an event whose text gives
no date is exported without one (its first report's date stands apart, as `reported`)."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from khronika.chronicle.timerange import value_range
from test_web_fixtures import _sentence, _span, fill_store

D = dt.date


@pytest.mark.parametrize("value,rng", [
    ("199", (D(1990, 1, 1), D(1999, 12, 31))),
    ("19", (D(1900, 1, 1), D(1999, 12, 31))),
    ("2025-SP", (D(2025, 3, 1), D(2025, 5, 31))),
    ("2025-Q2", (D(2025, 4, 1), D(2025, 6, 30))),
    ("2025-04", (D(2025, 4, 1), D(2025, 4, 30))),
])
def test_every_calendar_value_is_its_whole_range(value, rng):
    assert value_range(value) == rng


# (event type, sentence, time value or None), written for this test
EVENTS = [
    ("AGREE", "Україна та Польща підписали угоду про співпрацю ще у 1990-х роках.", "199"),
    ("CONSULT", "Навесні 2025 року Україна і Польща проведуть консультації.", "2025-SP"),
    ("AID", "У другому кварталі Україна отримає від Польщі нові генератори.", "2025-Q2"),
    ("REQUEST", "У квітні Україна попросить Польщу про допомогу з енергетикою.", "2025-04"),
    ("SUPPORT", "Польща підтримала Україну на саміті.", None),
]


def _docs() -> list[dict]:
    docs = []
    for k, (typ, text, value) in enumerate(EVENTS):
        ents = []
        for eid, name, form in (("ukraine", "Ukraine", "Україн"), ("poland", "Poland", "Польщ")):
            piece = next(w.strip(".,") for w in text.split() if w.startswith(form))
            ents.append({"id": eid, "name": name, "name_uk": name, "type": "LOC", "wikidata": None,
                         "mentions": [_span(text, piece)]})
        trigger = text.split()[-3]
        docs.append({
            "id": f"p{k}", "date": "2025-03-10", "language": "uk", "url": None, "title": typ,
            "text": text, "entities": ents, "timexes": [], "quotes": [],
            "events": [{"id": "e1", "type": typ, "mode": None,
                        "status": "occurred" if value in ("199", None) else "planned",
                        "actors": ["ukraine"], "recipients": ["poland"], "place": None,
                        "time": {"value": value, "mod": None} if value else None,
                        "trigger": _span(text, trigger), "evidence": _sentence(text, trigger),
                        "confidence": 0.8}]})
    return docs


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store(request, tmp_path_factory):
    """The same events in SQLite and, when KHRONIKA_TEST_PG names a server, in PostgreSQL (a
    schema of its own, dropped after)."""
    if request.param == "sqlite":
        yield fill_store(f"sqlite:///{tmp_path_factory.mktemp('prec') / 's.db'}", _docs())
        return
    from test_store_support import pg_schema
    url, drop = pg_schema()
    st = fill_store(url, _docs())
    yield st
    st.close()
    drop()


def test_store_keeps_each_precision_and_places_a_decade_in_its_years(store):
    by_type = {e["type"]: e for e in store.timeline(limit=50).items}
    assert {t: by_type[t]["precision"] for t in by_type} == {
        "AGREE": "decade", "CONSULT": "season", "AID": "quarter", "REQUEST": "month",
        "SUPPORT": "none"}
    assert by_type["AGREE"]["time"]["value"] == "199"
    # placed in the 1990s, not on the day of the report: the value at its precision, its days
    assert (by_type["AGREE"]["date"], by_type["AGREE"]["date_start"],
            by_type["AGREE"]["date_end"]) == ("199", "1990-01-01", "1999-12-31")
    assert by_type["REQUEST"]["date"] == "2025-04"
    # an undated event has no day, only the date of its report
    assert (by_type["SUPPORT"]["date"], by_type["SUPPORT"]["reported"]) == (None, "2025-03-10")
    # the calendar lists announced events by the start of their period, with their value
    spring = {e["type"]: e["time"]["value"] for e in
              store.calendar(date_from=D(2025, 3, 1), date_to=D(2025, 5, 31)).items}
    assert spring == {"CONSULT": "2025-SP", "AID": "2025-Q2", "REQUEST": "2025-04"}


def test_exports_keep_the_precision_and_leave_an_unknown_date_unknown(store):
    want = {"AGREE": ("199", "decade", "1990-01-01", "1999-12-31"),
            "CONSULT": ("2025-SP", "season", "2025-03-01", "2025-05-31"),
            "AID": ("2025-Q2", "quarter", "2025-04-01", "2025-06-30"),
            "REQUEST": ("2025-04", "month", "2025-04-01", "2025-04-30"),
            "SUPPORT": (None, "none", None, None)}
    out = io.StringIO()
    store.export("csv", out)
    rows = {r["type"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    for typ, (date, prec, lo, hi) in want.items():
        r = rows[typ]
        assert (r["date"] or None, r["precision"], r["date_start"] or None, r["date_end"] or None) \
            == (date, prec, lo, hi)
        assert r["reported"] == "2025-03-10"
    for fmt, key in (("plover", "event_type"), ("jsonl", "type")):
        out = io.StringIO()
        store.export(fmt, out)
        text = out.getvalue()
        items = json.loads(text) if fmt == "plover" else [json.loads(x) for x in text.splitlines()]
        got = {i[key]: (i["date"], i["precision"], i["date_start"], i["date_end"]) for i in items}
        assert got == want


def test_calendar_file_holds_only_what_a_calendar_can_show(store):
    from icalendar import Calendar
    out = io.StringIO()
    assert store.export("ics", out) == 1        # the month; the season and quarter are counted
    events = Calendar.from_ical(out.getvalue()).walk("VEVENT")
    assert [(e["DTSTART"].dt, e["DTEND"].dt) for e in events] == [(D(2025, 4, 1), D(2025, 5, 1))]


def test_a_season_or_quarter_is_announced_in_each_of_its_months(store):
    # May: the spring and the second quarter still run; April's request is over
    may = {e["type"] for e in store.calendar(date_from=D(2025, 5, 1), date_to=D(2025, 5, 31)).items}
    assert may == {"CONSULT", "AID"}
    june = {e["type"] for e in store.events(status="planned", date_from="2025-06-01",
                                            date_to="2025-06-30", spanning=True).items}
    assert june == {"AID"}
    # without `spanning` the events API still lists by the start of the period
    assert store.events(status="planned", date_from="2025-06-01", date_to="2025-06-30").total == 0
