"""The store's commands end to end, with the real analysis pipeline: exit codes, JSON for
scripts, tables for people, clear one-line errors for a bad store URL."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from khronika.cli import app
from test_store_support import DATA


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "false")
    monkeypatch.chdir(tmp_path)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("KHRONIKA_DB", db)
    return db


def run(*args):
    return CliRunner().invoke(app, list(args))


def test_ingest_then_query(env):
    r = run("ingest", str(DATA / "folder"), "--date", "2025-12-04", "--json")
    assert r.exit_code == 0, r.output
    report = json.loads(r.stdout)
    assert report["added"] == 3 and report["failed"] == 0
    r = run("search", "Умєров", "--json")
    assert r.exit_code == 0
    hits = json.loads(r.stdout)
    assert hits["total"] >= 3 and {"kind", "id", "snippet"} <= set(hits["items"][0])
    for cmd in (["timeline"], ["calendar", "--from", "2025-01-01"], ["quotes"]):
        r = run(*cmd, "--json")
        assert r.exit_code == 0, (cmd, r.output)
        assert "items" in json.loads(r.stdout)
    r = run("timeline", "--from", "2025-01-01", "--to", "2026-12-31")
    assert r.exit_code == 0 and "хронологія" in r.stdout and "коли" in r.stdout
    r = run("search", "переговори")
    assert r.exit_code == 0 and "результат" in r.stdout


def test_ingest_bad_input_exit_code(env):
    r = run("ingest", "--quiet", str(DATA / "bad" / "binary.txt"), str(DATA / "folder" / "plans.txt"))
    assert r.exit_code == 1
    assert "binary" in r.stderr
    r = run("search", "Женеві", "--json")
    assert json.loads(r.stdout)["total"] >= 1


def test_entity_unknown_and_bad_db(env):
    r = run("entity", "Нікого", "--json")
    assert r.exit_code == 2 and "Сховища" in r.stderr      # a read never creates a store
    run("ingest", "--quiet", str(DATA / "folder"), "--date", "2025-12-04")
    r = run("entity", "Нікого", "--json")
    assert r.exit_code == 1 and "немає" in r.stderr
    r = run("timeline", "--db", "mysql://nowhere/db")
    assert r.exit_code == 2 and "unsupported database URL" in r.stderr
    assert "Traceback" not in r.output
    r = run("search", "x", "--db", "postgresql://u:secret@127.0.0.1:1/db")
    assert r.exit_code == 2 and "cannot open the store" in r.stderr
    assert "secret" not in r.stderr


def test_export_formats(env, tmp_path):
    run("ingest", "--quiet", str(DATA / "folder"), "--date", "2025-12-04")
    for fmt in ("jsonl", "csv", "plover", "ics", "parquet"):
        out = tmp_path / f"out.{fmt}"
        r = run("export", "--format", fmt, "-o", str(out))
        assert r.exit_code == 0, (fmt, r.output)
        assert out.exists() and "експортовано" in r.stderr
    r = run("export", "--format", "xml")
    assert r.exit_code != 0


def test_demo(env, tmp_path):
    r = run("demo", "--examples", str(DATA / "folder"), "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["report"]["added"] == 3
    assert (tmp_path / "khronika-demo.db").exists()
    r = run("demo", "--examples", str(DATA / "folder"))      # fresh again, not "already stored"
    assert r.exit_code == 0 and "3 документи" in r.stderr
