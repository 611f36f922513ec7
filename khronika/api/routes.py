"""The JSON API: read endpoints are open, writes need the bearer token."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from .deps import Answer, get_store, page_json, plain, require_token
from ..explain import Refused, calendar_notice, check_entity, empty_answer, resolve_types
from .models import AnalyzeIn, Deleted, DocumentIn, IngestOut, PageOut
from .params import (ENTITY_TYPES, MAX_LIMIT, STATUSES, BadParam, choice_param, clean,
                     date_range)

router = APIRouter(prefix="/api")

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip.")]
Text = Annotated[str | None, Query(max_length=500)]
DateQ = Annotated[str | None, Query(description="YYYY-MM-DD", max_length=20)]
IdPath = Annotated[str, Path(max_length=300)]


def refusal(exc: Refused) -> BadParam:
    """An unknown entity or type: a 422 naming the parameter, with close matches for a script
    and the Ukrainian sentence people read on the other surfaces."""
    err = BadParam(exc.param, exc.notice.detail)
    err.detail[0]["suggestions"] = [s["id"] for s in exc.notice.suggestions]
    err.detail[0]["message_uk"] = exc.notice.message
    return err


def with_notice(page_data: dict, notice) -> dict:
    """An empty page says why (empty store, nothing matched): `notice` {code, message, detail}."""
    if notice is not None:
        page_data["notice"] = notice.to_json()
    return page_data


def event_filters(store, entity, type, date_from, date_to) -> dict:
    """The filters every event view takes, checked once in one order (dates, then type and
    entity) so each endpoint refuses the same request with the same 422."""
    start, end = date_range(date_from, date_to)
    try:
        types = resolve_types(type)
        check_entity(store, clean(entity))
    except Refused as exc:
        raise refusal(exc) from None
    return dict(entity=clean(entity), type=types, date_from=start, date_to=end)


def events_page(store, page, filters: dict) -> dict:
    """A page of events; an empty one says why under the same filters."""
    return with_notice(page_json(page), None if page.items else empty_answer(
        store, "events", date_from=filters["date_from"], date_to=filters["date_to"]))


def found(value, what: str, key: str):
    """One 404 wording for every fetch by id."""
    if value is None:
        raise HTTPException(404, f"no {what} {key!r}")
    return value


@router.get("/health", tags=["meta"])
def health() -> dict:
    return {"ok": True}


@router.get("/documents", response_model=PageOut, response_model_exclude_none=True, tags=["documents"])
def list_documents(store=Depends(get_store), limit: Limit = 50, offset: Offset = 0, q: Text = None):
    return Answer(page_json(store.documents(limit=limit, offset=offset, q=clean(q))))


@router.get("/documents/{doc_id}", tags=["documents"])
def get_document(doc_id: IdPath, store=Depends(get_store)) -> dict:
    return Answer(found(store.document(doc_id), "document", doc_id))


@router.post("/documents", response_model=IngestOut, status_code=201, tags=["documents"],
             dependencies=[Depends(require_token)])
def add_document(body: DocumentIn, store=Depends(get_store)):
    """Store a text (analysed now) or fetch and store a URL."""
    if body.text and body.text.strip():
        from ..ingest.readers import RawDoc
        raw = RawDoc(text=body.text, id=body.id, date=body.date, title=body.title,
                     url=str(body.url) if body.url else None, source="api")
        result = store.add_document(raw)
    else:
        result = store.ingest([str(body.url)], date=body.date)
    data = plain(result)
    if isinstance(data, dict) and data.get("error"):
        raise HTTPException(422, str(data["error"]))
    if isinstance(data, dict) and data.get("failed") and not data.get("added"):
        raise HTTPException(422, "; ".join(str(e) for e in data.get("errors") or []) or "ingest failed")
    return {"ok": True, "result": data if isinstance(data, dict) else {"value": data}}


@router.delete("/documents/{doc_id}", response_model=Deleted, tags=["documents"],
               dependencies=[Depends(require_token)])
def delete_document(doc_id: IdPath, store=Depends(get_store)):
    if not store.delete_document(doc_id):
        raise HTTPException(404, f"no document {doc_id!r}")
    return {"deleted": True, "id": doc_id}


@router.get("/entities", response_model=PageOut, response_model_exclude_none=True, tags=["entities"])
def list_entities(store=Depends(get_store), limit: Limit = 50, offset: Offset = 0, q: Text = None,
                  type: Annotated[str | None, Query(description="PER, ORG, LOC or MISC")] = None):
    etype = choice_param("type", type, ENTITY_TYPES)
    return Answer(page_json(store.entities(limit=limit, offset=offset, q=clean(q), type=etype)))


@router.get("/entities/{key}", tags=["entities"])
def get_entity(key: IdPath, store=Depends(get_store)) -> dict:
    ent = store.entity(key)
    if ent is None:
        from ..explain import unknown_entity
        notice = unknown_entity(store, key)
        raise HTTPException(404, notice.detail)
    return Answer(ent)


@router.get("/quotes", response_model=PageOut, response_model_exclude_none=True, tags=["quotes"])
def list_quotes(store=Depends(get_store), limit: Limit = 50, offset: Offset = 0,
                speaker: Text = None, q: Text = None):
    try:
        check_entity(store, clean(speaker))
    except Refused as exc:
        exc.param = "speaker"
        raise refusal(exc) from None
    page = store.quotes(speaker=clean(speaker), q=clean(q), limit=limit, offset=offset)
    return Answer(with_notice(page_json(page), None if page.items else empty_answer(store, "quotes")))


@router.get("/events", response_model=PageOut, response_model_exclude_none=True, tags=["events"])
def list_events(store=Depends(get_store), limit: Limit = 50, offset: Offset = 0,
                entity: Text = None, type: Annotated[str | None, Query(description="PLOVER type")] = None,
                status: Annotated[str | None, Query(description=", ".join(STATUSES))] = None,
                date_from: DateQ = None, date_to: DateQ = None):
    filters = event_filters(store, entity, type, date_from, date_to)
    page = store.events(**filters, status=choice_param("status", status, STATUSES),
                        limit=limit, offset=offset)
    return Answer(events_page(store, page, filters))


@router.get("/events/{event_id}", tags=["events"])
def get_event(event_id: IdPath, store=Depends(get_store)) -> dict:
    return Answer(found(store.event(event_id), "event", event_id))


@router.get("/timeline", response_model=PageOut, response_model_exclude_none=True, tags=["events"])
def timeline(store=Depends(get_store), limit: Limit = 100, offset: Offset = 0, entity: Text = None,
             type: Annotated[str | None, Query(description="PLOVER type")] = None,
             date_from: DateQ = None, date_to: DateQ = None):
    filters = event_filters(store, entity, type, date_from, date_to)
    return Answer(events_page(store, store.timeline(**filters, limit=limit, offset=offset), filters))


@router.get("/timeline/counts", tags=["events"])
def timeline_counts(store=Depends(get_store), entity: Text = None,
                    type: Annotated[str | None, Query(description="PLOVER type")] = None,
                    date_from: DateQ = None, date_to: DateQ = None) -> dict:
    """Events per day and type under the timeline's filters (what the web chart draws)."""
    return Answer({"items": store.event_counts(**event_filters(store, entity, type, date_from, date_to))})


@router.get("/places", tags=["events"])
def places(store=Depends(get_store), entity: Text = None,
           type: Annotated[str | None, Query(description="PLOVER type")] = None,
           date_from: DateQ = None, date_to: DateQ = None) -> dict:
    """Where the filtered events happen, most events first (what the web map draws)."""
    return Answer({"items": store.places(**event_filters(store, entity, type, date_from, date_to))})


@router.get("/entities/{key}/network", tags=["entities"])
def entity_network(key: IdPath, store=Depends(get_store)) -> dict:
    """Who an entity meets, asks, strikes, aids: partners and edges by type, weighted by count."""
    return Answer(found(store.network(key), "entity", key))


@router.get("/calendar", response_model=PageOut, response_model_exclude_none=True, tags=["events"])
def calendar(store=Depends(get_store), limit: Limit = 100, offset: Offset = 0,
             date_from: DateQ = None, date_to: DateQ = None):
    start, end = date_range(date_from, date_to)
    page = store.calendar(date_from=start, date_to=end, limit=limit, offset=offset)
    notice = None
    if not page.items:
        import datetime as dt
        notice = calendar_notice(store, dt.date.fromisoformat(start) if start else None)
    return Answer(with_notice(page_json(page), notice))


@router.get("/search", response_model=PageOut, response_model_exclude_none=True, tags=["search"])
def search(q: Annotated[str, Query(min_length=1, max_length=500)], store=Depends(get_store),
           limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = 20, offset: Offset = 0):
    if not q.strip():
        raise HTTPException(422, "q is blank")
    page = store.search(q.strip(), limit=limit, offset=offset)
    return Answer(with_notice(page_json(page), None if page.items else
                              empty_answer(store, "search", query=q.strip())))


@router.post("/analyze", tags=["analysis"], responses={
    503: {"description": "every analysis place is taken; retry after `Retry-After` seconds"},
    413: {"description": "request body too large"}})
async def analyze(body: AnalyzeIn, request: Request) -> dict:
    """Analyse a text without storing it; the answer is the SPEC.md JSON. Analyses run apart
    from the read endpoints, a few at a time; when all places are taken the answer is 503 with
    `Retry-After`."""
    return await request.app.state.analyzer.run(body.text, body.date, body.title, body.url,
                                                body.author, body.speakers)
