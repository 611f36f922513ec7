"""A server process's garbage collector and the Server-Timing header that showed its pauses:
under 50 clients each `khronika serve` process stopped for a full collection every few
seconds (the imported modules scanned each time), and the event loop answered nothing then."""
from __future__ import annotations

import os
import re
import subprocess
import sys

from fastapi.testclient import TestClient


def test_settle_freezes_the_start_up_heap_and_collects_less_often():
    # in a fresh interpreter: freezing the test process's heap would outlive this test
    code = ("import gc; from khronika.api.collector import settle, FIRST_GENERATION; "
            "import sqlalchemy.orm; before = gc.get_freeze_count(); settle(); "
            "print(before, gc.get_freeze_count(), gc.get_threshold()[0], FIRST_GENERATION)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=120).stdout.split()
    before, frozen, first, wanted = map(int, out)
    assert before == 0 and frozen > 10_000            # the imported modules' objects
    assert first == wanted >= 10_000


def test_settle_keeps_a_higher_threshold_and_a_disabled_collector():
    code = ("import gc; gc.set_threshold(100000, 10, 10); gc.disable(); "
            "from khronika.api.collector import settle; settle(); "
            "print(gc.get_threshold()[0], int(gc.isenabled()))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         timeout=120).stdout.split()
    assert out == ["100000", "0"]


def test_serve_asks_its_processes_to_settle_the_collector(monkeypatch, tmp_path):
    import types
    seen = {}

    def run(target, **kwargs):
        seen["target"] = target
    monkeypatch.setitem(sys.modules, "uvicorn", types.SimpleNamespace(run=run))
    monkeypatch.setenv("KHRONIKA_DB", f"sqlite:///{tmp_path / 'x.db'}")
    monkeypatch.setenv("KHRONIKA_OPT_API_SETTLE_GC", "x")     # recorded, so put back after
    monkeypatch.delenv("KHRONIKA_OPT_API_SETTLE_GC")
    from typer.testing import CliRunner

    from khronika.cli import app
    result = CliRunner().invoke(app, ["serve", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert os.environ["KHRONIKA_OPT_API_SETTLE_GC"] == "true"       # for worker processes too
    assert seen["target"].state.settle_collector is True


def test_an_embedded_app_leaves_the_collector_alone(tmp_path):
    from khronika.api import create_app
    from khronika.settings import Settings
    app = create_app(settings=Settings(db=f"sqlite:///{tmp_path / 'x.db'}"))
    assert app.state.settle_collector is False


def test_server_timing_is_sent_only_when_asked(tmp_path):
    from khronika.api import create_app
    from khronika.settings import Settings
    url = f"sqlite:///{tmp_path / 'x.db'}"
    plain = TestClient(create_app(settings=Settings(db=url)))
    assert "server-timing" not in plain.get("/api/health").headers
    timed = TestClient(create_app(settings=Settings(db=url, options={"api": {"server_timing": True}})))
    for _ in range(2):                # the second answer comes from the read cache: timed too
        r = timed.get("/api/timeline")
        assert r.status_code == 200
        assert re.fullmatch(r"app;dur=\d+\.\d\d", r.headers["server-timing"])


def test_the_app_settles_the_collector_at_start_up_when_asked(tmp_path):
    # the lifespan runs `settle` before the first request; in a fresh interpreter, as above
    code = ("import gc\n"
            "from fastapi.testclient import TestClient\n"
            "from khronika.api import create_app\n"
            "from khronika.settings import Settings\n"
            f"url = 'sqlite:///{tmp_path / 'x.db'}'\n"
            "app = create_app(settings=Settings(db=url, options={'api': {'settle_gc': True}}))\n"
            "assert gc.get_freeze_count() == 0\n"
            "with TestClient(app) as client:\n"
            "    assert client.get('/api/health').status_code == 200\n"
            "    print(gc.get_freeze_count(), gc.get_threshold()[0])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    frozen, first = map(int, out.stdout.split())
    assert frozen > 10_000 and first >= 10_000
