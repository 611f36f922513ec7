"""Item 1 of issue 11: nothing but http/https is fetched, internal addresses are refused after
resolution and after every redirect (unless allowed for an intranet), every read is capped,
and a refused link is reported and skipped. The servers are local ones on loopback."""
from __future__ import annotations

import functools
import http.server
import ipaddress
import threading

import pytest

from khronika.ingest import fetch
from khronika.ingest.fetch import FetchPolicy, fetch_bytes
from khronika.ingest.readers import InputError
from test_store_support import DATA, sqlite_store  # noqa: F401

SECRET = "ТАЄМНИЦЯ-СЕРВЕРА: пароль root 12345. Київ і Анкара домовилися."


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a, **k):
        pass

    def do_GET(self):       # noqa: N802
        if self.path.startswith("/redirect-to/"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/redirect-to/"):])
            self.end_headers()
            return
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(64):
                self.wfile.write(b"x" * 65536)
            return
        super().do_GET()


@pytest.fixture
def server(tmp_path):
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    httpd = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Handler, directory=str(tmp_path)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _no_intranet(monkeypatch):
    monkeypatch.delenv("KHRONIKA_ALLOW_PRIVATE_URLS", raising=False)


def _feed(tmp_path, link: str):
    feed = tmp_path / "news.rss"
    feed.write_text((DATA / "feed.rss").read_text(encoding="utf-8").replace("LINK_TO_PAGE", link),
                    encoding="utf-8")
    return feed


def _stored_texts(store) -> str:
    return "\n".join(store.document(d["id"])["text"] for d in store.documents().items)


@pytest.mark.parametrize("addr", ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1",
                                  "169.254.169.254", "100.64.0.1", "0.0.0.0", "224.0.0.1",
                                  "::1", "fe80::1", "fd00:ec2::254", "::ffff:127.0.0.1",
                                  "2002:7f00:1::1", "::"])
def test_internal_addresses_are_not_public(addr):
    assert not fetch._public(ipaddress.ip_address(addr))


@pytest.mark.parametrize("addr", ["8.8.8.8", "2a00:1450:4001:80b::200e", "91.198.174.192"])
def test_public_addresses_are_public(addr):
    assert fetch._public(ipaddress.ip_address(addr))


@pytest.mark.parametrize("url", ["file:///etc/passwd", "file:///dev/zero", "file://localhost/etc/hosts",
                                 "ftp://127.0.0.1/x", "gopher://127.0.0.1:6379/_x", "data:,hello"])
def test_only_http_and_https(url):
    got = fetch_bytes(url)
    assert isinstance(got, InputError) and got.message.startswith("refused")


def test_file_url_source_is_refused_not_read(sqlite_store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    rep = sqlite_store.ingest([secret.as_uri(), "file:///dev/zero"])
    assert rep.added == 0 and rep.failed == 2
    assert all("only http and https" in e for e in rep.errors)


def test_loopback_url_is_refused(sqlite_store, server):
    rep = sqlite_store.ingest([server + "/secret.txt"])
    assert rep.added == 0 and rep.failed == 1
    assert "non-public address 127.0.0.1" in rep.errors[0]


def test_localhost_name_is_refused_after_resolution(server):
    got = fetch_bytes(server.replace("127.0.0.1", "localhost") + "/secret.txt")
    assert isinstance(got, InputError) and "non-public address" in got.message


def test_intranet_setting_allows_loopback(sqlite_store, server, monkeypatch):
    monkeypatch.setenv("KHRONIKA_ALLOW_PRIVATE_URLS", "1")
    rep = sqlite_store.ingest([server + "/secret.txt"])
    assert rep.added == 1, rep.errors


def test_feed_item_linking_to_a_file_is_reported_and_skipped(sqlite_store, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    rep = sqlite_store.ingest([str(_feed(tmp_path, secret.as_uri()))])
    assert rep.added == 0 and rep.failed == 1
    assert "news.rss#1" in rep.errors[0] and "only http and https" in rep.errors[0]
    assert "ТАЄМНИЦЯ" not in _stored_texts(sqlite_store)


def test_feed_item_linking_to_loopback_is_reported_and_skipped(sqlite_store, tmp_path, server):
    rep = sqlite_store.ingest([str(_feed(tmp_path, server + "/secret.txt"))])
    assert rep.added == 0 and rep.failed == 1 and "non-public" in rep.errors[0]
    assert "ТАЄМНИЦЯ" not in _stored_texts(sqlite_store)


def test_every_redirect_is_checked(server, monkeypatch):
    # 127.0.0.1 stands in for a public host; the redirect goes to another loopback address
    real = fetch._public
    monkeypatch.setattr(fetch, "_public", lambda ip: str(ip) == "127.0.0.1" or real(ip))
    port = server.rsplit(":", 1)[1]
    ok = fetch_bytes(server + "/redirect-to/" + f"http://127.0.0.1:{port}/secret.txt")
    assert not isinstance(ok, InputError) and SECRET.encode() in ok[0]
    got = fetch_bytes(server + "/redirect-to/" + f"http://127.0.0.2:{port}/secret.txt")
    assert isinstance(got, InputError)
    assert "non-public address 127.0.0.2" in got.message and "redirected to" in got.message
    got = fetch_bytes(server + "/redirect-to/file:///etc/passwd")
    assert isinstance(got, InputError) and "only http and https" in got.message


def test_answer_over_the_cap_is_refused(server):
    policy = FetchPolicy(allow_private=True, max_bytes=1_000_000)
    got = fetch_bytes(server + "/huge", policy=policy)
    assert isinstance(got, InputError) and "over 1,000,000 bytes" in got.message


def test_api_document_url_on_loopback_is_refused(tmp_path, server, monkeypatch):
    from fastapi.testclient import TestClient
    from khronika.api import create_app
    from khronika.settings import Settings
    from test_store_support import FakeAnnotator
    from khronika.store import Store

    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    store.use_pipeline(FakeAnnotator())
    client = TestClient(create_app(store, Settings(api_token="t")))
    auth = {"Authorization": "Bearer t"}
    resp = client.post("/api/documents", json={"url": server + "/secret.txt"}, headers=auth)
    assert resp.status_code == 422 and "non-public" in resp.text
    resp = client.post("/api/documents", json={"url": "file:///etc/passwd"}, headers=auth)
    assert resp.status_code == 422
    assert store.documents().total == 0
    store.close()
