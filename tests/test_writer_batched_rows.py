"""The ingest writer's rows that nothing reads back during an ingest go in once per batch:
a chronicle event's history rows are written with one statement for a whole batch, not an
INSERT per row (what the ORM does where each new row's id is fetched back), and the history
each event shows is the one written document by document."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event

from khronika.ingest.readers import RawDoc
from test_store_support import make_store

# four documents of my own: two telling one talk, one a later talk, one a planned visit
DOCS = [
    ("h1", dt.date(2026, 3, 2), "Рустем Умєров провів переговори з Гаканом Фіданом в Анкарі."),
    ("h2", dt.date(2026, 3, 3), "В Анкарі Умєров і Фідан мали переговори про безпеку на морі."),
    ("h3", dt.date(2026, 3, 20), "Умєров та Фідан провели нову розмову в Женеві про зерно."),
    ("h4", dt.date(2026, 3, 21), "Фідан наступного тижня відвідає Женеву для зустрічі з Умєровим."),
]


def _raws():
    return [RawDoc(text=t, id=i, date=d, source=i) for i, d, t in DOCS]


def _history(store) -> list[tuple]:
    out = []
    for ev in sorted(store.iter_events(), key=lambda e: e["id"]):
        full = store.event(ev["id"])
        out.append((ev["id"], [(h["doc_id"], h["change"]) for h in full["history"]]))
    return out


def test_a_batch_writes_its_history_rows_with_one_statement(tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store, cleanup = make_store("sqlite", tmp_path)
    try:
        store.migrate()
        # one batch whatever the machine's speed (a batch also ends after 2 s)
        writer = store.batch_writer
        monkeypatch.setattr(store, "batch_writer", lambda size=64, seconds=2.0: writer(
            size=size, seconds=3600.0))
        inserts = []

        @event.listens_for(store.engine, "before_cursor_execute")
        def _seen(_conn, _cur, statement, _params, _ctx, _many):
            if statement.lstrip().upper().startswith("INSERT INTO CHRONICLE_HISTORY"):
                inserts.append(statement)
        rep = store.ingest([], items=iter(_raws()))
        assert rep.added == 4 and rep.events >= 4
        assert len(inserts) == 1
        assert sum(len(h) for _, h in _history(store)) == rep.events
    finally:
        cleanup()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_the_history_of_a_batch_is_the_history_written_one_document_at_a_time(
        kind, tmp_path, monkeypatch):
    """On PostgreSQL the rows go by COPY or column arrays, their JSON as its text."""
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    batched, clean_a = make_store(kind, tmp_path / "a")
    single, clean_b = make_store(kind, tmp_path / "b")
    try:
        batched.ingest([], items=iter(_raws()))
        for raw in _raws():
            single.add_document(raw)
        got = _history(batched)
        assert got == _history(single)
        # the talk told twice has both reports in its history, in publication order
        assert any([d for d, _ in h] == ["h1", "h2"] for _, h in got)
    finally:
        clean_a()
        clean_b()
