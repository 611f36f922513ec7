"""Analyse large archives on several cores or a Dask cluster.

Documents are read in the calling process (so bad input is reported with its path and line
exactly as in a single-process run), sent to workers in chunks, analysed there by a pipeline
built once per worker process, and come back as SPEC JSON in input order. A chunk bounds the
memory held at once, so an archive of millions of documents streams through.

`scheduler` is "processes" (local worker processes, the default), "threads", "sync", or the
address of a running `dask.distributed` scheduler ("tcp://host:8786").
"""
from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

from .analysis import Result, analyze_raw
from .ingest.readers import InputError, RawDoc
from .pipeline import collect_less_often, get_pipeline
from .settings import Settings


def _analyse_chunk(raws: list[RawDoc], settings: Settings) -> list[tuple[str, dict | None, str | None]]:
    collect_less_often()                     # a worker process does nothing but analyse
    pipeline = get_pipeline(settings)        # cached per worker process
    out = []
    for raw in raws:
        res = analyze_raw(raw, pipeline)
        out.append((res.source, res.doc.to_json() if res.doc else None, res.error))
    return out


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def analyze_parallel(items: Iterable[RawDoc | InputError], settings: Settings | None = None, *,
                     workers: int = 2, scheduler: str = "processes", chunk: int = 64,
                     batch: int = 2048) -> Iterator[tuple[Result, dict | None]]:
    """Yield (result, SPEC JSON or None) per input item, in input order."""
    import dask
    from dask import delayed

    settings = settings or Settings.from_env()
    client = None
    if "://" in scheduler:
        from dask.distributed import Client
        client = Client(scheduler)
    try:
        for window in _chunks(items, batch):
            errors = {i: x for i, x in enumerate(window) if isinstance(x, InputError)}
            raws = [(i, x) for i, x in enumerate(window) if not isinstance(x, InputError)]
            tasks = [delayed(_analyse_chunk)([r for _, r in part], settings)
                     for part in _chunks(raws, chunk)]
            if client is not None:
                computed = client.compute(tasks, sync=True)
            else:
                computed = dask.compute(*tasks, scheduler=scheduler, num_workers=workers)
            flat = iter([row for part in computed for row in part])
            done = {i: next(flat) for i, _ in raws}
            for i, item in enumerate(window):
                if i in errors:
                    yield Result(errors[i].source, error=str(errors[i])), None
                else:
                    source, doc_json, error = done[i]
                    yield Result(source, error=error), doc_json
    finally:
        if client is not None:
            client.close()
