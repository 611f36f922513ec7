"""The API and pages over a real store in a temporary SQLite file, filled with hand-written
documents (their annotations laid on through `Store.use_pipeline`, so the extractors' progress
does not move these tests)."""
from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from khronika.api import create_app
from khronika.settings import Settings
from test_web_fixtures import fill_store

TOKEN = "store-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def store(tmp_path):
    return fill_store(f"sqlite:///{tmp_path}/chronicle.db")


@pytest.fixture()
def client(store):
    return TestClient(create_app(store, Settings(api_token=TOKEN)))


def test_lists_paginate_over_the_store(client):
    for path, total in (("/api/documents", 3), ("/api/timeline", 4), ("/api/quotes", 3), ("/api/calendar", 1),
                        ("/api/entities", 5), ("/api/events", 4)):
        body = client.get(path + "?limit=2").json()
        assert body["total"] == total, path
        assert len(body["items"]) == min(2, total) and body["limit"] == 2
    dates = [e.get("date_start") or e["reported"] for e in client.get("/api/timeline").json()["items"]]
    assert dates == sorted(dates)


def test_filters_and_records(client):
    items = client.get("/api/timeline", params={"entity": "Петренко"}).json()["items"]
    assert {e["type"] for e in items} == {"CONSULT", "REJECT"}
    assert client.get("/api/timeline?type=ASSAULT").json()["total"] == 1
    assert client.get("/api/timeline?date_from=2030-03-01").json()["total"] == 1
    ev = client.get("/api/calendar").json()["items"][0]
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["sources"][0]["doc_id"] == "doc-meet" and detail["sources"][0]["doc_event"] == "e1"
    doc = client.get("/api/documents/doc-meet").json()
    assert doc["events_chronicle"] == [ev["id"]]
    ent = client.get("/api/entities/ivan-petrenko").json()
    assert ent["name_uk"] == "Іван Петренко" and {c["id"] for c in ent["cooccurring"]} >= {"poland"}


def test_search_finds_inflected_forms(client):
    # the text says "Харків" and "Харкова"; a query in another case still finds it
    hits = client.get("/api/search", params={"q": "Харкові"}).json()["items"]
    assert any(h.get("doc_id") == "doc-attack" for h in hits)
    page = client.get("/search", params={"q": "поставками"})
    assert page.status_code == 200 and "Петренко поїде до Варшави" in page.text


def test_delete_and_add_through_the_api(client, store):
    assert client.delete("/api/documents/doc-attack").status_code == 401
    assert client.delete("/api/documents/doc-attack", headers=AUTH).status_code == 200
    assert client.get("/api/documents/doc-attack").status_code == 404
    assert client.get("/api/timeline?type=ASSAULT").json()["total"] == 0
    r = client.post("/api/documents", headers=AUTH, json={
        "text": "Сьогодні уряд України оголосив про нові домовленості з партнерами.",
        "date": "2030-04-01", "title": "Нові домовленості", "id": "doc-new"})
    assert r.status_code == 201, r.text
    assert r.json()["result"]["status"] == "added"
    assert client.get("/api/documents/doc-new").json()["title"] == "Нові домовленості"


def test_pages_over_the_store(client):
    ev = client.get("/api/calendar").json()["items"][0]
    timeline = client.get("/").text
    assert f'href="/document/doc-meet#ev-c{ev["id"]}"' in timeline
    doc = client.get("/document/doc-meet").text
    assert f'id="ev-c{ev["id"]}"' in doc and 'id="ev-e1"' in doc
    assert client.get(f"/event/{ev['id']}").status_code == 200
    assert "Ми домовимося" in client.get("/entity/ivan-petrenko").text
    from icalendar import Calendar
    cal = Calendar.from_ical(client.get("/calendar.ics").content)
    assert [str(e["UID"]) for e in cal.walk("VEVENT")] == [f"event-{ev['id']}@khronika"]


def test_hostile_stored_document_comes_back_escaped(client):
    for path in ("/document/doc-hostile", "/entity/ivan-petrenko", "/quotes", "/", "/search?q=Міністр",
                 "/documents", "/entities"):
        page = client.get(path).text
        assert "<script>alert" not in page and "<img src=x" not in page, path
    page = client.get("/document/doc-hostile").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "onerror=alert(2)&gt;" in page
    # the JSON API returns the text as data, unchanged
    assert "<script>alert(1)</script>" in client.get("/api/documents/doc-hostile").json()["text"]


def test_page_totals_are_reused_between_pages_and_recounted_after_a_write(client, store):
    from khronika.store import Store
    first = client.get("/api/timeline?limit=1").json()["total"]
    assert store.count_seconds > 0          # the server's cache TTL, set when it wrapped the store
    # a write the server does not see (another process): within the TTL, pages keep the total
    store.delete_document("doc-attack")
    fresh = Store(store.url)
    assert fresh.timeline(limit=1).total < first
    assert client.get("/api/timeline?limit=1&offset=1").json()["total"] == first
    # a write through the server: the next page counts again
    assert client.delete("/api/documents/doc-meet", headers=AUTH).status_code == 200
    assert client.get("/api/timeline?limit=1&offset=2").json()["total"] == fresh.timeline(limit=1).total
    fresh.close()


def test_a_kept_total_is_found_without_compiling_its_count_again(client, store, monkeypatch):
    """The server keeps page totals for its cache's TTL; finding a kept one compiled the
    count statement for every request, which cost more CPU than the count it spared."""
    from sqlalchemy.sql.elements import CompilerElement
    compiled = []
    compile_ = CompilerElement.compile

    def counting(self, *args, **kwargs):
        compiled.append(self)
        return compile_(self, *args, **kwargs)
    client.get("/api/timeline?limit=1")
    client.get("/api/timeline?limit=1&type=CONSULT")
    monkeypatch.setattr(CompilerElement, "compile", counting)
    totals = {client.get(f"/api/timeline?limit=1&offset={k}").json()["total"] for k in (1, 2, 3)}
    totals |= {client.get(f"/api/timeline?limit=1&offset={k}&type=CONSULT").json()["total"]
               for k in (1, 2)}
    assert compiled == []
    assert len(totals) == 2


def test_kept_totals_of_one_count_differ_by_their_values(store):
    """One count statement, other values bound (another type, another entity): each its
    own total."""
    from khronika.store import Store
    fresh = Store(store.url)
    store.count_seconds = 60
    for kw in ({}, {"type": "CONSULT"}, {"type": "ASSAULT"}, {"entity": "ivan-petrenko"}, {"entity": "kharkiv"}):
        assert store.timeline(limit=1, **kw).total == fresh.timeline(limit=1, **kw).total, kw
        assert store.timeline(limit=1, offset=1, **kw).total == fresh.timeline(limit=1, **kw).total, kw
    fresh.close()
