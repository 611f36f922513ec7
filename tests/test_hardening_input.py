"""Item 3 of issue 11: one bad JSON line never stops an ingest or an analysis run. Every field
is checked and a bad one reported as `path:line: message`; the line is skipped and the rest
goes in; lone surrogates are replaced; ids that could not be used in a URL are refused."""
from __future__ import annotations

import json

import pytest

from khronika.ingest.readers import InputError, RawDoc, read_inputs
from test_store_support import sqlite_store  # noqa: F401

GOOD = "Рустем Умєров провів переговори з Гаканом Фіданом в Анкарі."
LINES = [
    json.dumps({"id": "good-1", "text": GOOD, "date": "2025-12-06"}),
    json.dumps({"id": "bad-url", "text": GOOD, "url": ["x"]}),
    json.dumps({"id": "bad-title", "text": GOOD, "title": 123}),
    '{"id": "surrogate", "text": "Умєров \\ud800 провів переговори в Анкарі."}',
    json.dumps({"id": "a/b", "text": GOOD}),
    json.dumps({"id": "ctl\u0007id", "text": GOOD}),
    json.dumps({"id": "..", "text": GOOD}),
    json.dumps({"id": "bad-date", "text": GOOD, "date": "2026-01-01garbage"}),
    json.dumps({"id": "num-date", "text": GOOD, "date": 20250101}),
    json.dumps({"id": {"x": 1}, "text": GOOD}),
    json.dumps({"id": "good-2", "title": "Заголовок",
                "text": "Фідан відвідає Київ наступного тижня; дату візиту ще не оголосили."}),
]


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_every_field_is_checked_with_path_and_line(jsonl):
    items = list(read_inputs([jsonl]))
    docs = [i for i in items if isinstance(i, RawDoc)]
    errors = {int(str(e).split(":")[1]): str(e) for e in items if isinstance(e, InputError)}
    assert [d.id for d in docs] == ["good-1", "surrogate", "good-2"]
    assert set(errors) == {2, 3, 5, 6, 7, 8, 9, 10}
    assert all(e.startswith(f"{jsonl}:{n}: ") for n, e in errors.items())
    assert '"url" field must be a string' in errors[2]
    assert '"title" field must be a string' in errors[3]
    assert "'/'" in errors[5] and "U+0007" in errors[6] and "'..'" in errors[7]
    assert "not a date" in errors[8] and '"date" field' in errors[9] and '"id" field' in errors[10]
    assert docs[1].text == "Умєров \ufffd провів переговори в Анкарі."


def test_ingest_skips_bad_lines_and_stores_the_rest(sqlite_store, jsonl):
    rep = sqlite_store.ingest([str(jsonl)])
    assert rep.added + rep.duplicates == 3 and rep.failed == 8, rep.errors
    assert {r.doc_id for r in rep.results if r.doc_id} == {"good-1", "surrogate", "good-2"}
    assert sqlite_store.document("surrogate")["text"].count("\ufffd") == 1


def test_analyze_cli_goes_on_after_a_surrogate(jsonl, tmp_path):
    from typer.testing import CliRunner
    from khronika.cli import app
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(app, ["analyze", str(jsonl), "-o", str(out)],
                             env={"KHRONIKA_PIPELINE": "segment"})
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in docs] == ["good-1", "surrogate", "good-2"]
    assert res.exit_code == 1 and "8 document(s) failed" in res.output


def test_analyze_replaces_lone_surrogates():
    from khronika.pipeline import Pipeline, analyze
    from khronika.settings import Settings
    doc = analyze("Київ \udc80 і Львів.\ud83d", "2025-01-01",
                  pipeline=Pipeline(Settings(pipeline=("segment", "morph"))))
    assert "\ufffd" in doc.text and not any(0xD800 <= ord(c) <= 0xDFFF for c in doc.text)
    json.dumps(doc.to_json(), ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("bad", ["2026-01-01garbage", "2026-01-01 x", "2026-13-01", "2026"])
def test_date_must_be_whole(bad):
    from khronika.document import parse_date
    with pytest.raises(ValueError):
        parse_date(bad)


def test_api_refuses_dot_ids_and_surrogates(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient
    from khronika.api import create_app
    from khronika.settings import Settings
    from khronika.store import Store
    from test_store_support import FakeAnnotator

    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    store.use_pipeline(FakeAnnotator())
    client = TestClient(create_app(store, Settings(api_token="t")))
    auth = {"Authorization": "Bearer t", "content-type": "application/json"}
    assert client.post("/api/documents", json={"id": "..", "text": GOOD},
                       headers=auth).status_code == 422
    # a lone surrogate is refused with a 422 that can itself be sent (it was a 500)
    body = '{"id": "s1", "text": "Умєров \\udfff в Анкарі.", "title": "T\\ud800"}'
    r = client.post("/api/documents", content=body.encode(), headers=auth)
    assert r.status_code == 422 and "\ufffd" in r.text
    r = client.post("/api/analyze", content=b'{"text": "\\ud800"}', headers=auth)
    assert r.status_code == 422
    assert store.documents().total == 0
    store.close()


def test_host_header_is_not_copied_into_the_calendar_feed():
    from fastapi.testclient import TestClient
    from icalendar import Calendar
    from khronika.api import create_app
    from khronika.settings import Settings
    from test_web_fixtures import FakeStore
    client = TestClient(create_app(FakeStore(), Settings()))
    r = client.get("/calendar.ics", headers={"Host": "evil.example"})
    assert b"evil.example" not in r.content
    urls = [str(e["URL"]) for e in Calendar.from_ical(r.content).walk("VEVENT")]
    assert urls and all(u.startswith("/event/") for u in urls)
    public = TestClient(create_app(FakeStore(), Settings(options={"api": {
        "public_url": "https://chronicle.example.org"}})))
    r = public.get("/calendar.ics", headers={"Host": "evil.example"})
    assert b"evil.example" not in r.content and b"https://chronicle.example.org/event/" in r.content


def test_unreadable_folder_and_link_loop_are_reported(sqlite_store, tmp_path, monkeypatch):
    import os
    top = tmp_path / "news"
    (top / "ok").mkdir(parents=True)
    (top / "locked").mkdir()
    (top / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    (top / "locked" / "b.txt").write_text(GOOD, encoding="utf-8")
    (top / "loop").symlink_to(top / "loop2")
    (top / "loop2").symlink_to(top / "loop")
    (top / "up").symlink_to(top)               # a linked folder is not followed
    real = os.scandir

    def scandir(path="."):                    # root reads any folder: make one unreadable
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)
    rep = sqlite_store.ingest([str(top), str(top / "loop"), str(tmp_path / "absent.txt")])
    assert rep.added == 1
    errors = "\n".join(rep.errors)
    assert "locked: cannot read folder: Permission denied" in errors
    assert "loop: symbolic link loop" in errors
    assert "absent.txt: no such file or folder" in errors
    items = list(read_inputs([top]))
    assert [i.id for i in items if isinstance(i, RawDoc)] == ["a"]
    assert any("cannot read folder" in str(i) for i in items if isinstance(i, InputError))
