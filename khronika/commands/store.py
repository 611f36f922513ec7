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


def _store(db: Optional[str], read: bool = False):
    """The store; for a read command an SQLite file that does not exist is an error, not a
    new empty store created as a side effect."""
    from ..store import Store
    try:
        store = Store(db)
    except ValueError as exc:
        _fail(str(exc))
    if read:
        path = _sqlite_path(store.url)
        if path is not None and not Path(path).expanduser().exists():
            from ..explain import no_store
            _fail(no_store(path).message)
    return store


def _sqlite_path(url: str) -> str | None:
    from ..store.db import normalise_url
    try:
        url = normalise_url(url)
    except Exception:           # the store reports a bad URL itself, with its own message
        return None
    if not url.startswith("sqlite"):
        return None
    from sqlalchemy.engine import make_url
    path = make_url(url).database
    return path if path and path != ":memory:" else None


def _refused(exc) -> None:
    """An unknown entity or type: the reason and close matches, exit 1."""
    _fail(exc.notice.message, 1)


def _notice(notice) -> None:
    """Why an answer is empty, on stderr (stdout stays clean for pipes)."""
    typer.echo(notice.message, err=True)


def _short(text: str | None, width: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _console():
    from rich.console import Console
    # piped output gets a wide page instead of rich's 80 columns
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


def _print_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _answered(page, notice, as_json: bool) -> bool:
    """A list command's answer when it is JSON (the page, with the notice of an empty one) or a
    notice alone; False leaves the table to the caller."""
    if as_json:
        _print_json(dict(page.to_json(), **({"notice": notice.to_json()} if notice else {})))
        return True
    if notice:
        _notice(notice)
        return True
    return False


def _who(item: dict) -> str:
    names = item.get("names") or {}
    a = ", ".join(names.get(x, x) for x in item["actors"])
    r = ", ".join(names.get(x, x) for x in item["recipients"])
    return a + (f" → {r}" if r else "")


def _shown(page) -> str:
    from ..labels import plural
    return f"{len(page.items)} з {plural(page.total, 'подія')}" if page.total != len(page.items) \
        else plural(page.total, "подія")


def print_events(page, title: str) -> None:
    from rich.table import Table

    from ..labels import event_kind, event_when, status_name
    t = Table(title=f"{title} ({_shown(page)})", show_lines=False)
    t.add_column("коли", min_width=10, max_width=30)
    t.add_column("тип", max_width=30)
    t.add_column("статус", no_wrap=True)
    t.add_column("хто", ratio=2)
    t.add_column("місце", no_wrap=True, max_width=18)
    t.add_column("джерел", no_wrap=True, justify="right")
    t.add_column("речення", ratio=4)
    for it in page.items:
        names = it.get("names") or {}
        t.add_row(event_when(it), event_kind(it["type"], it["mode"]),
                  status_name(it["status"]), _short(_who(it), 60),
                  names.get(it["place"], it["place"]) or "",
                  str(it["n_sources"]), _short(it["summary"], 140))
    _console().print(t)


def _matched_forms(text: str, query: str) -> list[str]:
    """The word forms in `text` that share a stem with a query word ("Умєрова" for "Умєров")."""
    from ..store.textindex import WORD, stem
    stems = {stem(m.group()) for m in WORD.finditer(query)}
    return sorted({m.group() for m in WORD.finditer(text) if stem(m.group()) in stems})


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    @guarded
    def ingest_cmd(
        sources: List[str] = typer.Argument(..., help="Files, folders, feed files, URLs of pages or feeds, or - for JSONL on stdin."),
        date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD for documents that carry none."),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
        as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
        workers: int = typer.Option(1, "--workers", "-w", min=1,
                                    help="Analyse on this many local processes (Dask); 1: in this process."),
        scheduler: Optional[str] = typer.Option(None, "--scheduler",
                                                help="Analyse on a running Dask cluster: tcp://HOST:8786."),
    ):
        """Read documents into the store: analysed, deduplicated, merged into the chronicle."""
        from ..pipeline import collect_less_often
        store = _store(db)
        collect_less_often()        # this process analyses (or merges) and does little else
        progress = not quiet and sys.stderr.isatty()
        report = store.ingest(sources, date=date, progress=progress, workers=workers,
                              scheduler=scheduler,
                              on_error=lambda m: typer.echo(f"khronika: {m}", err=True),
                              on_warning=lambda m: typer.echo(f"khronika: {m}", err=True))
        if as_json:
            _print_json(report.to_json())
        elif not quiet:
            from ..labels import plural
            typer.echo(f"додано {plural(report.added, 'документ')}, уже були {report.exists}, "
                       f"майже копії {report.duplicates}, не українською {report.foreign}, "
                       f"з помилкою {report.failed}; {plural(report.events, 'повідомлення')} про події",
                       err=True)
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
        from ..explain import empty_answer
        from ..labels import entity_type_name, kind_name, plural
        store = _store(db, read=True)
        if not query.strip():
            notice = empty_answer(store, "search", query="")
            if as_json:
                _print_json({"items": [], "total": 0, "limit": limit, "offset": offset,
                             "notice": notice.to_json()})
            _fail(notice.message, 1)
        page = store.search(query, limit=limit, offset=offset)
        ents = store.entities(q=query, limit=5).items if offset == 0 else []
        if as_json:
            return _print_json(page.to_json())
        if not page.items and not ents:
            return _notice(empty_answer(store, "search", query=query))
        con = _console()
        if ents:
            con.print("учасники: " + "; ".join(
                f"{e['name_uk'] or e['name']} ({entity_type_name(e['type'])}, {e['id']})" for e in ents))
        from rich.table import Table
        from rich.text import Text
        t = Table(title=f"«{query}»: {plural(page.total, 'результат')}")
        for col in ("вид", "id", "дата", "назва", "уривок"):
            t.add_column(col, overflow="fold" if col == "уривок" else "ellipsis")
        for it in page.items:
            snippet = Text(_short(it["snippet"], 160))
            snippet.highlight_words(_matched_forms(it["snippet"] or "", query), style="bold reverse")
            t.add_row(kind_name(it["kind"]), str(it["id"]), it["date"] or "",
                      _short(it["title"], 40), snippet)
        con.print(t)

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
        from ..explain import Refused, check_entity, empty_answer, resolve_types
        store = _store(db, read=True)
        try:
            types = resolve_types(type)
            check_entity(store, entity)
        except Refused as exc:
            return _refused(exc)
        page = store.timeline(entity=entity, type=types, date_from=date_from,
                              date_to=date_to, limit=limit, offset=offset)
        notice = None if page.items else empty_answer(store, "events", date_from=date_from,
                                                       date_to=date_to)
        if _answered(page, notice, as_json):
            return
        print_events(page, "хронологія" + (f": {entity}" if entity else ""))

    @app.command("calendar")
    @guarded
    def calendar_cmd(
        date_from: Optional[str] = typer.Option(None, "--from", help="YYYY-MM-DD (default: today)"),
        date_to: Optional[str] = typer.Option(None, "--to", help="YYYY-MM-DD"),
        limit: int = typer.Option(100, "--limit", "-n", min=1),
        db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
        as_json: bool = typer.Option(False, "--json", help=JSON_HELP),
    ):
        """Announced (planned) events ahead; when none are, where the nearest ones lie."""
        import datetime as dt

        from ..explain import calendar_notice
        store = _store(db, read=True)
        page = store.calendar(date_from=date_from, date_to=date_to, limit=limit)
        notice = None
        if not page.items:
            day = dt.date.fromisoformat(date_from) if date_from else None
            notice = calendar_notice(store, day)
        if _answered(page, notice, as_json):
            return
        print_events(page, "оголошені події")

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
        from ..explain import Refused, check_entity, empty_answer
        from ..labels import plural, quote_kind_name
        store = _store(db, read=True)
        try:
            check_entity(store, speaker)
        except Refused as exc:
            return _refused(exc)
        page = store.quotes(speaker=speaker, q=q, limit=limit, offset=offset)
        notice = None if page.items else empty_answer(store, "quotes")
        if _answered(page, notice, as_json):
            return
        from rich.table import Table
        t = Table(title=f"цитати ({len(page.items)} з {page.total})" if page.total != len(page.items)
                  else f"цитати ({plural(page.total, 'цитата')})")
        for col in ("дата", "хто", "вид", "цитата", "документ"):
            t.add_column(col, overflow="fold" if col == "цитата" else "ellipsis")
        for it in page.items:
            t.add_row(it["doc_date"] or "", it["speaker_name"] or "?", quote_kind_name(it["kind"]),
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
        from ..explain import empty_store, unknown_entity
        from ..labels import entity_type_name, plural, type_name
        store = _store(db, read=True)
        item = store.entity(name)
        if item is None:
            _fail((empty_store() if store.is_empty() else unknown_entity(store, name)).message, 1)
        if as_json:
            return _print_json(item)
        con = _console()
        from rich.markup import escape
        con.rule(f"[bold]{escape(item['name_uk'] or item['name'])}[/bold] ({escape(item['name'])}, "
                 f"{entity_type_name(item['type'])}{', ' + item['wikidata'] if item['wikidata'] else ''})")
        con.print(f"{plural(item['mentions'], 'згадка')} · {plural(item['documents'], 'документ')}")
        if item["cooccurring"]:
            con.print("разом із: " + ", ".join(f"{c['name_uk'] or c['name']} ({c['documents']})"
                                               for c in item["cooccurring"][:10]))
        net = store.network(item["id"])
        if net and net["edges"]:
            con.print("дії: " + "; ".join(
                f"{type_name(e['type'])} {'→' if e['source'] == item['id'] else '←'} "
                f"{next((n['name'] for n in net['nodes'] if n['id'] in (e['source'], e['target'])), '?')}"
                f" ({e['n']})" for e in net["edges"][:12]))
        for qt in item["quotes"][:10]:
            con.print(f"[dim]{qt['doc_date'] or ''}[/dim] «{_short(qt['text'], 140)}»")
        if item["events"]:
            from ..store import Page
            print_events(Page(item["events"], len(item["events"]), 50, 0), "події")

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
        store = _store(db, read=True)
        if output:
            mode = "wb" if fmt == "parquet" else "w"
            with output.open(mode, **({} if mode == "wb" else {"encoding": "utf-8", "newline": ""})) as out:
                n = store.export(fmt, out)
        else:
            n = store.export(fmt, sys.stdout)
        from ..labels import plural
        typer.echo(f"khronika: експортовано {plural(n, 'запис')} ({fmt})", err=True)

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
                              on_error=lambda m: typer.echo(f"khronika: {m}", err=True),
                              on_warning=lambda m: typer.echo(f"khronika: {m}", err=True))
        page = store.timeline(limit=200)
        if as_json:
            return _print_json({"report": report.to_json(), "timeline": page.to_json()})
        from ..labels import plural
        typer.echo(f"{plural(report.added, 'документ')} з {folder} у {db_path}: "
                   f"{plural(report.events, 'повідомлення')} про події, "
                   f"{plural(page.total, 'подія')} у хроніці", err=True)
        print_events(page, "хронологія")
        typer.echo(f"далі: {self_command()} search Умєров --db sqlite:///{db_path}", err=True)


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
