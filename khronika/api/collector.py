"""Python's cyclic garbage collector in a server process: what it scans and how often.

Measured on `bench/bench_api.py` (100,000 documents, 50 clients, two server processes):
each process ran a full (oldest-generation) collection every ~5 s, 110-210 ms of CPU each
over 250,000-380,000 objects, most of them the modules a server imports (FastAPI, pydantic,
SQLAlchemy, Jinja, the labels) and the rest the read caches' answers. A full collection
holds the interpreter: the event loop answers nothing meanwhile, not even a cached page,
and on a loaded machine one such pause lasted 0.2-3.3 s of wall time (the loop's longest
stalls, and the answers' p99, were those pauses).

So once the application is imported, before its first request, everything alive is moved
out of the collector's sight (`gc.freeze`: those objects live as long as the process, and
a scan of them finds nothing to free), and the first generation is collected after
`FIRST_GENERATION` new container objects instead of 700, as the analysis processes do
(`pipeline.collect_less_often`): a page of answers makes thousands, so the young
collections and the promotions that trigger the full ones come far less often. Garbage
is still collected; cycles the server makes live longer before they go."""
from __future__ import annotations

import gc

FIRST_GENERATION = 50_000


def settle() -> None:
    """Freeze what the process holds now and collect the young generation less often. Called
    once per server process at start-up (`app._lifespan`); never lowers a threshold nor turns
    a disabled collector on."""
    _import_store()
    gc.collect()             # what is garbage now is freed, not frozen
    gc.freeze()
    first, middle, oldest = gc.get_threshold()
    if 0 < first < FIRST_GENERATION:
        gc.set_threshold(FIRST_GENERATION, middle, oldest)


def _import_store() -> None:
    """The store's modules (SQLAlchemy and its ORM, the query layer) are imported by the first
    request otherwise; imported here, they are frozen with the rest. Nothing connects."""
    try:
        from ..store import Store  # noqa: F401
        from ..store import queries, searching  # noqa: F401
    except ImportError:          # a stripped install without the store
        pass
