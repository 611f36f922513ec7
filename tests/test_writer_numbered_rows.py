"""On SQLite the ingest writer numbers new quotes and event reports itself (`RowIds`): they go
in with one INSERT per table and flush, not one per row as when each row's id is read back, and
a report goes in with its chronicle event set, not inserted and then updated. The ids are the
ones SQLite would have given (largest plus one, taken under the writer's lock in each
transaction), so another writer of the same file before or after never meets a taken id."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import event

from khronika.ingest.readers import RawDoc
from test_store_support import make_store

# texts of my own (the fake annotator: a report per sentence with a meeting word, «» quotes)
DOCS = [
    ("n1", dt.date(2026, 4, 6), "Умєров провів переговори з Фіданом в Анкарі. Наступного тижня "
     "Фідан відвідає Женеву для зустрічі з Умєровим. «Ми готові продовжити діалог», — заявив Умєров."),
    ("n2", dt.date(2026, 4, 7), "Фідан мав розмову з Умєровим про Туреччину. Ще одна зустріч "
     "Умєрова з Фіданом пройшла в Женеві. «Туреччина не залишить цю справу», — сказав Фідан."),
    ("n3", dt.date(2026, 4, 9), "Умєров і Фідан продовжили переговори в Анкарі. Нова розмова "
     "Фідана з Умєровим відбудеться в Женеві. «Це важливо», — заявив Умєров."),
]


def _raws(docs=DOCS):
    return [RawDoc(text=t, id=i, date=d, source=i) for i, d, t in docs]


def _one_batch(store, monkeypatch):
    writer = store.batch_writer
    monkeypatch.setattr(store, "batch_writer", lambda size=64, seconds=2.0: writer(
        size=size, seconds=3600.0))


def _rows(store):
    with store.engine.connect() as c:
        quotes = c.exec_driver_sql("SELECT id, doc_id, start FROM quotes ORDER BY id").all()
        reports = c.exec_driver_sql(
            "SELECT id, doc_id, local_id, chronicle_id FROM doc_events ORDER BY id").all()
    return quotes, reports


def test_quotes_and_reports_go_in_a_statement_per_document_not_per_row(tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store, cleanup = make_store("sqlite", tmp_path)
    try:
        store.migrate()
        _one_batch(store, monkeypatch)
        seen = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def _seen(_conn, _cur, statement, _params, _ctx, _many):
            seen.append(" ".join(statement.split()[:3]).upper())
        rep = store.ingest([], items=iter(_raws()))
        quotes, reports = _rows(store)
        assert rep.added == 3 and len(reports) > 3 and len(quotes) >= 3
        assert seen.count("INSERT INTO DOC_EVENTS") <= 3
        assert seen.count("INSERT INTO QUOTES") <= 3
        assert not any(s.startswith("UPDATE DOC_EVENTS") for s in seen)
        # numbered as SQLite numbers rows, every report with its chronicle event
        assert [q[0] for q in quotes] == list(range(1, len(quotes) + 1))
        assert [r[0] for r in reports] == list(range(1, len(reports) + 1))
        assert all(r[3] for r in reports)
    finally:
        cleanup()


def test_writers_one_after_another_number_on_from_what_is_stored(tmp_path, monkeypatch):
    """Two stores (two processes' writers) on one file in turn, and a deleted last document:
    each transaction numbers on from the largest id stored when it took the lock."""
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    first, cleanup = make_store("sqlite", tmp_path)
    try:
        first.migrate()
        from khronika.store import Store
        second = Store(str(first.engine.url))
        first.ingest([], items=iter(_raws(DOCS[:1])))
        second.ingest([], items=iter(_raws(DOCS[1:2])))
        assert first.delete_document("n2")
        first.ingest([], items=iter(_raws(DOCS[1:])))
        quotes, reports = _rows(first)
        assert sorted({r[1] for r in reports}) == ["n1", "n2", "n3"]
        assert [q[0] for q in quotes] == list(range(1, len(quotes) + 1))
        assert [r[0] for r in reports] == list(range(1, len(reports) + 1))
        second.close()
    finally:
        cleanup()
