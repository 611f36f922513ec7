"""`khronika serve` without `--workers` runs one server process per core: a single process
runs Python on one core at a time and left the others idle under many readers."""
from __future__ import annotations

import sys
import types

from typer.testing import CliRunner


def test_default_workers_follow_the_cores_within_a_cap():
    from khronika.commands.serve import MAX_DEFAULT_WORKERS, default_workers
    assert default_workers(1) == 1
    assert default_workers(2) == 2
    assert default_workers(0) == 1
    assert default_workers(512) == MAX_DEFAULT_WORKERS
    assert default_workers() >= 1


def _served(monkeypatch, tmp_path, *extra):
    """The arguments `khronika serve` hands to uvicorn (a stand-in that records them)."""
    seen = {}

    def run(target, **kwargs):
        seen["target"], seen["kwargs"] = target, kwargs
    monkeypatch.setitem(sys.modules, "uvicorn", types.SimpleNamespace(run=run))
    # the command hands the store URL to its worker processes in the environment: set here
    # first so that monkeypatch puts the test process's own value back afterwards
    monkeypatch.setenv("KHRONIKA_DB", f"sqlite:///{tmp_path / 'x.db'}")
    from khronika.cli import app
    result = CliRunner().invoke(app, ["serve", "--db", f"sqlite:///{tmp_path / 'x.db'}", *extra])
    assert result.exit_code == 0, result.output
    return seen


def test_serve_starts_one_worker_per_core_by_default(monkeypatch, tmp_path):
    from khronika.commands import serve
    monkeypatch.setattr(serve, "default_workers", lambda cores=None: 3)
    seen = _served(monkeypatch, tmp_path)
    assert seen["kwargs"].get("workers") == 3
    assert seen["target"] == "khronika.api.app:create_app" and seen["kwargs"]["factory"] is True


def test_serve_with_one_worker_runs_the_app_in_process(monkeypatch, tmp_path):
    seen = _served(monkeypatch, tmp_path, "--workers", "1")
    assert "workers" not in seen["kwargs"] and not isinstance(seen["target"], str)
