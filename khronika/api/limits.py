"""A cap on request bodies, checked before the body is read: FastAPI would otherwise read a
body of any size into memory before a field's `max_length` could refuse it.

The analysis endpoints get a much smaller cap than the ingest endpoint (200,000 characters
of Cyrillic JSON-escaped as `\\uXXXX` is at most 1.2 MB)."""
from __future__ import annotations

import json

from starlette.exceptions import HTTPException

from .models import MAX_ANALYZE, MAX_TEXT

ANALYZE_BYTES = MAX_ANALYZE * 6 + 64_000
WRITE_BYTES = MAX_TEXT * 6 + 64_000
OTHER_BYTES = 64_000


def body_cap(path: str) -> int:
    if path in ("/api/analyze", "/analyze"):
        return ANALYZE_BYTES
    if path.startswith("/api/documents"):
        return WRITE_BYTES
    return OTHER_BYTES


class BodyLimit:
    """ASGI middleware: 413 when Content-Length says too much, and a cut-off when a chunked
    body turns out to be longer than it may be."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        cap = body_cap(scope["path"])
        for name, value in scope.get("headers") or ():
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _too_large(send, cap, "bad Content-Length")
                if declared > cap:
                    return await _too_large(send, cap)
        seen = 0

        async def counted_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:
                    # raised while the route reads its body: answered as a 413 like any other
                    raise HTTPException(413, f"request body over {cap:,} bytes")
            return message

        await self.app(scope, counted_receive, send)


async def _too_large(send, cap: int, why: str | None = None) -> None:
    body = json.dumps({"detail": why or f"request body over {cap:,} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
