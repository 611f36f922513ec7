"""The records the knowledge base is made of: an entity, one dated role it holds, and one
written form of its name. Kept apart from the loading and indexing code so that the layers
which only pass entities around import the plain data classes and nothing else.

These classes are pickled in the compiled cache, so their module is part of the cache key
(`base._data_hash`)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(slots=True)
class RoleSpan:
    role: str
    of: str | None
    person: str
    start: dt.date | None = None
    end: dt.date | None = None
    # the state the holder acts for when the `of` chain tells another: a head Russia put over
    # an occupied Ukrainian city ("governor of sevastopol") acts for Russia, not Ukraine
    acts_for: str | None = None

    def active(self, date: dt.date | None) -> bool:
        if date is None:
            return self.end is None
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(slots=True)
class KBEntity:
    id: str
    name: str
    name_uk: str
    type: str
    wikidata: str | None = None
    gender: str | None = None             # masc / femn for people
    of: str | None = None                 # country of a city or a state body
    head: tuple[str, str | None] | None = None   # (role, of) whose holder heads this body
    aliases: list[str] = field(default_factory=list)
    first_names: list[str] = field(default_factory=list)
    adj: list[str] = field(default_factory=list)
    demonym: list[str] = field(default_factory=list)
    combining: list[str] = field(default_factory=list)     # "франко-" in compounds
    roles: list[RoleSpan] = field(default_factory=list)
    katottg: str | None = None            # code in the Ukrainian codifier (KATOTTG)
    category: str | None = None           # its codifier category (O, P, H, M, T, C, X, K)
    parents: tuple[str, ...] = ()         # codes of the units it lies in, broadest first
    coords: tuple[float, float] | None = None
    population: int | None = None
    iso: str | None = None                # ISO 3166 code of a country or subdivision
    gate: int = 0                         # 0 always a name; 1, 2: needs a place context
    surname: str | None = None            # a person's surname alias (a partial name)


@dataclass(slots=True)
class Surface:
    """One way to write an entity: the token forms and which of them must be capitalised."""
    entity: str
    caps: tuple[int, ...]       # 0 any, 1 first letter upper, 2 all upper (acronym)
    full: bool                  # a full name (not a surname alone)



def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
