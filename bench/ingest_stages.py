"""CPU per document by stage of `khronika ingest` (`bench_ingest.py --stages`): read, language,
near-duplicates (content hash, MinHash, the store's lookups), analyse, write (the rows),
merge (the chronicle), embed (evidence sentences encoded, inside the merge or the analysis)
and commit, in the writer's process and, with workers, in each worker.

Each stage's time is exclusive: a timed function's CPU less that of the timed functions it
calls (the merge's time leaves out the encoding it asks for). The functions are wrapped in
place, in this process and, through `client.run`, in each Dask worker, so the ingest runs
its own code; the wrappers cost ~1 us a call, a few hundred calls a document."""
from __future__ import annotations

import functools
import sys
import time
from pathlib import Path

STAGES = ("read", "language", "dedup", "analyse", "write", "merge", "embed", "commit")
_ACC: dict[str, float] = {}
_STACK: list[list] = []


def _timed(stage: str, fn):
    @functools.wraps(fn)
    def wrap(*a, **kw):
        t0 = time.process_time()
        _STACK.append([stage, 0.0])
        try:
            return fn(*a, **kw)
        finally:
            inner = _STACK.pop()[1]
            spent = time.process_time() - t0
            _ACC[stage] = _ACC.get(stage, 0.0) + spent - inner
            if _STACK:
                _STACK[-1][1] += spent
    wrap.__wrapped_stage__ = stage
    return wrap


def _timed_gen(stage: str, gen_fn):
    @functools.wraps(gen_fn)
    def wrap(*a, **kw):
        step = _timed(stage, next)
        it = gen_fn(*a, **kw)
        while True:
            try:
                x = step(it)
            except StopIteration:
                return
            yield x
    return wrap


def _wrap(owner, name: str, stage: str, gen: bool = False) -> None:
    fn = getattr(owner, name)
    if getattr(fn, "__wrapped_stage__", None) is None:
        setattr(owner, name, (_timed_gen if gen else _timed)(stage, fn))


def install() -> None:
    """Wrap the stages' functions of this process (once). The ingest imports them from their
    modules when it runs, so the wrapped ones are those it calls."""
    from khronika.chronicle import textsim
    from khronika.ingest import dedupe, langid, sources, stages
    from khronika.store import writer, writing
    _wrap(sources, "iter_sources", "read", gen=True)
    _wrap(langid, "detect", "language")
    for name in ("content_hash", "signature"):
        _wrap(dedupe, name, "dedup")
    for name in ("lookup", "near", "existing", "taken", "stored"):
        _wrap(writing.BatchWriter, name, "dedup")
    _wrap(stages, "_analyse_one", "analyse")
    _wrap(stages, "_chunk_vectors", "embed")
    _wrap(writing.BatchWriter, "write", "write")
    _wrap(writer, "merge_events", "merge")
    _wrap(writing.BatchWriter, "commit", "commit")
    _wrap(textsim, "vectors_bytes", "embed")
    _wrap(textsim, "_vector", "embed")


def snapshot() -> dict[str, float]:
    """CPU seconds per stage spent so far in this process."""
    return dict(_ACC)


def install_workers(client) -> None:
    """`install` in each worker: this module is imported there from the folder it is in (a
    lambda travels by value; the module's functions would travel by name)."""
    if client is not None:
        here = str(Path(__file__).resolve().parent)
        client.run(lambda folder: (folder in sys.path or sys.path.insert(0, folder),
                                   __import__("ingest_stages").install()), here)


def workers_snapshot(client) -> dict[str, float]:
    """CPU seconds per stage spent so far in all the workers together."""
    out: dict[str, float] = {}
    if client is not None:
        for acc in client.run(lambda: __import__("ingest_stages").snapshot()).values():
            for k, v in acc.items():
                out[k] = out.get(k, 0.0) + v
    return out


def per_doc(a: dict, b: dict, n: int) -> dict[str, float]:
    """ms per document of each stage between two snapshots over `n` documents."""
    return {s: round((b.get(s, 0.0) - a.get(s, 0.0)) / max(n, 1) * 1000, 1) for s in STAGES
            if b.get(s, 0.0) - a.get(s, 0.0) > 0}


def show(label: str, d: dict[str, float]) -> str:
    return f"{label}: " + ", ".join(f"{k} {v}" for k, v in d.items()) + \
        f" (sum {round(sum(d.values()), 1)}) ms CPU/doc"
