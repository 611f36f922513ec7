"""Ingesting from URLs over HTTP: a page, a feed whose items link to pages, an error status.
The server is a local one on loopback, started and stopped by the test."""
from __future__ import annotations

import functools
import http.server
import threading

import pytest

from test_store_support import DATA, sqlite_store  # noqa: F401


@pytest.fixture(autouse=True)
def _intranet(monkeypatch):
    """These servers are on loopback, which is refused unless allowed (test_hardening_fetch)."""
    monkeypatch.setenv("KHRONIKA_ALLOW_PRIVATE_URLS", "1")


@pytest.fixture
def server(tmp_path):
    (tmp_path / "page.html").write_bytes((DATA / "page.html").read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    (tmp_path / "feed.rss").write_text((DATA / "feed.rss").read_text(encoding="utf-8")
                                       .replace("LINK_TO_PAGE", base + "/page.html"), encoding="utf-8")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base
    httpd.shutdown()
    httpd.server_close()


def test_page_url(sqlite_store, server):
    rep = sqlite_store.ingest([server + "/page.html"])
    assert rep.added == 1, rep.errors
    doc = sqlite_store.document(rep.results[0].doc_id)
    assert doc["url"] == server + "/page.html" and "Гакан Фідан" in doc["text"]
    again = sqlite_store.ingest([server + "/page.html"])
    assert again.exists == 1 and again.added == 0


def test_feed_url_fetches_item_pages(sqlite_store, server):
    rep = sqlite_store.ingest([server + "/feed.rss"])
    assert rep.added == 1, rep.errors
    doc = sqlite_store.document(rep.results[0].doc_id)
    assert doc["url"] == server + "/page.html" and "понад дві години" in doc["text"]


def test_http_error_is_reported(sqlite_store, server):
    rep = sqlite_store.ingest([server + "/missing.html"])
    assert rep.failed == 1 and "HTTP 404" in rep.errors[0]
