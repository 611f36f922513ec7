"""What the browser tests share: which Chromium they drive and with which flags, where their
screenshots go, and one way to serve an app on a free loopback port whose socket listens
before the server thread starts, so the first request simply queues and no readiness polling
(no clock) is needed."""
from __future__ import annotations

import os
import socket
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = os.environ.get("KHRONIKA_CHROMIUM", "/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parent / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Playwright's 30 s default is a clock: on a loaded 2-core machine a page of the store can take
# longer to render, and the test then fails for no fault of the app. Waits stay on selectors;
# this is only the ceiling before a missing selector is declared missing.
WAIT_CEILING_MS = 300_000


@contextmanager
def serving(app):
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        srv.should_exit = True
        thread.join(timeout=30)
        sock.close()
