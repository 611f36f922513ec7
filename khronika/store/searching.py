"""Search answers: ranked hits over documents, quotes and events with a snippet each (the
index itself, per dialect, is `khronika.store.search`)."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from . import search as search_index
from .base import Page, _iso
from .models import ChronicleEventRow, DocumentRow, QuoteRow
from .textindex import WORD, stem


def search_ids(s: Session, q: str, kind: str) -> list[str]:
    """Ids of one kind of item matching a query (filters of the list queries)."""
    hits, _ = search_index.query(s, q, kind=kind, limit=10_000, offset=0)
    return [ref for _, ref, _, _ in hits]


class Searching:
    """The search part of `Store` (mixed into it; uses its sessions)."""

    def search(self, query: str, *, limit=20, offset=0) -> Page:
        with self.reading() as s:
            hits, total = search_index.query(s, query, limit=limit, offset=offset)
            found = _hit_rows(s, hits)
            items = []
            for kind, ref, doc_id, score in hits:
                item = {"kind": kind, "id": ref, "doc_id": doc_id, "title": None, "date": None,
                        "snippet": "", "score": score}
                r = found.get((kind, ref))
                if r is None:
                    continue
                if kind == "document":
                    item.update(title=r.title, date=_iso(r.date), snippet=snippet(r.text, query))
                elif kind == "quote":
                    item.update(title=r.title, date=_iso(r.date), snippet=clip(r.text, 0, 300))
                else:
                    from ..labels import status_name, type_label
                    item.update(title=f"{type_label(r.type)}, {status_name(r.status)}",
                                date=_iso(r.date), snippet=clip(r.summary or "", 0, 300),
                                doc_id=r.first_doc)
                items.append(item)
        return Page(items, total, limit, offset)


def _hit_rows(s: Session, hits) -> dict[tuple[str, str], object]:
    """The columns a page of hits shows, one query per kind of item, keyed (kind, ref): read
    one ORM object at a time, a page of 20 hits took 20 to 40 queries, most of the CPU a
    search costs. A hit whose item is gone has no row (and no place on the page)."""
    refs: dict[str, list[str]] = {}
    for kind, ref, _, _ in hits:
        refs.setdefault(kind, []).append(ref)
    out: dict[tuple[str, str], object] = {}
    queries = _hit_queries()
    if refs.get("document"):
        for r in s.execute(queries["document"], {"ids": refs["document"]}):
            out[("document", r.id)] = r
    if refs.get("quote"):
        ids = {int(ref): ref for ref in refs["quote"]}
        for r in s.execute(queries["quote"], {"ids": list(ids)}):
            out[("quote", ids[r.id])] = r
    if refs.get("event"):
        for r in s.execute(queries["event"], {"ids": refs["event"]}):
            out[("event", r.id)] = r
    return out


@lru_cache(maxsize=None)
def _hit_queries() -> dict:
    """Built once with bound parameters (building them cost about as much as running them)."""
    doc, quote, ev = DocumentRow.__table__.c, QuoteRow.__table__.c, ChronicleEventRow.__table__.c
    ids = bindparam("ids", expanding=True)
    return {"document": select(doc.id, doc.title, doc.date, doc.text).where(doc.id.in_(ids)),
            "quote": select(quote.id, quote.text, doc.title, doc.date)
            .outerjoin(DocumentRow.__table__, doc.id == quote.doc_id).where(quote.id.in_(ids)),
            "event": select(ev.id, ev.type, ev.status, ev.date, ev.summary, ev.first_doc)
            .where(ev.id.in_(ids))}


def clip(text: str, start: int, width: int) -> str:
    """About `width` characters of `text` from `start`, cut on word boundaries, with "…" where
    something was left out at either end."""
    n = len(text)
    a, b = max(0, start), min(n, start + width)
    if a > 0:
        space = text.rfind(" ", max(0, a - 30), a + 1)
        if space == -1:
            space = text.find(" ", a)
        a = space + 1 if space != -1 else a
    if b < n:
        space = text.rfind(" ", a, b + 1)
        b = space if space > a else b
    piece = " ".join(text[a:b].split()).rstrip(",;:–—-")
    return ("…" if a > 0 else "") + piece + ("…" if b < n else "")


def snippet(text: str, query: str, width: int = 200) -> str:
    """A piece of text around the first word matching the query (by stem), on word boundaries."""
    stems = {stem(m.group()) for m in WORD.finditer(query)}
    for m in WORD.finditer(text):
        if stem(m.group()) in stems:
            return clip(text, m.start() - width // 3, width)
    return clip(text, 0, width)
