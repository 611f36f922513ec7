"""Whole read answers kept a few seconds, in front of the application.

`cache.CachedStore` spares the database, but a hit there still pays FastAPI's routing,
validation of the page against its model and JSON encoding: most of a read's cost once the
query is cheap. Here a GET that answered 200 is kept as the bytes that were sent, for the
same `api.cache_seconds`, keyed by path, query string and Host (pages write absolute links
from it). A write through this server (the store cache's generation moves on) makes every
kept answer stale at once; writes from other processes show within the TTL, as with the
store cache. Requests with credentials or cookies, and answers that say `no-store` or set a
cookie, are never kept.
"""
from __future__ import annotations

import time
from collections import OrderedDict
from typing import Callable

MAX_BODY = 1_000_000          # bytes: a larger answer is sent, not kept


class ResponseCache:
    """ASGI middleware. `generation()` names the store's state; an entry kept under an
    older one is not served."""

    def __init__(self, app, ttl: float, generation: Callable[[], int], max_entries: int = 4096):
        self.app = app
        self.ttl = float(ttl)
        self.generation = generation
        self.max_entries = int(max_entries)
        self.entries: OrderedDict[tuple, tuple[float, int, dict, bytes]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "GET":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or ())
        if b"authorization" in headers or b"cookie" in headers:
            return await self.app(scope, receive, send)
        key = (scope["path"], scope.get("query_string", b""), headers.get(b"host", b""),
               headers.get(b"accept-encoding", b""))
        now = time.monotonic()
        gen = self.generation()
        found = self.entries.get(key)
        if found is not None and found[0] > now and found[1] == gen:
            self.entries.move_to_end(key)
            self.hits += 1
            _, _, start, body = found
            await send(start)
            await send({"type": "http.response.body", "body": body})
            return
        self.misses += 1
        start_msg: dict = {}
        chunks: list[bytes] = []
        keep = True

        async def capture(message):
            nonlocal keep
            if message["type"] == "http.response.start":
                start_msg.update(message)
                if message["status"] != 200 or _uncacheable(message.get("headers") or ()):
                    keep = False
            elif message["type"] == "http.response.body" and keep:
                chunks.append(message.get("body", b""))
                if sum(map(len, chunks)) > MAX_BODY:
                    keep = False
                    chunks.clear()
            await send(message)

        await self.app(scope, receive, capture)
        if keep and start_msg and self.generation() == gen:
            self.entries[key] = (time.monotonic() + self.ttl, gen, start_msg, b"".join(chunks))
            self.entries.move_to_end(key)
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)


def _uncacheable(headers) -> bool:
    for name, value in headers:
        name = name.lower()
        if name == b"set-cookie":
            return True
        if name == b"cache-control" and (b"no-store" in value.lower() or b"private" in value.lower()):
            return True
    return False
