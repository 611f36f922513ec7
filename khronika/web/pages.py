"""The web pages: timeline, calendar (+ iCalendar feed), entity profiles, quotes, documents with
highlighted annotations, ad-hoc analysis and search. Every page calls the same `Store` methods
as the JSON API."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import urlencode

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from ..api.deps import get_store
from ..api.params import (ENTITY_TYPES, MAX_LIMIT, PLOVER_TYPES, STATUSES, BadParam,
                          choice_param, clean, date_range, int_param)
from .highlight import entity_href, event_href, highlight
from .ical import build_ics

HERE = Path(__file__).resolve().parent

STATUS_UK = {"occurred": "відбулося", "ongoing": "триває", "planned": "заплановано",
             "conditional": "за умови", "negated": "не відбулося"}
ENTITY_TYPE_UK = {"PER": "особа", "ORG": "організація", "LOC": "місце", "MISC": "інше"}
KIND_UK = {"document": "документ", "quote": "цитата", "event": "подія", "entity": "сутність"}


def _plain_value(value) -> str:
    """A history value for people: nested mappings and lists flattened, nulls dropped."""
    if isinstance(value, dict):
        return " ".join(_plain_value(v) for v in value.values() if v not in (None, "", [], {}))
    if isinstance(value, (list, tuple)):
        return ", ".join(_plain_value(v) for v in value)
    return "" if value is None else str(value)


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(PLOVER_TYPES=PLOVER_TYPES, STATUSES=STATUSES, ENTITY_TYPES=ENTITY_TYPES,
                       STATUS_UK=STATUS_UK, ENTITY_TYPE_UK=ENTITY_TYPE_UK, KIND_UK=KIND_UK,
                       entity_href=entity_href, event_href=event_href)
    env.filters["name_of"] = lambda key, names: (names or {}).get(key) or key
    env.filters["plain"] = _plain_value
    return env


templates = Jinja2Templates(env=_env())
router = APIRouter(include_in_schema=False)


def _render(request: Request, name: str, status: int = 200, **context) -> HTMLResponse:
    context.setdefault("error", None)
    return templates.TemplateResponse(request, name, context, status_code=status)


def page_links(request: Request, page) -> dict:
    """Previous/next links that keep the other query parameters."""
    params = dict(request.query_params)

    def link(offset: int) -> str:
        return "?" + urlencode({**params, "offset": str(offset)})
    total, limit, offset = int(page.total), int(page.limit), int(page.offset)
    return {
        "total": total, "first": offset + 1 if total else 0, "last": min(offset + limit, total),
        "prev": link(max(0, offset - limit)) if offset > 0 else None,
        "next": link(offset + limit) if offset + limit < total else None,
    }


def _group_by_date(items: list[dict]) -> list[tuple[str | None, list[dict]]]:
    groups: list[tuple[str | None, list[dict]]] = []
    for item in items:
        day = item.get("date")
        if groups and groups[-1][0] == day:
            groups[-1][1].append(item)
        else:
            groups.append((day, [item]))
    return groups


def _bad(request: Request, name: str, exc: BadParam, **context) -> HTMLResponse:
    return _render(request, name, status=400, error=f"{exc.param}: {exc.message}", **context)


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, entity: str | None = None, type: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: str | None = None, offset: str | None = None):
    form = {"entity": entity or "", "type": type or "", "date_from": date_from or "",
            "date_to": date_to or ""}
    try:
        start, end = date_range(date_from, date_to)
        etype = choice_param("type", type, PLOVER_TYPES)
        lim = int_param("limit", limit, 100, 1, MAX_LIMIT)
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "timeline.html", exc, form=form, groups=[], pages=None)
    page = get_store(request).timeline(entity=clean(entity), type=etype, date_from=start,
                                       date_to=end, limit=lim, offset=off)
    return _render(request, "timeline.html", form=form, groups=_group_by_date(page.items),
                   pages=page_links(request, page))


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, date_from: str | None = None, date_to: str | None = None,
                  offset: str | None = None):
    form = {"date_from": date_from or "", "date_to": date_to or ""}
    try:
        start, end = date_range(date_from, date_to)
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "calendar.html", exc, form=form, groups=[], pages=None, ics_url="/calendar.ics")
    page = get_store(request).calendar(date_from=start, date_to=end, limit=100, offset=off)
    ics_url = str(request.url_for("calendar_ics"))
    return _render(request, "calendar.html", form=form, groups=_group_by_date(page.items),
                   pages=page_links(request, page), ics_url=ics_url,
                   webcal_url="webcal://" + ics_url.split("://", 1)[-1])


@router.get("/calendar.ics", name="calendar_ics")
def calendar_ics(request: Request, date_from: str | None = None, date_to: str | None = None):
    start, end = date_range(date_from, date_to)
    store = get_store(request)
    items: list[dict] = []
    for offset in range(0, 2000, 500):          # bounded: a feed of at most 2,000 events
        page = store.calendar(date_from=start, date_to=end, limit=500, offset=offset)
        items.extend(page.items)
        if offset + 500 >= page.total or not page.items:
            break
    body = build_ics(items, str(request.base_url))
    return Response(body, media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="khronika.ics"'})


def _kb_info(key: str) -> dict | None:
    """Roles and aliases from the knowledge base when it is installed; the page works without."""
    try:
        from ..kb import get_kb
        kb = get_kb()
        ent = kb.entity(key)
    except Exception:            # a missing or broken KB must not take the profile page down
        return None
    if ent is None:
        return None
    roles = []
    for r in getattr(ent, "roles", None) or []:
        phrases = getattr(kb, "role_phrases", {}).get(r.role) or []
        label = phrases[0] if phrases else r.role
        of = kb.entity(r.of) if r.of else None
        where = (of.name_uk or of.name) if of is not None else (r.of or "")
        since = f"з {r.start.isoformat()}" if r.start else ""
        until = f"до {r.end.isoformat()}" if r.end else ("донині" if r.start else "")
        roles.append({"label": label, "of": where, "of_id": r.of if of is not None else None,
                      "when": " ".join(p for p in (since, until) if p), "current": r.end is None})
    return {"roles": roles, "aliases": [str(a) for a in getattr(ent, "aliases", None) or []][:30],
            "wikidata": getattr(ent, "wikidata", None)}


@router.get("/entities", response_class=HTMLResponse)
def entities_page(request: Request, q: str | None = None, type: str | None = None,
                  offset: str | None = None):
    form = {"q": q or "", "type": type or ""}
    try:
        etype = choice_param("type", type, ENTITY_TYPES)
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "entities.html", exc, form=form, items=[], pages=None)
    page = get_store(request).entities(q=clean(q), type=etype, limit=50, offset=off)
    return _render(request, "entities.html", form=form, items=page.items, pages=page_links(request, page))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str | None = None, offset: str | None = None):
    form = {"q": q or ""}
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "documents.html", exc, form=form, items=[], pages=None)
    page = get_store(request).documents(q=clean(q), limit=50, offset=off)
    return _render(request, "documents.html", form=form, items=page.items, pages=page_links(request, page))


@router.get("/entity/{key}", response_class=HTMLResponse)
def entity_page(request: Request, key: str):
    ent = get_store(request).entity(key)
    if ent is None:
        return _render(request, "notfound.html", status=404, what=f"сутність «{key}»")
    return _render(request, "entity.html", ent=ent, kb=_kb_info(ent.get("id") or key))


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    ev = get_store(request).event(event_id)
    if ev is None:
        return _render(request, "notfound.html", status=404, what=f"подію «{event_id}»")
    return _render(request, "event.html", ev=ev)


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: str | None = None, q: str | None = None,
                offset: str | None = None):
    form = {"speaker": speaker or "", "q": q or ""}
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "quotes.html", exc, form=form, items=[], pages=None)
    page = get_store(request).quotes(speaker=clean(speaker), q=clean(q), limit=50, offset=off)
    return _render(request, "quotes.html", form=form, items=page.items, pages=page_links(request, page))


def _doc_view(doc: dict, chronicle: list | None) -> dict:
    names = {e.get("id"): (e.get("name_uk") or e.get("name") or e.get("id"))
             for e in doc.get("entities") or []}
    return {"doc": doc, "names": names, "marked": highlight(doc, chronicle),
            "chronicle": list(chronicle or [])}


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str):
    doc = get_store(request).document(doc_id)
    if doc is None:
        return _render(request, "notfound.html", status=404, what=f"документ «{doc_id}»")
    return _render(request, "document.html", stored=True, **_doc_view(doc, doc.get("events_chronicle")))


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request):
    return _render(request, "analyze.html", form={"text": "", "date": ""})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_page(request: Request, text: str = Form(""), date: str = Form(""),
                       title: str = Form("")):
    form = {"text": text, "date": date, "title": title}
    if not text.strip():
        return _render(request, "analyze.html", status=400, form=form, error="Вставте текст для аналізу.")
    if len(text) > 200_000:
        return _render(request, "analyze.html", status=413, form=form,
                       error="Текст задовгий (більше 200 000 символів).")
    try:
        day = dt.date.fromisoformat(date.strip()) if date.strip() else None
    except ValueError:
        return _render(request, "analyze.html", status=400, form=form,
                       error=f"Невірна дата: {date!r} (потрібно РРРР-ММ-ДД).")
    doc = await request.app.state.analyzer.run(text, day, title.strip() or None, None)
    return _render(request, "document.html", stored=False, **_doc_view(doc, None))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = None, offset: str | None = None):
    query = clean(q)
    if not query:
        return _render(request, "search.html", q="", items=[], pages=None)
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "search.html", exc, q=query, items=[], pages=None)
    page = get_store(request).search(query[:500], limit=20, offset=off)
    return _render(request, "search.html", q=query, items=page.items, pages=page_links(request, page))


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request):
    """The OpenAPI description rendered here, so the docs need nothing from a CDN."""
    schema = request.app.openapi()
    ops = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            ops.append({"path": path, "method": method.upper(), "summary": op.get("summary") or "",
                        "description": op.get("description") or "",
                        "params": op.get("parameters") or [],
                        "body": bool(op.get("requestBody")), "tags": op.get("tags") or [],
                        "secured": method in ("post", "delete") and path.startswith("/api/documents")})
    return _render(request, "docs.html", ops=ops, info=schema.get("info", {}))
