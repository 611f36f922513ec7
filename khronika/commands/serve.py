"""`khronika serve`: the JSON API and the web pages over the store."""
from __future__ import annotations

import os
from typing import Optional

import typer

from ..settings import Settings

MAX_DEFAULT_WORKERS = 8


def default_workers(cores: Optional[int] = None) -> int:
    """Server processes when `--workers` is not given: one per core this process may run on.

    A read costs a few milliseconds of Python CPU and one process runs Python on one core at a
    time, so a single worker left every other core idle while 50 clients queued on it (100,000
    documents, 50 clients, 2 cores: one worker answered 50 timeline pages a second at p95
    3.2 s, two answered 148 at p95 1.1 s). Reads need no coordination between the processes:
    each keeps its own short-lived cache (see `docs/deploy.md`). Capped, since each worker
    holds its own connections and, once asked to analyse, its own pipeline process."""
    if cores is None:
        try:
            cores = len(os.sched_getaffinity(0))
        except (AttributeError, OSError):
            cores = os.cpu_count() or 1
    return max(1, min(int(cores), MAX_DEFAULT_WORKERS))


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
        db: Optional[str] = typer.Option(None, "--db", help="Store URL (default: KHRONIKA_DB, else sqlite:///khronika.db)."),
        workers: Optional[int] = typer.Option(
            None, "--workers", min=1, max=64,
            help=f"Worker processes (default: one per core, at most {MAX_DEFAULT_WORKERS})."),
    ):
        """Serve the chronicle: web pages at /, the JSON API under /api, its description at /docs."""
        import uvicorn

        # each server process freezes its start-up heap and collects less often
        # (`api.collector`): full collections stopped every answer for 0.1-3 s under load.
        # Set in the environment, which the worker processes read; a value given there wins
        os.environ.setdefault("KHRONIKA_OPT_API_SETTLE_GC", "true")
        try:
            settings = Settings.from_env(**({"db": db} if db else {}))
        except ValueError as exc:
            typer.echo(f"khronika: {exc}", err=True)
            raise typer.Exit(2)
        if not settings.api_token:
            typer.echo("khronika: no KHRONIKA_API_TOKEN set: write endpoints are disabled", err=True)
        if workers is None:
            workers = default_workers()
        if workers > 1:
            # each worker builds its own app from the environment
            if db:
                os.environ["KHRONIKA_DB"] = db
            uvicorn.run("khronika.api.app:create_app", factory=True, host=host, port=port,
                        workers=workers, log_level="info", timeout_keep_alive=30)
        else:
            from ..api import create_app
            uvicorn.run(create_app(settings=settings), host=host, port=port, log_level="info",
                        timeout_keep_alive=30)
