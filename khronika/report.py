"""Readable summaries of analysed documents for a person at a terminal (`--format table`)."""
from __future__ import annotations

import sys
from typing import IO, Iterable

from rich.console import Console
from rich.table import Table

from .document import Document
from .labels import entity_type_name, event_kind, event_when, plural, quote_kind_name, status_name, time_words


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def print_tables(docs: Iterable[Document], file: IO[str] | None = None) -> None:
    console = Console(file=file or sys.stdout, soft_wrap=False)
    for doc in docs:
        head = f"[bold]{doc.id or '—'}[/bold]  {doc.date.isoformat() if doc.date else 'без дати'}"
        if doc.title:
            head += f"  {doc.title}"
        console.rule(head)
        for w in doc.warnings:
            console.print(f"[yellow]! {w}[/yellow]")
        if doc.tokens:     # documents rebuilt from JSON (parallel runs) carry no segmentation
            console.print(f"{plural(len(doc.paragraphs), 'абзац')}, {plural(len(doc.sentences), 'речення')}, "
                          f"{plural(sum(t.is_word for t in doc.tokens), 'слово')}")
        data = doc.to_json()
        if data["entities"]:
            t = Table("сутність", "тип", "wikidata", "згадки", title="Сутності", title_justify="left")
            for e in data["entities"]:
                t.add_row(f"{e['name_uk']} ({e['name']})", entity_type_name(e["type"]), e["wikidata"] or "",
                          ", ".join(sorted({m["text"] for m in e["mentions"]})))
            console.print(t)
        if data["timexes"]:
            t = Table("вираз", "значення", "TIMEX3", title="Час", title_justify="left")
            for x in data["timexes"]:
                t.add_row(x["text"], time_words(x["value"], x["mod"]),
                          " ".join(p for p in (x["type"], x["value"], x["mod"]) if p))
            console.print(t)
        if data["quotes"]:
            names = {e["id"]: e["name_uk"] for e in data["entities"]}
            t = Table("хто", "вид", "цитата", title="Цитати", title_justify="left")
            for q in data["quotes"]:
                t.add_row(names.get(q["speaker"], q["speaker"] or "?"), quote_kind_name(q["kind"]), _short(q["text"]))
            console.print(t)
        if data["events"]:
            names = {e["id"]: e["name_uk"] for e in data["entities"]}
            t = Table("тип", "статус", "час", "учасники", "місце", "речення", title="Події", title_justify="left")
            for e in data["events"]:
                who = ", ".join(names.get(a, a) for a in e["actors"] + e["recipients"])
                t.add_row(event_kind(e["type"], e["mode"]), status_name(e["status"]),
                          event_when(e), who, names.get(e["place"], e["place"] or ""),
                          _short(e["evidence"]["text"], 60))
            console.print(t)
