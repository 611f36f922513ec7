"""`khronika kb`: look names up in the knowledge base, show an entry, check a user file."""
from __future__ import annotations

import json
from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    kb_app = typer.Typer(help="The knowledge base: search names, show an entry, check your own YAML file.",
                         no_args_is_help=True)
    app.add_typer(kb_app, name="kb")

    @kb_app.command("search")
    def search_cmd(
        name: str = typer.Argument(..., help="A name in any case form: 'Зеленського', 'Харківщина', 'Мирне'."),
        date: str = typer.Option(None, "--date", help="YYYY-MM-DD: show the roles held on that date."),
        as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
    ):
        """Which entries a written name can refer to."""
        from ..kb import get_kb
        from ..kb.lookup import describe
        kb = get_kb()
        found = kb.lookup(name)
        rows = [describe(kb, e, date) for e in found]
        if as_json:
            typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
            return
        if not rows:
            typer.echo(f"khronika: no entry is named {name!r}", err=True)
            raise typer.Exit(1)
        for r in rows:
            typer.echo(_line(r))

    @kb_app.command("show")
    def show_cmd(
        eid: str = typer.Argument(..., help="An entry id: volodymyr-zelenskyy, kharkiv-oblast."),
        date: str = typer.Option(None, "--date", help="YYYY-MM-DD: only the roles held on that date."),
    ):
        """One entry with its names, codes and dated roles."""
        from ..kb import get_kb
        from ..kb.lookup import describe
        kb = get_kb()
        e = kb.entity(eid)
        if e is None:
            close = [k for k in kb.entities.whole if eid in k][:5] if hasattr(kb.entities, "whole") else []
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            typer.echo(f"khronika: no entry with id {eid!r}{hint}", err=True)
            raise typer.Exit(1)
        typer.echo(json.dumps(describe(kb, e, date, full=True), ensure_ascii=False, indent=2))

    @kb_app.command("check")
    def check_cmd(path: Path = typer.Argument(..., help="A YAML file in the knowledge-base schema.")):
        """Validate a user file: schema, ids, dates, role keys and references to other entries."""
        from ..kb.lookup import check_file
        errors = check_file(path)
        if errors:
            for err in errors:
                typer.echo(err, err=True)
            typer.echo(f"khronika: {len(errors)} problem(s) in {path}", err=True)
            raise typer.Exit(1)
        typer.echo(f"{path}: fine")


def _line(r: dict) -> str:
    extra = [r["type"]]
    if r.get("wikidata"):
        extra.append(r["wikidata"])
    if r.get("katottg"):
        extra.append(f"KATOTTG {r['katottg']}")
    if r.get("within"):
        extra.append(", ".join(r["within"]))
    if r.get("roles"):
        extra.append("; ".join(r["roles"]))
    return f"{r['id']}\t{r['name_uk']} ({r['name']})\t{' · '.join(extra)}"
