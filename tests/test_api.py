"""The JSON API over a store: pagination, validation, auth on writes, analysis without storing."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khronika.api import create_app
from khronika.settings import Settings
from test_web_fixtures import FakeStore

TOKEN = "s3cret-token"


@pytest.fixture()
def store():
    return FakeStore()


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, Settings(api_token=TOKEN)))


def test_create_app_does_not_connect(monkeypatch):
    import khronika.api.deps as deps
    built = []
    monkeypatch.setattr(deps.StoreHolder, "get", lambda self: built.append(1) or FakeStore())
    app = create_app(settings=Settings(db="sqlite:////nonexistent/dir/x.db"))
    assert built == []
    assert TestClient(app).get("/api/health").json() == {"ok": True}
    assert built == []


@pytest.mark.parametrize("path", ["/api/documents", "/api/entities", "/api/quotes", "/api/events",
                                  "/api/timeline", "/api/calendar", "/api/search?q=Харків"])
def test_every_list_is_paginated(client, path):
    body = client.get(path).json()
    assert set(body) == {"items", "total", "limit", "offset"}
    assert isinstance(body["items"], list) and body["offset"] == 0


def test_limit_and_offset_page_through(client):
    first = client.get("/api/timeline?limit=1").json()
    second = client.get("/api/timeline?limit=1&offset=1").json()
    assert first["total"] == 4 and len(first["items"]) == 1 and len(second["items"]) == 1
    assert first["items"][0]["id"] != second["items"][0]["id"]


@pytest.mark.parametrize("path,needle", [
    ("/api/timeline?limit=0", "limit"), ("/api/timeline?limit=100000", "limit"),
    ("/api/timeline?offset=-1", "offset"), ("/api/events?date_from=2030-13-01", "date_from"),
    ("/api/timeline?date_from=yesterday", "date_from"),
    ("/api/timeline?date_from=2030-03-01&date_to=2030-02-01", "date_to"),
    ("/api/events?type=FIGHT", "type"), ("/api/events?status=maybe", "status"),
    ("/api/entities?type=PERSON", "type"), ("/api/search", "q"), ("/api/search?q=%20", "q"),
])
def test_bad_parameters_are_clear_422(client, path, needle):
    r = client.get(path)
    assert r.status_code == 422
    assert needle in r.text


def test_filters_reach_the_store(client):
    body = client.get("/api/timeline?type=assault").json()
    assert [e["type"] for e in body["items"]] == ["ASSAULT"]
    body = client.get("/api/events?status=planned&date_from=2030-03-01").json()
    assert [e["type"] for e in body["items"]] == ["CONSULT"]
    assert client.get("/api/calendar").json()["items"][0]["status"] == "planned"


def test_records_and_404s(client):
    doc = client.get("/api/documents/doc-meet").json()
    assert doc["entities"][0]["id"] == "ivan-petrenko" and doc["events_chronicle"] == ["ev-doc-meet-e1"]
    assert client.get("/api/entities/poland").json()["wikidata"] == "Q36"
    assert client.get("/api/events/ev-doc-meet-e1").json()["sources"][0]["doc_event"] == "e1"
    for path in ("/api/documents/nope", "/api/entities/nope", "/api/events/nope"):
        r = client.get(path)
        assert r.status_code == 404 and "nope" in r.json()["detail"]


def test_writes_refused_without_configured_token(store):
    client = TestClient(create_app(store, Settings(api_token=None)))
    r = client.delete("/api/documents/doc-meet", headers={"Authorization": "Bearer anything"})
    assert r.status_code == 403 and "KHRONIKA_API_TOKEN" in r.json()["detail"]
    r = client.post("/api/documents", json={"text": "Текст."})
    assert r.status_code == 403
    assert "doc-meet" in store.docs and store.added == []


def test_writes_need_the_right_token(client, store):
    r = client.delete("/api/documents/doc-meet")
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.delete("/api/documents/doc-meet", headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 403
    r = client.delete("/api/documents/doc-meet", headers={"Authorization": "Basic " + TOKEN})
    assert r.status_code == 401
    assert "doc-meet" in store.docs
    r = client.delete("/api/documents/doc-meet", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200 and r.json() == {"deleted": True, "id": "doc-meet"}
    assert "doc-meet" not in store.docs
    r = client.delete("/api/documents/doc-meet", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 404


def test_post_document_validates_and_stores(client, store):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert client.post("/api/documents", json={}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"text": "  "}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"text": "Т.", "date": "2030-02-31"}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"text": "Т.", "colour": "red"}, headers=auth).status_code == 422
    assert client.post("/api/documents", json={"url": "not a url"}, headers=auth).status_code == 422
    r = client.post("/api/documents", json={"text": "Сьогодні уряд ухвалив рішення.", "date": "2030-01-02",
                                           "title": "Рішення", "id": "new-1"}, headers=auth)
    assert r.status_code == 201, r.text
    raw = store.added[-1]
    assert raw.text.startswith("Сьогодні") and raw.id == "new-1" and str(raw.date) == "2030-01-02"
    r = client.post("/api/documents", json={"url": "https://example.org/news/1"}, headers=auth)
    assert r.status_code == 201 and store.added[-1] == "https://example.org/news/1"


def test_analyze_returns_spec_json(client, store):
    text = "Сьогодні в Києві відбулася зустріч міністрів."
    r = client.post("/api/analyze", json={"text": text, "date": "2030-01-02"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["text"] == text and body["date"] == "2030-01-02"
    for key in ("entities", "timexes", "quotes", "events"):
        assert isinstance(body[key], list)
    assert store.added == []            # analysis never stores


def test_analyze_takes_the_author_as_a_json_input_line_does(client):
    # the same library call as the CLI's input line: "author" is taken as given, a "speakers"
    # name only when the text or the person's office bears it out
    text = "Доброго вечора!\n\nСьогодні у зверненні до парламенту наголосив, що країна вистоїть."
    def speaker(extra):
        r = client.post("/api/analyze", json={"text": text, "date": "2022-04-10",
                                              "title": "Звернення до українців", **extra})
        assert r.status_code == 200, r.text
        return [q["speaker"] for q in r.json()["quotes"]]
    assert speaker({"author": "Денис Шмигаль"}) == ["denys-shmyhal"]
    assert speaker({"speakers": ["Денис Шмигаль"]}) == ["denys-shmyhal"]
    assert speaker({"speakers": ["Олексій Дніпров"]}) == [None]
    assert speaker({}) == [None]
    assert client.post("/api/analyze", json={"text": text, "speakers": "Денис Шмигаль"}).status_code == 422


@pytest.mark.parametrize("payload", [{}, {"text": ""}, {"text": "   "}, {"text": "Т.", "date": "1 січня"},
                                     {"text": 5}])
def test_analyze_rejects_bad_input(client, payload):
    assert client.post("/api/analyze", json=payload).status_code == 422


def test_openapi_and_docs_page(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/documents", "/api/entities", "/api/quotes", "/api/events", "/api/timeline",
                 "/api/calendar", "/api/search", "/api/analyze", "/api/documents/{doc_id}"):
        assert path in schema["paths"]
    page = client.get("/docs")
    assert page.status_code == 200 and "/api/timeline" in page.text
    assert "cdn" not in page.text.lower() and "https://" not in page.text


def test_responses_carry_a_strict_csp(client):
    csp = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp


def test_read_cache_serves_repeats_and_clears_on_writes():
    from khronika.api.cache import CachedStore
    calls = []

    class Counting(FakeStore):
        def timeline(self, **kw):
            calls.append(kw)
            return super().timeline(**kw)
    store = Counting()
    client = TestClient(create_app(store, Settings(api_token=TOKEN, options={"api": {"cache_seconds": 60}})))
    assert isinstance(client.app.state.store_holder.get(), CachedStore)
    first = client.get("/api/timeline?limit=5").json()
    assert client.get("/api/timeline?limit=5").json() == first and len(calls) == 1
    client.get("/api/timeline?limit=6")
    assert len(calls) == 2
    client.delete("/api/documents/doc-attack", headers={"Authorization": f"Bearer {TOKEN}"})
    after = client.get("/api/timeline?limit=5").json()
    assert len(calls) == 3 and after["total"] == first["total"] - 2


def test_whole_answers_are_kept_with_their_headers_and_dropped_on_a_write():
    from khronika.api.respcache import ResponseCache
    client = TestClient(create_app(FakeStore(), Settings(api_token=TOKEN,
                                                         options={"api": {"cache_seconds": 60}})))
    first = client.get("/api/timeline?limit=5")
    cache = client.app.middleware_stack          # built on the first request
    while not isinstance(cache, ResponseCache):
        cache = cache.app
    again = client.get("/api/timeline?limit=5")
    assert cache.hits == 1 and again.content == first.content
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    assert again.headers["content-type"] == "application/json"
    assert client.get("/api/timeline?limit=5", headers={"Authorization": "Bearer x"}).status_code == 200
    assert cache.hits == 1                               # a request with credentials is not served from it
    assert client.get("/api/timeline?limit=0").status_code == 422
    assert client.get("/api/timeline?limit=0").status_code == 422 and cache.hits == 1   # only 200s kept
    client.delete("/api/documents/doc-attack", headers={"Authorization": f"Bearer {TOKEN}"})
    after = client.get("/api/timeline?limit=5").json()
    assert cache.hits == 1 and after["total"] == first.json()["total"] - 2


def test_read_cache_can_be_turned_off():
    client = TestClient(create_app(FakeStore(), Settings(options={"api": {"cache_seconds": 0}})))
    assert isinstance(client.app.state.store_holder.get(), FakeStore)
    assert all(m.cls.__name__ != "ResponseCache" for m in client.app.user_middleware)


def test_read_cache_runs_one_query_for_concurrent_misses():
    import threading

    from khronika.api.cache import CachedStore
    release = threading.Event()
    calls = []

    class Slow(FakeStore):
        def search(self, query, **kw):
            calls.append(query)
            release.wait(timeout=30)
            return super().search(query, **kw)
    cached = CachedStore(Slow(), ttl=60)
    results = []
    threads = [threading.Thread(target=lambda: results.append(cached.search("Харків", limit=5)))
               for _ in range(4)]
    for t in threads:
        t.start()
    # let the first call in, then release it; the other three wait on it, not on the store
    for _ in range(6000):                 # bounded: a wait for the first thread, not a timing test
        if calls:
            break
        threading.Event().wait(0.01)
    release.set()
    for t in threads:
        t.join(timeout=30)
    assert calls == ["Харків"] and len(results) == 4
    assert all(r is results[0] for r in results)


def test_unusable_store_is_a_503_with_its_reason(tmp_path):
    from khronika.store import StoreError

    class Broken(FakeStore):
        def timeline(self, **kw):
            raise StoreError("cannot open the store sqlite:///x.db: disk I/O error")
    client = TestClient(create_app(Broken(), Settings()))
    r = client.get("/api/timeline")
    assert r.status_code == 503 and "disk I/O error" in r.json()["detail"]
    page = client.get("/")
    assert page.status_code == 503 and "сховище недоступне" in page.text
