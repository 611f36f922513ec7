"""The compact containers of the compiled knowledge base: the entity table and the surface
index. They hold tens of thousands of generated places and a few hundred thousand forms, and
are shaped so that the pickled cache loads in a fraction of a second; what a caller may ask of
the knowledge base lives in `knowledge.py`."""
from __future__ import annotations

from collections.abc import Mapping

from .records import KBEntity, Surface

_ROW = ("name", "name_uk", "type", "of", "katottg", "category", "parents", "coords", "population",
        "iso", "gate", "aliases")


class EntityTable(Mapping):
    """Entities by id. Generated places (tens of thousands, all alike) are kept as plain
    tuples and made into `KBEntity` objects when asked for, so the compiled knowledge base
    loads in a fraction of a second; the hand-written entities are kept whole."""

    def __init__(self, whole: dict[str, KBEntity], rows: dict[str, tuple] | None = None):
        self.whole = whole
        self.rows = rows or {}
        self._made: dict[str, KBEntity] = {}

    @classmethod
    def compact(cls, entities: dict[str, KBEntity]) -> "EntityTable":
        whole, rows = {}, {}
        for eid, e in entities.items():
            if e.katottg or e.iso:
                if not (e.roles or e.adj or e.demonym or e.combining or e.wikidata or e.head
                        or e.first_names or e.gender):
                    rows[eid] = tuple(tuple(v) if isinstance(v, list) else v
                                      for v in (getattr(e, f) for f in _ROW))
                    continue
            whole[eid] = e
        return cls(whole, rows)

    def __getstate__(self):
        return (self.whole, self.rows)

    def __setstate__(self, state):
        self.whole, self.rows = state
        self._made = {}

    def __getitem__(self, eid: str) -> KBEntity:
        e = self.whole.get(eid) or self._made.get(eid)
        if e is not None:
            return e
        row = self.rows[eid]
        kw = dict(zip(_ROW, row))
        kw["aliases"] = list(kw["aliases"] or ())
        e = self._made[eid] = KBEntity(id=eid, **kw)
        return e

    def get(self, eid, default=None):
        """`Mapping.get` without its try/except around `__getitem__`: the entity layer asks
        ~130 ids a document, many of them for no entity (a raised and caught KeyError each)."""
        e = self.whole.get(eid)
        if e is not None:
            return e
        e = self._made.get(eid)
        if e is not None:
            return e
        return self[eid] if eid in self.rows else default

    def __contains__(self, eid) -> bool:
        return eid in self.whole or eid in self.rows

    def __iter__(self):
        yield from self.whole
        yield from self.rows

    def __len__(self) -> int:
        return len(self.whole) + len(self.rows)

    def fields(self, *names: str):
        """(id, value of each named field) of every entity, in the order `values()` gives them,
        the generated places' read from their stored rows. The layers that sift every entity
        once per process (the oblasts' adjectives, each place's country, the cities by code)
        ask for two or three fields each: made into objects, the 36,000 rows cost ~0.24 s of a
        process's start-up that one short document never repays. (A list field of a stored
        row comes as the tuple it is stored as.)"""
        at = [_ROW.index(n) for n in names]
        for eid, e in self.whole.items():
            yield (eid, *[getattr(e, n) for n in names])
        for eid, row in self.rows.items():
            yield (eid, *[row[k] for k in at])

    def field(self, eid: str, name: str):
        """One field of one entity (None when there is no such entity), without making a
        generated place into an object."""
        e = self.whole.get(eid)
        if e is not None:
            return getattr(e, name)
        row = self.rows.get(eid)
        return None if row is None else row[_ROW.index(name)]

    def of_category(self, category: str) -> list[str]:
        """The ids of the places of one KATOTTG category ("O": the oblasts), without making
        an object of every generated place."""
        k = _ROW.index("category")
        return [eid for eid, e in self.whole.items() if e.category == category] + [
            eid for eid, row in self.rows.items() if row[k] == category]


class Index:
    """Surface forms (tuples of normalised tokens) -> the `Surface`s they can be, stored as
    joined strings and integer ids so that a few hundred thousand forms unpickle fast."""

    def __init__(self, table: dict[tuple[str, ...], list[Surface]]):
        ids: dict[tuple, int] = {}
        caps_pool: dict[tuple, tuple] = {}
        self.ent: list[str] = []
        self.caps: list[tuple[int, ...]] = []
        self.full: list[bool] = []
        self.keys: dict[str, int | tuple[int, ...]] = {}
        lengths: dict[str, set[int]] = {}
        for key, surfaces in table.items():
            out = []
            for s in surfaces:
                k = (s.entity, s.caps, s.full)
                if k not in ids:
                    ids[k] = len(self.ent)
                    self.ent.append(s.entity)
                    self.caps.append(caps_pool.setdefault(s.caps, s.caps))
                    self.full.append(s.full)
                out.append(ids[k])
            self.keys["\x1f".join(key)] = out[0] if len(out) == 1 else tuple(out)
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths: dict[str, tuple[int, ...]] = {k: tuple(sorted(v, reverse=True))
                                                    for k, v in lengths.items()}

    def get(self, key: tuple[str, ...], default=None) -> list[Surface] | None:
        v = self.keys.get("\x1f".join(key))
        if v is None:
            return default
        return [Surface(self.ent[i], self.caps[i], self.full[i])
                for i in ((v,) if isinstance(v, int) else v)]

    def __contains__(self, key) -> bool:
        return "\x1f".join(key) in self.keys

    def __len__(self) -> int:
        return len(self.keys)

    def __iter__(self):
        return (tuple(k.split("\x1f")) for k in self.keys)

