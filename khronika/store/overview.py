"""Answers for seeing the chronicle at a glance: counts by day and type for a chart, who an
entity deals with (a network), where events happen (a map), where the nearest announced events
lie, and close matches for a name nobody in the store has. Aggregates run in SQL so a chart
over a year of events costs one grouped query, not a walk over every event."""
from __future__ import annotations

import datetime as dt
import difflib

from sqlalchemy import func, or_, select

from .base import _date, _iso
from .models import ChronicleEntityRow, ChronicleEventRow, DocumentRow, EntityRow
from .textindex import WORD, stem

NETWORK_EVENTS = 5000     # an entity's most recent events read for its network
# a chart by day or week cannot place an event the text dates only to a month or a year
# without inventing its day: such events are counted apart
WIDE = ("month", "quarter", "half", "season", "year", "decade", "century")


def _types(type) -> list[str]:
    return [t.strip().upper() for t in str(type).split(",") if t.strip()] if type else []


class Overview:
    """The overview part of `Store` (mixed into it; uses its sessions and `_resolve`)."""

    def _filtered(self, s, entity, type, date_from, date_to, status=None):
        ev = ChronicleEventRow
        conds = [ev.date.is_not(None)]
        if entity:
            ids = self._resolve(s, entity)
            conds.append(ev.id.in_(select(ChronicleEntityRow.event_id)
                                   .where(ChronicleEntityRow.entity_id.in_(ids))))
        if type:
            conds.append(ev.type.in_(_types(type)))
        if status:
            conds.append(ev.status.in_([x.strip() for x in str(status).split(",") if x.strip()]))
        if date_from:
            conds.append(ev.date >= _date(date_from))
        if date_to:
            conds.append(ev.date <= _date(date_to))
        return conds

    def event_counts(self, *, entity=None, type=None, date_from=None, date_to=None) -> list[dict]:
        """[{"date", "type", "n"}] for every day with events under these filters (the
        timeline's own filters), in date order."""
        ev = ChronicleEventRow
        with self.session() as s:
            conds = self._filtered(s, entity, type, date_from, date_to)
            narrow = or_(ev.precision.is_(None), ev.precision.not_in(WIDE))
            rows = s.execute(select(ev.date, ev.type, func.count()).where(*conds, narrow)
                             .group_by(ev.date, ev.type).order_by(ev.date, ev.type)).all()
        return [{"date": _iso(d), "type": t, "n": int(n)} for d, t, n in rows]

    def count_wide(self, *, entity=None, type=None, date_from=None, date_to=None) -> int:
        """Filtered events the text dates only to a month, season or year (not on the chart)."""
        ev = ChronicleEventRow
        with self.session() as s:
            conds = self._filtered(s, entity, type, date_from, date_to)
            return int(s.scalar(select(func.count()).select_from(ev).where(
                *conds, ev.precision.in_(WIDE))) or 0)

    def places(self, *, entity=None, type=None, date_from=None, date_to=None,
               limit=300) -> list[dict]:
        """[{"id", "name", "name_en", "type", "n", "types": {type: n}}]: where the filtered
        events happen, most events first."""
        ev = ChronicleEventRow
        with self.session() as s:
            conds = self._filtered(s, entity, type, date_from, date_to)
            rows = s.execute(select(ev.place, ev.type, func.count())
                             .where(*conds, ev.place.is_not(None))
                             .group_by(ev.place, ev.type)).all()
            by_place: dict[str, dict] = {}
            for place, etype, n in rows:
                item = by_place.setdefault(place, {"id": place, "n": 0, "types": {}})
                item["n"] += int(n)
                item["types"][etype] = int(n)
            top = sorted(by_place.values(), key=lambda x: (-x["n"], x["id"]))[:limit]
            ents = {e.id: e for e in s.scalars(select(EntityRow).where(
                EntityRow.id.in_([p["id"] for p in top])))}
        for p in top:
            e = ents.get(p["id"])
            p["name"] = (e.name_uk or e.name) if e else p["id"]
            p["name_en"] = e.name if e else None
            p["type"] = e.type if e else None
        return top

    def network(self, key: str, *, limit=24) -> dict | None:
        """Who an entity meets, asks, strikes, aids: {"id", "name", "nodes": [{"id", "name",
        "type", "n"}], "edges": [{"source", "target", "type", "n"}]} from the events it takes
        part in as actor or recipient (the partner is on the other side), weighted by count."""
        ev = ChronicleEventRow
        link = ChronicleEntityRow
        with self.session() as s:
            ids = self._resolve(s, key)
            if not ids:
                return None
            me = ids[0] if len(ids) == 1 else sorted(ids)[0]
            if key in ids:
                me = key
            rows = s.execute(select(ev.type, ev.actors, ev.recipients).join(
                link, link.event_id == ev.id).where(
                link.entity_id == me, link.role.in_(("actor", "recipient")))
                .order_by(link.date.desc()).limit(NETWORK_EVENTS)).all()
            edges: dict[tuple[str, str, str], int] = {}
            weight: dict[str, int] = {}
            for etype, actors, recipients in rows:
                actors, recipients = list(actors or []), list(recipients or [])
                if me in actors:
                    pairs = [(me, r) for r in recipients if r != me]
                    pairs += [(me, a) for a in actors if a != me and not recipients]
                else:
                    pairs = [(a, me) for a in actors if a != me]
                for src, dst in pairs:
                    edges[(src, dst, etype)] = edges.get((src, dst, etype), 0) + 1
                    other = dst if src == me else src
                    weight[other] = weight.get(other, 0) + 1
            keep = set(sorted(weight, key=lambda k: (-weight[k], k))[:limit])
            ents = {e.id: e for e in s.scalars(select(EntityRow).where(
                EntityRow.id.in_(keep | {me})))}

        def name(i):
            e = ents.get(i)
            return (e.name_uk or e.name) if e else i
        nodes = [{"id": i, "name": name(i), "type": ents[i].type if i in ents else None,
                  "n": weight[i]} for i in sorted(keep, key=lambda k: (-weight[k], k))]
        out_edges = [{"source": a, "target": b, "type": t, "n": n}
                     for (a, b, t), n in sorted(edges.items(), key=lambda x: (-x[1], x[0]))
                     if (a if b == me else b) in keep]
        return {"id": me, "name": name(me), "nodes": nodes, "edges": out_edges}

    def nearest_announced(self, day=None) -> dict:
        """The dates of the announced (planned) events nearest to `day` (default today):
        {"before": date | None, "after": date | None}, the latest one before and the first one
        on or after it."""
        day = _date(day) or dt.date.today()
        ev = ChronicleEventRow
        with self.session() as s:
            after = s.scalar(select(ev.date).where(ev.status == "planned", ev.date >= day)
                             .order_by(ev.date).limit(1))
            before = s.scalar(select(ev.date).where(ev.status == "planned", ev.date < day)
                              .order_by(ev.date.desc()).limit(1))
        return {"before": _iso(before), "after": _iso(after)}

    def suggest_entities(self, key: str, *, n=5) -> list[dict]:
        """Entities whose names are close to a key that names none: [{"id", "name"}]. Names
        sharing a stem prefix come first, then the closest spellings among the most mentioned."""
        key = (key or "").strip()
        if not key:
            return []
        with self.session() as s:
            stems = [stem(m.group()) for m in WORD.finditer(key)]
            cands: dict[str, EntityRow] = {}
            for st in stems:
                if len(st) >= 3:
                    for e in s.scalars(select(EntityRow).where(
                            EntityRow.search_key.contains(f" {st[:3]}")).limit(200)):
                        cands[e.id] = e
            for e in s.scalars(select(EntityRow).order_by(EntityRow.kb.desc(), EntityRow.id)
                               .limit(3000)):
                cands.setdefault(e.id, e)
        low = key.lower()

        def score(e: EntityRow) -> float:
            names = [x for x in (e.name_uk, e.name, e.id) if x]
            return max(difflib.SequenceMatcher(None, low, x.lower()).ratio() for x in names)
        ranked = sorted(cands.values(), key=lambda e: (-score(e), e.id))
        return [{"id": e.id, "name": e.name_uk or e.name} for e in ranked[:n] if score(e) >= 0.45]

    def is_empty(self) -> bool:
        """No document stored yet (a new or empty store)."""
        with self.session() as s:
            return s.scalar(select(DocumentRow.id).limit(1)) is None

    def entity_name(self, key: str | None) -> str | None:
        """The display name of an entity id (the filter field shows it, not the raw id)."""
        if not key:
            return None
        with self.session() as s:
            e = s.get(EntityRow, key)
            return (e.name_uk or e.name) if e else None
