"""Several `khronika ingest` processes into one store at once, and one of them killed (kill -9)
mid-run: each document is stored once, none that was committed is lost, and the chronicle is
the one a single process makes of the same documents: reports of one happening that reached
the store through different processes are merged into one chronicle event.

Each happening below is told by three documents and each process reads two of them, so every
happening reaches the store through at least two processes; every document is read by two
processes. The processes write in batches of one or two documents so that their writes
interleave (a real ingest's batches of 64 interleave the same way over a larger archive).
The documents and the annotator are the store tests' own (`test_store_support`), so the
figures do not move with the real extractors. PostgreSQL runs when KHRONIKA_TEST_PG names a
server (skipped otherwise); SQLite always."""
from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import os
import random
import signal

import pytest

from khronika.ingest.readers import RawDoc
from test_store_support import FakeAnnotator, pg_schema

# words for each document's second sentence: no meeting word among them, so each document
# tells one meeting, and they make the documents' texts far apart (no near copies)
FILLER = ("зерно порт судно вантаж митниця кордон енергетика мережа ремонт бюджет кредит "
          "фонд школа лікарня міст дорога вокзал склад паливо насос генератор кабель "
          "сад поле урожай ринок ціна тариф податок закон реформа суд прокурор").split()
TOLD = ("Умєров провів переговори з Фіданом у {}.",
        "У {} відбулася зустріч Умєрова та Фідана.",
        "Фідан і Умєров завершили розмову в {}.")
PLACES = ("Анкарі", "Женеві")
HAPPENINGS = 8      # read by the processes together
LATER = 4           # read by the process that is killed alone


def _documents() -> list[RawDoc]:
    """Twelve meetings 45 days apart, each told by three documents over three days."""
    rng = random.Random(7)
    out = []
    for k in range(HAPPENINGS + LATER):
        day = dt.date(2026, 1, 5) + dt.timedelta(days=45 * k)
        for j, told in enumerate(TOLD):
            text = told.format(PLACES[k % 2]) + " " + " ".join(rng.sample(FILLER, 10)).capitalize() + "."
            out.append(RawDoc(text=text, id=f"h{k}r{j}", date=day + dt.timedelta(days=j),
                              source=f"h{k}r{j}"))
    return out


def _inputs() -> list[list[RawDoc]]:
    """Process i reads every document but each happening's i-th report, in an order of its
    own (forward, backward, shuffled)."""
    docs = _documents()[:HAPPENINGS * 3]
    parts = [[d for d in docs if not d.id.endswith(f"r{i}")] for i in range(3)]
    parts[1].reverse()
    random.Random(3).shuffle(parts[2])
    return parts


class KilledAt(FakeAnnotator):
    """The annotator, and kill -9 of its own process when asked for its n-th document."""

    def __init__(self, n: int):
        self.n, self.seen = n, 0

    def __call__(self, doc) -> None:
        self.seen += 1
        if self.seen == self.n:
            os.kill(os.getpid(), signal.SIGKILL)
        super().__call__(doc)


def _ingest_child(url, raws, batch, start, out, kill_at=None):
    from khronika.ingest import stages
    from khronika.store import Store
    from khronika.store.writing import BatchWriter
    # a batch closes at its count only (not after its seconds too), so what is committed when
    # a kill comes does not depend on the machine's speed
    BatchWriter.due = lambda self: self._s is not None and self._n >= self.size
    try:
        store = Store(url)
        store.use_pipeline(KilledAt(kill_at) if kill_at else FakeAnnotator())
        start.wait(600)             # generous: it only bounds a hang on a loaded machine
        rep = stages.ingest(store, [], items=raws, batch=batch)
        out.put((rep.added, rep.exists, rep.duplicates, rep.failed, list(rep.errors)))
        store.close()
    except Exception as exc:        # the test reports it
        out.put(("error", repr(exc)))


def _run_together(url, inputs, batch=1, kill=None):
    """One process per input, started together on `url`; (their results, exit codes).
    `kill`: (process index, document) at which that process kills itself."""
    ctx = mp.get_context("fork")
    start, out = ctx.Barrier(len(inputs)), ctx.Queue()
    procs = [ctx.Process(target=_ingest_child, args=(
        url, raws, batch, start, out, kill[1] if kill and kill[0] == i else None))
        for i, raws in enumerate(inputs)]
    for p in procs:
        p.start()
    n_done = len(inputs) - (1 if kill else 0)
    results = [out.get(timeout=600) for _ in range(n_done)]
    for p in procs:
        p.join(600)
    return results, [p.exitcode for p in procs]


def _partition(store) -> list:
    """The chronicle as the sets of reports (document, its event) each chronicle event holds."""
    return sorted(tuple(sorted((s["doc_id"], s["doc_event"]) for s in e["sources"]))
                  for e in store.iter_events())


def _counts(store) -> dict:
    """Rows per table, and the entities' mention counters: what a document stored twice, or
    half-stored, would change."""
    from sqlalchemy import func, select

    from khronika.store import models as m
    with store.session() as s:
        out = {t.__tablename__: s.scalar(select(func.count()).select_from(t))
               for t in (m.DocumentRow, m.MentionRow, m.QuoteRow, m.DocEventRow, m.EntityDocRow,
                         m.ChronicleEventRow, m.ChronicleEntityRow, m.ChronicleHistoryRow,
                         m.NearBandRow)}
        out["distinct texts"] = s.scalar(select(func.count(func.distinct(m.DocumentRow.content_hash))))
        out["reports not merged"] = s.scalar(select(func.count()).select_from(m.DocEventRow)
                                             .where(m.DocEventRow.chronicle_id.is_(None)))
        out["mentions counted"] = s.scalar(select(func.sum(m.EntityRow.n_mentions)))
    return out


def _one_process(path, docs) -> tuple[list, dict]:
    """The store one process makes of `docs`, read in order: the reference."""
    from khronika.store import Store
    store = Store(f"sqlite:///{path}")
    store.use_pipeline(FakeAnnotator())
    rep = store.ingest([], items=docs)
    assert rep.added == len(docs) and rep.duplicates == 0
    try:
        return _partition(store), _counts(store)
    finally:
        store.close()


@pytest.fixture(params=["sqlite", "postgres"])
def fresh_url(request, tmp_path, monkeypatch):
    """A new, empty store (no schema yet: the processes make it together)."""
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'shared.db'}"
        return
    url, drop = pg_schema()
    yield url
    drop()


def _opened(url):
    from khronika.store import Store
    return Store(url)


def test_three_processes_at_once_store_each_document_once_and_merge_across_them(
        fresh_url, tmp_path):
    ref_partition, ref_counts = _one_process(tmp_path / "one.db", _documents()[:HAPPENINGS * 3])
    assert len(ref_partition) == HAPPENINGS
    results, codes = _run_together(fresh_url, _inputs())
    assert codes == [0, 0, 0]
    assert all(r[0] != "error" and r[3] == 0 for r in results), results
    assert sum(r[0] for r in results) == HAPPENINGS * 3          # each stored by one of them
    assert all(r[0] + r[1] == 16 and r[2] == 0 for r in results), results
    store = _opened(fresh_url)
    try:
        assert _counts(store) == ref_counts
        assert _partition(store) == ref_partition
    finally:
        store.close()


def test_kill_9_of_one_process_then_a_rerun_loses_and_doubles_nothing(fresh_url, tmp_path):
    """The killed process reads meetings of its own (so that it reaches its eleventh document
    whatever the others do meanwhile); the other two read the rest together."""
    ref_partition, ref_counts = _one_process(tmp_path / "one.db", _documents())
    inputs = _inputs()
    inputs[0] = _documents()[HAPPENINGS * 3:]
    results, codes = _run_together(fresh_url, inputs, batch=4, kill=(0, 11))
    assert codes[0] == -signal.SIGKILL and codes[1:] == [0, 0]
    assert all(r[0] != "error" and r[3] == 0 for r in results), results
    store = _opened(fresh_url)
    try:
        from khronika.store.models import DocumentRow
        with store.session() as s:
            before = set(s.scalars(__import__("sqlalchemy").select(DocumentRow.id)))
        committed = before & {d.id for d in inputs[0]}
        # batches of four, killed while analysing its eleventh: two batches committed, the
        # ninth and tenth documents written in the third, not committed
        assert len(committed) == 8
        store.use_pipeline(FakeAnnotator())
        rep = store.ingest([], items=inputs[0])          # the killed process's input again
        assert rep.failed == 0 and rep.duplicates == 0
        assert rep.exists == len(committed) and rep.added == len(inputs[0]) - len(committed)
        with store.session() as s:
            after = set(s.scalars(__import__("sqlalchemy").select(DocumentRow.id)))
        assert before <= after and len(after) == (HAPPENINGS + LATER) * 3
        assert _counts(store) == ref_counts
        assert _partition(store) == ref_partition
    finally:
        store.close()


# ---- an original another process stored while this one was analysing its copy ------------

class StoresMeanwhile(FakeAnnotator):
    """While this ingest analyses its first document, another ingest (another store object:
    its own connection, as another process has) stores these documents and commits."""

    def __init__(self, other, docs):
        self.other, self.docs, self.done = other, docs, False

    def __call__(self, doc) -> None:
        if not self.done:
            self.done = True
            rep = self.other.ingest([], items=list(self.docs))
            assert rep.added == len(self.docs)
        super().__call__(doc)


class InlineClient:
    """A stand-in for a Dask client that runs each chunk at once in this process: the stages
    then prepare documents ahead of writing them, as with workers, without starting any."""

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

        def release(self):
            pass

    def scheduler_info(self):
        return {"workers": {"one": {}, "two": {}}}

    def submit(self, fn, *args, pure=True):
        return self.Done(fn(*args))


def _copy(doc: RawDoc, tail: str, suffix: str) -> RawDoc:
    return RawDoc(text=doc.text + " " + tail, id=doc.id + suffix, date=doc.date,
                  source=doc.id + suffix)


@pytest.mark.parametrize("ahead", [False, True], ids=["serial", "prepared-ahead"])
def test_a_copy_of_what_another_process_stored_meanwhile_is_stored_as_a_copy(
        fresh_url, ahead):
    """This ingest judged its first document an original; before it was written another
    process stored a near copy of it. Read by one process, the later of the two is the copy:
    so it is here, and its meeting is not told twice. A document this ingest had judged a
    copy of that first one (prepared ahead, as with workers) is judged again: a copy of the
    other process's."""
    from khronika.ingest import stages
    from khronika.store import Store
    first = _documents()[0]
    theirs = _copy(first, "Повідомила агенція.", "-theirs")
    again = _copy(first, "Фото власне.", "-again")
    other = Store(fresh_url)
    other.use_pipeline(FakeAnnotator())
    other.migrate()
    store = Store(fresh_url)
    store.use_pipeline(StoresMeanwhile(other, [theirs]))
    try:
        mine = [first, again] if ahead else [first]
        rep = stages.ingest(store, [], items=mine, client=InlineClient() if ahead else None)
        assert [(r.doc_id, r.status, r.duplicate_of) for r in rep.results] == [
            (first.id, "duplicate", theirs.id)] + ([(again.id, "duplicate", theirs.id)] if ahead else [])
        got = {d["id"]: d["duplicate_of"] for d in store.documents(limit=10).items}
        assert got == {theirs.id: None, **{d.id: theirs.id for d in mine}}
        assert [len(p) for p in _partition(store)] == [1]       # the meeting told once
    finally:
        store.close()
        other.close()
