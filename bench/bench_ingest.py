"""Ingest benchmark: documents/s of `khronika ingest` on the realistic corpus (`corpus.py`)
into a fresh SQLite (and PostgreSQL) store with 1 and more workers, the per-document cost of
the first and the last 1,000 documents (half of a smaller run: does it grow with the store?)
in wall time and in CPU of the reader/writer process and of the workers, and a Dask cluster
(a scheduler and two workers started here on loopback) giving the same chronicle as one
process.

    .venv/bin/python bench/bench_ingest.py --docs 2000                    # SQLite, 1 and 2 workers
    .venv/bin/python bench/bench_ingest.py --docs 2000 --workers 2 --cluster
    .venv/bin/python bench/bench_ingest.py --docs 2000 --pg postgresql://...  (or KHRONIKA_TEST_PG)
    .venv/bin/python bench/bench_ingest.py --docs 2000 --no-embeddings
    .venv/bin/python bench/bench_ingest.py --docs 1000 --workers 1 --keep /tmp/after.db
    .venv/bin/python bench/bench_ingest.py --docs 1000 --k 500 --stages  # CPU by stage
    .venv/bin/python bench/bench_ingest.py --docs 1500 --store-only 30   # the writer alone
    .venv/bin/python bench/bench_ingest.py --docs 10000 --parent /tmp/analysed.jsonl [--profile]
    .venv/bin/python bench/bench_ingest.py --docs 2000 --parent /tmp/analysed.jsonl --pg URL --rounds 2

`--store-only K` analyses K documents once and replays them (new ids, a unique last line,
dates moved by up to 20 days, near-duplicate detection off) so every replay is written and
merged into a chronicle whose events gather many reports: the writer's CPU per document at
the start and at the end shows whether merging grows with the store.

`--parent FILE` measures what the parent of a `--workers N` ingest does on its own (read,
language, near-duplicates, write, merge): the corpus's analyses are computed once on two
processes and kept in FILE (reused by later runs: the analysis is not what is measured), then
`khronika ingest` runs with the analysis replaced by a lookup (what workers do besides,
the search terms and evidence embeddings made with the analysis, is timed and left out). It prints the
parent's CPU per document for the first and the last thousand and, with `--profile`, where
that CPU goes. On PostgreSQL it also prints the CPU of the server processes behind the
parent's connections (a server on this machine): the parent's CPU leaves out what the
server does for it. `--rounds N` alternates SQLite and PostgreSQL N times.
When the parent needs more than 1/(workers' rate) per document, it is the bottleneck.

Figures on a shared machine are noisy: say how loaded it was (the script prints the load).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import corpus  # noqa: E402
from pgschema import pg_schema  # noqa: E402


def write_corpus(n: int, path: Path, start: int = 0, squeeze: int = 1) -> None:
    """The corpus's documents `start` .. `start + n` (the generator is sequential: the first
    documents of a longer corpus are those of a shorter one), dates `squeeze` times closer."""
    with path.open("w", encoding="utf-8") as f:
        for d in corpus(start + n, seed=11)[start:]:
            if squeeze > 1:
                d = dict(d, date=squeezed(d["date"], squeeze))
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_ORIGIN = dt.date(2024, 1, 1)


def squeezed(text: str, k: int) -> str:
    """Every day date in `text` moved `k` times closer to the corpus's first day: the
    corpus's events as densely packed in time as in a store `k` times larger (the analysis
    of a 30,000-document corpus takes hours on a loaded machine; a 3,000-document one
    squeezed 10 times gives the merge its candidate counts)."""
    def move(m: re.Match) -> str:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return m[0]
        return (_ORIGIN + (d - _ORIGIN) / k).isoformat()
    return _DAY.sub(move, text)


def documents(store) -> list:
    """Every stored document's id, near-copy link and content hash."""
    from sqlalchemy import select

    from khronika.store.models import DocumentRow
    with store.session() as s:
        return sorted(tuple(r) for r in s.execute(select(
            DocumentRow.id, DocumentRow.duplicate_of, DocumentRow.content_hash)))


def chronicle(store) -> list:
    return sorted((e["id"], e["type"], e["status"], e["n_sources"],
                   tuple(sorted((s["doc_id"], s["doc_event"]) for s in e["sources"])))
                  for e in store.iter_events())


def _workers_cpu(client) -> float:
    """CPU seconds spent so far by the cluster's worker processes."""
    if client is None:
        return 0.0
    return sum(client.run(time.process_time).values())


def cpu_ticker(worker_cpu: list[float]):
    """This process's CPU per result, less what the stand-in worker spent on it
    (`worker_cpu[0]`, reset at each result): the list it fills and the callback."""
    cpu: list[float] = []
    last = [time.process_time()]

    def tick(_res):
        now = time.process_time()
        cpu.append(now - last[0] - worker_cpu[0])
        worker_cpu[0] = 0.0
        last[0] = now
    return cpu, tick


def _peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(url: str, src: Path, workers: int = 1, scheduler: str | None = None,
        k: int = 1000, at: tuple[int, ...] = (), by_stage: bool = False) -> tuple[dict, object]:
    """`khronika ingest` of `src` (the library call the command makes) with the cost per
    document: wall time between results, and CPU of this process (the reader and writer) and
    of the workers, over the first and the last `k` documents (or half a smaller run), and
    the peak RSS of this process and of each worker. `by_stage`: the CPU split by stage
    (`ingest_stages`), in this process over all, the first and the last `k` documents, and
    in the workers over all."""
    from khronika.ingest import stages
    from khronika.pipeline import collect_less_often
    from khronika.store import Store
    collect_less_often()        # as `khronika ingest` does
    store = Store(url)
    store.migrate()
    client = stages.dask_client(workers, scheduler) if (scheduler or workers > 1) else None
    stamps: list[float] = []
    cpus: list[float] = []
    snaps: list[dict] = []
    if by_stage:
        import ingest_stages
        ingest_stages.install()
        ingest_stages.install_workers(client)
    try:
        wcpu0 = _workers_cpu(client)
        if by_stage:
            stage0 = ingest_stages.snapshot()
            wstage0 = ingest_stages.workers_snapshot(client)
        cpu0 = time.process_time()
        t0 = time.perf_counter()

        def tick(_res):
            stamps.append(time.perf_counter())
            cpus.append(time.process_time())
            if by_stage:
                snaps.append(ingest_stages.snapshot())
            if len(stamps) in at:       # as it goes: a long run stopped early still tells
                for c in checkpoints(stamps, cpus, t0, (len(stamps),)):
                    show_checkpoint(c)
        rep = stages.ingest(store, [str(src)], client=client, on_result=tick)
        wall = time.perf_counter() - t0
        cpu = time.process_time() - cpu0
        wcpu = _workers_cpu(client) - wcpu0
        wrss = sorted(client.run(_peak_rss_mb).values()) if client is not None else []
        if by_stage:
            wstage = ingest_stages.per_doc(wstage0, ingest_stages.workers_snapshot(client),
                                           len(stamps))
    finally:
        if client is not None:
            cluster = None if scheduler else getattr(client, "cluster", None)
            client.close()
            if cluster is not None:
                cluster.close()
    n = len(stamps)
    k = min(k, max(1, n // 2))
    # per-document cost from the gaps between results (startup excluded)
    first = (stamps[k] - stamps[0]) / k if n > k else float("nan")
    last = (stamps[-1] - stamps[-1 - k]) / k if n > k else float("nan")
    out = {"docs": n, "added": rep.added, "duplicates": rep.duplicates, "failed": rep.failed,
           "events": rep.events, "wall_s": round(wall, 1), "docs_per_s": round(n / wall, 2),
           "steady_docs_per_s": round((n - 1) / (stamps[-1] - stamps[0]), 2) if n > 1 else None,
           "k": k, "first_ms_per_doc": round(first * 1000), "last_ms_per_doc": round(last * 1000),
           "main_first_cpu_ms": round((cpus[k] - cpus[0]) / k * 1000, 1) if n > k else None,
           "main_last_cpu_ms": round((cpus[-1] - cpus[-1 - k]) / k * 1000, 1) if n > k else None,
           "main_process_cpu_ms_per_doc": round(cpu / max(n, 1) * 1000, 1),
           "workers_cpu_ms_per_doc": round(wcpu / max(n, 1) * 1000, 1) if client else None,
           "peak_rss_mb": round(_peak_rss_mb()), "workers_peak_rss_mb": [round(x) for x in wrss],
           "at": checkpoints(stamps, cpus, t0, at)}
    if by_stage and n > k:
        from ingest_stages import per_doc
        out["stages"] = {"all": per_doc(stage0, snaps[-1], n),
                         f"first {k}": per_doc(snaps[0], snaps[k], k),
                         f"last {k}": per_doc(snaps[-1 - k], snaps[-1], k),
                         "workers, all": wstage if client is not None else None}
    return out, store


def checkpoints(stamps: list[float], cpus: list[float], t0: float, at: tuple[int, ...],
                window: int = 500) -> list[dict]:
    """The cost near each of the store sizes `at` (documents stored): over the `window`
    documents before it, wall ms and this process's CPU ms per document, and the rate from
    the start. Shows whether a document costs more as the store grows."""
    out = []
    for c in at:
        if c > len(stamps) or c <= window:
            continue
        a, b = c - window - 1, c - 1
        out.append({"n": c, "docs_per_s": round(c / (stamps[b] - t0), 2),
                    "wall_ms": round((stamps[b] - stamps[a]) / window * 1000),
                    "main_cpu_ms": round((cpus[b] - cpus[a]) / window * 1000, 1)})
    return out


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LoopbackCluster:
    """`dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped on exit."""

    def __init__(self, n_workers: int = 2):
        self.port = free_port()
        self.address = f"tcp://127.0.0.1:{self.port}"
        dask = str(Path(sys.executable).with_name("dask"))
        self.procs = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port",
                                        str(self.port), "--no-dashboard"],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
        time.sleep(2)
        for _ in range(n_workers):
            self.procs.append(subprocess.Popen(
                [dask, "worker", self.address, "--nthreads", "1", "--nworkers", "1",
                 "--no-dashboard", "--host", "127.0.0.1"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from dask.distributed import Client
        with Client(self.address, timeout=60) as c:
            c.wait_for_workers(n_workers, timeout=120)

    def close(self):
        for p in reversed(self.procs):
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def show(label: str, r: dict) -> None:
    workers = (f", workers CPU {r['workers_cpu_ms_per_doc']} ms/doc"
               if r["workers_cpu_ms_per_doc"] is not None else "")
    print(f"{label:28s} {r['docs']:6d} docs  {r['docs_per_s']:6.2f} docs/s (steady "
          f"{r['steady_docs_per_s']}); first {r['k']} {r['first_ms_per_doc']} ms/doc, last "
          f"{r['k']} {r['last_ms_per_doc']} ms/doc (wall); reader+writer process CPU "
          f"{r['main_process_cpu_ms_per_doc']} ms/doc (first {r['k']} {r['main_first_cpu_ms']}, "
          f"last {r['k']} {r['main_last_cpu_ms']}){workers}; added {r['added']}, near-dup "
          f"{r['duplicates']}, failed {r['failed']}, {r['events']} event reports; peak RSS "
          f"{r['peak_rss_mb']} MB (workers {r['workers_peak_rss_mb']})", flush=True)
    for c in r.get("at") or ():
        show_checkpoint(c)
    from ingest_stages import show as show_stages
    for span, d in (r.get("stages") or {}).items():
        if d is not None:
            print("  " + show_stages(("reader+writer process, " if "workers" not in span else "")
                                     + span, d), flush=True)


def show_checkpoint(c: dict) -> None:
    print(f"  at {c['n']:6d} docs: {c['docs_per_s']} docs/s from the start; the 500 before: "
          f"{c['wall_ms']} ms/doc wall, reader+writer CPU {c['main_cpu_ms']} ms/doc", flush=True)


def store_only(url: str, k: int, n: int) -> dict:
    import datetime as dt
    import random

    from khronika.document import Document
    from khronika.ingest.readers import RawDoc
    from khronika.pipeline import collect_less_often, get_pipeline
    from khronika.settings import Settings
    from khronika.store import Store
    from khronika.store import writing

    collect_less_often()        # as `khronika ingest` does
    pipeline = get_pipeline(Settings.from_env())
    base = []
    for d in corpus(k, seed=11):
        doc = Document(text=d["text"], id=d["id"], date=dt.date.fromisoformat(d["date"]), title=d["title"])
        pipeline(doc)
        base.append(doc.to_json())
    by_id: dict[str, dict] = {}

    def replay(doc):                       # the analysis of the replayed original, re-dated
        j = dict(by_id[doc.id], id=doc.id, text=doc.text,
                 date=doc.date.isoformat() if doc.date else None)
        for key, v in vars(Document.from_json(j)).items():
            if key not in ("id", "date", "title", "url", "text"):
                setattr(doc, key, v)

    rng = random.Random(5)
    raws = []
    for i in range(n):
        b = base[i % k]
        by_id[f"r{i}"] = b
        raws.append(RawDoc(text=b["text"] + f"\n\nДжерело {i}.", id=f"r{i}", source=f"r{i}",
                           date=dt.date.fromisoformat(b["date"]) + dt.timedelta(days=rng.randint(-20, 20))))
    store = Store(url)
    store.migrate()
    store.use_pipeline(replay)
    writing.BatchWriter.near = lambda self, sig, also=(): None     # every replay is written and merged
    cpu, tick = cpu_ticker(worker_side())
    t0 = time.perf_counter()
    rep = store.ingest([], items=raws, on_result=tick)
    wall = time.perf_counter() - t0
    tenth = max(1, n // 10)
    out = {"docs": n, "docs_per_s": round(n / wall, 2), "events": rep.events,
           "chronicle_events": sum(1 for _ in store.iter_events()),
           "first_cpu_ms": round(sum(cpu[:tenth]) / tenth * 1000),
           "last_cpu_ms": round(sum(cpu[-tenth:]) / tenth * 1000)}
    store.close()
    return out


def _analyse_part(raws):
    import base64

    from khronika.ingest.stages import analyse_chunk
    from khronika.settings import Settings
    return [(r.id, out.doc, {t: base64.b64encode(v).decode() for t, v in (out.vectors or {}).items()})
            for r, out in zip(raws, analyse_chunk(raws, Settings.from_env()))]


def analysed(src: Path, cache: Path, procs: int = 2,
             vectors: dict | None = None) -> dict[str, dict]:
    """Every corpus document's analysis (doc id -> output JSON), computed once on `procs`
    processes and kept in `cache` (JSON Lines), which later runs extend and reuse; the
    evidence embeddings the workers make with it go into `vectors` (doc id -> {sentence:
    stored bytes}) when the cache holds them."""
    import base64
    from concurrent.futures import ProcessPoolExecutor

    from khronika.ingest.readers import RawDoc
    have: dict[str, dict] = {}
    if cache.is_file():
        with cache.open(encoding="utf-8") as f:
            for line in f:
                try:
                    d = json.loads(line)
                except ValueError:      # a line cut short by an interrupted run
                    continue
                have[d["id"]] = d["doc"]
                if vectors is not None and d.get("v"):
                    vectors[d["id"]] = {t: base64.b64decode(v) for t, v in d["v"].items()}
    todo = []
    with src.open(encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["id"] not in have:
                todo.append(RawDoc(text=d["text"], id=d["id"], title=d["title"], source=d["id"],
                                   date=__import__("datetime").date.fromisoformat(d["date"])))
    if todo:
        print(f"analysing {len(todo)} documents on {procs} processes into {cache}", flush=True)
        parts = [todo[i:i + 16] for i in range(0, len(todo), 16)]
        with ProcessPoolExecutor(procs) as pool, cache.open("a", encoding="utf-8") as out:
            for res in pool.map(_analyse_part, parts):
                for doc_id, doc, vecs in res:
                    if doc is not None:
                        have[doc_id] = doc
                        if vectors is not None:
                            vectors[doc_id] = {t: base64.b64decode(v) for t, v in vecs.items()}
                        out.write(json.dumps({"id": doc_id, "doc": doc, "v": vecs},
                                             ensure_ascii=False) + "\n")
                out.flush()
    return have


def worker_side() -> list[float]:
    """What a --workers ingest does in its workers besides the analysis (the search terms and
    evidence embeddings made with it) timed apart here: it is not the parent's CPU. Returns
    the one-element list the CPU seconds are added to."""
    from khronika.ingest import stages
    spent = [0.0]

    def timed(made):
        def run(*args, **kw):
            t = time.process_time()
            try:
                return made(*args, **kw)
            finally:
                spent[0] += time.process_time() - t
        return run
    for name in ("search_terms", "evidence_vectors"):
        if hasattr(stages, name):
            setattr(stages, name, timed(getattr(stages, name)))
    return spent


def parent_only(src: Path, cache: Path, url: str, profile: bool = False,
                dump: Path | None = None, squeeze: int = 1) -> dict:
    """The parent's own work in an ingest (everything but the analysis, replayed from cache)."""
    from khronika.document import Document
    from khronika.store import Store
    per_doc: dict[str, dict] = {}
    docs = analysed(src, cache, vectors=per_doc)
    # the evidence embeddings the workers would make: from the analysis cache, or (a cache
    # from before it held them) kept beside FILE: encoding them again was most of a replay's
    # wall time (and none of the parent's CPU)
    import pickle

    from khronika.chronicle import textsim
    vectors = cache.with_name(cache.name + ".vectors")
    if vectors.is_file():
        for t, data in pickle.loads(vectors.read_bytes()).items():
            textsim.remember(t, data)

    def replay(doc):
        base = docs[doc.id]
        if squeeze > 1:         # the analysis's times moved as the document's date was
            base = json.loads(squeezed(json.dumps(base, ensure_ascii=False), squeeze))
        j = dict(base, id=doc.id, text=doc.text, title=doc.title,
                 date=doc.date.isoformat() if doc.date else None)
        for t, data in per_doc.get(doc.id, {}).items():
            textsim.remember(t, data)
        for key, v in vars(Document.from_json(j)).items():
            if key not in ("id", "date", "title", "url", "text"):
                setattr(doc, key, v)

    store = Store(url)
    store.migrate()
    store.use_pipeline(replay)
    # the vectors a worker ships with each analysis (`analyse_chunk`), made here and timed
    # apart (`worker_side`): an ingest that analyses in its own process makes none, its merge
    # encodes what it compares
    from khronika.ingest import stages
    analyse_one = stages._analyse_one
    stages._analyse_one = lambda raw, pipeline, settings=None, vectors=True: analyse_one(
        raw, pipeline, settings, vectors)
    from sqlalchemy import event
    statements = [0]

    @event.listens_for(store.engine, "before_cursor_execute")
    def _count(*_a):            # an executemany counts once
        statements[0] += 1
    from khronika.store import bulk
    copy_rows = bulk.copy_rows

    def counted_copy(*a, **kw):     # a COPY goes past SQLAlchemy: one statement
        statements[0] += 1
        return copy_rows(*a, **kw)
    bulk.copy_rows = counted_copy
    server = ServerCPU(store.engine)
    cpu, tick = cpu_ticker(worker_side())
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile(time.process_time)      # CPU: the machine may be loaded
        prof.enable()
    t0 = time.perf_counter()
    server0 = server.seconds()
    rep = store.ingest([str(src)], on_result=tick)
    wall = time.perf_counter() - t0
    server_s = None if server0 is None else server.seconds() - server0
    bulk.copy_rows = copy_rows
    stages._analyse_one = analyse_one
    if prof is not None:
        prof.disable()
        import pstats
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(45)
        pstats.Stats(prof, stream=sys.stdout).sort_stats("tottime").print_stats(25)
        # the store's and the ingest's own functions, for the cost of each stage
        pstats.Stats(prof, stream=sys.stdout).sort_stats("cumulative").print_stats(
            r"khronika/(store|ingest|chronicle)/", 40)
    n = len(cpu)
    k = min(1000, max(1, n // 10))
    out = {"docs": n, "added": rep.added, "duplicates": rep.duplicates, "events": rep.events,
           "chronicle_events": sum(1 for _ in store.iter_events()),
           "docs_per_s": round(n / wall, 2), "cpu_ms": round(sum(cpu) / max(n, 1) * 1000, 1),
           "k": k, "first_cpu_ms": round(sum(cpu[1:k + 1]) / k * 1000, 1),
           "last_cpu_ms": round(sum(cpu[-k:]) / k * 1000, 1),
           "statements": round(statements[0] / max(n, 1), 1),
           "server_cpu_ms": None if server_s is None else round(server_s / max(n, 1) * 1000, 1)}
    if not per_doc:
        import numpy as np
        vectors.write_bytes(pickle.dumps({t: np.asarray(v, dtype=np.float16).tobytes()
                                          for t, v in textsim._CACHE.items()}))
    if dump is not None:        # to compare two versions' chronicles
        dump.write_text(json.dumps(chronicle(store), ensure_ascii=False, default=str))
    store.close()
    return out


class ServerCPU:
    """CPU seconds spent by the PostgreSQL server processes behind an engine's connections,
    read from /proc (a server on this machine; None elsewhere, and for SQLite, whose work is
    in this process's CPU already). On PostgreSQL the parent's CPU leaves out what it makes
    the server do: both are the cost of a document."""

    def __init__(self, engine):
        from sqlalchemy import event
        self.pids: set[int] = set()
        self.pg = engine.dialect.name == "postgresql"
        if self.pg:
            @event.listens_for(engine, "checkout")
            def _pid(dbapi_conn, _rec, _proxy):
                self.pids.add(dbapi_conn.info.backend_pid)
            with engine.connect():
                pass

    def seconds(self) -> float | None:
        if not self.pg:
            return None
        total = 0.0
        for pid in self.pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                return None
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        return total


def _parent_child(src: Path, cache: Path, url: str, out) -> None:
    try:
        out.put(parent_only(src, cache, url))
    except Exception as exc:            # the parent reports it
        out.put({"error": repr(exc)})


def concurrent_pg(src: Path, cache: Path, pg: str, n: int = 2) -> dict:
    """`n` ingest processes (the parent's work, analyses replayed) into one PostgreSQL
    schema at once, each reading the whole corpus, every other one in reverse order: each
    document must be stored once, none lost, every event report merged into the chronicle."""
    import multiprocessing as mp

    from sqlalchemy import func, select

    from khronika.store import Store
    from khronika.store.models import ChronicleEventRow, DocEventRow, DocumentRow
    analysed(src, cache)                 # analysed once, before the processes start
    lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
    rev = src.with_name("reversed.jsonl")
    rev.write_text("".join(reversed(lines)), encoding="utf-8")
    url, drop, _ = pg_schema(pg)
    try:
        Store(url).migrate()
        ctx = mp.get_context("spawn")
        q = ctx.Queue()
        t0 = time.perf_counter()
        procs = [ctx.Process(target=_parent_child, args=(rev if i % 2 else src, cache, url, q))
                 for i in range(n)]
        for p in procs:
            p.start()
        results = [q.get(timeout=3600) for _ in procs]
        for p in procs:
            p.join(timeout=60)
        wall = time.perf_counter() - t0
        store = Store(url)
        with store.session() as s:
            docs = s.scalar(select(func.count()).select_from(DocumentRow))
            hashes = s.scalar(select(func.count(func.distinct(DocumentRow.content_hash))))
            reports = s.scalar(select(func.count()).select_from(DocEventRow))
            unmerged = s.scalar(select(func.count()).select_from(DocEventRow)
                                .where(DocEventRow.chronicle_id.is_(None)))
            chron = s.scalar(select(func.count()).select_from(ChronicleEventRow))
        store.close()
    finally:
        drop()
    return {"processes": n, "corpus": len(lines), "results": results, "documents": docs,
            "distinct_texts": hashes, "reports": reports, "unmerged": unmerged,
            "chronicle_events": chron, "wall_s": round(wall, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts to run")
    ap.add_argument("--cluster", action="store_true",
                    help="also ingest through a scheduler + 2 workers started on loopback")
    ap.add_argument("--pg", default=os.environ.get("KHRONIKA_TEST_PG"))
    ap.add_argument("--no-sqlite", action="store_true")
    ap.add_argument("--no-embeddings", action="store_true")
    ap.add_argument("--store-only", type=int, default=0, metavar="K",
                    help="replay K analysed documents --docs times: the writer's cost alone")
    ap.add_argument("--parent", type=Path, metavar="FILE",
                    help="the parent alone: analyses computed once into FILE, then replayed")
    ap.add_argument("--profile", action="store_true", help="with --parent: where its CPU goes")
    ap.add_argument("--store", type=Path, metavar="DB",
                    help="with --parent: ingest into this SQLite file (kept, and reused by later "
                         "runs: a large store is built once) instead of a fresh one")
    ap.add_argument("--start", type=int, default=0, metavar="N",
                    help="with --parent: the corpus's documents from the N-th on (those after a "
                         "store built with --docs N)")
    ap.add_argument("--processes", type=int, default=0, metavar="N",
                    help="with --parent and --pg: N ingest processes into one PostgreSQL store at "
                         "once (no duplicate, no lost document, every report merged?)")
    ap.add_argument("--squeeze", type=int, default=1, metavar="K",
                    help="with --parent: dates K times closer (the density of a K times larger "
                         "store)")
    ap.add_argument("--rounds", type=int, default=1, metavar="N",
                    help="with --parent: N rounds of SQLite then PostgreSQL, alternating")
    ap.add_argument("--at", default="1000,5000,10000", metavar="N,N",
                    help="store sizes at which to print the cost of the 500 documents before")
    ap.add_argument("--k", type=int, default=1000, metavar="K",
                    help="the first and the last K documents' cost (or half a smaller run)")
    ap.add_argument("--stages", action="store_true",
                    help="CPU per document by stage (read, language, dedup, analyse, write, merge, "
                         "embed, commit), in the reader+writer process and in the workers")
    ap.add_argument("--keep", type=Path, metavar="DB",
                    help="keep the SQLite store of the first run here (to compare two versions' "
                         "chronicles with compare_chronicle.py)")
    ap.add_argument("--dump", type=Path, metavar="JSON",
                    help="with --parent: write the chronicle (ids, types, statuses, sources) here")
    args = ap.parse_args()
    if args.no_embeddings:
        os.environ["KHRONIKA_OPT_CHRONICLE_EMBEDDINGS"] = "false"
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"embeddings {'off' if args.no_embeddings else 'on'}", flush=True)
    if args.parent:
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "corpus.jsonl"
            write_corpus(args.docs, src, args.start, args.squeeze)
            if args.processes and args.pg:
                r = concurrent_pg(src, args.parent, args.pg, args.processes)
                print(f"PostgreSQL, {r['processes']} ingest processes at once over the same "
                      f"{r['corpus']} documents in {r['wall_s']} s: {r['documents']} documents "
                      f"stored ({r['distinct_texts']} distinct texts), {r['reports']} event reports, "
                      f"{r['unmerged']} not merged, {r['chronicle_events']} chronicle events; "
                      f"each process added/near-dup: "
                      + ", ".join(f"{x.get('added')}/{x.get('duplicates')}" if "error" not in x
                                  else x["error"] for x in r["results"]), flush=True)
                return
            targets = []
            for i in range(args.rounds):        # alternating: both meet the same load
                db = args.store.resolve() if args.store else Path(tmp) / f"parent{i}.db"
                if not args.no_sqlite:
                    targets.append(("SQLite", lambda db=db: (f"sqlite:///{db}", None)))
                if args.pg:     # the same replayed analyses into a throwaway schema
                    targets.append(("PostgreSQL", lambda: pg_schema(args.pg)[:2]))
            for name, make in targets:
                url, drop = make()
                try:
                    r = parent_only(src, args.parent, url, args.profile, args.dump, args.squeeze)
                finally:
                    if drop:
                        drop()
                print(f"{name} parent only: {r['docs']} docs, {r['docs_per_s']} docs/s, parent "
                      f"CPU {r['cpu_ms']} ms/doc, first {r['k']} {r['first_cpu_ms']} ms/doc, last "
                      f"{r['k']} {r['last_cpu_ms']} ms/doc, "
                      + (f"server CPU {r['server_cpu_ms']} ms/doc, " if r["server_cpu_ms"] is not None else "")
                      + f"{r['statements']} SQL statements/doc; "
                      f"added {r['added']}, near-dup {r['duplicates']}, {r['events']} event reports "
                      f"in {r['chronicle_events']} chronicle events", flush=True)
        return
    if args.store_only:
        with tempfile.TemporaryDirectory() as tmp:
            targets = [] if args.no_sqlite else [("SQLite", f"sqlite:///{Path(tmp) / 'replay.db'}", None)]
            if args.pg:
                targets.append(("PostgreSQL", *pg_schema(args.pg)[:2]))
            for name, url, drop in targets:
                try:
                    r = store_only(url, args.store_only, args.docs)
                finally:
                    if drop:
                        drop()
                print(f"{name} writer only: {r['docs']} replays of {args.store_only} documents, "
                      f"{r['docs_per_s']} docs/s, writer CPU first tenth {r['first_cpu_ms']} ms/doc, "
                      f"last tenth {r['last_cpu_ms']} ms/doc; {r['events']} event reports in "
                      f"{r['chronicle_events']} chronicle events", flush=True)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "corpus.jsonl"
        write_corpus(args.docs, src)
        reference = None
        backends = [] if args.no_sqlite else [("SQLite", lambda name: (f"sqlite:///{Path(tmp) / name}", None))]
        if args.pg:
            backends.append(("PostgreSQL", lambda name: pg_schema(args.pg)[:2]))
        for backend, make in backends:
            for w in [int(x) for x in args.workers.split(",") if x]:
                url, drop = make(f"w{w}.db")
                try:
                    r, store = run(url, src, workers=w, k=args.k,
                                   at=tuple(int(x) for x in args.at.split(",") if x),
                                   by_stage=args.stages)
                    show(f"{backend}, {w} worker{'s' if w > 1 else ''}", r)
                    if reference is None and backend == "SQLite":
                        reference = chronicle(store), documents(store)
                        if args.keep:
                            store.close()
                            import shutil
                            shutil.copyfile(Path(tmp) / f"w{w}.db", args.keep)
                    store.close()
                finally:
                    if drop:
                        drop()
        if args.cluster:
            cluster = LoopbackCluster(2)
            try:
                url = f"sqlite:///{Path(tmp) / 'cluster.db'}"
                r, store = run(url, src, scheduler=cluster.address, k=args.k)
                show(f"SQLite, cluster {cluster.address}", r)
                if reference is not None:
                    print(f"same chronicle as the first run: {chronicle(store) == reference[0]}; "
                          f"same documents and copies: {documents(store) == reference[1]}")
                store.close()
            finally:
                cluster.close()


if __name__ == "__main__":
    main()
