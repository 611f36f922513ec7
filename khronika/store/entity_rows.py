"""The entities of stored documents: upserted with their mention and document counts as each
document is written, given back when one leaves, and read as the small dicts the chronicle's
records carry. Its own module because both the layer writing (`writing`) and the chronicle
merge (`chronicle_merge`) need what the store knows of an entity."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from ..document import parse_date
from .layer_rows import Later, _put
from .models import EntityDocRow, EntityRow
from .textindex import name_key


def upsert_entities(session: Session, doc_json: dict, later: Later | None = None) -> dict[str, dict]:
    """Entities of a document stored or completed, their mention and document counts
    advanced, and one (entity, document) row each for the entity pages. Returns what the
    store now knows of each (`entity_info`), so merging its events asks no more.

    One `INSERT ... ON CONFLICT DO UPDATE ... RETURNING` for all of them (SQLite and
    PostgreSQL alike): a stored entity's counts are advanced in the database, its Wikidata id
    and Ukrainian name filled only where it has none. A read, an UPDATE of the counts and an
    INSERT of the new ones were three round trips a document and a unit of work over ~15
    rows."""
    doc_id, date = doc_json.get("id"), parse_date(doc_json.get("date"))
    merged: dict[str, dict] = {}
    for e in doc_json.get("entities") or []:
        n = len(e.get("mentions") or [])
        m = merged.get(e["id"])
        if m is None:
            merged[e["id"]] = {"id": e["id"], "name": e.get("name") or e["id"],
                               "given_name": e.get("name"), "name_uk": e.get("name_uk") or None,
                               "type": e.get("type") or "MISC",
                               "wikidata": e.get("wikidata") or None, "n": n}
        else:           # the same entity listed twice: its counts add, its ids complete
            m["n"] += n
            m["wikidata"] = m["wikidata"] or e.get("wikidata") or None
            m["name_uk"] = m["name_uk"] or e.get("name_uk") or None
    if not merged:
        return {}
    params, links = [], []
    for i in sorted(merged):            # one lock order for every writer
        m = merged[i]
        counts = bool(m["n"] and doc_id)
        params.append({"id": i, "name": m["name"], "name_uk": m["name_uk"], "type": m["type"],
                       "wikidata": m["wikidata"], "kb": bool(m["wikidata"]),
                       "search_key": name_key(m["given_name"], m["name_uk"], i),
                       "n_mentions": m["n"] if counts else 0, "n_documents": int(counts)})
        if counts:
            links.append({"entity_id": i, "doc_id": doc_id, "date": date, "mentions": m["n"]})
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":     # one row of arrays: a statement of one shape (see bulk)
        rows = session.execute(_entity_upsert(dialect),
                               {f"a_{c}": [p[c] for p in params] for c in _ENTITY_COLUMNS}).all()
    else:
        rows = session.execute(_entity_upsert(dialect), params).all()
    info = {r.id: {"id": r.id, "name": r.name, "name_uk": r.name_uk, "type": r.type,
                   "wikidata": r.wikidata} for r in rows}
    # a stored entity given its Ukrainian name just now: its search key from its own name
    # (the upsert left the key empty to say so)
    keys = [{"i": r.id, "k": name_key(r.name, r.name_uk, r.id)} for r in rows
            if r.search_key is None]
    if keys:
        t = EntityRow.__table__
        session.execute(update(t).where(t.c.id == bindparam("i")).values(search_key=bindparam("k")),
                        keys)
    _put(session, later, "entity_docs", links)
    return info


_ENTITY_COLUMNS = ("id", "name", "name_uk", "type", "wikidata", "kb", "search_key", "n_mentions",
                   "n_documents")


@lru_cache(maxsize=None)
def _entity_upsert(dialect: str):
    """The entities' upsert. On PostgreSQL its rows come as one array per column
    (`INSERT ... SELECT unnest(...)`): an executemany of it became one INSERT of as many
    VALUES rows as the document has entities, a statement psycopg converted anew each time
    (too many parameters to cache, never prepared)."""
    from sqlalchemy import and_, case, or_
    t = EntityRow.__table__
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import ARRAY, insert as upsert
        stmt = upsert(t).from_select(list(_ENTITY_COLUMNS), select(*(
            func.unnest(bindparam(f"a_{c}", type_=ARRAY(t.c[c].type))) for c in _ENTITY_COLUMNS)))
    else:
        from sqlalchemy.dialects.sqlite import insert as upsert
        stmt = upsert(t)
    new = stmt.excluded
    lacks_wd = or_(t.c.wikidata.is_(None), t.c.wikidata == "")
    lacks_uk = or_(t.c.name_uk.is_(None), t.c.name_uk == "")
    fills_wd = and_(lacks_wd, new.wikidata.is_not(None))
    fills_uk = and_(lacks_uk, new.name_uk.is_not(None))
    return stmt.on_conflict_do_update(index_elements=[t.c.id], set_={
        "n_mentions": func.coalesce(t.c.n_mentions, 0) + new.n_mentions,
        "n_documents": func.coalesce(t.c.n_documents, 0) + new.n_documents,
        "wikidata": case((fills_wd, new.wikidata), else_=t.c.wikidata),
        "kb": case((fills_wd, True), else_=t.c.kb),
        "name_uk": case((fills_uk, new.name_uk), else_=t.c.name_uk),
        "search_key": case((fills_uk, None), else_=t.c.search_key),
    }).returning(t.c.id, t.c.name, t.c.name_uk, t.c.type, t.c.wikidata, t.c.search_key)


def forget_entity_docs(session: Session, doc_id: str) -> None:
    """A document leaves: its entities' counts go back."""
    for link in session.scalars(select(EntityDocRow).where(EntityDocRow.doc_id == doc_id)).all():
        ent = session.get(EntityRow, link.entity_id)
        if ent is not None:
            ent.n_mentions = max(0, (ent.n_mentions or 0) - link.mentions)
            ent.n_documents = max(0, (ent.n_documents or 0) - 1)
        session.delete(link)


def entity_info(r: EntityRow) -> dict:
    return {"id": r.id, "name": r.name, "name_uk": r.name_uk, "type": r.type,
            "wikidata": r.wikidata}


def _entity_info(session: Session, ids: set[str], known: dict[str, dict] | None = None) -> dict[str, dict]:
    """The stored entities of these ids; those in `known` (the document's own, as stored
    just before) without a query."""
    known = known or {}
    out = {i: known[i] for i in ids if i in known}
    rest = [i for i in ids if i not in known]
    if rest:
        # columns, not ORM rows: an entity row held since earlier in the batch would not show
        # what the upserts (`upsert_entities`) have written since
        out.update((r.id, entity_info(r)) for r in session.execute(
            select(EntityRow.id, EntityRow.name, EntityRow.name_uk, EntityRow.type,
                   EntityRow.wikidata).where(EntityRow.id.in_(rest))))
    return out

