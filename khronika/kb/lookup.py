"""What `khronika kb` prints: an entry described for people, and a user file checked against
the schema and against the entries it refers to."""
from __future__ import annotations

from pathlib import Path

from .base import KBEntity, KnowledgeBase, _date, check_records, read_yaml


def describe(kb: KnowledgeBase, e: KBEntity, date=None, full: bool = False) -> dict:
    """An entry as a plain dict: names, codes, where it lies, roles (on `date`, or all)."""
    day = _date(date) if date else None
    roles = [r for r in e.roles if day is None or r.active(day)]
    out = {"id": e.id, "name": e.name, "name_uk": e.name_uk, "type": e.type, "wikidata": e.wikidata,
           "roles": [f"{r.role} of {r.of}" + (f" {r.start or '…'}–{r.end or ''}" if r.start or r.end else "")
                     for r in roles]}
    if e.katottg:
        out["katottg"] = e.katottg
    if e.coords:
        out["coords"] = list(e.coords)
    if e.parents:
        out["within"] = [kb.entities[p].name_uk for p in _by_code(kb, e.parents)]
    if e.of:
        out["of"] = e.of
    if full:
        out["aliases"] = list(e.aliases)
        for key in ("iso", "population", "category", "gender"):
            if getattr(e, key):
                out[key] = getattr(e, key)
    return out


def _by_code(kb: KnowledgeBase, codes) -> list[str]:
    want = set(codes)
    index = getattr(kb, "by_katottg", None)
    if index is None:
        index = kb.by_katottg = {kb.entities[i].katottg: i for i in kb.entities
                                 if i in getattr(kb.entities, "whole", {}) and kb.entities[i].katottg}
        rows = getattr(kb.entities, "rows", {})
        for i, row in rows.items():
            if row[4]:
                index[row[4]] = i
    return [index[c] for c in codes if c in want and c in index]


def check_file(path: Path) -> list[str]:
    """Every problem of a user file, one readable line each: YAML syntax, the schema, role
    keys unknown to roles.yaml, and an `of` that names no entry (here or shipped)."""
    path = Path(path)
    if not path.is_file():
        return [f"{path}: no such file"]
    try:
        data = read_yaml(path)
    except Exception as exc:        # yaml.YAMLError carries the line and column
        return [f"{path}: not valid YAML: {exc}"]
    errs = check_records(data, str(path))
    if errs:
        return errs
    from . import get_kb
    kb = get_kb()
    ids = {rec["id"] for rec in data["entities"]}
    for n, rec in enumerate(data["entities"], 1):
        where = f"{path}: entity {n} ({rec['id']})"
        refs = [("of", rec.get("of"))] + [("role of", r.get("of")) for r in rec.get("roles") or []] \
            + [("role for", r.get("for")) for r in rec.get("roles") or []]
        if rec.get("head"):
            refs.append(("head of", rec["head"].get("of")))
        for what, ref in refs:
            if ref and ref not in ids and ref not in kb.entities:
                errs.append(f"{where}: {what} {ref!r} names no entry (neither in this file nor shipped)")
        for r in rec.get("roles") or []:
            if r["role"] not in kb.role_defaults:
                errs.append(f"{where}: role {r['role']!r} is not a key of roles.yaml")
    return errs
