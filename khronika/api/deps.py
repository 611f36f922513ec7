"""What every request needs: the store (built on first use, never at import) and, for writes,
the bearer token."""
from __future__ import annotations

import dataclasses
import json
import secrets
import threading
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import JSONResponse


class StoreHolder:
    """Builds the store on first use so that creating the app (or importing it) never touches
    a database."""

    def __init__(self, store=None, url: str | None = None, cache_seconds: float = 0):
        self._url = url
        self._cache_seconds = cache_seconds
        self._lock = threading.Lock()
        self._store = self._wrap(store) if store is not None else None

    def _wrap(self, store):
        if self._cache_seconds and self._cache_seconds > 0:
            from .cache import CachedStore
            return CachedStore(store, self._cache_seconds)
        return store

    def generation(self) -> int:
        """The store's write generation in this process (0 until a write or without a
        cache); the whole-answer cache keeps nothing across a change of it."""
        store = self._store
        return getattr(store, "generation", 0) if store is not None else 0

    def ready(self):
        """The store if it is built already, else None (never builds it)."""
        return self._store

    def get(self):
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from ..store import Store
                    self._store = self._wrap(Store(self._url))
        return self._store


def store_of(request: Request):
    """The store, from a plain function (the web pages, which run in a worker thread)."""
    return request.app.state.store_holder.get()


async def get_store(request: Request):
    """A coroutine, so FastAPI calls it on the event loop: as a plain function it took a
    worker thread of its own before the endpoint's, two thread hand-offs per read where one
    does. Only the first request, which builds the store, goes to a thread."""
    holder = request.app.state.store_holder
    store = holder.ready()
    if store is None:
        import anyio.to_thread
        store = await anyio.to_thread.run_sync(holder.get)
    return store


def get_settings(request: Request):
    return request.app.state.settings


def require_token(request: Request) -> None:
    """Writes need `Authorization: Bearer <KHRONIKA_API_TOKEN>`; with no token configured the
    server is read-only, because an open write endpoint on a shared host is a liability."""
    expected = request.app.state.settings.api_token
    if not expected:
        raise HTTPException(403, "write endpoints are disabled: the server has no API token "
                                 "(set KHRONIKA_API_TOKEN to enable them)")
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise HTTPException(401, "missing bearer token (Authorization: Bearer <token>)",
                            headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(token.strip().encode(), expected.encode()):
        raise HTTPException(403, "invalid API token")


def plain(value: Any) -> Any:
    """A store result as JSON-able data, whatever its exact class."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def page_json(page) -> dict:
    return {"items": list(page.items), "total": int(page.total), "limit": int(page.limit),
            "offset": int(page.offset)}


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


class Answer(JSONResponse):
    """A read answer sent as it is. Returned from an endpoint, FastAPI neither validates it
    against the response model (which stays on the route for the OpenAPI docs) nor walks it
    with `jsonable_encoder`: for a page of 50 events those two passes cost as much CPU as the
    query, and under 50 clients the server queues on CPU. The bytes are the ones FastAPI
    sent: the store's answers are plain JSON values, the page's `notice` is there only when
    set (what `response_model_exclude_none` did), and a date is written as its ISO form."""

    def render(self, content: Any) -> bytes:
        return render_json(content)


def render_json(content: Any) -> bytes:
    """An answer's bytes, by orjson where it is installed: Python's json encoder took 0.17 ms
    of CPU for a page of 50 events and 0.29 ms for an entity page (orjson 0.02 and 0.03), the
    largest single share of a timeline request's server CPU left after the query (py-spy on
    the server under 50 clients, issue 14 part S24). The bytes are json's for every value
    the store gives: compact, UTF-8, keys in their order, dates and datetimes through
    `_json_default` (passed through to it), non-string keys as json writes them. Two
    differences, neither in a store's answer: a float under 1e-4 is written in full
    (`0.00001`, json `1e-05`; the store rounds its confidences to 3 places) and NaN is
    null (json refused it: a 500). Whatever orjson refuses (an integer past 64 bits, a
    dataclass) goes to json, which writes it or raises as before."""
    if _orjson is not None:
        try:
            return _orjson.dumps(content, default=_json_default, option=_ORJSON_OPTIONS)
        except TypeError:           # orjson.JSONEncodeError is one
            pass
    return json.dumps(content, ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":"), default=_json_default).encode("utf-8")


try:
    import orjson as _orjson
    _ORJSON_OPTIONS = (_orjson.OPT_NON_STR_KEYS | _orjson.OPT_PASSTHROUGH_DATETIME
                       | _orjson.OPT_PASSTHROUGH_DATACLASS)
except ImportError:                 # an install without it answers the same, more slowly
    _orjson, _ORJSON_OPTIONS = None, 0
