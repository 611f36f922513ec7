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
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lang.uk import HERE as LANG_DIR
from ..lang.uk import load
from ..textnorm import norm_word
from .inflect import is_acronym, phrase_forms

KB_FILES = ("countries", "places", "organizations", "people")
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
        self.index: dict[tuple[str, ...], list[Surface]] = {}
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
        for e in self.entities.values():
            kind = "person" if e.type == "PER" else "thing"
            for alias, full in self._aliases(e):
                words = alias_tokens(alias)
                if not words:
                    continue
                caps = _caps(words)
                for forms in phrase_forms(words, kind, e.gender):
                    self._add(forms, Surface(e.id, caps, full))
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

    def _aliases(self, e: KBEntity) -> list[tuple[str, bool]]:
        out: list[tuple[str, bool]] = [(e.name_uk, True)]
        out += [(a, True) for a in e.aliases]
        return out

    def _add(self, forms: tuple[str, ...], surface: Surface) -> None:
        bucket = self.index.setdefault(forms, [])
        for s in bucket:
            if s.entity == surface.entity:
                if surface.full and not s.full:
                    s.full = True
                s.caps = tuple(min(a, b) for a, b in zip(s.caps, surface.caps)) \
                    if len(s.caps) == len(surface.caps) else s.caps
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
        spans = [r for r in self.roles.get(role, []) if self._of_fits(r.of, of) and r.active(date)]
        if not spans and role in ("head",) and of in self.entities and self.entities[of].head:
            hrole, hof = self.entities[of].head
            if hrole != "head":
                return self.holder(hrole, hof, date)
        if not spans:
            return None
        spans.sort(key=lambda r: (r.of == of, r.start or dt.date.min), reverse=True)
        return self.entities.get(spans[0].person)

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
def parse_entities(name: str) -> list[KBEntity]:
    """The entities of one data file (raises ValueError on a malformed record)."""
    data = load(f"kb/{name}") or {}
    default_type = data.get("type", "MISC")
    out = []
    for rec in data.get("entities") or []:
        try:
            eid, uk = rec["id"], rec["uk"]
        except KeyError as exc:
            raise ValueError(f"kb/{name}: record without {exc}: {rec!r}") from exc
        etype = rec.get("type", default_type)
        e = KBEntity(id=eid, name=rec.get("name") or eid, name_uk=uk, type=etype,
                     wikidata=rec.get("wikidata"), gender=GENDERS.get(rec.get("gender") or ""),
                     of=rec.get("of"), aliases=list(rec.get("aliases") or []),
                     adj=list(rec.get("adj") or []), demonym=list(rec.get("demonym") or []),
                     combining=list(rec.get("combining") or []))
        if rec.get("head"):
            e.head = (rec["head"]["role"], rec["head"].get("of"))
        for r in rec.get("roles") or []:
            e.roles.append(RoleSpan(r["role"], r.get("of"), eid, _date(r.get("start")), _date(r.get("end"))))
        if etype == "PER":
            words = uk.split()
            surname = rec.get("surname") or (words[-1] if len(words) > 1 else None)
            if surname and not rec.get("no_surname"):
                e.aliases.append(surname)
                if len(words) > 1:
                    e.aliases.append(f"{words[0][0]}. {surname}")
                    e.aliases.append(f"{surname} {words[0]}")
            if len(words) > 1 and not rec.get("no_surname"):
                e.first_names.append(words[0])
            for a in rec.get("aliases") or []:
                aw = a.split()
                if len(aw) > 1 and aw[0] not in e.first_names:
                    e.first_names.append(aw[0])
        out.append(e)
    return out


def _data_hash() -> str:
    h = hashlib.sha1()
    kb_dir = LANG_DIR / "kb"
    for p in sorted(kb_dir.glob("*.yaml")):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    for mod in ("base.py", "inflect.py"):
        h.update((Path(__file__).parent / mod).read_bytes())
    return h.hexdigest()[:16]


def _cache_dir() -> Path:
    base = os.environ.get("KHRONIKA_CACHE") or os.environ.get("XDG_CACHE_HOME") \
        or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "khronika"


def build_kb() -> KnowledgeBase:
    """Load every data file and build the index (no cache)."""
    entities: dict[str, KBEntity] = {}
    for name in KB_FILES:
        for e in parse_entities(name):
            if e.id in entities:
                raise ValueError(f"duplicate knowledge-base id {e.id!r} (kb/{name})")
            entities[e.id] = e
    kb = KnowledgeBase(entities, (load("kb/roles") or {}).get("roles") or {})
    kb.build_index()
    return kb


@lru_cache(maxsize=1)
def get_kb() -> KnowledgeBase:
    """The process-wide knowledge base, from the pickle cache when the data is unchanged."""
    key = _data_hash()
    path = _cache_dir() / f"kb-{key}.pickle"
    if os.environ.get("KHRONIKA_KB_CACHE", "1") != "0":
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except Exception:
            pass
    kb = build_kb()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(kb, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return kb
