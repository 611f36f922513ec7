"""Ingest through Dask: local worker processes and a scheduler with two workers on loopback
give the same documents and the same chronicle as one process; results come back in input
order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from khronika.ingest import stages
from khronika.ingest.readers import RawDoc
from khronika.document import parse_date
import test_store_support
from test_store_support import FakeAnnotator

CHRONICLE = Path(__file__).resolve().parent / "data" / "chronicle" / "docs.jsonl"


def _raws() -> list[RawDoc]:
    docs = [json.loads(x) for x in CHRONICLE.read_text(encoding="utf-8").splitlines() if x.strip()]
    return [RawDoc(text=d["text"], id=d["id"], date=parse_date(d.get("date")), source=d["id"])
            for d in docs]


def _chronicle(store) -> list:
    return sorted((e["id"], e["type"], e["status"], e["date"], e["n_sources"],
                   tuple(sorted((s["doc_id"], s["doc_event"]) for s in e["sources"])))
                  for e in store.iter_events())


def _ingest(tmp_path, name, **kw):
    from khronika.store import Store
    store = Store(f"sqlite:///{tmp_path / name}")
    store.use_pipeline(FakeAnnotator())
    order = []
    rep = store.ingest([], items=_raws(), on_result=lambda r: order.append(r.doc_id), **kw)
    return store, rep, order


@pytest.fixture(scope="module")
def cluster():
    pytest.importorskip("dask.distributed")
    import cloudpickle
    from dask.distributed import LocalCluster
    cloudpickle.register_pickle_by_value(test_store_support)    # workers do not see tests/
    c = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                     scheduler_port=0, dashboard_address=None, silence_logs=40)
    yield c
    c.close()


def test_scheduler_with_two_workers_gives_the_chronicle_of_one_process(tmp_path, monkeypatch, cluster):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    one, rep1, order1 = _ingest(tmp_path, "one.db")
    many, rep2, order2 = _ingest(tmp_path, "many.db", scheduler=cluster.scheduler_address)
    assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
    assert rep1.added == rep2.added == len(_raws()) and not rep2.failed
    assert order1 == order2 == [r.id for r in _raws()]          # input order kept
    assert rep1.events == rep2.events > 0
    assert _chronicle(one) == _chronicle(many)
    assert one.documents(limit=100).total == many.documents(limit=100).total


def _copies() -> list[RawDoc]:
    """An original whose analysis fails, its exact copy, a near copy of it and a near copy of
    that, ahead of the chronicle's documents: with the original not stored, the exact copy is
    an original and both near copies are its copies."""
    from test_store_support import DATA
    text = (DATA / "folder" / "talks.txt").read_text(encoding="utf-8")
    near = text + "\nДжерело: агенція новин."
    return [RawDoc(text=text, id="bad", source="bad"), RawDoc(text=text, id="same", source="same"),
            RawDoc(text=near, id="near", source="near"),
            RawDoc(text=near + "\nФото: агенція.", id="nearer", source="nearer")] + _raws()


def _stored(store) -> list:
    from sqlalchemy import select

    from khronika.store.models import DocumentRow
    with store.session() as s:
        return sorted(s.execute(select(DocumentRow.id, DocumentRow.duplicate_of,
                                       DocumentRow.content_hash)).all())


def test_copies_judged_alike_whatever_the_batches_and_workers(tmp_path, monkeypatch, cluster):
    """One document at a time, batches of one, against chunks in flight on the cluster and
    batches of 50: the same documents stored, the same copies of the same originals, the
    same chronicle, though the copies were judged while the failing original was in flight."""
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    from khronika.store import Store
    from test_store_support import FailingOn
    runs = []
    for name, kw in (("one.db", {"batch": 1}),
                     ("many.db", {"batch": 50, "scheduler": cluster.scheduler_address})):
        store = Store(f"sqlite:///{tmp_path / name}")
        store.use_pipeline(FailingOn("bad"))
        rep = stages.ingest(store, [], items=_copies(), **kw)
        runs.append((store, rep))
    (one, rep1), (many, rep2) = runs
    assert (rep1.failed, rep1.duplicates, rep1.exists) == (1, 2, 0)
    assert [(r.status, r.duplicate_of) for r in rep1.results[:4]] == [
        ("failed", None), ("added", None), ("duplicate", "same"), ("duplicate", "same")]
    assert [(r.doc_id, r.status, r.duplicate_of) for r in rep1.results] == \
        [(r.doc_id, r.status, r.duplicate_of) for r in rep2.results]
    assert _stored(one) == _stored(many)
    assert _chronicle(one) == _chronicle(many)


def test_a_rerun_through_the_cluster_resumes(tmp_path, monkeypatch, cluster):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    from khronika.store import Store
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    store.use_pipeline(FakeAnnotator())
    store.ingest([], items=_raws()[:7])
    rep = store.ingest([], items=_raws(), scheduler=cluster.scheduler_address)
    assert (rep.exists, rep.added) == (7, len(_raws()) - 7)


def _ingest_child(url: str, reverse: bool, out):
    from khronika.store import Store
    store = Store(url)
    store.use_pipeline(FakeAnnotator())
    raws = _raws()[::-1] if reverse else _raws()
    rep = store.ingest([], items=raws)
    out.put((rep.added, rep.exists, rep.failed, rep.errors))
    store.close()


def test_two_ingest_processes_into_one_postgres_store(tmp_path, monkeypatch):
    """Both read the same documents (in opposite orders) at once: each document is stored
    once, none is lost, every event report is in the chronicle."""
    import multiprocessing as mp

    from test_store_support import make_store
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store, cleanup = make_store("postgres", tmp_path)
    try:
        store.migrate()
        ctx = mp.get_context("fork")
        q = ctx.Queue()
        procs = [ctx.Process(target=_ingest_child, args=(store.url, rev, q)) for rev in (False, True)]
        for p in procs:
            p.start()
        results = [q.get(timeout=300) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        n = len(_raws())
        assert all(f == 0 for _, _, f, _ in results), results
        assert all(a + e == n for a, e, _, _ in results)
        assert sum(a for a, _, _, _ in results) == n
        assert store.documents(limit=100).total == n
        from sqlalchemy import func, select

        from khronika.store.models import DocEventRow
        with store.session() as s:
            assert s.scalar(select(func.count()).select_from(DocEventRow)
                            .where(DocEventRow.chronicle_id.is_(None))) == 0
            assert s.scalar(select(func.count()).select_from(DocEventRow)) > 0
    finally:
        cleanup()
