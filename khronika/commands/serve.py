"""`khronika serve`: the JSON API and the web pages over the store."""
from __future__ import annotations

from typing import Optional

import typer

from ..settings import Settings


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
        port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
        db: Optional[str] = typer.Option(None, "--db", help="Store URL (default: KHRONIKA_DB, else sqlite:///khronika.db)."),
        workers: int = typer.Option(1, "--workers", min=1, max=64, help="Worker processes."),
    ):
        """Serve the chronicle: web pages at /, the JSON API under /api, its description at /docs."""
        import os

        import uvicorn

        try:
            settings = Settings.from_env(**({"db": db} if db else {}))
        except ValueError as exc:
            typer.echo(f"khronika: {exc}", err=True)
            raise typer.Exit(2)
        if not settings.api_token:
            typer.echo("khronika: no KHRONIKA_API_TOKEN set: write endpoints are disabled", err=True)
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
