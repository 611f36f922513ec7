"""Search answers: ranked hits over documents, quotes and events with a snippet each (the
index itself, per dialect, is `khronika.store.search`)."""
from __future__ import annotations

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
        with self.session() as s:
            hits, total = search_index.query(s, query, limit=limit, offset=offset)
            items = []
            for kind, ref, doc_id, score in hits:
                item = {"kind": kind, "id": ref, "doc_id": doc_id, "title": None, "date": None,
                        "snippet": "", "score": score}
                if kind == "document":
                    d = s.get(DocumentRow, ref)
                    if d is None:
                        continue
                    item.update(title=d.title, date=_iso(d.date), snippet=snippet(d.text, query))
                elif kind == "quote":
                    q = s.get(QuoteRow, int(ref))
                    if q is None:
                        continue
                    d = s.get(DocumentRow, q.doc_id)
                    item.update(title=d.title if d else None, date=_iso(d.date) if d else None,
                                snippet=clip(q.text, 0, 300))
                else:
                    e = s.get(ChronicleEventRow, ref)
                    if e is None:
                        continue
                    from ..labels import status_name, type_label
                    item.update(title=f"{type_label(e.type)}, {status_name(e.status)}",
                                date=_iso(e.date), snippet=clip(e.summary or "", 0, 300),
                                doc_id=e.first_doc)
                items.append(item)
        return Page(items, total, limit, offset)


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
