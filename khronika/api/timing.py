"""How long the server held a request, sent back in a `Server-Timing` header when asked for.

A latency measured by a client under load mixes the server's work with everything between:
the client's own event loop, the kernel's queues, a core the scheduler gave to another
process. With `api.server_timing` on (env `KHRONIKA_OPT_API_SERVER_TIMING=1`) every answer
carries `Server-Timing: app;dur=MS` (W3C Server Timing): the wall time from the moment the
application got the request to the moment it started its answer, read-cache hits included
(this wraps everything). `bench/bench_api.py` turns it on and prints the server's share of
each percentile beside the client's. Off by default: the header tells anyone how long each
request took, which a public server need not publish."""
from __future__ import annotations

import time


class ServerTiming:
    """ASGI middleware: the outermost layer, so the time it reports covers every other one."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()

        async def timed(message):
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - start) * 1000
                headers = [h for h in (message.get("headers") or ()) if h[0].lower() != b"server-timing"]
                headers.append((b"server-timing", f"app;dur={took:.2f}".encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, timed)
