"""The store's commands: `ingest`, `search`, `timeline`, `quotes`, `calendar`, `entity`,
`export`, `demo`. Thin: each parses its options, calls `khronika.store.Store`, and prints a
table for people or JSON (`--json`) for scripts. Errors are one line on stderr, no traceback."""
from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

DB_HELP = "Store URL: sqlite:///PATH or postgresql://USER:PASS@HOST/DB (default: KHRONIKA_DB, else sqlite:///khronika.db)."
JSON_HELP = "Print JSON for scripts instead of a table."


def _fail(msg: str, code: int = 2):
    typer.echo(f"khronika: {msg}", err=True)
    raise typer.Exit(code)


def guarded(fn):
    """Store and database errors become one clear line and exit code 2."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        from sqlalchemy.exc import SQLAlchemyError

        from ..store import StoreError
        try:
            return fn(*args, **kwargs)
        except StoreError as exc:
            _fail(str(exc))
        except SQLAlchemyError as exc:
            orig = getattr(exc, "orig", None)
            _fail(f"database error: {str(orig or exc).strip().splitlines()[0]}")
        except ValueError as exc:
            _fail(str(exc))
    return wrapper


def _store(db: Optional[str]):
    from ..store import Store
    try:
        return Store(db)
    except ValueError as exc:
        _fail(str(exc))


def _short(text: str | None, width: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _console():
    from rich.console import Console
    # piped output gets a wide page instead of rich's 80 columns
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _who(item: dict) -> str:
    names = item.get("names") or {}
    a = ", ".join(names.get(x, x) for x in item["actors"])
    r = ", ".join(names.get(x, x) for x in item["recipients"])
    return a + (f" → {r}" if r else "")


def print_events(page, title: str) -> None:
    from rich.table import Table
    t = Table(title=f"{title} ({len(page.items)} of {page.total})", show_lines=False)
    t.add_column("date", no_wrap=True, min_width=10)
    t.add_column("type", no_wrap=True)
    t.add_column("status", no_wrap=True)
    t.add_column("who", ratio=2)
    t.add_column("place", no_wrap=True, max_width=18)
    t.add_column("src", no_wrap=True, justify="right")
    t.add_column("evidence", ratio=4)
    for it in page.items:
        names = it.get("names") or {}
        t.add_row(it["date"] or "—", it["type"] + (f"/{it['mode']}" if it["mode"] else ""),
                  it["status"], _short(_who(it), 60), names.get(it["place"], it["place"]) or "",
                  str(it["n_sources"]), _short(it["summary"], 140))
    _console().print(t)


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    @guarded
    def ingest_cmd(
        sources: List[str] = typer.Argument(..., help="Files, folders, feed files, URLs of pages or feeds, or - for JSONL on stdin."),
        date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for documents that carry none."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
    ):
        """Read documents into the store: analysed, deduplicated, merged into the chronicle."""
        store = _store(db)
        progress = not quiet and sys.stderr.isatty()
        report = store.ingest(sources, date=date, progress=progress,
                              on_error=lambda m: typer.echo(f"khronika: {m}", err=True))
        if as_json:
            _print_json(report.to_json())
        elif not quiet:
            typer.echo(f"added {report.added}, already stored {report.exists}, near-duplicates "
                       f"{report.duplicates}, not Ukrainian {report.foreign}, failed "
                       f"{report.failed}; {report.events} event reports", err=True)
        if report.failed:
            raise typer.Exit(1)

    @app.command("search")
    @guarded
    def search_cmd(
        query: str = typer.Argument(..., help="Words in any inflected form: \"Умєров\" finds \"Умєрова\"."),
        limit: int = typer.Option(20, "--limit", "-n", min=1),
        offset: int = typer.Option(0, "--offset", min=0),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Documents, quotes and events matching the words, despite inflection."""
        page = _store(db).search(query, limit=limit, offset=offset)
        if as_json:
            return _print_json(page.to_json())
        from rich.table import Table
        t = Table(title=f"«{query}»: {page.total} hits")
        for col in ("kind", "id", "date", "title", "snippet"):
            t.add_column(col, overflow="fold" if col == "snippet" else "ellipsis")
        for it in page.items:
            t.add_row(it["kind"], str(it["id"]), it["date"] or "", _short(it["title"], 40),
                      _short(it["snippet"], 100))
        _console().print(t)

    @app.command("timeline")
    @guarded
    def timeline_cmd(
        entity: Optional[str] = typer.Option(None, "--entity", "-e", help="An entity id or name in any form."),
        type: Optional[str] = typer.Option(None, "--type", "-t", help="PLOVER type(s), comma-separated."),
        date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD"),
        date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD"),
        limit: int = typer.Option(100, "--limit", "-n", min=1),
        offset: int = typer.Option(0, "--offset", min=0),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Chronicle events in date order."""
        page = _store(db).timeline(entity=entity, type=type, date_from=date_from,
                                   date_to=date_to, limit=limit, offset=offset)
        if as_json:
            return _print_json(page.to_json())
        print_events(page, "timeline" + (f": {entity}" if entity else ""))

    @app.command("calendar")
    @guarded
    def calendar_cmd(
        date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD (default: today)"),
        date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD"),
        limit: int = typer.Option(100, "--limit", "-n", min=1),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Planned events ahead."""
        page = _store(db).calendar(date_from=date_from, date_to=date_to, limit=limit)
        if as_json:
            return _print_json(page.to_json())
        print_events(page, "planned")

    @app.command("quotes")
    @guarded
    def quotes_cmd(
        speaker: Optional[str] = typer.Option(None, "--speaker", "-s", help="An entity id or name in any form."),
        q: Optional[str] = typer.Option(None, "--query", "-q", help="Words the quote contains."),
        limit: int = typer.Option(50, "--limit", "-n", min=1),
        offset: int = typer.Option(0, "--offset", min=0),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Quotes, newest first, optionally by one speaker."""
        page = _store(db).quotes(speaker=speaker, q=q, limit=limit, offset=offset)
        if as_json:
            return _print_json(page.to_json())
        from rich.table import Table
        t = Table(title=f"quotes ({len(page.items)} of {page.total})")
        for col in ("date", "speaker", "kind", "quote", "doc"):
            t.add_column(col, overflow="fold" if col == "quote" else "ellipsis")
        for it in page.items:
            t.add_row(it["doc_date"] or "", it["speaker_name"] or "?", it["kind"],
                      _short(it["text"], 120), it["doc_id"])
        _console().print(t)

    @app.command("entity")
    @guarded
    def entity_cmd(
        name: str = typer.Argument(..., help="An entity id or name in any form (\"Умєрова\")."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Profile of an entity: mentions, quotes, events, who appears with it."""
        item = _store(db).entity(name)
        if item is None:
            _fail(f"no entity matches {name!r}", 1)
        if as_json:
            return _print_json(item)
        con = _console()
        con.rule(f"[bold]{item['name_uk'] or item['name']}[/bold] ({item['name']}, {item['type']}"
                 f"{', ' + item['wikidata'] if item['wikidata'] else ''})")
        con.print(f"{item['mentions']} mentions in {item['documents']} documents")
        if item["cooccurring"]:
            con.print("with: " + ", ".join(f"{c['name_uk'] or c['name']} ({c['documents']})"
                                           for c in item["cooccurring"][:10]))
        for qt in item["quotes"][:10]:
            con.print(f"[dim]{qt['doc_date'] or ''}[/dim] «{_short(qt['text'], 140)}»")
        if item["events"]:
            from ..store import Page
            print_events(Page(item["events"], len(item["events"]), 50, 0), "events")

    @app.command("export")
    @guarded
    def export_cmd(
        fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl, csv, plover, ics or parquet."),
        output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    ):
        """Export the chronicle (events with their sources)."""
        from ..store.export import FORMATS
        if fmt not in FORMATS:
            raise typer.BadParameter(f"must be one of {', '.join(FORMATS)}", param_hint="--format")
        if fmt == "parquet" and output is None:
            raise typer.BadParameter("parquet is binary: give -o FILE", param_hint="--output")
        store = _store(db)
        if output:
            mode = "wb" if fmt == "parquet" else "w"
            with output.open(mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as out:
                n = store.export(fmt, out)
        else:
            n = store.export(fmt, sys.stdout)
        typer.echo(f"khronika: exported {n} rows ({fmt})", err=True)

    @app.command("demo")
    @guarded
    def demo_cmd(
        db_path: Path = typer.Option(Path("khronika-demo.db"), "--db-path", help="The SQLite file to (re)create."),
        examples: Optional[Path] = typer.Option(None, "--examples", help="Folder of documents (default: the bundled examples/)."),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Ingest the bundled examples into a fresh SQLite store and print the timeline."""
        folder = examples or find_examples()
        if folder is None or not folder.exists():
            _fail("no examples folder found: pass --examples PATH")
        for suffix in ("", "-wal", "-shm"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        from ..store import Store
        store = Store(f"sqlite:///{db_path}")
        report = store.ingest([str(folder)], progress=sys.stderr.isatty(),
                              on_error=lambda m: typer.echo(f"khronika: {m}", err=True))
        page = store.timeline(limit=200)
        if as_json:
            return _print_json({"report": report.to_json(), "timeline": page.to_json()})
        typer.echo(f"{report.added} documents from {folder} into {db_path}: "
                   f"{report.events} event reports, {page.total} chronicle events", err=True)
        print_events(page, "timeline")
        typer.echo(f"next: {self_command()} search Умєров --db sqlite:///{db_path}", err=True)


def self_command() -> str:
    """How the user can call khronika again: `khronika` when that name on PATH is this very
    script, else the path it was called by (`.venv/bin/khronika` right after set-up)."""
    import os
    import shutil
    called = Path(sys.argv[0])
    on_path = shutil.which("khronika")
    if on_path and called.name == "khronika" and Path(on_path).resolve() == called.resolve():
        return "khronika"
    if called.name != "khronika":
        return "khronika"
    try:
        return os.path.relpath(called)
    except ValueError:
        return str(called)


def find_examples() -> Path | None:
    """The examples that ship inside the package, so that `khronika demo` works from an
    installed wheel as well as from a clone."""
    here = Path(__file__).resolve().parents[1] / "examples"
    return here if here.is_dir() else None
