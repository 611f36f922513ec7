"""A short-lived cache of the store's read answers for the HTTP server.

A chronicle is read far more often than written, and many readers ask the same pages (the
front timeline, the calendar, a topical search). Answers are kept `ttl` seconds (option
`api.cache_seconds`, env `KHRONIKA_OPT_API_CACHE_SECONDS`, default 10; 0 turns it off) and
dropped at once when a write goes through this server; writes from other processes (a CLI
ingest) show within `ttl` seconds.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any

READS = frozenset({"documents", "document", "entities", "entity", "quotes", "events", "event",
                   "timeline", "calendar", "search", "event_counts", "places", "network",
                   "nearest_announced", "suggest_entities", "is_empty", "entity_name", "knows_entity",
                   "count_wide"})
WRITES = frozenset({"add_document", "ingest", "delete_document"})


class CachedStore:
    """Wraps a `Store`: read methods are memoised by their arguments, writes clear the cache."""

    def __init__(self, store, ttl: float = 10.0, max_entries: int = 2048):
        self._store = store
        self._ttl = float(ttl)
        self._max = int(max_entries)
        self._data: OrderedDict[tuple, tuple[float, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._inflight: dict[tuple, threading.Event] = {}
        self.hits = 0
        self.misses = 0
        self.generation = 0          # moves on at every write: kept whole answers go stale
        if hasattr(store, "forget_totals"):
            store.count_seconds = self._ttl      # page totals reused as long as answers are

    @property
    def inner(self):
        return self._store

    def clear(self) -> None:
        """After a write nothing stale may be served, so expired entries go too."""
        with self._lock:
            self._data.clear()
            self.generation += 1
        forget = getattr(self._store, "forget_totals", None)
        if forget is not None:
            forget()

    def _read(self, name: str, args: tuple, kwargs: dict):
        key = (name, args, tuple(sorted(kwargs.items())))
        while True:
            now = time.monotonic()
            with self._lock:
                found = self._data.get(key)
                if found is not None and found[0] > now:
                    self._data.move_to_end(key)
                    self.hits += 1
                    return found[1]
                running = self._inflight.get(key)
                if running is None:
                    # this caller recomputes; the others meanwhile get the expired answer
                    # (a few seconds old) rather than all waiting or all running the query
                    running = self._inflight[key] = threading.Event()
                    break
                if found is not None:
                    self.hits += 1
                    return found[1]
            running.wait(timeout=120)       # nothing stored yet: wait for the first answer
        try:
            value = getattr(self._store, name)(*args, **kwargs)
            with self._lock:
                self.misses += 1
                self._data[key] = (time.monotonic() + self._ttl, value)
                self._data.move_to_end(key)
                while len(self._data) > self._max:
                    self._data.popitem(last=False)
            return value
        finally:
            with self._lock:
                self._inflight.pop(key, None)
            running.set()

    def __getattr__(self, name: str):
        attr = getattr(self._store, name)
        if self._ttl <= 0 or not callable(attr):
            return attr
        if name in READS:
            def read(*args, **kwargs):
                try:
                    hash((args, tuple(kwargs.items())))
                except TypeError:
                    return attr(*args, **kwargs)
                return self._read(name, args, kwargs)
            return read
        if name in WRITES:
            def write(*args, **kwargs):
                try:
                    return attr(*args, **kwargs)
                finally:
                    self.clear()
            return write
        return attr
