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

from .. import labels as L
from ..api.deps import store_of
from ..api.params import (ENTITY_TYPES, MAX_LIMIT, PLOVER_TYPES, STATUSES, BadParam,
                          choice_param, clean, date_range, int_param)
from ..explain import Refused, calendar_notice, check_entity, empty_answer, resolve_types
from .charts import chart_legend, timeline_chart
from .geo import map_svg
from .highlight import entity_href, event_href, highlight, mark_matches
from .ical import build_ics
from .network import network_svg
from .views import event_history, month_grid, period_heading, source_of

HERE = Path(__file__).resolve().parent

STATUS_UK = L.labels()["statuses"]
ENTITY_TYPE_UK = L.labels()["entity_types"]
KIND_UK = L.labels()["kinds"]


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
                       entity_href=entity_href, event_href=event_href, type_label=L.type_label,
                       type_name=L.type_name, event_kind=L.event_kind, event_when=L.event_when,
                       status_name=L.status_name, plural=L.plural, time_words=L.time_words,
                       entity_type_name=L.entity_type_name, mode_name=L.mode_name, quote_kind_name=L.quote_kind_name)
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


def _group_by_period(items: list[dict]) -> list[tuple[str, list[dict]]]:
    """Consecutive events under one heading at the precision their text gives: "5 січня
    2026", "січень 2026", "дата не вказана" (never a day the text did not name)."""
    groups: list[tuple[str, list[dict]]] = []
    for item in items:
        head = period_heading(item)
        if groups and groups[-1][0] == head:
            groups[-1][1].append(item)
        else:
            groups.append((head, [item]))
    return groups


def _bad(request: Request, name: str, exc: BadParam, **context) -> HTMLResponse:
    return _render(request, name, status=400, error=f"{exc.param}: {exc.message}", **context)


def _filters(request: Request, entity, type, date_from, date_to):
    """The timeline's and the map's filters, checked the same way as the API's: a bad date is
    a BadParam, an unknown entity or type a `Refused` with close matches."""
    start, end = date_range(date_from, date_to)
    etype = resolve_types(type)
    store = store_of(request)
    check_entity(store, clean(entity))
    return store, start, end, etype


def _form(store, entity, type, date_from, date_to) -> dict:
    """The filter form as the person sees it: an entity id shows as the entity's name."""
    shown = entity or ""
    if entity and store is not None and hasattr(store, "entity_name"):
        try:
            shown = store.entity_name(entity.strip()) or entity
        except Exception:       # a store that cannot answer must not take the form down
            shown = entity
    return {"entity": shown, "type": type or "", "date_from": date_from or "",
            "date_to": date_to or ""}


def _refused(request, name: str, exc: Refused, **context) -> HTMLResponse:
    return _render(request, name, status=422, error=exc.notice.message, notice=exc.notice,
                   **context)


def _filter_error(request, name: str, exc: BadParam | Refused, empty: dict) -> HTMLResponse:
    """The page drawn empty around a refused filter: 400 for a malformed value, 422 with the
    refusal's notice for an unknown entity or type."""
    if isinstance(exc, Refused):
        return _refused(request, name, exc, **{k: v for k, v in empty.items() if k != "notice"})
    return _bad(request, name, exc, **empty)


@router.get("/", response_class=HTMLResponse)
def timeline_page(request: Request, entity: str | None = None, type: str | None = None,
                  date_from: str | None = None, date_to: str | None = None,
                  limit: str | None = None, offset: str | None = None):
    form = _form(None, entity, type, date_from, date_to)
    empty = dict(form=form, groups=[], pages=None, chart="", chart_types=[], notice=None, wide=0)
    try:
        lim = int_param("limit", limit, 100, 1, MAX_LIMIT)
        off = int_param("offset", offset, 0, 0, 10_000_000)
        store, start, end, etype = _filters(request, entity, type, date_from, date_to)
    except (BadParam, Refused) as exc:
        return _filter_error(request, "timeline.html", exc, empty)
    form = _form(store, entity, type, date_from, date_to)
    filters = dict(entity=clean(entity), type=etype, date_from=start, date_to=end)
    page = store.timeline(**filters, limit=lim, offset=off)
    counts = store.event_counts(**filters) if hasattr(store, "event_counts") else []
    wide = store.count_wide(**filters) if hasattr(store, "count_wide") else 0
    chart = timeline_chart(counts, start, end, params={"entity": clean(entity)},
                           types_order=PLOVER_TYPES)
    notice = None if page.items else empty_answer(store, "events", date_from=start, date_to=end)
    return _render(request, "timeline.html", form=form, groups=_group_by_period(page.items),
                   pages=page_links(request, page), chart=chart,
                   chart_types=chart_legend(counts, PLOVER_TYPES), notice=notice, wide=wide)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, entity: str | None = None, type: str | None = None,
             date_from: str | None = None, date_to: str | None = None):
    form = _form(None, entity, type, date_from, date_to)
    empty = dict(form=form, svg="", places=[], off=[], notice=None)
    try:
        store, start, end, etype = _filters(request, entity, type, date_from, date_to)
    except (BadParam, Refused) as exc:
        return _filter_error(request, "map.html", exc, empty)
    form = _form(store, entity, type, date_from, date_to)
    places = store.places(entity=clean(entity), type=etype, date_from=start, date_to=end)
    keep = {k: v for k, v in (("type", etype), ("date_from", start), ("date_to", end)) if v}

    def link(place_id: str) -> str:
        return "/?" + urlencode({"entity": place_id, **keep})
    svg, off = map_svg(places, link)
    for p in off:
        p["href"] = link(p["id"])
    notice = None if places else empty_answer(store, "events", date_from=start, date_to=end)
    return _render(request, "map.html", form=form, svg=svg, places=places, off=off, notice=notice)


@router.get("/calendar", response_class=HTMLResponse)
def calendar_page(request: Request, month: str | None = None):
    """A month grid of announced events. With no month asked for it opens on the month of the
    nearest announced events (ahead of today, else the latest before it) and says so."""
    store = store_of(request)
    ics_url = str(request.url_for("calendar_ics"))
    extra = dict(ics_url=ics_url, webcal_url="webcal://" + ics_url.split("://", 1)[-1])
    today = dt.date.today()
    notice = None
    try:
        if clean(month):
            try:
                first = dt.date.fromisoformat(clean(month) + "-01")
            except ValueError:
                raise BadParam("month", f"not a month (expected YYYY-MM): {month!r}") from None
        else:
            notice = calendar_notice(store, today)
            near = (notice.data if notice else {}) or {}
            target = near.get("nearest_after") or near.get("nearest_before")
            first = (dt.date.fromisoformat(target) if target else today).replace(day=1)
    except BadParam as exc:
        return _bad(request, "calendar.html", exc, grid=None, notice=None, **extra)
    last = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    items = store.events(status="planned", date_from=first.isoformat(), date_to=last.isoformat(),
                         limit=MAX_LIMIT, spanning=True).items
    grid = month_grid(first, items, today)
    if not items and notice is None:
        notice = calendar_notice(store, first)
        if notice is not None and notice.code == "calendar":
            notice.message = L.labels()["messages"]["none_in_month"].format(
                month=L.month_year(first.year, first.month)) + " " + notice.message
    return _render(request, "calendar.html", grid=grid, notice=notice, **extra)


@router.get("/calendar.ics", name="calendar_ics")
def calendar_ics(request: Request, date_from: str | None = None, date_to: str | None = None):
    start, end = date_range(date_from, date_to)
    store = store_of(request)
    items: list[dict] = []
    for offset in range(0, 2000, 500):          # bounded: a feed of at most 2,000 events
        page = store.calendar(date_from=start, date_to=end, limit=500, offset=offset)
        items.extend(page.items)
        if offset + 500 >= page.total or not page.items:
            break
    # the Host header is the client's to write: never copied into a feed that calendar apps
    # and proxies keep; absolute links need the server's own public URL from the settings
    public = request.app.state.settings.option("api", "public_url") or ""
    body = build_ics(items, str(public), relative_ok=not public)
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
    page = store_of(request).entities(q=clean(q), type=etype, limit=50, offset=off)
    return _render(request, "entities.html", form=form, items=page.items, pages=page_links(request, page))


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, q: str | None = None, offset: str | None = None):
    form = {"q": q or ""}
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "documents.html", exc, form=form, items=[], pages=None)
    page = store_of(request).documents(q=clean(q), limit=50, offset=off)
    return _render(request, "documents.html", form=form, items=page.items, pages=page_links(request, page))


@router.get("/entity/{key}", response_class=HTMLResponse)
def entity_page(request: Request, key: str):
    ent = store_of(request).entity(key)
    if ent is None:
        return _render(request, "notfound.html", status=404, what=f"сутність «{key}»")
    store = store_of(request)
    net = store.network(ent.get("id") or key) if hasattr(store, "network") else None
    return _render(request, "entity.html", ent=ent, kb=_kb_info(ent.get("id") or key),
                   network=network_svg(net), net=net)


@router.get("/event/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    ev = store_of(request).event(event_id)
    if ev is None:
        return _render(request, "notfound.html", status=404, what=f"подію «{event_id}»")
    return _render(request, "event.html", ev=ev, history=event_history(ev))


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, speaker: str | None = None, q: str | None = None,
                offset: str | None = None):
    form = {"speaker": speaker or "", "q": q or ""}
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "quotes.html", exc, form=form, items=[], pages=None)
    page = store_of(request).quotes(speaker=clean(speaker), q=clean(q), limit=50, offset=off)
    return _render(request, "quotes.html", form=form, items=page.items, pages=page_links(request, page))


def _doc_view(doc: dict, chronicle: list | None) -> dict:
    names = {e.get("id"): (e.get("name_uk") or e.get("name") or e.get("id"))
             for e in doc.get("entities") or []}
    return {"doc": doc, "names": names, "marked": highlight(doc, chronicle),
            "chronicle": list(chronicle or []), "source": source_of(doc)}


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str):
    doc = store_of(request).document(doc_id)
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
    """Matching entities first, then documents, quotes and events with the matched word forms
    marked in titles and snippets."""
    query = clean(q)
    if not query:
        notice = empty_answer(store_of(request), "search", query="") if q is not None else None
        return _render(request, "search.html", q="", items=[], pages=None, entities=[],
                       notice=notice)
    try:
        off = int_param("offset", offset, 0, 0, 10_000_000)
    except BadParam as exc:
        return _bad(request, "search.html", exc, q=query, items=[], pages=None, entities=[],
                    notice=None)
    store = store_of(request)
    page = store.search(query[:500], limit=20, offset=off)
    entities = store.entities(q=query[:200], limit=8).items if off == 0 else []
    for it in page.items:
        it["title_marked"] = mark_matches(it.get("title") or "", query)
        it["snippet_marked"] = mark_matches(it.get("snippet") or "", query)
    notice = None if (page.items or entities) else empty_answer(store, "search", query=query)
    return _render(request, "search.html", q=query, items=page.items, entities=entities,
                   pages=page_links(request, page), notice=notice)


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
