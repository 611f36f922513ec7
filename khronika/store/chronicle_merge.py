"""Merging a document's event reports into the chronicle through `khronika.chronicle`:
candidates of a compatible type in the date window come from the (type, span, date) index
with their stored match profiles, are ranked by the score they could reach, compared in
wording (stored embeddings) only while one can still win, and the record is absorbed by the
best match or starts a new chronicle event whose profile is stored with it. Rebuilding the
events that lost reports when a document is deleted lives here too, as it replays the same
records. Apart from the layer rows (`layer_rows`) because only this part reads the stored
chronicle back."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import weakref
from functools import lru_cache

from sqlalchemy import Text, bindparam, cast, delete, select, union_all, update
from sqlalchemy.orm import Session

from ..labels import precision
from . import search
from .models import (ChronicleEntityRow, ChronicleEventRow, ChronicleHistoryRow, DocEventRow,
                     DocumentRow)
from .entity_rows import _entity_info
from .layer_rows import Later, _put

MERGE_THRESHOLD = 0.6
SPAN_DAYS = (7, 62, 400)  # span classes of chronicle events' date ranges (a week, two months, a year)
CANDIDATE_CUT = 64        # candidates read in full and compared, best bounds first (`_ranked`)
CANDIDATE_ROWS = 200      # events of an undated report's type looked at (newest first)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


def chronicle_id(doc_id: str, local_id: str) -> str:
    return "ev-" + hashlib.sha1(f"{doc_id}\x00{local_id}".encode()).hexdigest()[:12]


def _chronicle():
    try:
        from .. import chronicle
        return chronicle
    except ImportError:      # the events library not installed: one chronicle event per report
        return None


def event_json(row: DocEventRow) -> dict:
    return {"id": row.local_id, "type": row.type, "mode": row.mode, "status": row.status,
            "actors": list(row.actors or []), "recipients": list(row.recipients or []),
            "place": row.place,
            "time": {"value": row.time_value, "mod": row.time_mod} if row.time_value else None,
            "trigger": {"start": row.trigger_start, "end": row.trigger_end, "text": row.trigger_text},
            "evidence": {"start": row.evidence_start, "end": row.evidence_end,
                         "text": row.evidence_text},
            "confidence": row.confidence}


def _record(ch, session: Session, row: DocEventRow, doc_date, known: dict | None = None):
    ids = set(row.actors or []) | set(row.recipients or []) | ({row.place} if row.place else set())
    return ch.EventRecord(doc_id=row.doc_id, doc_date=doc_date, event=event_json(row),
                          entities=_entity_info(session, ids, known), text=row.evidence_text)


def _all_records(ch, session: Session, crow: ChronicleEventRow):
    """Every stored report of an event as (doc_events id, record), in publication order."""
    srcs = session.execute(
        select(DocEventRow, DocumentRow.date).join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
        .where(DocEventRow.chronicle_id == crow.id).order_by(DocumentRow.date, DocEventRow.id)).all()
    return [(r.id, _record(ch, session, r, d)) for r, d in srcs]


def _profile(ch, session: Session, crow: ChronicleEventRow):
    """The event's match profile: stored, or (a store from before profiles) built once from
    all its reports and kept."""
    from ..chronicle.profile import MatchProfile
    if crow.profile:
        return MatchProfile.from_row(crow, crow.profile)
    recs = _all_records(ch, session, crow)
    hist = session.scalars(select(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == crow.id)
                           .order_by(ChronicleHistoryRow.id)).all()
    ev = ch.ChronicleEvent(
        id=crow.id, type=crow.type, mode=crow.mode, status=crow.status,
        time={"value": crow.time_value, "mod": crow.time_mod} if crow.time_value else None,
        actors=list(crow.actors or []), recipients=list(crow.recipients or []), place=crow.place,
        confidence=crow.confidence, sources=[r for _, r in recs],
        history=[h.change or {} for h in hist])
    prof = MatchProfile.from_event(ev, [i for i, _ in recs])
    crow.profile = prof.to_json()
    return prof


def _compatible_types(ch, etype: str) -> set[str]:
    out = {etype}
    for group in getattr(getattr(ch, "merge", None), "COMPATIBLE", []) or []:
        if etype in group:
            out |= set(group)
    return out


def span_class(rng) -> int | None:
    """Which `SPAN_DAYS` class an event's date range falls in (None: undated): the candidate
    query reads each class through the (type, span, date) index with its own look-back."""
    if rng is None or rng[0] is None:
        return None
    days = (rng[1] - rng[0]).days
    for i, limit in enumerate(SPAN_DAYS):
        if days <= limit:
            return i
    return len(SPAN_DAYS)


@lru_cache(maxsize=None)
def _candidate_queries():
    """The candidate queries, built once with bound parameters (building them for each
    report was a fifth of the writer's merge time). They return light rows: the id, the
    date range, the version (`_cached`), the stored profile's text and the few columns that
    with it bound the score (`_light`), for `_ranked` to cut before any event is read in
    full."""
    ev = ChronicleEventRow
    types = bindparam("types", expanding=True)
    light = (ev.id, ev.date, ev.date_end, ev.n_sources, ev.updated_at, cast(ev.profile, Text),
             ev.type, ev.mode, ev.status, ev.time_value, ev.time_mod)
    newest = select(ev.id).where(ev.type.in_(types)).order_by(ev.date.desc()).limit(CANDIDATE_ROWS)
    parts = [select(ev.id).where(ev.type.in_(types), ev.span == c,
                                 ev.date >= bindparam(f"from{c}"), ev.date <= bindparam("hi"),
                                 ev.date_end >= bindparam("lo"))
             for c in range(len(SPAN_DAYS))]
    parts.append(select(ev.id).where(ev.type.in_(types), ev.span == len(SPAN_DAYS),
                                     ev.date <= bindparam("hi"), ev.date_end >= bindparam("lo")))
    parts.append(select(ev.id).where(ev.type.in_(types), ev.span.is_(None)))
    return (select(*light).where(ev.id.in_(newest)),
            select(*light).where(ev.id.in_(union_all(*parts))),
            select(*_PROFILE_COLUMNS).where(ev.id.in_(bindparam("ids", expanding=True))))


_PROFILE_COLUMNS = (ChronicleEventRow.id, ChronicleEventRow.type, ChronicleEventRow.mode,
                    ChronicleEventRow.status, ChronicleEventRow.time_value,
                    ChronicleEventRow.time_mod, ChronicleEventRow.actors,
                    ChronicleEventRow.recipients, ChronicleEventRow.place,
                    ChronicleEventRow.confidence, ChronicleEventRow.profile,
                    ChronicleEventRow.n_sources, ChronicleEventRow.updated_at)
PROFILE_CACHE = 20_000          # match profiles kept in this process, per store
_PROFILES: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _profiles(session: Session) -> dict:
    return _PROFILES.setdefault(session.get_bind(), {})


def _cached(session: Session, cid: str, version: tuple, prof) -> None:
    """A profile as stored at `version` (its row's n_sources, updated_at and profile text):
    the candidate query reads the version with the id, so a profile changed since, by this
    process or another one writing to the same store, or rolled back, is read again."""
    cache = _profiles(session)
    if len(cache) >= PROFILE_CACHE:
        cache.clear()
    prof.history, prof.sources = [], []
    cache[cid] = (version, prof)


def _profile_text(crow: ChronicleEventRow) -> str | None:
    """The stored profile's text as the candidate query reads it (the JSON type's default
    serialiser; were a backend to keep it otherwise, the profile would only be read again)."""
    return None if crow.profile is None else json.dumps(crow.profile)


def _light(r):
    """A profile from a light candidate row, enough to bound the score (`similarity_bounds`
    reads the type, mode, time, participant and place keys, modes and dates, never the
    event's own actor or place ids); None for an event stored before profiles."""
    from types import SimpleNamespace

    from ..chronicle.profile import MatchProfile
    if r[5] is None:
        return None
    row = SimpleNamespace(id=r[0], type=r[6], mode=r[7], status=r[8], time_value=r[9],
                          time_mod=r[10], actors=[], recipients=[], place=None, confidence=0.0)
    return MatchProfile.from_row(row, json.loads(r[5]))


_LIGHTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _light_kept(session: Session, r):
    """`_light` of a row, kept per store at the row's version like the full profiles: an
    event that cannot reach the threshold for one report is met again by the next ones of
    its days, and decoding it each time cost more than the ranking saved."""
    cache = _LIGHTS.setdefault(session.get_bind(), {})
    version = tuple(r[3:6])
    hit = cache.get(r[0])
    if hit is not None and hit[0] == version:
        return hit[1]
    prof = _light(r)
    if len(cache) >= PROFILE_CACHE:
        cache.clear()
    cache[r[0]] = (version, prof)
    return prof


def _ranked(ch, record, rows, cache: dict, lo, hi, light=_light) -> list:
    """Light candidate rows as (bounds, row, profile kept at the row's version or None),
    those that can reach the threshold only, best first: the highest score they could
    reach, then the highest they are sure of, then nearest in date (undated report: newest),
    then id. The bounds are those the full comparison (`_best`) starts from, with the same
    keys on both sides (Wikidata items where known), so the winner is among the first and a
    cut keeps it; an event stored before profiles is read in full whatever it is."""
    far = 10 ** 6
    out = []
    for r in rows:
        hit = cache.get(r[0])
        prof = hit[1] if hit is not None and hit[0] == tuple(r[3:6]) else None
        bound = prof or light(r)
        b = ch.similarity_bounds(record, bound) if bound is not None else (0.0, 1.0)
        if b[1] >= MERGE_THRESHOLD:
            out.append((b, r, prof))
    if lo is None or hi is None:
        def key(x):
            b, r = x[0], x[1]
            return (-b[1], -b[0], -(r[1].toordinal() if r[1] else 0), r[0])
    else:
        def key(x):
            b, r = x[0], x[1]
            d, e = r[1], r[2] or r[1]
            gap = far if d is None else (lo - e).days if e < lo else (d - hi).days if d > hi else 0
            return (-b[1], -b[0], gap, r[0])
    return sorted(out, key=key)


def _candidates(ch, session: Session, record, mine: set[str]) -> tuple[list, list]:
    """Stored events of a compatible type whose date range meets the record's window (one
    index range per span class: a day-level event starts at most 7 days before the window),
    plus undated events; ranked by the score each could reach (`_ranked`) and cut to
    `CANDIDATE_CUT`: their match profiles and score bounds, best first. The profiles: those
    this process holds at the stored version without a read (at 30,000 documents over two
    years a report meets 80 candidates, and reading and decoding their rows was a third of
    the writer's time), the others read in full."""
    lo, hi = ch.candidate_window(record)
    types = sorted(_compatible_types(ch, record.type))
    undated, windowed, full = _candidate_queries()
    if lo is None or hi is None:
        rows = session.execute(undated, {"types": types}).all()
    else:
        params = {"types": types, "lo": lo, "hi": hi}
        params.update((f"from{c}", lo - dt.timedelta(days=days)) for c, days in enumerate(SPAN_DAYS))
        rows = session.execute(windowed, params).all()
    # one document's distinct events never merge with each other (`mine`: the chronicle
    # events its earlier reports went to)
    cache = _profiles(session)
    ranked = _ranked(ch, record, [r for r in rows if r[0] not in mine], cache, lo, hi,
                     lambda r: _light_kept(session, r))
    ranked = ranked[:CANDIDATE_CUT]
    out = {r[0]: prof for _, r, prof in ranked if prof is not None}
    missing = [r[0] for _, r, prof in ranked if prof is None]
    if missing:
        from ..chronicle.profile import MatchProfile
        for row in session.execute(full, {"ids": missing}):
            if row.profile:
                prof = MatchProfile.from_row(row, row.profile)
            else:                   # a store from before profiles: built once and kept
                prof = _profile(ch, session, session.get(ChronicleEventRow, row.id))
            out[row.id] = prof
        versions = {r[0]: tuple(r[3:6]) for _, r, _ in ranked}
        for cid in missing:
            if cid in out:
                _cached(session, cid, versions[cid], out[cid])
    kept = [(b, out[r[0]]) for b, r, _ in ranked if r[0] in out]
    return [p for _, p in kept], [b for b, _ in kept]


def _load_wording(session: Session, profiles: list) -> None:
    """The latest reports' sentences of these profiles, with their stored embeddings made
    known to the similarity. A report stored without one (never compared in wording until
    now) gets it here, encoded once and stored with it. A profile that already holds its
    sentences, all with embeddings known here, reads nothing."""
    from ..chronicle import textsim
    use = textsim.embeddings_enabled()
    todo = [p for p in profiles if not p.recent_texts or len(p.recent_texts) != len(p.recent)
            or (use and not all(textsim.known(t) for t in p.recent_texts))]
    ids = {i for p in todo for i in p.recent if i is not None}
    if not ids:
        return
    rows = session.execute(select(DocEventRow.id, DocEventRow.evidence_text, DocEventRow.embedding)
                           .where(DocEventRow.id.in_(ids))).all()
    text = {i: t for i, t, _ in rows}
    missing = []
    for i, t, emb in rows:
        if emb:
            textsim.remember(t, emb)
        else:
            missing.append((i, t))
    if missing and use:
        for (i, _), data in zip(missing, textsim.vectors_bytes([t for _, t in missing])):
            if data:
                session.execute(update(DocEventRow).where(DocEventRow.id == i).values(embedding=data))
    for p in todo:
        if not p.recent_texts or len(p.recent_texts) != len(p.recent):
            p.recent_texts = [text[i] for i in p.recent if i in text]


def decided(ranked: list, lows: list[float]) -> tuple[int | None, float]:
    """Before any wording is compared: (the index of the candidate that wins whatever the
    wording says, or None; the least score a candidate must be able to reach to be worth
    comparing). `ranked` is (best score, order, profile) best first, `lows` each one's score
    with the wording counted as unlike as can be; a score lies between the two, and the
    loop in `_best` keeps the earliest of equal scores. Encoding the sentences was most of
    the writer's time."""
    low = max(lows)
    j = lows.index(low)
    if low >= MERGE_THRESHOLD and all(ranked[i][0] < low for i in range(j)) \
            and all(ranked[i][0] <= low for i in range(j + 1, len(ranked))):
        return j, low
    return None, max(low, MERGE_THRESHOLD)


def _best(ch, session: Session, record, row: DocEventRow, cands: list, bounds: list | None = None):
    """The best match at or above the threshold: every candidate ranked by the score it could
    reach at best (wording not compared yet; `bounds`: each one's, when known already),
    wording compared only while a candidate can still beat the best so far."""
    from ..chronicle import textsim
    if bounds is None:
        bounds = [ch.similarity_bounds(record, p) for p in cands]
    ranked = sorted(((hi, i, p) for i, (p, (_, hi)) in enumerate(zip(cands, bounds))
                     if hi >= MERGE_THRESHOLD), key=lambda x: (-x[0], x[1]))
    ranked = ranked[:CANDIDATE_CUT]
    if not ranked:
        return None
    sure, floor = decided(ranked, [bounds[i][0] for _, i, _ in ranked])
    if sure is not None:
        return ranked[sure][2]       # it wins whatever the wording says
    ranked = [x for x in ranked if x[0] >= floor]
    # the report's own vector is first needed here (when analysed in this process it came
    # without one: about a quarter of reports are never compared in wording): made now, or
    # taken from this process's cache, and stored with the report, so none encodes it again
    if row.embedding:
        textsim.remember(row.evidence_text, row.embedding)
    elif textsim.embeddings_enabled():
        row.embedding = textsim.vectors_bytes([row.evidence_text])[0]
    best, best_s = None, MERGE_THRESHOLD
    for bound, _, p in ranked:
        if bound < best_s:
            break
        # a candidate's wording is read (and its reports' vectors made, if never made yet)
        # only when it is compared: once a match scores high, the rest are never read
        _load_wording(session, [p])
        s = ch.similarity(record, p)
        if s >= best_s and (best is None or s > best_s):
            best, best_s = p, s
    return best


def _save_event(session: Session, cev, crow: ChronicleEventRow | None, names_doc: str,
                doc_date, n_sources: int | None = None) -> ChronicleEventRow:
    from ..chronicle.profile import MatchProfile
    rng = cev.range() if hasattr(cev, "range") else None
    if rng is None and doc_date:
        rng = (doc_date, doc_date)
    new = crow is None
    if new:
        crow = ChronicleEventRow(id=cev.id, first_doc=names_doc)
        session.add(crow)
    old_links = None if crow.profile is None else (
        {(a, "actor") for a in crow.actors or []} | {(r, "recipient") for r in crow.recipients or []}
        | ({(crow.place, "place")} if crow.place else set()))
    old_date = crow.date
    crow.type, crow.mode, crow.status = cev.type, cev.mode, cev.status
    crow.date, crow.date_end = (rng or (None, None))
    crow.span = span_class(rng)
    crow.time_value = (cev.time or {}).get("value")
    crow.time_mod = (cev.time or {}).get("mod")
    crow.precision = precision(crow.time_value)
    dates = [r.doc_date for r in cev.sources if getattr(r, "doc_date", None)]
    crow.reported = min(dates) if dates else (crow.reported or doc_date)
    crow.actors, crow.recipients, crow.place = list(cev.actors), list(cev.recipients), cev.place
    crow.confidence = float(cev.confidence)
    crow.n_sources = n_sources or max(1, len(cev.sources))
    if cev.sources and (n_sources is None or not crow.summary):
        crow.summary = cev.sources[0].text
        crow.first_doc = cev.sources[0].doc_id
    crow.updated_at = now()
    if isinstance(cev, MatchProfile):
        crow.profile = cev.to_json()
    links = {(a, "actor") for a in cev.actors} | {(r, "recipient") for r in cev.recipients}
    if cev.place:
        links.add((cev.place, "place"))
    # nothing is flushed here: a new event's row and the rows naming it (links, history, its
    # report's chronicle_id) wait for the document's last flush (`merge_events`), which puts
    # the event first (`models._names_event`); a flush per event was a round trip per event
    if old_links is not None and old_date == crow.date:
        # a source joined: participants only accumulate, so only new links are written
        for ent, role in sorted(links - old_links):
            session.add(ChronicleEntityRow(event_id=crow.id, entity_id=ent, role=role, date=crow.date))
        with session.no_autoflush:
            for ent, role in sorted(old_links - links):
                session.execute(delete(ChronicleEntityRow).where(
                    ChronicleEntityRow.event_id == crow.id, ChronicleEntityRow.entity_id == ent,
                    ChronicleEntityRow.role == role))
        return crow
    if not new:        # a new event has no links to drop (a DELETE is a round trip)
        with session.no_autoflush:      # the links of this document's new events wait (above)
            session.execute(delete(ChronicleEntityRow).where(ChronicleEntityRow.event_id == crow.id))
    for ent, role in sorted(links):
        session.add(ChronicleEntityRow(event_id=crow.id, entity_id=ent, role=role, date=crow.date))
    return crow


def _history(session: Session, later: Later | None, event_id: str, doc_id: str,
             change: dict | None) -> None:
    """A chronicle event's history row for a report that joined or started it. In a batch
    (`later`) it waits for the batch's commit, one statement for all its rows: nothing reads
    history during an ingest (only `_profile` of an event stored before match profiles,
    whose rows are older than the batch), and the ORM wrote each row in a statement of its
    own (an INSERT ... RETURNING per row on SQLite, two a document)."""
    if later is None:
        session.add(ChronicleHistoryRow(event_id=event_id, at=now(), doc_id=doc_id,
                                        change=change))
    else:
        later.add("history", [{"event_id": event_id, "at": now(), "doc_id": doc_id,
                               "change": change}])


def merge_events(session: Session, doc_id: str, doc_date, event_rows: list[DocEventRow],
                 entities: dict[str, dict] | None = None, terms: dict[str, str] | None = None,
                 later: Later | None = None) -> None:
    """Attach each document event to a chronicle event (existing or new). `entities`: what
    `upsert_entities` returned for this document (else read from the store). The events'
    search rows go in with one statement at the end (`terms`: their bodies, when made with
    the analysis)."""
    ch = _chronicle()
    mine: set[str] = set()
    indexed: list[tuple[str, str, str, str]] = []
    for row in event_rows:
        if ch is None:
            cid = chronicle_id(doc_id, row.local_id)
            crow = ChronicleEventRow(
                id=cid, type=row.type, mode=row.mode, status=row.status, date=doc_date,
                date_end=doc_date, span=span_class((doc_date, doc_date)),
                time_value=row.time_value, time_mod=row.time_mod,
                precision=precision(row.time_value), reported=doc_date,
                actors=list(row.actors), recipients=list(row.recipients), place=row.place,
                confidence=row.confidence, n_sources=1, summary=row.evidence_text,
                first_doc=doc_id, updated_at=now())
            session.add(crow)
            session.flush()
            row.chronicle_id = cid
            _history(session, later, cid, doc_id, {"doc_id": doc_id, "status": row.status})
            indexed.append(("event", cid, doc_id, row.evidence_text))
            continue
        from ..chronicle.profile import MatchProfile
        # what this document's earlier reports wrote is still pending: their events are in
        # `mine` and never candidates, so the reads need not flush it first, and it goes
        # out in one flush at the end (a statement per table, not per table and report:
        # on PostgreSQL each is a round trip)
        with session.no_autoflush:
            record = _record(ch, session, row, doc_date, entities)
            cands, bounds = _candidates(ch, session, record, mine)
            match = _best(ch, session, record, row, cands, bounds)
        if match is None:
            cev = MatchProfile.from_event(ch.new_event(record, id=chronicle_id(doc_id, row.local_id)),
                                          [row.id])
            crow = _save_event(session, cev, None, doc_id, doc_date)
        else:
            # absorbing changes the kept profile in place: it is kept again once saved, and
            # a savepoint rolled back meanwhile leaves nothing changed behind
            _profiles(session).pop(match.id, None)
            ch.absorb(match, record)
            match.recent[-1] = row.id
            cev = match
            with session.no_autoflush:
                stored = session.get(ChronicleEventRow, match.id)
            crow = _save_event(session, cev, stored, doc_id, doc_date,
                               n_sources=(stored.n_sources or 0) + 1)
        row.chronicle_id = crow.id
        mine.add(crow.id)
        _history(session, later, crow.id, doc_id, cev.history[-1] if cev.history else None)
        _cached(session, crow.id, (crow.n_sources, crow.updated_at, _profile_text(crow)),
                cev)
        indexed.append(("event", crow.id, doc_id, row.evidence_text))
    # one flush: the new events go before the rows that name them, as the models'
    # relationships tell the unit of work (`models._names_event`)
    session.flush()
    _put(session, later, "search", search.index_rows(indexed, terms))


def rebuild_after_delete(session: Session, chronicle_ids: set[str]) -> None:
    """Chronicle events that lost reports: drop the empty ones, recompute the rest from the
    reports left, in publication order."""
    ch = _chronicle()
    for cid in chronicle_ids:
        crow = session.get(ChronicleEventRow, cid)
        if crow is None:
            continue
        srcs = session.execute(
            select(DocEventRow, DocumentRow.date).join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
            .where(DocEventRow.chronicle_id == cid).order_by(DocumentRow.date, DocEventRow.id)).all()
        search.remove_ref(session, "event", cid)
        if not srcs:
            session.delete(crow)
            continue
        session.execute(delete(ChronicleHistoryRow).where(ChronicleHistoryRow.event_id == cid))
        if ch is None:
            row, d = srcs[0]
            crow.n_sources = len(srcs)
            crow.summary, crow.first_doc = row.evidence_text, row.doc_id
        else:
            from ..chronicle.profile import MatchProfile
            records = [_record(ch, session, r, d) for r, d in srcs]
            cev = ch.new_event(records[0], id=cid)
            for rec in records[1:]:
                ch.absorb(cev, rec)
            prof = MatchProfile.from_event(cev, [r.id for r, _ in srcs])
            _save_event(session, prof, crow, records[0].doc_id, records[0].doc_date,
                        n_sources=len(srcs))
            crow.summary, crow.first_doc = records[0].text, records[0].doc_id
            for h, (r, _) in zip(cev.history, srcs):
                session.add(ChronicleHistoryRow(event_id=cid, at=now(), doc_id=r.doc_id, change=h))
        search.add(session, [("event", cid, r.doc_id, r.evidence_text) for r, _ in srcs])
    session.flush()
