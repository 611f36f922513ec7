"""Queries: documents, entities, quotes, events (list, timeline, calendar) and single items,
each answered as a `Page` of plain dicts with the keys listed in the package docstring."""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache

from sqlalchemy import String, and_, bindparam, func, select, type_coerce
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from ..labels import precision
from .base import Page, _date, _iso
from .models import (ChronicleCountRow, ChronicleEntityCountRow, ChronicleEntityRow, ChronicleEventRow,
                     ChronicleHistoryRow, DocEventRow, DocumentRow, EntityDocRow, EntityRow, MentionRow,
                     QuoteRow, TimexRow)
from .searching import clip, search_ids
from .textindex import WORD, stem
from .upcoming import calendar_rows, spanning_rows


SQL_STEMS = 8               # name stems an entity lookup gives the database (the rest: checked here)
COOCCURRENCE_DOCS = 500     # an entity's latest documents its co-occurring entities come from


def raw(column):
    """A date or JSON column read as the text the database gives, under its own name. A page
    prints dates as ISO text and decodes a page's JSON lists in one call (`_decoded`); read
    through their types, SQLAlchemy parsed each date into a `date` (turned back into text
    for the answer) and decoded each list in a call of its own, most of an entity page's
    Python. PostgreSQL's driver gives `date`s and lists whatever the type: both are taken."""
    return type_coerce(column, String).label(column.name)


_EV, _QU = ChronicleEventRow.__table__.c, QuoteRow.__table__.c
# what an event item shows: not the match profile, a JSON document per event that a page of
# events would decode and drop
_EVENT_COLUMNS = (_EV.id, _EV.type, _EV.mode, _EV.status, raw(_EV.date), raw(_EV.date_end),
                  _EV.time_value, _EV.time_mod, _EV.precision, raw(_EV.reported), raw(_EV.actors),
                  raw(_EV.recipients), _EV.place, _EV.confidence, _EV.n_sources, _EV.summary,
                  _EV.first_doc)


_EVENT_FIELDS = tuple(c.name for c in _EVENT_COLUMNS)
_ACTORS, _PLACE = _EVENT_FIELDS.index("actors"), _EVENT_FIELDS.index("place")
assert _EVENT_FIELDS[_ACTORS:_PLACE] == ("actors", "recipients")


def _named(rows: list[tuple]) -> set[str]:
    """The entity ids `_event_rows` tuples name: actors, recipients, places."""
    ids: set[str] = set()
    for r in rows:
        ids.update(r[_ACTORS])
        ids.update(r[_ACTORS + 1])
        if r[_PLACE]:
            ids.add(r[_PLACE])
    return ids


def _quote_dicts(rows, names: dict[str, str]) -> list[dict]:
    """Rows of `Queries._quote_stmt` as the API's quote items, read by position (a row's
    fields by name cost a key lookup each, and a page has 50 rows of 12)."""
    return [{"id": qid, "doc_id": doc_id, "doc_title": title, "doc_date": _iso(date),
             "start": start, "end": end, "text": text, "kind": kind, "speaker": speaker,
             "cue": {"start": cue_start, "end": cue_end, "text": cue_text}
             if cue_start is not None else None,
             "speaker_name": names.get(speaker) if speaker else None}
            for (qid, doc_id, start, end, text, kind, speaker, cue_start, cue_end, cue_text,
                 title, date) in rows]


def _decoded(values: list) -> list:
    """JSON texts (or values a driver or ORM object decoded already) as Python values; texts
    alone are decoded in one `json.loads` of them all, not one call each."""
    if all(v.__class__ is str for v in values):
        return json.loads("[" + ",".join(values) + "]") if values else []
    return [json.loads(v) if v.__class__ is str else v for v in values]


class Queries:
    """The reading half of `Store` (mixed into it; uses its sessions)."""

    # ---- documents ------------------------------------------------------------------------
    def documents(self, *, limit=50, offset=0, q=None) -> Page:
        with self.session() as s:
            stmt = select(DocumentRow)
            if q:
                ids = search_ids(s, q, "document")
                stmt = stmt.where(DocumentRow.id.in_(ids))
            total = self._total(s, select(func.count()).select_from(stmt.subquery()))
            rows = s.scalars(stmt.order_by(DocumentRow.date.desc(), DocumentRow.id)
                             .limit(limit).offset(offset)).all()
            ids = [r.id for r in rows]
            counts = {}
            for model, key in ((MentionRow, "n_entities"), (QuoteRow, "n_quotes"),
                               (DocEventRow, "n_events")):
                col = func.count(func.distinct(MentionRow.entity_id)) if model is MentionRow \
                    else func.count()
                for d, n in s.execute(select(model.doc_id, col).where(model.doc_id.in_(ids))
                                      .group_by(model.doc_id)):
                    counts.setdefault(d, {})[key] = n
            items = [self._doc_item(r, counts.get(r.id, {})) for r in rows]
        return Page(items, int(total or 0), limit, offset)

    @staticmethod
    def _doc_item(r: DocumentRow, counts: dict) -> dict:
        return {"id": r.id, "url": r.url, "title": r.title, "date": _iso(r.date),
                "language": r.language, "duplicate_of": r.duplicate_of,
                "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None,
                "chars": len(r.text), "n_entities": counts.get("n_entities", 0),
                "n_quotes": counts.get("n_quotes", 0), "n_events": counts.get("n_events", 0),
                "snippet": clip(r.text, 0, 240)}

    def document(self, doc_id: str) -> dict | None:
        with self.session() as s:
            r = s.get(DocumentRow, doc_id)
            if r is None:
                return None
            mentions = s.scalars(select(MentionRow).where(MentionRow.doc_id == doc_id)
                                 .order_by(MentionRow.start)).all()
            quotes = s.scalars(select(QuoteRow).where(QuoteRow.doc_id == doc_id)
                               .order_by(QuoteRow.start)).all()
            timexes = s.scalars(select(TimexRow).where(TimexRow.doc_id == doc_id)
                                .order_by(TimexRow.start)).all()
            events = s.scalars(select(DocEventRow).where(DocEventRow.doc_id == doc_id)
                               .order_by(DocEventRow.id)).all()
            ent_ids = {m.entity_id for m in mentions} | {q.speaker for q in quotes if q.speaker}
            for e in events:
                ent_ids |= set(e.actors or []) | set(e.recipients or []) | ({e.place} if e.place else set())
            ents = {e.id: e for e in s.scalars(select(EntityRow).where(EntityRow.id.in_(ent_ids)))}
            by_ent: dict[str, list] = {}
            for m in mentions:
                by_ent.setdefault(m.entity_id, []).append({"start": m.start, "end": m.end, "text": m.text})
            order = sorted(ent_ids, key=lambda i: (by_ent[i][0]["start"] if i in by_ent else len(r.text), i))
            from .writer import event_json
            out = {
                "id": r.id, "date": _iso(r.date), "language": r.language, "title": r.title,
                "url": r.url, "text": r.text,
                "entities": [{"id": i, "name": ents[i].name if i in ents else i,
                              "name_uk": ents[i].name_uk if i in ents else None,
                              "type": ents[i].type if i in ents else "MISC",
                              "wikidata": ents[i].wikidata if i in ents else None,
                              "mentions": by_ent.get(i, [])} for i in order],
                "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type,
                             "value": t.value, "mod": t.mod} for t in timexes],
                "quotes": [self._quote_json(q) for q in quotes],
                "events": [dict(event_json(e), **(e.extra or {})) for e in events],
                "duplicate_of": r.duplicate_of,
                "ingested_at": r.ingested_at.isoformat() if r.ingested_at else None,
                "events_chronicle": [e.chronicle_id for e in events],
            }
            if r.warnings:
                out["warnings"] = list(r.warnings)
            return out

    @staticmethod
    def _quote_json(q: QuoteRow) -> dict:
        return {"start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
                "speaker": q.speaker,
                "cue": {"start": q.cue_start, "end": q.cue_end, "text": q.cue_text}
                if q.cue_start is not None else None}

    # ---- entities -------------------------------------------------------------------------
    def _resolve(self, s: Session, key: str | None) -> list[str]:
        """Entity ids a user's key names: an id, or a name in any inflected form."""
        if not key:
            return []
        if s.execute(_page_queries()["id"], {"key": key}).first() is not None:
            return [key]
        return self._resolve_names(s, key)

    def _resolve_names(self, s: Session, key: str) -> list[str]:
        """Ids of entities named by `key` in any inflected form."""
        stems = list(dict.fromkeys(stem(m.group()) for m in WORD.finditer(key)))
        if not stems:
            return []
        ids = self._names_with(s, stems, " ")
        if not ids:   # a stem may still be a prefix of the stored one ("Умєр" typed short)
            ids = self._names_with(s, stems, "")
        return ids

    @staticmethod
    def _names_with(s: Session, stems: list[str], after: str) -> list[str]:
        """Ids of entities whose names hold every stem. The database tests the longest few
        (a filter pasted into a web form can have thousands of words, and SQLite refuses an
        expression that deep); the rows found are checked for the rest here."""
        first = sorted(stems, key=lambda st: (-len(st), st))[:SQL_STEMS]
        ent = EntityRow.__table__.c
        conds = [ent.search_key.contains(f" {st}{after}") for st in first]
        rows = s.execute(select(ent.id, ent.search_key).where(and_(*conds))).all()
        return [i for i, k in rows if all(f" {st}{after}" in (k or "") for st in stems)]

    def entities(self, *, limit=50, offset=0, q=None, type=None) -> Page:
        """Entities by mentions (counts kept on each entity: read from its index, not counted
        over every mention)."""
        with self.session() as s:
            stmt = select(EntityRow)
            if q:
                stmt = stmt.where(EntityRow.id.in_(self._resolve(s, q)))
            if type:
                stmt = stmt.where(EntityRow.type == type.upper())
            total = self._total(s, stmt.with_only_columns(func.count(), maintain_column_froms=True))
            rows = s.scalars(stmt.order_by(EntityRow.n_mentions.desc(), EntityRow.id)
                             .limit(limit).offset(offset)).all()
            items = [self._entity_item(e, e.n_mentions or 0, e.n_documents or 0) for e in rows]
        return Page(items, int(total or 0), limit, offset)

    @staticmethod
    def _entity_item(e: EntityRow, n: int, d: int) -> dict:
        return {"id": e.id, "name": e.name, "name_uk": e.name_uk, "type": e.type,
                "wikidata": e.wikidata, "mentions": int(n), "documents": int(d)}

    def entity(self, key: str) -> dict | None:
        """An entity page: counts kept with the entity; its latest documents, and the entities
        named with it in its latest COOCCURRENCE_DOCS documents, from the (entity, date)
        index of `entity_docs`; its latest quotes and events; then the names of every entity
        the page shows, in one statement. Six statements for a page (ten before: an id looked
        up twice, the events' links read apart from the events, a names lookup for each part);
        a statement's round through SQLAlchemy costs more CPU than most of them take in
        SQLite, and CPU is what a busy server queues on. Columns, not ORM objects."""
        q = _page_queries()
        with self.reading() as s:
            ents = {e.id: e for e in s.execute(q["entities"], {"ids": [key]})}
            if not ents:                       # not an id: a name in any inflected form
                ids = self._resolve_names(s, key)
                if not ids:
                    return None
                ents = {e.id: e for e in s.execute(q["entities"], {"ids": ids})}
                if not ents:
                    return None
            eid = sorted(ents, key=lambda i: (-(ents[i].n_mentions or 0), i))[0]
            e = ents[eid]
            item = self._entity_item(e, e.n_mentions or 0, e.n_documents or 0)
            item["kb"] = bool(e.kb)
            co = s.execute(q["cooccurring"], {"eid": eid}).all()
            dl = s.execute(q["documents"], {"eid": eid}).all()
            events = self._event_rows(s.execute(q["latest_events"], {"eid": eid, "limit": 50}))
            quotes = s.execute(q["quotes"], {"eid": eid, "limit": 50, "offset": 0}).all()
            wanted = {c for c, _ in co} | {r.speaker for r in quotes if r.speaker} | _named(events)
            briefs = ({x.id: x for x in s.execute(q["briefs"], {"ids": sorted(wanted)})}
                      if wanted else {})
        names = {i: x.name_uk or x.name for i, x in briefs.items()}
        item["cooccurring"] = [{"id": c, "name": briefs[c].name if c in briefs else c,
                                "name_uk": briefs[c].name_uk if c in briefs else None,
                                "type": briefs[c].type if c in briefs else None,
                                "documents": int(n)} for c, n in co]
        item["documents_list"] = [{"id": i, "title": t, "date": _iso(d)} for i, t, d in dl]
        item["events"] = self._event_dicts(events, names)
        item["quotes"] = _quote_dicts(quotes, names)
        return item

    def knows_entity(self, key: str | None) -> bool:
        """Whether a filter's key names an entity of the store (what `entities(q=key)` would
        count, without reading or counting the rows)."""
        if not key:
            return False
        with self.reading() as s:
            return bool(self._resolve(s, key))

    # ---- quotes ---------------------------------------------------------------------------
    def quotes(self, *, speaker=None, q=None, limit=50, offset=0) -> Page:
        with self.reading() as s:
            stmt = self._quote_stmt()
            speakers = self._resolve(s, speaker) if speaker else None
            if speaker:
                stmt = stmt.where(_QU.speaker.in_(speakers))
            if q:
                ids = [int(i) for i in search_ids(s, q, "quote")]
                stmt = stmt.where(_QU.id.in_(ids))
            # counted without the join, ordered by the quote's copy of the document's date:
            # both answered from the (speaker, date, doc, start) index
            count = select(func.count()).select_from(QuoteRow.__table__)
            if speaker:
                count = count.where(_QU.speaker.in_(speakers))
            if q:
                count = count.where(_QU.id.in_(ids))
            total = self._total(s, count)
            items = self._quote_rows(s, stmt, limit, offset)
        return Page(items, int(total or 0), limit, offset)

    @staticmethod
    def _quote_stmt():
        quote = QuoteRow.__table__.c
        doc = DocumentRow.__table__.c
        return select(quote.id, quote.doc_id, quote.start, quote.end, quote.text, quote.kind,
                      quote.speaker, quote.cue_start, quote.cue_end, quote.cue_text,
                      doc.title.label("doc_title"), type_coerce(doc.date, String).label("doc_date")
                      ).join(DocumentRow.__table__, doc.id == quote.doc_id)

    def _quote_rows(self, s: Session, stmt, limit: int, offset: int) -> list[dict]:
        """A page of quotes, newest first, as the API's items (columns, not ORM objects)."""
        rows = s.execute(stmt.order_by(_QU.date.desc(), _QU.doc_id, _QU.start)
                         .limit(limit).offset(offset)).all()
        return self._quote_items(s, rows)

    def _quote_items(self, s: Session, rows) -> list[dict]:
        names = self._names(s, {r.speaker for r in rows if r.speaker})
        return _quote_dicts(rows, names)

    @staticmethod
    def _names(s: Session, ids: set[str]) -> dict[str, str]:
        ids = {i for i in ids if i}
        if not ids:
            return {}
        # columns, not ORM objects: a page of 50 events names up to 150 entities
        return {i: uk or name for i, name, uk in s.execute(_names_query(), {"ids": sorted(ids)})}

    # ---- events ---------------------------------------------------------------------------
    def _event_filters(self, s: Session, entity, type, status, date_from, date_to) -> dict:
        """The bound parameters of a filter (`_event_queries` takes their names as its
        shape): entity ids, types, statuses, dates."""
        params: dict = {}
        if entity:
            params["ids"] = self._resolve(s, entity)
        if type:
            params["types"] = [t.strip().upper() for t in str(type).split(",") if t.strip()]
        if status:
            params["stats"] = [t.strip().lower() for t in str(status).split(",") if t.strip()]
        if date_from:
            params["dfrom"] = _date(date_from)
        if date_to:
            params["dto"] = _date(date_to)
        return params

    def _event_page(self, s, params: dict, kind: str, limit, offset) -> Page:
        shape = tuple(sorted(params))
        count, page = _event_queries(kind, shape)
        if kind in ("events", "timeline") and shape in ((), ("types",)):
            # no filter but the type: the kept counts (a count(*) walked the whole table)
            count = _kept_count(kind == "timeline", bool(shape))
        elif kind == "entity" and shape == ("ids",) and len(params["ids"]) == 1:
            # one entity, no other filter: its kept count (counting walked all its links;
            # the events of several entities are counted, as one may name two of them)
            count = _kept_entity_count()
        # count(*) over the filters only: the engine can answer it from an index
        total = self._total(s, count, params)
        rows = s.execute(page, {**params, "limit": limit, "offset": offset}).all()
        if kind == "entity":
            seen, unique = set(), []
            for r in rows:       # an entity in two roles of one event links it twice
                if r.id not in seen:
                    seen.add(r.id)
                    unique.append(r)
            rows = unique
        return Page(self._event_items(s, rows), int(total or 0), limit, offset)

    def _event_items(self, s: Session, rows) -> list[dict]:
        """Rows (ORM objects or `_EVENT_COLUMNS` rows) as the API's event items, with the
        names of the entities they show."""
        rows = self._event_rows(rows)
        return self._event_dicts(rows, self._names(s, _named(rows)))

    @staticmethod
    def _event_rows(rows) -> list[tuple]:
        """Rows of `_EVENT_COLUMNS` (or ORM objects) as plain tuples in that column order, the
        actor and recipient lists decoded, a page in one call. Read by position: a page of 50
        events read each of its 17 fields by name, through the row's key lookup, and
        `_event_dicts` took 0.37 ms of CPU for a page, a quarter of a timeline request."""
        rows = [tuple(r) if isinstance(r, Row) else tuple(getattr(r, f) for f in _EVENT_FIELDS)
                for r in rows]
        lists = _decoded([v for r in rows for v in r[_ACTORS:_PLACE]])
        return [(*r[:_ACTORS], list(lists[2 * i] or []), list(lists[2 * i + 1] or []), *r[_PLACE:])
                for i, r in enumerate(rows)]

    @staticmethod
    def _event_dicts(rows: list[tuple], names: dict[str, str]) -> list[dict]:
        """`_event_rows` tuples as the API's event items. Where an event lies in time is at
        the precision its text gives: `date` is the day, or the TIMEX3 value of a wider time
        ("2026-01", "2026-W02", "2026-SU"), or null when the text gives none (the chronicle
        places such an event by its first report, `reported`, for its order only: an undated
        event has no day); `date_start` / `date_end` bound it in days."""
        out = []
        for (eid, etype, mode, status, date, date_end, time_value, time_mod, prec, reported,
             actors, recipients, place, confidence, n_sources, summary, first_doc) in rows:
            prec = prec or precision(time_value)
            if prec == "none":
                day = start = end = None
            else:
                start = _iso(date)
                end = _iso(date_end) if date_end else start
                day = start if prec == "day" else time_value
            named = actors + recipients + [place] if place else actors + recipients
            out.append({"id": eid, "type": etype, "mode": mode, "status": status,
                        "date": day, "date_start": start, "date_end": end,
                        "time": {"value": time_value, "mod": time_mod} if time_value else None,
                        "precision": prec, "reported": _iso(reported),
                        "actors": actors, "recipients": recipients, "place": place,
                        "names": {i: names.get(i, i) for i in named},
                        "confidence": round(float(confidence), 3), "n_sources": n_sources,
                        "summary": summary, "first_doc": first_doc})
        return out

    def events(self, *, entity=None, type=None, status=None, date_from=None, date_to=None,
               limit=50, offset=0, spanning: bool = False) -> Page:
        """Events by the start of their date range; with `spanning`, every event whose range
        meets [date_from, date_to] (a month's calendar lists a season under each of its
        months, not only under the first)."""
        with self.reading() as s:
            if spanning:
                params = self._event_filters(s, entity, type, status, None, date_to)
                if date_from:
                    params["dreach"] = _date(date_from)
                    rows, total = spanning_rows(s, params, _event_queries, limit, offset,
                                                _EVENT_COLUMNS, lambda stmt, p: self._total(s, stmt, p))
                    return Page(self._event_items(s, rows), total, limit, offset)
            else:
                params = self._event_filters(s, entity, type, status, date_from, date_to)
            return self._event_page(s, params, "events", limit, offset)

    def timeline(self, *, entity=None, type=None, date_from=None, date_to=None, limit=100,
                 offset=0) -> Page:
        with self.reading() as s:
            params = self._event_filters(s, entity, type, None, date_from, date_to)
            return self._event_page(s, params, "entity" if entity else "timeline", limit, offset)

    def calendar(self, *, date_from=None, date_to=None, limit=100, offset=0) -> Page:
        date_from = date_from or dt.date.today()
        with self.reading() as s:
            # announced events only: a conditional threat ("if ..., we will strike") is no
            # date; every one whose date range reaches the first day: a summer begun before it
            # still runs ("влітку" is June to August, not June)
            params = self._event_filters(s, None, None, "planned", None, date_to)
            params["dreach"] = _date(date_from)
            rows, total = calendar_rows(s, params, limit, offset, _EVENT_COLUMNS,
                                        lambda stmt, p: self._total(s, stmt, p))
            return Page(self._event_items(s, rows), total, limit, offset)

    def event(self, event_id: str) -> dict | None:
        with self.session() as s:
            r = s.get(ChronicleEventRow, event_id)
            if r is None:
                return None
            item = self._event_items(s, [r])[0]
            srcs = s.execute(select(DocEventRow, DocumentRow.title, DocumentRow.date, DocumentRow.text)
                             .join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
                             .where(DocEventRow.chronicle_id == event_id)
                             .order_by(DocumentRow.date, DocEventRow.id)).all()
            item["sources"] = [{
                "doc_id": e.doc_id, "doc_title": t, "doc_date": _iso(d), "doc_event": e.local_id,
                "status": e.status, "trigger": {"start": e.trigger_start, "end": e.trigger_end,
                                                "text": e.trigger_text},
                "evidence": {"start": e.evidence_start, "end": e.evidence_end, "text": e.evidence_text},
                "sentence": text[e.evidence_start:e.evidence_end]} for e, t, d, text in srcs]
            hist = s.scalars(select(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == event_id)
                             .order_by(ChronicleHistoryRow.id)).all()
            item["history"] = [{"at": h.at.isoformat() if h.at else None, "doc_id": h.doc_id,
                                "change": h.change} for h in hist]
            return item


# ---- prebuilt statements ------------------------------------------------------------------
# Built once with bound parameters: building a statement cost more CPU than SQLite took to
# answer it (0.23 -> 0.09 ms for the names of a page's entities), and a page ran three or four.

@lru_cache(maxsize=None)
def _names_query():
    ent = EntityRow.__table__.c
    return select(ent.id, ent.name, ent.name_uk).where(ent.id.in_(bindparam("ids", expanding=True)))


@lru_cache(maxsize=None)
def _kept_count(dated: bool, typed: bool):
    """The number of chronicle events (only the dated ones if `dated`, only those of the bound
    "types" if `typed`) from `chronicle_counts`, which triggers keep equal to a count(*) of
    the table (migration 0015): at most 32 rows summed, whatever the archive's size."""
    c = ChronicleCountRow.__table__.c
    stmt = select(func.coalesce(func.sum(c.n), 0))
    if dated:
        stmt = stmt.where(c.dated.is_(True))
    if typed:
        stmt = stmt.where(c.type.in_(bindparam("types", expanding=True)))
    return stmt


@lru_cache(maxsize=None)
def _kept_entity_count():
    """The number of dated chronicle events naming the one entity bound as "ids", from
    `chronicle_entity_counts`, which triggers keep equal to the count of distinct (date,
    event) pairs of its links (migration 0016)."""
    c = ChronicleEntityCountRow.__table__.c
    return select(func.coalesce(func.sum(c.n), 0)).where(
        c.entity_id.in_(bindparam("ids", expanding=True)))


@lru_cache(maxsize=None)
def _event_queries(kind: str, shape: tuple[str, ...]):
    """(count, page) of events under a filter whose bound parameters are named by `shape`
    (see `Queries._event_filters`). `kind`: "events" (newest first), "timeline" (dated
    events, oldest first), "calendar" (oldest first) or "entity" (one entity's dated events
    along the link table's (entity, date, event) index: a page costs the same for an entity
    with 20 events or 20,000)."""
    ev = ChronicleEventRow.__table__.c
    if kind == "entity":
        link = ChronicleEntityRow.__table__.c
        conds = [link.entity_id.in_(bindparam("ids", expanding=True)), link.date.is_not(None)]
        if "dfrom" in shape:
            conds.append(link.date >= bindparam("dfrom"))
        if "dto" in shape:
            conds.append(link.date <= bindparam("dto"))
        page = select(*_EVENT_COLUMNS).join(ChronicleEntityRow.__table__,
                                            link.event_id == ev.id).where(*conds)
        # an event is counted once however many roles the entity has in it: its links share
        # (date, event) and lie side by side in the (entity, date, event) index, so DISTINCT
        # over those columns walks the index in order (a DISTINCT on the event alone built a
        # temporary tree: 54 -> 28 ms for an entity in 28,521 events)
        inner = select(link.date, link.event_id).where(*conds).distinct()
        if "types" in shape:
            types = ev.type.in_(bindparam("types", expanding=True))
            page = page.where(types)
            inner = inner.join(ChronicleEventRow.__table__, link.event_id == ev.id).where(types)
        count = select(func.count()).select_from(inner.subquery())
        order = (link.date, link.event_id)
    else:
        page = select(*_EVENT_COLUMNS)
        if "ids" in shape:
            link = ChronicleEntityRow.__table__.c
            page = page.where(ev.id.in_(select(link.event_id).where(
                link.entity_id.in_(bindparam("ids", expanding=True)))))
        if "types" in shape:
            page = page.where(ev.type.in_(bindparam("types", expanding=True)))
        if "stats" in shape:
            page = page.where(ev.status.in_(bindparam("stats", expanding=True)))
        if "dfrom" in shape:
            page = page.where(ev.date >= bindparam("dfrom"))
        if "dto" in shape:
            page = page.where(ev.date <= bindparam("dto"))
        if "dreach" in shape:       # the event's date range reaches that day
            page = page.where(ev.date_end >= bindparam("dreach"))
        if kind == "timeline":
            page = page.where(ev.date.is_not(None))
        count = page.with_only_columns(func.count(), maintain_column_froms=True)
        order = (ev.date.desc(), ev.id) if kind == "events" else (ev.date, ev.id)   # timeline, calendar
    page = page.order_by(*order).limit(bindparam("limit")).offset(bindparam("offset"))
    return count, page


@lru_cache(maxsize=None)
def _page_queries() -> dict:
    """The entity page's statements (and the id lookup every entity filter starts with)."""
    ent, ed, doc = EntityRow.__table__.c, EntityDocRow.__table__.c, DocumentRow.__table__.c
    link, quote = ChronicleEntityRow.__table__.c, QuoteRow.__table__.c
    eid = bindparam("eid")
    latest = (select(ed.doc_id).where(ed.entity_id == eid)
              .order_by(ed.date.desc(), ed.doc_id.desc()).limit(COOCCURRENCE_DOCS)
              .scalar_subquery())
    n = func.count().label("n")
    latest_links = (select(link.date, link.event_id).where(link.entity_id == eid).distinct()
                    .order_by(link.date.desc(), link.event_id.desc()).limit(bindparam("limit"))
                    .subquery("latest_links"))
    return {
        "id": select(ent.id).where(ent.id == bindparam("key")),
        "entities": select(ent.id, ent.name, ent.name_uk, ent.type, ent.wikidata, ent.kb,
                           ent.n_mentions, ent.n_documents)
        .where(ent.id.in_(bindparam("ids", expanding=True))),
        "briefs": select(ent.id, ent.name, ent.name_uk, ent.type)
        .where(ent.id.in_(bindparam("ids", expanding=True))),
        "cooccurring": select(ed.entity_id, n).where(ed.doc_id.in_(latest), ed.entity_id != eid)
        .group_by(ed.entity_id).order_by(n.desc(), ed.entity_id).limit(20),
        "documents": select(doc.id, doc.title, raw(doc.date))
        .join(EntityDocRow.__table__, ed.doc_id == doc.id).where(ed.entity_id == eid)
        .order_by(ed.date.desc(), ed.doc_id.desc()).limit(50),
        # an entity's newest events along the (entity, date, event) link index: the links
        # made distinct first (an entity in two roles of one event links it twice; index
        # order, newest first), then only those events read whole
        "latest_events": select(*_EVENT_COLUMNS).join(latest_links, latest_links.c.event_id == _EV.id)
        .order_by(latest_links.c.date.desc(), latest_links.c.event_id.desc()),
        "quotes": Queries._quote_stmt().where(quote.speaker == eid)
        .order_by(quote.date.desc(), quote.doc_id, quote.start)
        .limit(bindparam("limit")).offset(bindparam("offset")),
    }
