"""`khronika watch`: a feed asked again with its ETag answers 304 and nothing is read; a
folder's new file is ingested in the next cycle; a line per cycle."""
from __future__ import annotations

import http.server
import threading

import pytest

from khronika.ingest.watch import parse_every, watch
from test_store_support import DATA, sqlite_store  # noqa: F401


@pytest.fixture
def feed_server(tmp_path):
    page = (DATA / "page.html").read_bytes()
    hits = {"200": 0, "304": 0}

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_GET(self):
            if self.path == "/page.html":
                body, ctype = page, "text/html; charset=utf-8"
            else:
                if self.headers.get("If-None-Match") == '"v1"':
                    hits["304"] += 1
                    self.send_response(304)
                    self.end_headers()
                    return
                hits["200"] += 1
                body = (DATA / "feed.rss").read_text(encoding="utf-8").replace(
                    "LINK_TO_PAGE", base + "/page.html").encode("utf-8")
                ctype = "application/rss+xml"
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("ETag", '"v1"')
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base + "/feed.rss", hits
    httpd.shutdown()
    httpd.server_close()


def test_parse_every():
    assert parse_every("15m") == 900 and parse_every("30s") == 30 and parse_every("2") == 2
    assert parse_every("1h") == 3600
    with pytest.raises(ValueError):
        parse_every("soon")


def test_watch_polls_feed_with_etag_and_folder_for_new_files(sqlite_store, feed_server, tmp_path,
                                                              monkeypatch):
    monkeypatch.setenv("KHRONIKA_ALLOW_PRIVATE_URLS", "1")     # the test server is on loopback
    feed, hits = feed_server
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text((DATA / "folder" / "talks.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    lines: list[str] = []
    cycle = {"n": 0}

    def between(_seconds):
        cycle["n"] += 1
        if cycle["n"] == 1:      # a file arrives while the watcher sleeps
            (folder / "b.txt").write_text((DATA / "folder" / "plans.txt").read_text(encoding="utf-8"),
                                          encoding="utf-8")

    n = watch(sqlite_store, [feed, str(folder)], 60, cycles=3, say=lines.append, sleep=between)
    assert n == 3 and len(lines) == 3
    assert hits == {"200": 1, "304": 2}
    first_added = int(lines[0].split("added ")[1].split(",")[0])
    assert first_added >= 2                       # the feed's item and a.txt
    assert "added 1," in lines[1] and "files 1" in lines[1]    # b.txt only
    assert "added 0," in lines[2] and "unchanged 1" in lines[2]
    assert sqlite_store.documents().total == first_added + 1


def test_watch_refuses_a_loopback_feed_unless_allowed(sqlite_store, feed_server, monkeypatch):
    monkeypatch.delenv("KHRONIKA_ALLOW_PRIVATE_URLS", raising=False)
    feed, hits = feed_server
    lines: list[str] = []
    watch(sqlite_store, [feed], 60, cycles=1, say=lines.append, sleep=lambda s: None)
    assert hits == {"200": 0, "304": 0} and "failed 1" in lines[0]


def test_a_restarted_watch_asks_with_the_stored_validators_and_skips_seen_files(
        sqlite_store, feed_server, tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_ALLOW_PRIVATE_URLS", "1")
    feed, hits = feed_server
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text((DATA / "folder" / "talks.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    first: list[str] = []
    watch(sqlite_store, [feed, str(folder)], 60, cycles=1, say=first.append, sleep=lambda s: None)
    assert hits == {"200": 1, "304": 0} and "files 1" in first[0]
    # a new process: nothing in memory, the store remembers
    again: list[str] = []
    watch(sqlite_store, [feed, str(folder)], 60, cycles=1, say=again.append, sleep=lambda s: None)
    assert hits == {"200": 1, "304": 1}
    assert "unchanged 1" in again[0] and "files 0" in again[0] and "added 0," in again[0]


def test_watch_state_is_saved_only_after_the_cycle_stored_its_documents(
        sqlite_store, tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text((DATA / "folder" / "talks.txt").read_text(encoding="utf-8"),
                                  encoding="utf-8")
    real_ingest = sqlite_store.ingest

    def killed(*args, **kwargs):
        list(kwargs["items"])            # the folder was read ...
        raise KeyboardInterrupt          # ... and the watcher stopped before storing it
    sqlite_store.ingest = killed
    with pytest.raises(KeyboardInterrupt):
        watch(sqlite_store, [str(folder)], 60, cycles=1, say=lambda line: None)
    assert sqlite_store.watch_state() == ({}, {})
    sqlite_store.ingest = real_ingest
    lines: list[str] = []
    watch(sqlite_store, [str(folder)], 60, cycles=1, say=lines.append)
    assert "added 1," in lines[0]
    assert list(sqlite_store.watch_state()[1]) == [str(folder / "a.txt")]
