"""`khronika analyze` end to end, including every kind of bad input SPEC.md names."""
from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from khronika.schema import DOCUMENT_SCHEMA, check_offsets

TEXT = ("Міністр закордонних справ України заявив, що наступного тижня відбудеться зустріч "
        "у Варшаві.\n\n«Ми готуємо нові рішення», – додав він.")


def run(*args, stdin=None, env=None):
    return subprocess.run([sys.executable, "-m", "khronika.cli", "analyze", *args],
                          input=stdin, capture_output=True, env=env)


def lines(out: bytes):
    return [json.loads(x) for x in out.decode().splitlines() if x.strip()]


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Заява".encode("cp1251"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    jsonl = tmp_path / "docs.jsonl"
    jsonl.write_text("\n".join([
        json.dumps({"id": "a", "text": TEXT, "date": "2025-11-24"}, ensure_ascii=False),
        '{"id": "broken", "text": ',
        json.dumps({"id": "c", "text": "Сьогодні відбулася нарада.", "title": "Нарада"}, ensure_ascii=False),
        json.dumps({"id": "d", "date": "2025-11-24"}),
    ]) + "\n", encoding="utf-8")
    return {"good": good, "binary": binary, "latin": latin, "empty": empty, "jsonl": jsonl}


def test_good_file_validates_against_the_schema(files):
    res = run(str(files["good"]), "--date", "2025-11-24")
    assert res.returncode == 0, res.stderr.decode()
    [doc] = lines(res.stdout)
    jsonschema.validate(doc, DOCUMENT_SCHEMA)
    assert check_offsets(doc) == []
    assert doc["id"] == "good" and doc["date"] == "2025-11-24" and doc["text"] == TEXT


def test_bad_inputs_reported_with_path_and_line_others_still_analysed(files):
    res = run(str(files["binary"]), str(files["latin"]), str(files["empty"]), str(files["good"]),
              "--input", str(files["jsonl"]))
    err = res.stderr.decode()
    assert res.returncode == 1
    assert "Traceback" not in err
    assert f"{files['binary']}: binary data" in err
    assert f"{files['latin']}: invalid UTF-8" in err
    assert f"{files['empty']}: empty document" in err
    assert f"{files['jsonl']}:2: malformed JSON" in err
    assert f"{files['jsonl']}:4: the \"text\" field is missing" in err
    docs = lines(res.stdout)
    assert [d["id"] for d in docs] == ["good", "a", "c"]
    for d in docs:
        jsonschema.validate(d, DOCUMENT_SCHEMA)
    assert docs[2]["title"] == "Нарада" and docs[2]["date"] is None
    assert any("no publication date" in w for w in docs[2]["warnings"])


def test_stdin_jsonl_and_json_format():
    payload = json.dumps({"id": "s", "text": TEXT, "date": "2026-01-02"}, ensure_ascii=False) + "\n"
    res = run("-", "--format", "json", stdin=payload.encode())
    assert res.returncode == 0, res.stderr.decode()
    doc = json.loads(res.stdout)
    assert doc["id"] == "s" and doc["date"] == "2026-01-02"


def test_invalid_utf8_on_stdin_names_the_line():
    payload = b'{"id": "x", "text": "\xff\xfe"}\n' + json.dumps({"id": "y", "text": "Так."}).encode() + b"\n"
    res = run("-", stdin=payload)
    assert res.returncode == 1
    assert "<stdin>:1: invalid UTF-8" in res.stderr.decode()
    assert [d["id"] for d in lines(res.stdout)] == ["y"]


def test_file_over_the_cap_is_refused_clearly(files, tmp_path):
    import os
    env = {**os.environ, "KHRONIKA_MAX_BYTES": "10"}
    res = run(str(files["good"]), env=env)
    assert res.returncode == 1
    assert "over the 10-byte cap" in res.stderr.decode()


def test_a_json_lines_archive_is_capped_per_line_not_per_file(tmp_path):
    # a year of news in one JSON Lines file is far over the cap; each document is not
    import os
    short = [json.dumps({"id": f"d{i}", "text": "Так."}, ensure_ascii=False) for i in range(8)]
    long = json.dumps({"id": "big", "text": "Так. " * 100}, ensure_ascii=False)
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(short[:4] + [long] + short[4:]) + "\n", encoding="utf-8")
    assert archive.stat().st_size > 200
    res = run(str(archive), env={**os.environ, "KHRONIKA_MAX_BYTES": "200"})
    assert [d["id"] for d in lines(res.stdout)] == [f"d{i}" for i in range(8)]
    assert "archive.jsonl:5: line is over the 200-byte cap" in res.stderr.decode()

def test_html_page_title_and_date_from_the_page(tmp_path):
    page = tmp_path / "page.html"
    body = " ".join(["Прем'єр-міністр провела нараду з міністрами щодо енергетики."] * 4)
    page.write_text(
        "<!doctype html><html><head><title>Нарада в уряді</title>"
        '<meta property="article:published_time" content="2025-12-03T09:00:00+02:00"></head>'
        f"<body><nav>Меню сайту</nav><article><h1>Нарада в уряді</h1><p>{body}</p>"
        f"<p>{body}</p></article></body></html>", encoding="utf-8")
    res = run(str(page))
    assert res.returncode == 0, res.stderr.decode()
    [doc] = lines(res.stdout)
    assert doc["title"] == "Нарада в уряді" and doc["date"] == "2025-12-03"
    assert "Меню сайту" not in doc["text"] and doc["text"].startswith("Прем'єр-міністр")


def test_table_format_is_readable(files):
    res = run(str(files["good"]), "--date", "2025-11-24", "--format", "table")
    assert res.returncode == 0
    out = res.stdout.decode()
    assert "good" in out and "2025-11-24" in out and "2 абзаци, 2 речення" in out


def test_bad_date_and_missing_paths_are_usage_errors(files):
    res = run(str(files["good"]), "--date", "24.11.2025")
    assert res.returncode == 2 and b"YYYY-MM-DD" in res.stderr
    res = run(str(files["good"]) + ".missing")
    assert res.returncode == 1 and b"no such file" in res.stderr


def test_dask_workers_give_the_same_output_in_order(files):
    single = run(str(files["good"]), "--input", str(files["jsonl"]), "--date", "2025-11-24")
    multi = run(str(files["good"]), "--input", str(files["jsonl"]), "--date", "2025-11-24",
                "--workers", "2")
    assert multi.returncode == single.returncode == 1
    assert lines(multi.stdout) == lines(single.stdout)
    assert [d["id"] for d in lines(multi.stdout)] == ["good", "a", "c"]
    assert f"{files['jsonl']}:2: malformed JSON" in multi.stderr.decode()
