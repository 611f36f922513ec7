"""Store and input defects found by the hardening probe (issue 11, item 7): two processes
creating one SQLite store's schema at once, two ingests of the same file at once, entity
filters thousands of words long, comma lists of event types, re-ingested texts whose new
title or date was dropped without a word, and a caller's RawDoc with its date as a string."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from fastapi.testclient import TestClient

from khronika.ingest.readers import RawDoc
from test_store_support import DATA, FakeAnnotator, make_store, sqlite_store  # noqa: F401

DAY = dt.date(2025, 12, 4)
TALKS = (DATA / "folder" / "talks.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_second_process_waits_for_the_schema_the_first_is_creating(kind, tmp_path, monkeypatch):
    """The first store's migration is held open half-done (as a slower process would be)
    while a second store opens the same fresh store: the second must wait and then find the
    schema made, not create it again ('table ... already exists')."""
    from alembic import command
    from khronika.store import Store
    from khronika.store.db import current_revision, head_revision

    fresh, cleanup = make_store(kind, tmp_path)
    real_upgrade = command.upgrade
    made, release = threading.Event(), threading.Event()

    def upgrade(cfg, rev):
        real_upgrade(cfg, rev)
        if threading.current_thread().name == "first":
            made.set()
            release.wait(60)            # the transaction stays open until released
    monkeypatch.setattr(command, "upgrade", upgrade)

    errors = []

    def first():
        try:
            fresh.migrate()
        except Exception as exc:        # reported to the test below
            errors.append(exc)
            made.set()
    t = threading.Thread(target=first, name="first")
    t.start()
    assert made.wait(60)
    threading.Timer(0.2, release.set).start()   # let the first finish while the second waits
    second = Store(fresh.url)
    try:
        second.migrate()
        release.set()
        t.join(60)
        assert not errors
        assert current_revision(second.engine) == head_revision()
    finally:
        release.set()
        t.join(60)
        second.close()
        cleanup()


def test_two_processes_open_a_fresh_store_together(tmp_path):
    import multiprocessing as mp
    ctx = mp.get_context("fork")
    for trial in range(2):
        url = f"sqlite:///{tmp_path / f'fresh{trial}.db'}"
        barrier, results = ctx.Barrier(2), ctx.Queue()
        procs = [ctx.Process(target=_open_store, args=(url, barrier, results)) for _ in range(2)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(600)
        # generous waits: they only bound a hang; on a loaded machine a fork may take long
        assert sorted(results.get(timeout=120) for _ in procs) == ["ok", "ok"]


def _open_store(url, barrier, results):
    from khronika.store import Store
    try:
        store = Store(url)
        barrier.wait(600)
        store.migrate()
        results.put("ok")
    except Exception as exc:
        results.put(f"{type(exc).__name__}: {exc}")


def test_opening_a_fresh_store_while_another_connection_writes_waits_for_it(tmp_path):
    """A fresh file (no journal mode yet) that another connection is writing: SQLite refuses
    the switch to WAL at once ('database is locked', no busy wait) while that write lasts, so
    three ingests starting together on a new store failed on CI. The store must wait for the
    writer and open the store in WAL mode."""
    import sqlite3

    import alembic.command  # noqa: F401  (imported here: the thread's open is then quick)
    import alembic.config  # noqa: F401

    from khronika.store import Store

    path = tmp_path / "fresh.db"
    store = Store(f"sqlite:///{path}")  # made here: the thread below only opens it
    holder = sqlite3.connect(path, timeout=0, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE other_process (x)")
    errors = []

    def opener():
        try:
            store.migrate()
        except Exception as exc:        # reported to the test below
            errors.append(exc)
    t = threading.Thread(target=opener)
    t.start()
    t.join(0.5)                         # the opener meets the write lock (or has failed)
    holder.execute("COMMIT")
    holder.close()
    t.join(120)
    store.close()
    assert not errors, errors
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


class Racing(FakeAnnotator):
    """While this ingest analyses its first document, another ingest of the same documents
    (another process, another connection) stores them all."""

    def __init__(self, other, docs):
        self.other, self.docs, self.raced = other, docs, False

    def __call__(self, doc):
        if not self.raced:
            self.raced = True
            rep = self.other.ingest([], items=list(self.docs))
            assert rep.added == len(self.docs)
        super().__call__(doc)


def test_concurrent_ingests_of_the_same_file_report_exists_not_failures(tmp_path, monkeypatch):
    from khronika.store import Store
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    url = f"sqlite:///{tmp_path / 'both.db'}"
    docs = [RawDoc(text=p.read_text(encoding="utf-8"), id=p.stem, date=DAY,
                   source=f"news.jsonl:{n}")
            for n, p in enumerate(sorted((DATA / "folder").glob("*.txt")), 1)]
    a, b = Store(url), Store(url)
    b.use_pipeline(FakeAnnotator())
    a.use_pipeline(Racing(b, docs))
    rep = a.ingest([], items=list(docs))
    assert (rep.failed, rep.errors) == (0, [])
    assert rep.exists == len(docs)
    assert a.documents().total == len(docs)
    a.close()
    b.close()


LONG_FILTER = " ".join(f"слово{n}" for n in range(1500))


@pytest.mark.parametrize("path,param", [("/", "entity"), ("/quotes", "speaker"),
                                        ("/entities", "q"), ("/map", "entity"),
                                        ("/timeline", "entity")])
def test_long_entity_filter_on_web_pages_is_no_server_error(sqlite_store, path, param):
    from khronika.api import create_app
    from khronika.settings import Settings
    sqlite_store.add_document(RawDoc(text=TALKS, id="talks", date=DAY))
    client = TestClient(create_app(sqlite_store, Settings()), raise_server_exceptions=False)
    r = client.get(path, params={param: LONG_FILTER})
    assert r.status_code < 500, r.text[:300]


def test_entity_lookup_checks_every_word_of_a_long_name(sqlite_store):
    sqlite_store.add_document(RawDoc(text=TALKS, id="talks", date=DAY))
    assert [e["id"] for e in sqlite_store.entities(q="Рустем Умєрова").items] == ["rustem-umerov"]
    # more words than go to the database: the ones checked afterwards still count
    many = "Рустем Умєров " + " ".join(f"слово{n}" for n in range(20))
    assert sqlite_store.entities(q=many).total == 0
    assert sqlite_store.timeline(entity=LONG_FILTER).total == 0


def test_timeline_takes_a_comma_list_of_types_as_the_cli_does(sqlite_store):
    from khronika.api import create_app
    from khronika.settings import Settings
    sqlite_store.add_document(RawDoc(text=TALKS, id="talks", date=DAY))
    client = TestClient(create_app(sqlite_store, Settings()))
    r = client.get("/api/timeline", params={"type": "CONSULT,AGREE"})
    assert r.status_code == 200, r.text
    assert r.json()["total"] >= 1 and {e["type"] for e in r.json()["items"]} == {"CONSULT"}
    r = client.get("/api/timeline", params={"type": "AGREE,SANCTION"})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/timeline", params={"type": "CONSULT,NOPE"}).status_code == 422


def test_reingest_with_a_new_title_or_date_says_it_was_not_taken(sqlite_store):
    s = sqlite_store
    first = s.add_document(RawDoc(text=TALKS, id="talks", date=DAY, title="Перший"))
    assert first.status == "added" and first.warning is None
    again = s.add_document(RawDoc(text=TALKS, id="talks-2", date=DAY + dt.timedelta(days=1),
                                  title="Другий", source="news.jsonl:7"))
    assert again.status == "exists" and again.doc_id == "talks"
    assert again.warning.startswith("news.jsonl:7: already stored as 'talks'")
    assert "title 'Перший' kept, 'Другий' not taken" in again.warning
    assert "date '2025-12-04' kept, '2025-12-05' not taken" in again.warning
    assert s.document("talks")["title"] == "Перший"
    # the same metadata again, or none: nothing to say
    assert s.add_document(RawDoc(text=TALKS, title="Перший")).warning is None
    rep = s.ingest([], items=[RawDoc(text=TALKS, title="Третій", source="x.jsonl:2")])
    assert rep.exists == 1 and rep.failed == 0
    assert rep.to_json()["warnings"] == ["x.jsonl:2: already stored as 'talks': "
                                         "title 'Перший' kept, 'Третій' not taken"]


def test_cli_ingest_prints_the_metadata_not_taken(tmp_path):
    import json
    from typer.testing import CliRunner
    from khronika.cli import app
    lines = [{"id": "a", "text": TALKS, "title": "Перший"},
             {"id": "b", "text": TALKS, "title": "Другий"}]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", "--db", str(tmp_path / "k.db"), "-q", str(path)],
                           env={"KHRONIKA_PIPELINE": "segment"})
    assert r.exit_code == 0, r.output
    assert "news.jsonl:2: already stored as 'a': title 'Перший' kept, 'Другий' not taken" \
        in r.output


def test_same_url_with_another_text_is_reported(sqlite_store):
    s = sqlite_store
    s.add_document(RawDoc(text=TALKS, url="https://example.org/1"))
    res = s.add_document(RawDoc(text=TALKS + "\nОновлено.", url="https://example.org/1",
                                source="api"))
    assert res.status == "exists"
    assert "URL already stored" in res.warning and "this text not taken" in res.warning


def test_add_document_takes_a_string_date(sqlite_store):
    res = sqlite_store.add_document(RawDoc(text=TALKS, id="talks", date="2025-12-04"))
    assert res.status == "added", res
    assert sqlite_store.document("talks")["date"] == "2025-12-04"
    bad = sqlite_store.add_document(RawDoc(text=TALKS + " Ще.", id="t2", date="2025-12-04garbage",
                                           source="api"))
    assert bad.status == "failed" and bad.error.startswith("api: not a date")
