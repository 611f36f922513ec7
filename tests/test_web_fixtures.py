"""Hand-written Ukrainian documents with their annotations, shared by the API, web and browser
tests, and an in-memory store with the `khronika.store.Store` interface for tests that must not
depend on the analysers (their output changes as the extractors improve)."""
from __future__ import annotations

import copy

HOSTILE_TITLE = '"><img src=x onerror=alert(2)> Заголовок <script>alert(1)</script>'
HOSTILE_TEXT = ('Міністр Іван Петренко заявив: «<script>alert(1)</script> ми не поступимося». '
                'Депутат "><img src=x onerror=alert(3)> обурився.')


def _span(text: str, piece: str, after: int = 0) -> dict:
    start = text.index(piece, after)
    return {"start": start, "end": start + len(piece), "text": piece}


def _sentence(text: str, piece: str) -> dict:
    """The sentence holding `piece` (up to the next full stop), as an evidence span."""
    at = text.index(piece)
    start = max(text.rfind(". ", 0, at) + 2, 0) if text.rfind(". ", 0, at) >= 0 else 0
    end = text.index(".", at) + 1
    return {"start": start, "end": end, "text": text[start:end]}


def make_docs() -> list[dict]:
    """Three SPEC JSON documents: a planned meeting, an occurred attack, a hostile page."""
    t1 = ("Міністр оборони Іван Петренко наступного тижня зустрінеться з делегацією Польщі у Варшаві. "
          "«Ми домовимося про нові поставки», — сказав Петренко журналістам.")
    d1 = {
        "id": "doc-meet", "date": "2030-03-02", "language": "uk", "url": "https://example.org/a",
        "title": "Петренко поїде до Варшави", "text": t1,
        "entities": [
            {"id": "ivan-petrenko", "name": "Ivan Petrenko", "name_uk": "Іван Петренко", "type": "PER",
             "wikidata": None, "mentions": [_span(t1, "Іван Петренко"), _span(t1, "Петренко", t1.index("—"))]},
            {"id": "poland", "name": "Poland", "name_uk": "Польща", "type": "LOC", "wikidata": "Q36",
             "mentions": [_span(t1, "Польщі")]},
            {"id": "warsaw", "name": "Warsaw", "name_uk": "Варшава", "type": "LOC", "wikidata": "Q270",
             "mentions": [_span(t1, "Варшаві")]},
        ],
        "timexes": [{**_span(t1, "наступного тижня"), "type": "DATE", "value": "2030-W10", "mod": None}],
        "quotes": [{**_span(t1, "Ми домовимося про нові поставки"), "kind": "direct",
                    "speaker": "ivan-petrenko", "cue": _span(t1, "сказав")}],
        "events": [{"id": "e1", "type": "CONSULT", "mode": "bilateral", "status": "planned",
                    "actors": ["ivan-petrenko"], "recipients": ["poland"], "place": "warsaw",
                    "time": {"value": "2030-03-05", "mod": None},
                    "trigger": _span(t1, "зустрінеться"), "evidence": _sentence(t1, "зустрінеться"),
                    "confidence": 0.8}],
    }
    t2 = ("Учора ворожі дрони атакували Харків. Мер Харкова Олег Коваль повідомив про пошкоджені будинки. "
          "Уряд засудив обстріли міста.")
    d2 = {
        "id": "doc-attack", "date": "2030-02-20", "language": "uk", "url": None,
        "title": "Атака на Харків", "text": t2,
        "entities": [
            {"id": "kharkiv", "name": "Kharkiv", "name_uk": "Харків", "type": "LOC", "wikidata": "Q42308",
             "mentions": [_span(t2, "Харків"), _span(t2, "Харкова")]},
            {"id": "oleh-koval", "name": "Oleh Koval", "name_uk": "Олег Коваль", "type": "PER",
             "wikidata": None, "mentions": [_span(t2, "Олег Коваль")]},
        ],
        "timexes": [{**_span(t2, "Учора"), "type": "DATE", "value": "2030-02-19", "mod": None}],
        "quotes": [{**_span(t2, "про пошкоджені будинки"), "kind": "indirect", "speaker": "oleh-koval",
                    "cue": _span(t2, "повідомив")}],
        "events": [{"id": "e1", "type": "ASSAULT", "mode": "aerial", "status": "occurred",
                    "actors": [], "recipients": ["kharkiv"], "place": "kharkiv",
                    "time": {"value": "2030-02-19", "mod": None},
                    "trigger": _span(t2, "атакували"), "evidence": _sentence(t2, "атакували"),
                    "confidence": 0.9},
                   {"id": "e2", "type": "ACCUSE", "mode": None, "status": "occurred",
                    "actors": [], "recipients": [], "place": None,
                    "time": {"value": "2030-02-20", "mod": None},
                    "trigger": _span(t2, "засудив"), "evidence": _sentence(t2, "засудив"),
                    "confidence": 0.6}],
    }
    t3 = HOSTILE_TEXT
    d3 = {
        "id": "doc-hostile", "date": "2030-02-25", "language": "uk", "url": "javascript:alert(4)",
        "title": HOSTILE_TITLE, "text": t3,
        "entities": [{"id": "ivan-petrenko", "name": "Ivan Petrenko", "name_uk": "Іван Петренко",
                      "type": "PER", "wikidata": None, "mentions": [_span(t3, "Іван Петренко")]}],
        "timexes": [],
        "quotes": [{**_span(t3, "<script>alert(1)</script> ми не поступимося"), "kind": "direct",
                    "speaker": "ivan-petrenko", "cue": _span(t3, "заявив")}],
        "events": [{"id": "e1", "type": "REJECT", "mode": None, "status": "occurred",
                    "actors": ["ivan-petrenko"], "recipients": [], "place": None,
                    "time": {"value": "2030-02-25", "mod": None},
                    "trigger": _span(t3, "не поступимося"), "evidence": _sentence(t3, "не поступимося"),
                    "confidence": 0.5}],
    }
    return [d1, d2, d3]


class Page:
    def __init__(self, items, total, limit, offset):
        self.items, self.total, self.limit, self.offset = items, total, limit, offset


class FakeStore:
    """The `Store` read interface over a few SPEC JSON documents, kept in memory."""

    def __init__(self, docs: list[dict] | None = None):
        self.docs = {d["id"]: d for d in (docs if docs is not None else make_docs())}
        self.added: list = []

    def _names(self) -> dict:
        return {e["id"]: e.get("name_uk") or e["name"] for d in self.docs.values() for e in d["entities"]}

    def _events(self) -> list[dict]:
        names = self._names()
        out = []
        for d in self.docs.values():
            for ev in d["events"]:
                out.append({"id": f"ev-{d['id']}-{ev['id']}", "type": ev["type"], "mode": ev["mode"],
                            "status": ev["status"], "date": (ev.get("time") or {}).get("value") or d["date"],
                            "time": ev.get("time"), "actors": ev["actors"], "recipients": ev["recipients"],
                            "place": ev["place"], "names": names, "confidence": ev["confidence"],
                            "n_sources": 1, "summary": ev["evidence"]["text"], "first_doc": d["id"],
                            "_doc": d, "_ev": ev})
        return sorted(out, key=lambda e: e["date"] or "")

    @staticmethod
    def _page(items, limit, offset):
        clean = [{k: v for k, v in i.items() if not k.startswith("_")} for i in items]
        return Page(clean[offset:offset + limit], len(items), limit, offset)

    def documents(self, *, limit=50, offset=0, q=None):
        items = [{"id": d["id"], "title": d["title"], "date": d["date"], "url": d["url"],
                  "snippet": d["text"][:80]} for d in self.docs.values()
                 if not q or q.lower() in d["text"].lower()]
        return self._page(items, limit, offset)

    def document(self, doc_id):
        d = self.docs.get(doc_id)
        if d is None:
            return None
        out = copy.deepcopy(d)
        out["events_chronicle"] = [f"ev-{doc_id}-{e['id']}" for e in d["events"]]
        return out

    def delete_document(self, doc_id):
        return self.docs.pop(doc_id, None) is not None

    def add_document(self, raw):
        self.added.append(raw)
        return {"doc_id": raw.id or "new", "status": "added", "events": 0, "error": None}

    def ingest(self, sources, *, date=None, progress=False):
        self.added.extend(sources)
        return {"added": len(sources), "failed": 0}

    def entities(self, *, limit=50, offset=0, q=None, type=None):
        seen = {}
        for d in self.docs.values():
            for e in d["entities"]:
                if (type is None or e["type"] == type) and (not q or q.lower() in e["name_uk"].lower()):
                    seen.setdefault(e["id"], {k: e[k] for k in ("id", "name", "name_uk", "type", "wikidata")})
        return self._page(list(seen.values()), limit, offset)

    def knows_entity(self, key):
        return bool(key) and self.entities(q=key, limit=1).total > 0

    def entity(self, key):
        for d in self.docs.values():
            for e in d["entities"]:
                if e["id"] == key:
                    info = {k: e[k] for k in ("id", "name", "name_uk", "type", "wikidata")}
                    info["quotes"] = self.quotes(speaker=key).items
                    info["events"] = self.events(entity=key).items
                    info["cooccurring"] = [{"id": o["id"], "name": o["name"], "name_uk": o["name_uk"],
                                            "type": o["type"], "documents": 1}
                                           for o in d["entities"] if o["id"] != key]
                    info["documents_list"] = [{"id": d["id"], "title": d["title"], "date": d["date"]}]
                    return info
        return None

    def quotes(self, *, speaker=None, q=None, limit=50, offset=0):
        names = self._names()
        items = [{"id": i, "doc_id": d["id"], "doc_title": d["title"], "doc_date": d["date"],
                  "speaker_name": names.get(qt["speaker"]), **qt}
                 for d in self.docs.values() for i, qt in enumerate(d["quotes"])
                 if (not speaker or speaker in (qt["speaker"] or "") or speaker in (names.get(qt["speaker"]) or ""))
                 and (not q or q.lower() in qt["text"].lower())]
        return self._page(items, limit, offset)

    def _filter(self, entity=None, type=None, status=None, date_from=None, date_to=None):
        names = self._names()
        out = []
        for e in self._events():
            ids = e["actors"] + e["recipients"] + ([e["place"]] if e["place"] else [])
            if entity and not any(entity.lower() in (i + " " + names.get(i, "")).lower() for i in ids):
                continue
            if (type and e["type"] != type) or (status and e["status"] != status):
                continue
            if (date_from and e["date"] < date_from) or (date_to and e["date"] > date_to):
                continue
            out.append(e)
        return out

    def events(self, *, entity=None, type=None, status=None, date_from=None, date_to=None, limit=50, offset=0,
               spanning=False):
        return self._page(self._filter(entity, type, status, date_from, date_to), limit, offset)

    def timeline(self, *, entity=None, type=None, date_from=None, date_to=None, limit=100, offset=0):
        return self._page(self._filter(entity, type, None, date_from, date_to), limit, offset)

    def calendar(self, *, date_from=None, date_to=None, limit=100, offset=0):
        return self._page(self._filter(None, None, "planned", date_from, date_to), limit, offset)

    def event_counts(self, *, entity=None, type=None, date_from=None, date_to=None):
        counts: dict = {}
        for e in self._filter(entity, type, None, date_from, date_to):
            day = str(e["date"])
            if len(day) == 10 and day[4] == "-" and day[7] == "-":
                counts[(day, e["type"])] = counts.get((day, e["type"]), 0) + 1
        return [{"date": d, "type": t, "n": n} for (d, t), n in sorted(counts.items())]

    def count_wide(self, *, entity=None, type=None, date_from=None, date_to=None):
        return sum(1 for e in self._filter(entity, type, None, date_from, date_to) if len(str(e["date"])) == 7)

    def places(self, *, entity=None, type=None, date_from=None, date_to=None, limit=300):
        names, out = self._names(), {}
        for e in self._filter(entity, type, None, date_from, date_to):
            if e["place"]:
                p = out.setdefault(e["place"], {"id": e["place"], "name": names.get(e["place"]),
                                                "name_en": None, "type": "LOC", "n": 0, "types": {}})
                p["n"] += 1
                p["types"][e["type"]] = p["types"].get(e["type"], 0) + 1
        return sorted(out.values(), key=lambda p: -p["n"])

    def network(self, key, *, limit=24):
        names, edges, weight = self._names(), {}, {}
        for e in self._events():
            if key in e["actors"]:
                pairs = [(key, r) for r in e["recipients"]]
            elif key in e["recipients"]:
                pairs = [(a, key) for a in e["actors"]]
            else:
                continue
            for a, b in pairs:
                edges[(a, b, e["type"])] = edges.get((a, b, e["type"]), 0) + 1
                other = b if a == key else a
                weight[other] = weight.get(other, 0) + 1
        return {"id": key, "name": names.get(key, key),
                "nodes": [{"id": i, "name": names.get(i, i), "type": None, "n": n} for i, n in weight.items()],
                "edges": [{"source": a, "target": b, "type": t, "n": n} for (a, b, t), n in edges.items()]}

    def nearest_announced(self, day=None):
        day = str(day or "")
        planned = sorted(str(e["date"]) for e in self._events() if e["status"] == "planned")
        after = [d for d in planned if d >= day]
        before = [d for d in planned if d < day]
        return {"before": before[-1][:10] if before else None, "after": after[0][:10] if after else None}

    def suggest_entities(self, key, *, n=5):
        return [{"id": i, "name": nm} for i, nm in self._names().items()
                if key[:3].lower() in nm.lower()][:n]

    def is_empty(self):
        return not self.docs

    def entity_name(self, key):
        return self._names().get(key)

    def event(self, event_id):
        for e in self._events():
            if e["id"] == event_id:
                d, ev = e["_doc"], e["_ev"]
                out = {k: v for k, v in e.items() if not k.startswith("_")}
                out["sources"] = [{"doc_id": d["id"], "doc_title": d["title"], "doc_date": d["date"],
                                   "doc_event": ev["id"], "trigger": ev["trigger"], "evidence": ev["evidence"],
                                   "sentence": ev["evidence"]["text"]}]
                out["history"] = [{"at": "2030-03-02T10:00:00", "doc_id": d["id"],
                                   "change": {"doc_id": d["id"], "date": d["date"], "status": ev["status"],
                                              "time": ev.get("time")}}]
                return out
        return None

    def search(self, query, *, limit=20, offset=0):
        items = [{"kind": "document", "id": d["id"], "doc_id": d["id"], "title": d["title"],
                  "date": d["date"], "snippet": d["text"][:120], "score": 1.0}
                 for d in self.docs.values() if query.lower()[:5] in d["text"].lower()]
        return self._page(items, limit, offset)


def annotator_for(docs: list[dict]):
    """A `doc -> None` annotator for `Store.use_pipeline` that lays the hand-written annotations
    on the matching text, so a real store is filled with known entities, quotes and events."""
    from khronika.document import Document
    by_text = {d["text"]: d for d in docs}

    def annotate(doc) -> None:
        src = by_text.get(doc.text)
        if src is None:
            return
        ready = Document.from_json({**src, "id": doc.id})
        for layer in ("entities", "mentions", "timexes", "quotes", "events"):
            setattr(doc, layer, getattr(ready, layer))
    return annotate


def fill_store(url: str, docs: list[dict] | None = None):
    """A real `Store` at `url` holding the fixture documents."""
    import datetime as dt

    from khronika.ingest.readers import RawDoc
    from khronika.store import Store
    docs = docs if docs is not None else make_docs()
    store = Store(url)
    store.use_pipeline(annotator_for(docs))
    for d in docs:
        res = store.add_document(RawDoc(text=d["text"], id=d["id"], date=dt.date.fromisoformat(d["date"]),
                                        title=d["title"], url=d["url"], source="fixture"))
        assert res.status == "added", res
    return store
