"""The store library over SQLite and PostgreSQL: layers with offsets, the chronicle merging
reports of one happening, search despite inflection, entity profiles, deletion, exports."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from khronika.ingest.readers import RawDoc
from test_store_support import DATA, sqlite_store, store  # noqa: F401  (fixtures)


def _text(name: str) -> str:
    return (DATA / "folder" / name).read_text(encoding="utf-8")


def _fill(store):
    a = store.add_document(RawDoc(text=_text("talks.txt"), id="talks", date=dt.date(2025, 12, 4),
                                  title="Переговори в Анкарі"))
    b = store.add_document(RawDoc(text=_text("talks-followup.txt"), id="followup",
                                  date=dt.date(2025, 12, 5)))
    c = store.add_document(RawDoc(text=_text("plans.txt"), id="plans", date=dt.date(2025, 12, 10)))
    return a, b, c


def test_add_document_stores_every_layer_with_offsets(store):
    a, _, _ = _fill(store)
    assert a.status == "added" and a.events >= 1
    doc = store.document("talks")
    assert doc["title"] == "Переговори в Анкарі" and doc["date"] == "2025-12-04"
    text = doc["text"]
    for e in doc["entities"]:
        for m in e["mentions"]:
            assert text[m["start"]:m["end"]] == m["text"]
    for q in doc["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
    for ev in doc["events"]:
        assert text[ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
        assert text[ev["trigger"]["start"]:ev["trigger"]["end"]] == ev["trigger"]["text"]
    assert len(doc["events_chronicle"]) == len(doc["events"])
    assert all(doc["events_chronicle"])
    assert store.document("nope") is None


def test_two_reports_of_one_meeting_become_one_chronicle_event(store):
    _fill(store)
    ankara = store.events(entity="Фідана", type="CONSULT").items
    assert len(ankara) == 1, ankara
    ev = store.event(ankara[0]["id"])
    assert ev["n_sources"] == 2
    assert {s["doc_id"] for s in ev["sources"]} == {"talks", "followup"}
    for s in ev["sources"]:
        assert s["sentence"] == s["evidence"]["text"]
    assert len(ev["history"]) == 2
    assert ev["names"]["rustem-umerov"] == "Рустем Умєров"


def test_timeline_orders_by_date_and_filters(store):
    _fill(store)
    tl = store.timeline(entity="Умєров")
    # in order of where each is placed: its date range, else (undated) its first report
    dates = [i["date_start"] or i["reported"] for i in tl.items]
    assert dates == sorted(dates) and tl.total == 2
    assert store.timeline(type="ACCUSE").total == 0
    assert store.timeline(date_from="2025-12-09").total == 1
    assert store.timeline(entity="Неіснуючий").total == 0


def test_calendar_shows_planned_events_ahead(store):
    _fill(store)
    cal = store.calendar(date_from="2025-12-01")
    assert cal.total == 1
    assert cal.items[0]["status"] == "planned" and cal.items[0]["place"] == "geneva"
    assert store.calendar(date_from="2030-01-01").total == 0


def test_search_finds_inflected_forms(store):
    _fill(store)
    # "Умєров" appears as "Умєрова" only in the follow-up and the plans
    hits = store.search("Умєров")
    docs = {i["doc_id"] for i in hits.items if i["kind"] == "document"}
    assert {"talks", "followup", "plans"} <= docs
    kinds = {i["kind"] for i in hits.items}
    assert {"document", "event"} <= kinds
    assert "quote" in {i["kind"] for i in store.search("домовитися").items}
    assert store.search("Умєровим").total == hits.total
    assert store.search("переговорів Фідана").total >= 2
    assert store.search("ракетами").total == 0
    assert store.search("").total == 0


def test_entity_profile_by_any_form(store):
    _fill(store)
    prof = store.entity("Умєрова")
    assert prof["id"] == "rustem-umerov" and prof["type"] == "PER"
    assert prof["wikidata"] == "Q3675226" and prof["documents"] == 3
    assert prof["quotes"] and prof["quotes"][0]["speaker_name"] == "Рустем Умєров"
    assert prof["events"]
    assert "hakan-fidan" in {c["id"] for c in prof["cooccurring"]}
    assert store.entity("hakan-fidan")["name"] == "Hakan Fidan"
    assert store.entity("Вигаданий") is None


def test_entity_page_events_are_its_timeline_newest_first_with_their_names(store):
    # the page reads its events, quotes and co-occurring entities first and names them all
    # in one lookup: each part must still name what it shows as its own query does
    _fill(store)
    page = store.entity("rustem-umerov")
    ids = [e["id"] for e in page["events"]]
    assert ids and len(ids) == len(set(ids))
    line = store.timeline(entity="rustem-umerov", limit=500).items
    dated = [e["id"] for e in page["events"] if e["date_start"]]
    assert dated == [e["id"] for e in reversed(line)][:len(dated)]
    for e in page["events"]:
        assert e["names"] == store.event(e["id"])["names"]
        assert "rustem-umerov" in e["actors"] + e["recipients"] + [e["place"]]
    quotes = store.quotes(speaker="rustem-umerov", limit=50).items
    assert [q["id"] for q in page["quotes"]] == [q["id"] for q in quotes]
    assert [q["speaker_name"] for q in page["quotes"]] == [q["speaker_name"] for q in quotes]
    for c in page["cooccurring"]:
        other = store.entity(c["id"])
        assert (c["name"], c["name_uk"], c["type"]) == (other["name"], other["name_uk"], other["type"])


def test_a_documents_rows_need_it_and_go_with_it(store):
    # PostgreSQL checks them per statement (migration 0013), SQLite by its foreign keys:
    # the same answers either way
    from sqlalchemy import delete, func, insert, select
    from sqlalchemy.exc import IntegrityError

    from khronika.store.models import DocumentRow, EntityDocRow, MentionRow, NearBandRow, TimexRow
    _fill(store)
    row = {"entity_id": "x", "start": 0, "end": 1, "text": "x"}
    with store.session() as s:
        with pytest.raises(IntegrityError):
            with s.begin():
                s.execute(insert(MentionRow.__table__),
                          [{**row, "doc_id": "talks"}, {**row, "doc_id": "no-such-document"}])
        with s.begin():
            s.execute(insert(MentionRow.__table__), [{**row, "doc_id": "talks"}] * 9)
    with store.session() as s:
        with s.begin():
            s.execute(delete(DocumentRow).where(DocumentRow.id.in_(["talks", "plans"])))
        for model in (MentionRow, TimexRow, EntityDocRow, NearBandRow):
            left = dict(s.execute(select(model.doc_id, func.count()).group_by(model.doc_id)).all())
            assert "talks" not in left and "plans" not in left, model
        assert s.scalar(select(func.count()).select_from(MentionRow)) > 0    # followup's


def test_lists_are_paged(store):
    _fill(store)
    docs = store.documents(limit=2)
    assert docs.total == 3 and len(docs.items) == 2
    assert store.documents(limit=2, offset=2).items[0]["id"] not in {d["id"] for d in docs.items}
    assert store.documents(q="Женеві").total == 1
    ents = store.entities(type="LOC")
    assert ents.total >= 3 and all(e["type"] == "LOC" for e in ents.items)
    assert store.entities(q="Туреччини").items[0]["id"] == "turkey"
    qs = store.quotes(speaker="Умєрову")
    assert qs.total == 1 and qs.items[0]["doc_id"] == "talks"
    assert store.quotes(q="домовилися").total == 1


def test_delete_document_rebuilds_the_chronicle(store):
    _fill(store)
    ev_id = store.events(entity="hakan-fidan").items[0]["id"]
    assert store.delete_document("followup") is True
    assert store.delete_document("followup") is False
    ev = store.event(ev_id)
    assert ev is not None and ev["n_sources"] == 1
    assert store.search("Турецька").total == 0
    assert store.delete_document("talks")
    assert store.event(ev_id) is None


def test_exports(store, tmp_path):
    _fill(store)
    n_events = store.events().total
    out = io.StringIO()
    assert store.export("jsonl", out) == n_events
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert all(r["sources"] for r in rows)
    out = io.StringIO()
    store.export("csv", out)
    table = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(table) == n_events and "Рустем Умєров" in table[0]["actors"]
    out = io.StringIO()
    store.export("plover", out)
    plover = json.loads(out.getvalue())
    assert plover[0]["event_type"] == "CONSULT" and plover[0]["source_sentence"]
    assert {"id", "mode", "actor", "recipient", "date", "location"} <= set(plover[0])
    out = io.StringIO()
    # the planned meeting's text gives no date here: it is left out and counted, never put on
    # a day made up from the report's date
    assert store.export("ics", out) == 0
    from icalendar import Calendar
    cal = Calendar.from_ical(out.getvalue())
    assert not cal.walk("VEVENT") and "1 подія" in str(cal["X-WR-CALDESC"])
    import pyarrow.parquet as pq
    path = tmp_path / "events.parquet"
    with path.open("wb") as f:
        assert store.export("parquet", f) == n_events
    assert pq.read_table(path).num_rows == n_events
    with pytest.raises(ValueError):
        store.export("xml", io.StringIO())


def test_bad_urls_give_store_errors(tmp_path):
    from khronika.store import Store, StoreError
    with pytest.raises(StoreError):
        Store("mysql://somewhere/db").migrate()
    with pytest.raises(StoreError):
        Store(f"sqlite:///{tmp_path}/missing/folder/x.db").migrate()
    with pytest.raises(StoreError):
        Store("postgresql://u:p@127.0.0.1:1/db").migrate()


def test_no_connection_before_use(tmp_path):
    from khronika.store import Store
    s = Store(f"sqlite:///{tmp_path / 'lazy.db'}")
    assert not (tmp_path / "lazy.db").exists()
    s.migrate()
    assert (tmp_path / "lazy.db").exists()


def test_search_terms_join_inflected_names():
    from khronika.store.textindex import index_text, query_groups
    body = set(index_text("Умєровим").split())
    for form in ("Умєров", "Умєрова", "Умєрову"):
        assert any(t in body for t in query_groups(form)[0])


def test_broad_search_lists_newest_first(store, monkeypatch):
    from khronika.store import search as search_mod
    _fill(store)
    ranked = store.search("Умєров")
    monkeypatch.setattr(search_mod, "RANK_LIMIT", 0)
    broad = store.search("Умєров")
    assert {(i["kind"], i["id"]) for i in broad.items} == {(i["kind"], i["id"]) for i in ranked.items}
    assert all(i["score"] == 0 for i in broad.items)
    assert broad.total >= ranked.total


def _documents_found(store, query: str) -> set[str]:
    return {i["doc_id"] for i in store.search(query).items if i["kind"] == "document"}


def test_search_meets_inflected_words_on_every_backend(store):
    # the same answers on SQLite and PostgreSQL: a common word and a name in another case
    store.add_document(RawDoc(text="Уряд обговорив обмеження торгівлі. Мова йшла і про те, що в "
                                   "нових санкціях забагато винятків.", id="trade",
                              date=dt.date(2025, 3, 1)))
    store.add_document(RawDoc(text="Після зустрічі Зеленського з мерами громад у неділю "
                                   "ухвалили план відбудови.", id="towns",
                              date=dt.date(2025, 3, 2)))
    store.add_document(RawDoc(text="Синоптики обіцяють сніг у горах.", id="weather",
                              date=dt.date(2025, 3, 3)))
    assert _documents_found(store, "санкції") == {"trade"}
    assert _documents_found(store, "санкціями") == {"trade"}
    assert _documents_found(store, "Зеленський") == {"towns"}
    assert _documents_found(store, "Зеленським відбудова") == {"towns"}
    assert store.search("санкції Зеленський").total == 0


def test_postgres_index_keeps_a_stem_term_as_one_lexeme(tmp_path):
    # to_tsvector's parser split "s_санкці" into "s" (in every row) and "санкці"
    from sqlalchemy import text
    from test_store_support import make_store
    store, cleanup = make_store("postgres", tmp_path)
    try:
        store.add_document(RawDoc(text="Нові санкції ухвалено.", id="one", date=dt.date(2025, 3, 1)))
        with store.session() as s:
            lexemes = set(s.scalars(text("SELECT unnest(tsvector_to_array(tsv)) FROM search_index")))
        assert "s_санкці" in lexemes and "s" not in lexemes and "санкці" not in lexemes
        assert _documents_found(store, "санкціях") == {"one"}
    finally:
        cleanup()


def test_pg_tsvector_places_terms_and_leaves_out_what_cannot_be_a_lexeme():
    from khronika.store.search import pg_tsvector
    assert pg_tsvector("санкція s_санкці санкція") == "санкція:1 s_санкці:2 санкція:3"
    odd = pg_tsvector("о'браєн " + "я" * 1100 + " кінець")
    assert odd == "'о''браєн':1 'кінець':3"
