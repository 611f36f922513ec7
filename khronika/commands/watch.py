"""`khronika watch`: feeds and folders polled and ingested until stopped."""
from __future__ import annotations

import signal
from typing import List, Optional

import typer

from .store import DB_HELP, _fail, _store, guarded


def register(app: typer.Typer) -> None:
    @app.command("watch")
    @guarded
    def watch_cmd(
        sources: List[str] = typer.Argument(..., help="Feed URLs and folders (files too) to poll."),
        every: str = typer.Option("15m", "--every", help="Interval between cycles: 30s, 15m, 1h."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        cycles: Optional[int] = typer.Option(None, "--cycles", min=1, help="Stop after this many cycles."),
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analyse on this many local processes."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Analyse on a Dask cluster: tcp://HOST:8786."),
    ):
        """Poll feeds (ETag / Last-Modified) and folders, ingest what is new, a line per cycle;
        stop at any moment with Ctrl-C: nothing stored is lost."""
        from ..ingest.watch import parse_every, watch
        from ..pipeline import collect_less_often
        try:
            seconds = parse_every(every)
        except ValueError as exc:
            _fail(str(exc))

        def _stop(signum, frame):
            raise KeyboardInterrupt
        signal.signal(signal.SIGTERM, _stop)
        store = _store(db)
        collect_less_often()        # this process analyses (or merges) and does little else
        try:
            watch(store, sources, seconds, cycles=cycles, workers=workers, scheduler=scheduler,
                  say=lambda line: typer.echo(line),
                  on_error=lambda m: typer.echo(f"khronika: {m}", err=True))
        except KeyboardInterrupt:
            typer.echo("khronika: watch stopped", err=True)
