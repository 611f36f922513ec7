"""`khronika analyze`: documents in, SPEC.md JSON out.

The pipeline is imported inside the command, not with this module: every `khronika` call loads
all command modules to build its help, and a query command must not pay for the pipeline."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze_cmd(
        paths: List[str] = typer.Argument(None, help="Text, HTML or JSONL files, folders, or - for JSONL on stdin."),
        input: List[str] = typer.Option(None, "--input", "-i", help="A JSON Lines file (or - for stdin)."),
        date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for documents that carry none."),
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, json or table."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes (Dask) for large archives."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler address (tcp://host:8786) to run on a cluster."),
    ):
        """Analyse documents and print one JSON object per document (fields: docs/output.md)."""
        from ..document import Document, parse_date
        from ..pipeline import collect_less_often
        from ..settings import Settings
        if fmt not in ("jsonl", "json", "table"):
            raise typer.BadParameter("must be jsonl, json or table", param_hint="--format")
        sources = list(paths or []) + list(input or [])
        if not sources:
            raise typer.BadParameter("name at least one file, folder, or - for stdin", param_hint="PATHS")
        try:
            default_date = parse_date(date)
        except ValueError as exc:
            raise typer.BadParameter(str(exc), param_hint="--date")
        try:
            settings = Settings.from_env()
        except ValueError as exc:
            typer.echo(f"khronika: {exc}", err=True)
            raise typer.Exit(2)
        collect_less_often()        # this process analyses and does little else
        out = output.open("w", encoding="utf-8") if output else sys.stdout
        failures = 0
        collected = []
        try:
            for result, doc_json in _results(sources, default_date, settings, workers, scheduler):
                if result.error:
                    failures += 1
                    typer.echo(f"khronika: {result.error}", err=True)
                    continue
                if fmt == "jsonl":
                    out.write(json.dumps(doc_json, ensure_ascii=False) + "\n")
                    out.flush()
                elif fmt == "json":
                    collected.append(doc_json)
                else:
                    collected.append(result.doc or Document.from_json(doc_json))
            if fmt == "json":
                payload = collected
                out.write(json.dumps(payload[0] if len(payload) == 1 else payload,
                                     ensure_ascii=False, indent=2) + "\n")
            elif fmt == "table":
                from ..report import print_tables
                print_tables(collected, file=out)
        finally:
            if output:
                out.close()
        if failures:
            typer.echo(f"khronika: {failures} document(s) failed", err=True)
            raise typer.Exit(1)


def _results(sources, default_date, settings, workers, scheduler):
    """(result, SPEC JSON) per document: in this process, or on Dask workers."""
    if workers == 1 and not scheduler:
        from ..analysis import analyze_inputs
        for result in analyze_inputs(sources, default_date, settings):
            yield result, result.doc.to_json() if result.doc else None
        return
    from ..ingest.readers import read_inputs
    from ..parallel import analyze_parallel
    items = read_inputs(sources, default_date, settings.max_bytes)
    yield from analyze_parallel(items, settings, workers=workers,
                                scheduler=scheduler or "processes")
