"""The knowledge base: entities, dated roles and the surface-form index built from the data
files in `khronika/lang/uk/kb/`.

The index maps a tuple of normalised token forms ("офісу", "президента", "україни") to the
entities it can name; it is built once per process from generated inflections (see
`inflect.py`) and cached as a pickle keyed by a hash of the data files and of this code, so a
fresh process loads it in well under a second.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pickle
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..lang.uk import HERE as LANG_DIR
from ..lang.uk import load
from ..textnorm import norm_word, roman_numeral
from .bodynames import body_name_variants
from .inflect import is_acronym, phrase_forms, place_forms

KB_FILES = ("countries", "places", "organizations", "organizations-ukraine", "organizations-world",
            "people", "people-ukraine", "people-world")
GENDERS = {"m": "masc", "f": "femn", "masc": "masc", "femn": "femn"}


@dataclass(slots=True)
class RoleSpan:
    role: str
    of: str | None
    person: str
    start: dt.date | None = None
    end: dt.date | None = None

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

    def __contains__(self, eid) -> bool:
        return eid in self.whole or eid in self.rows

    def __iter__(self):
        yield from self.whole
        yield from self.rows

    def __len__(self) -> int:
        return len(self.whole) + len(self.rows)

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


def _date(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def alias_tokens(alias: str) -> list[str]:
    """An alias cut into tokens the way the segmenter cuts text."""
    from ..extract.segment import tokenize
    return [w for w, _, _ in tokenize(alias, 0, len(alias))]


def _caps(words: list[str]) -> tuple[int, ...]:
    out = []
    for w in words:
        if is_acronym(w):
            out.append(2)
        elif w[:1].isupper():
            out.append(1)
        else:
            out.append(0)
    return tuple(out)


class KnowledgeBase:
    """Entities by id, the surface index, dated roles, role phrases, adjectives and demonyms."""

    def __init__(self, entities: dict[str, KBEntity], roles_lex: dict):
        self.entities = entities
        self.role_defaults: dict[str, str | None] = {k: v.get("default_of") for k, v in roles_lex.items()}
        self.role_phrases: dict[str, list[str]] = {k: list(v.get("uk") or []) for k, v in roles_lex.items()}
        # roles whose holder acts for a fixed state, whatever `of` they hold ("ambassador-of-ukraine"
        # of the United States acts for Ukraine)
        self.role_acts_for: dict[str, str] = {k: v["acts_for"] for k, v in roles_lex.items() if v.get("acts_for")}
        # roles whose holder, for a body that records none, is its head (a company's chief
        # executive is recorded once, as `head`, whatever title the news gives)
        self.role_or_head: frozenset[str] = frozenset(k for k, v in roles_lex.items() if v.get("or_head"))
        self.index: Index | dict = {}
        self.first_names: dict[str, set[str]] = {}
        self.role_index: dict[tuple[str, ...], str] = {}
        self.adjectives: dict[str, str] = {}
        self.demonyms: dict[str, str] = {}
        self.combining: dict[str, str] = {}     # first part of a compound adjective
        self.roles: dict[str, list[RoleSpan]] = {}
        self.max_len = 1
        self.role_max_len = 1
        for e in entities.values():
            for r in e.roles:
                self.roles.setdefault(r.role, []).append(r)

    # ---- building ------------------------------------------------------------------------
    def build_index(self) -> None:
        self.index = {}
        for e in self.entities.values():
            kind = "person" if e.type == "PER" else "thing"
            for alias, full in self._aliases(e):
                words = alias_tokens(alias)
                if not words:
                    continue
                # one Surface shared by every form of an alias keeps the compiled index small
                surface = Surface(e.id, _caps(words), full)
                forms_of = place_forms(words) if e.katottg or e.iso else phrase_forms(words, kind, e.gender)
                for forms in forms_of:
                    self._add(forms, surface)
                    if kind == "thing" and len(forms) > 2:
                        # "і", "та", "й" join the words of a name as writers please ("Рада
                        # національної безпеки та оборони", "Боснія і Герцеговина")
                        for k in range(1, len(forms) - 1):
                            if forms[k] in _JOINS:
                                for c in _JOINS - {forms[k]}:
                                    self._add(forms[:k] + (c,) + forms[k + 1:], surface)
            for first in e.first_names:
                for forms in phrase_forms([first], "person", e.gender):
                    self.first_names.setdefault(forms[0], set()).add(e.id)
            for lemma in e.adj:
                for f in _lexeme(lemma, "ADJF"):
                    self.adjectives.setdefault(f, e.id)
                if lemma.endswith("ий"):        # "українсько-американські"
                    self.combining.setdefault(norm_word(lemma[:-2] + "о"), e.id)
            for form in e.combining:
                self.combining.setdefault(norm_word(form), e.id)
            for lemma in e.demonym:
                for f in _lexeme(lemma, "NOUN"):
                    self.demonyms.setdefault(f, e.id)
        for role, phrases in self.role_phrases.items():
            for phrase in phrases:
                words = alias_tokens(phrase)
                for forms in phrase_forms(words, "thing"):
                    key = tuple(forms)
                    # a longer phrase for another role keeps its own key; first writer wins
                    self.role_index.setdefault(key, role)
                    self.role_max_len = max(self.role_max_len, len(key))
        self.index = Index(self.index)
        self.entities = EntityTable.compact(dict(self.entities))

    def _aliases(self, e: KBEntity) -> list[tuple[str, bool]]:
        """(alias, full): a surname alone is a partial name, resolved with more care."""
        out: list[tuple[str, bool]] = [(e.name_uk, True)]
        out += [(a, a != e.surname) for a in e.aliases]
        if e.type == "ORG":
            have = {e.name_uk, *e.aliases}
            out += [(v, True) for v in body_name_variants(e.name_uk) if v not in have]
        return out

    def _add(self, forms: tuple[str, ...], surface: Surface) -> None:
        bucket = self.index.setdefault(forms, [])
        for k, s in enumerate(bucket):
            if s.entity == surface.entity:
                if s is surface:
                    return
                caps = tuple(min(a, b) for a, b in zip(s.caps, surface.caps)) \
                    if len(s.caps) == len(surface.caps) else s.caps
                bucket[k] = Surface(s.entity, caps, s.full or surface.full)   # shared: not mutated
                return
        bucket.append(surface)
        self.max_len = max(self.max_len, len(forms))

    # ---- queries -------------------------------------------------------------------------
    def entity(self, eid: str) -> KBEntity | None:
        """The entity with this id, or None."""
        return self.entities.get(eid)

    def lookup(self, surface: str) -> list[KBEntity]:
        """Entities a written name can refer to, in any case ("Туреччиною" -> Turkey)."""
        key = tuple(norm_word(w) for w in alias_tokens(surface))
        return [self.entities[s.entity] for s in self.index.get(key, [])]

    def holder(self, role: str, of: str | None, date: dt.date | None = None) -> KBEntity | None:
        """Who held `role` of `of` on `date` (without a date: the current holder, i.e. the
        latest whose role has no end). A body's head is found through its `head` role."""
        date = _date(date)
        if role == "head" and self.is_country(of):
            return self.head_of_country(of, date)
        spans = [r for r in self.roles.get(role, []) if self._of_fits(r.of, of) and r.active(date)]
        if not spans and role in ("head",) and of in self.entities and self.entities[of].head:
            hrole, hof = self.entities[of].head
            if hrole != "head":
                return self.holder(hrole, hof, date)
        if not spans and role in self.role_or_head and of in self.entities and not self.is_country(of) \
                and (self.entities[of].head is None or self.entities[of].head[0] == "head"):
            return self.holder("head", of, date)
        if not spans:
            return None
        spans.sort(key=lambda r: (r.of == of, r.start or dt.date.min), reverse=True)
        return self.entities.get(spans[0].person)

    # who a bare "керівник / очільник / глава" of a state is, in this order: the office that
    # leads the state's policy where both a president and a chancellor exist (Germany,
    # Austria), the president, else the head of government, else a monarch
    HEAD_OF_COUNTRY = ("chancellor", "president", "prime-minister", "supreme-leader", "king", "emir")

    def is_country(self, eid: str | None) -> bool:
        e = self.entities.get(eid) if eid else None
        return e is not None and e.type == "LOC" and e.of is None and not e.katottg

    def head_of_country(self, country: str, date: dt.date | None = None) -> KBEntity | None:
        """"Керівник Росії", "очільник Білорусі": the holder on the date of the first of
        `HEAD_OF_COUNTRY` the state has (nobody when its holder on the date is unknown), never the head of one of its bodies (the head of
        Russia's military intelligence is no head of Russia); None when nobody is known."""
        for role in self.HEAD_OF_COUNTRY:
            spans = [r for r in self.roles.get(role, []) if r.of == country]
            if spans:       # the state has this office: its holder on the date or nobody
                spans = sorted((r for r in spans if r.active(date)),
                               key=lambda r: r.start or dt.date.min, reverse=True)
                return self.entities.get(spans[0].person) if spans else None
        return None

    def roles_of(self, eid: str, date=None) -> list[RoleSpan]:
        """The roles a person holds on `date` (all current ones without a date), for pages
        that say who someone is."""
        e = self.entities.get(eid)
        if e is None:
            return []
        date = _date(date)
        return [r for r in e.roles if r.active(date)]

    def _of_fits(self, role_of: str | None, of: str | None) -> bool:
        if of is None or role_of == of:
            return of is not None or role_of is None
        parent = self.entities.get(role_of).of if role_of in self.entities else None
        return parent == of

    def country(self, eid: str | None, depth: int = 0) -> str | None:
        """The country an entity belongs to: a country itself, else up the `of` chain of a
        body or a place."""
        e = self.entities.get(eid) if eid else None
        if e is None or depth > 4:
            return None
        if e.type == "LOC" and e.of is None:
            return e.id
        return self.country(e.of, depth + 1) if e.of else None

    def gender(self, eid: str) -> str | None:
        e = self.entities.get(eid)
        return e.gender if e else None


def _lexeme(lemma: str, pos: str) -> set[str]:
    """Every form of an adjective or demonym lemma (all genders, numbers, cases)."""
    from ..extract.morph import analyzer
    out = {norm_word(lemma)}
    for p in analyzer().parse(norm_word(lemma)):
        if p.tag.POS != pos or p.normal_form != norm_word(lemma) \
                or {"Surn", "Name", "Fixd", "inan"} & set(p.tag.grammemes) and pos == "NOUN":
            continue
        out.update(norm_word(f.word) for f in p.lexeme
                   if "comp" not in f.tag.grammemes and "supr" not in f.tag.grammemes)
    return out


# ---- loading ------------------------------------------------------------------------------
KEYS = {"id", "name", "uk", "wikidata", "gender", "of", "head", "aliases", "adj", "demonym",
        "roles", "surname", "no_surname", "type", "combining", "katottg", "coords", "iso"}
TYPES = ("PER", "ORG", "LOC", "MISC")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_QID = re.compile(r"^Q\d+$")
NOT_ENTITIES = ("lexicon", "roles")       # data files of kb/ that hold no entities


def kb_files() -> list[Path]:
    """The entity files: the shipped ones (countries, places, organisations, people first),
    then every `*.yaml` in the folder named by `KHRONIKA_KB_DIR`, sorted by name."""
    shipped = sorted((p for p in (LANG_DIR / "kb").glob("*.yaml") if p.stem not in NOT_ENTITIES),
                     key=lambda p: (KB_FILES.index(p.stem) if p.stem in KB_FILES else len(KB_FILES), p.name))
    user = os.environ.get("KHRONIKA_KB_DIR")
    extra = sorted(Path(user).glob("*.y*ml")) if user and Path(user).is_dir() else []
    return shipped + extra


def read_yaml(path: Path):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as f:
        return yaml.load(f, Loader=loader)


def check_records(data, source: str = "file") -> list[str]:
    """Every problem of one entity file, as readable lines (empty when the file is good)."""
    errs: list[str] = []
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        return [f"{source}: expected a mapping with a list under 'entities:' (and optionally 'type:')"]
    default_type = data.get("type", "MISC")
    if default_type not in TYPES:
        errs.append(f"{source}: type {default_type!r} is not one of {', '.join(TYPES)}")
    seen = set()
    for n, rec in enumerate(data["entities"], 1):
        where = f"{source}: entity {n}"
        if not isinstance(rec, dict):
            errs.append(f"{where}: expected a mapping, got {rec!r}")
            continue
        where += f" ({rec.get('id', '?')})"
        for key in ("id", "uk"):
            if not rec.get(key):
                errs.append(f"{where}: missing '{key}'")
        extra = set(rec) - KEYS
        if extra:
            errs.append(f"{where}: unknown field(s) {', '.join(sorted(extra))}; allowed: {', '.join(sorted(KEYS))}")
        eid = rec.get("id")
        if eid and not _SLUG.match(str(eid)):
            errs.append(f"{where}: id must be lowercase ASCII words joined by '-' (like 'olena-petruk')")
        if eid in seen:
            errs.append(f"{where}: id used twice in this file")
        seen.add(eid)
        if rec.get("type", default_type) not in TYPES:
            errs.append(f"{where}: type {rec.get('type')!r} is not one of {', '.join(TYPES)}")
        if rec.get("wikidata") is not None and not _QID.match(str(rec["wikidata"])):
            errs.append(f"{where}: wikidata must look like Q123 or be null")
        if rec.get("gender") not in (None, "", *GENDERS):
            errs.append(f"{where}: gender must be m or f")
        for field_name in ("aliases", "adj", "demonym", "combining"):
            if rec.get(field_name) is not None and not isinstance(rec[field_name], list):
                errs.append(f"{where}: '{field_name}' must be a list")
        if rec.get("coords") is not None:
            c = rec["coords"]
            if not (isinstance(c, list) and len(c) == 2 and all(isinstance(x, (int, float)) for x in c)):
                errs.append(f"{where}: coords must be [lat, lon]")
        for r in rec.get("roles") or []:
            if not isinstance(r, dict) or not r.get("role"):
                errs.append(f"{where}: a role needs 'role' (and 'of', 'start', 'end')")
                continue
            try:
                start, end = _date(r.get("start")), _date(r.get("end"))
            except ValueError:
                errs.append(f"{where}: role {r.get('role')}: dates must be YYYY-MM-DD")
                continue
            if start and end and start > end:
                errs.append(f"{where}: role {r.get('role')} ends before it starts")
    return errs


def _first_and_surname(first: str, second: str) -> bool:
    """A dictionary first name and a dictionary surname that is no adjective: "Олександр
    Лисенко", not a ruler's epithet ("Ярослав Мудрий"), a title ("Принц Вільям") or a name
    in another order ("Лі Цян")."""
    from ..extract.morph import analyzer, is_dictionary

    def tags(word: str) -> set[str]:
        out: set[str] = set()
        for p in analyzer().parse(norm_word(word)):
            if is_dictionary(p):
                out |= set(p.tag.grammemes) | {str(p.tag.POS)}
        return out
    a, b = tags(first), tags(second)
    return not roman_numeral(second) and "Name" in a and "Surn" in b and "ADJF" not in b


def parse_entities(name: str | Path) -> list[KBEntity]:
    """The entities of one data file (a name under kb/ or a path; ValueError when malformed)."""
    path = Path(name) if isinstance(name, Path) or str(name).endswith((".yaml", ".yml")) \
        else LANG_DIR / "kb" / f"{name}.yaml"
    data = read_yaml(path) or {}
    errs = check_records(data, str(path.name))
    if errs:
        raise ValueError("; ".join(errs[:5]))
    default_type = data.get("type", "MISC")
    out = []
    for rec in data.get("entities") or []:
        eid, uk = rec["id"], rec["uk"]
        etype = rec.get("type", default_type)
        e = KBEntity(id=eid, name=rec.get("name") or eid, name_uk=uk, type=etype,
                     wikidata=rec.get("wikidata"), gender=GENDERS.get(rec.get("gender") or ""),
                     of=rec.get("of"), aliases=list(rec.get("aliases") or []),
                     adj=list(rec.get("adj") or []), demonym=list(rec.get("demonym") or []),
                     combining=list(rec.get("combining") or []), katottg=rec.get("katottg"),
                     iso=rec.get("iso"), coords=tuple(rec["coords"]) if rec.get("coords") else None)
        if rec.get("head"):
            e.head = (rec["head"]["role"], rec["head"].get("of"))
        for r in rec.get("roles") or []:
            e.roles.append(RoleSpan(r["role"], r.get("of"), eid, _date(r.get("start")), _date(r.get("end"))))
        if etype == "PER":
            words = uk.split()
            surname = rec.get("surname") or (words[-1] if len(words) > 1 else None)
            if surname and not rec.get("no_surname"):
                e.aliases.append(surname)
                e.surname = surname
                if len(words) > 1:
                    e.aliases.append(f"{words[0][0]}. {surname}")
                    e.aliases.append(f"{surname} {words[0]}")
            elif len(words) == 2 and _first_and_surname(*words):
                # a common surname alone names nobody, but award lists and decrees put it
                # first: "Лисенко Олександр Миколайович" is still the person
                e.aliases.append(f"{words[1]} {words[0]}")
            if len(words) > 1 and not rec.get("no_surname"):
                e.first_names.append(words[0])
            for a in rec.get("aliases") or []:
                aw = a.split()
                if len(aw) > 1 and aw[0] not in e.first_names:
                    e.first_names.append(aw[0])
        out.append(e)
    return out


_JOINS = frozenset({"і", "та", "й"})


def _data_hash() -> str:
    from .official import package_versions
    h = hashlib.sha1()
    for p in [*(LANG_DIR / "kb").glob("*.yaml"), *kb_files()]:
        h.update(str(p).encode())
        h.update(p.read_bytes())
    for mod in ("base.py", "inflect.py", "official.py", "generated.py", "../textnorm.py"):
        h.update((Path(__file__).parent / mod).read_bytes())     # textnorm: the index keys
    h.update(package_versions().encode())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("KHRONIKA_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khronika"


def build_kb(official: bool = True) -> KnowledgeBase:
    """Load every data file, add the places of the official data packages (unless
    `official=False`) and build the index (no cache)."""
    entities: dict[str, KBEntity] = {}
    user = Path(os.environ["KHRONIKA_KB_DIR"]).resolve() if os.environ.get("KHRONIKA_KB_DIR") else None
    for path in kb_files():
        mine = user is not None and path.resolve().parent == user
        for e in parse_entities(path):
            if e.id in entities and not mine:
                raise ValueError(f"duplicate knowledge-base id {e.id!r} ({path})")
            entities[e.id] = e          # a user's entry replaces the shipped one of its id
    if official:
        from .generated import add_official
        add_official(entities)
    kb = KnowledgeBase(entities, (load("kb/roles") or {}).get("roles") or {})
    kb.build_index()
    return kb


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The process-wide knowledge base (one object: layers share lookups keyed by it)."""
    return load_kb()


def load_kb() -> KnowledgeBase:
    """The knowledge base from the compiled cache when the data is unchanged.

    A missing cache (first use, or the data changed) is compiled in a child process and then
    loaded like any other: building takes ~540 MB at its peak, most of it garbage by the end,
    and a long `khronika analyze` that built it in-process kept that heap and went past its
    600 MB limit. If the child cannot write the cache, the knowledge base is built here."""
    key = _data_hash()
    path = _cache_dir() / f"kb-{key}.pickle"
    if os.environ.get("KHRONIKA_KB_CACHE", "1") == "0":
        return build_kb()
    kb = _read_cache(path)
    if kb is None and _compile_in_child(path):
        kb = _read_cache(path)
    if kb is None:
        kb = build_kb()
        write_cache(kb, path)
    return kb


def _read_cache(path: Path) -> KnowledgeBase | None:
    try:
        with path.open("rb") as f:
            return pickle.load(f)
    except Exception:
        return None


def write_cache(kb: KnowledgeBase, path: Path) -> None:
    """Write the compiled knowledge base atomically (a reader never sees half a file)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass


def _compile_in_child(path: Path) -> bool:
    import subprocess
    import sys
    code = ("import sys; from pathlib import Path; from khronika.kb.base import build_kb, write_cache; "
            "write_cache(build_kb(), Path(sys.argv[1]))")
    try:
        # -I: the child imports this installed khronika, never a checkout in the working
        # directory (if it cannot import at all, the caller builds in-process)
        done = subprocess.run([sys.executable, "-I", "-c", code, str(path)], stdin=subprocess.DEVNULL,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    except OSError:
        return False
    return done.returncode == 0 and path.exists()
