"""The entity data files: which files there are (the shipped ones, then a user's folder),
how one is read and checked with readable errors, and how its records become `KBEntity`
objects. A user's own knowledge-base file goes through the same checks (`khronika kb check`)."""
from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from ..lang.uk import HERE as LANG_DIR
from ..textnorm import norm_word, roman_numeral
from .records import KBEntity, RoleSpan, _date

KB_FILES = ("countries", "places", "organizations", "organizations-ukraine", "organizations-world",
            "people", "people-ukraine", "people-world")
GENDERS = {"m": "masc", "f": "femn", "masc": "masc", "femn": "femn"}
KEYS = {"id", "name", "uk", "wikidata", "gender", "of", "head", "aliases", "adj", "demonym",
        "roles", "surname", "no_surname", "type", "combining", "katottg", "coords", "iso"}
TYPES = ("PER", "ORG", "LOC", "MISC")
_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_QID = re.compile(r"^Q\d+$")
NOT_ENTITIES = ("lexicon", "roles", "subdivision_names", "renamed_places", "foreign_cities")   # data files of kb/ that hold no entities


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
            e.roles.append(RoleSpan(r["role"], r.get("of"), eid, _date(r.get("start")), _date(r.get("end")),
                                   r.get("for")))
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

