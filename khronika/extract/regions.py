"""A region's body named without its region: "Про це повідомили в ОВА", "За даними ОДА", "як
зазначили в обласній адміністрації". Regional news leaves the region to the rest of the text
("У Харківській області ... пошкоджено ..."), so the body that speaks is that oblast's
administration, an entry of the knowledge base. A text that names no single region leaves it
unknown: a body called "ОВА" would be the same id for every oblast, which is worse than none.

The words and the abbreviation that names the body in the knowledge base after the oblast's
adjective ("Харківська" + "ОВА") are data (`speech.yaml`, `regional_bodies`).
"""
from __future__ import annotations

from functools import lru_cache

from ..document import Document
from ..kb.base import KBEntity, get_kb

OBLAST = "O"        # the KATOTTG category of an oblast (and the Autonomous Republic)


@lru_cache(maxsize=1)
def oblast_codes() -> dict[str, str]:
    """The first level of a KATOTTG code ("UA63") -> the id of the oblast it codes."""
    kb = get_kb()
    out = {}
    for eid in kb.entities.of_category(OBLAST):
        e = kb.entities[eid]
        if e.katottg:
            out[e.katottg[:4]] = e.id
    return out


def oblast_of(eid: str | None, depth: int = 0) -> str | None:
    """The oblast a place lies in (its KATOTTG code's first level), or that a body belongs to
    (its `of`, a place or an oblast); None for a place outside the oblasts (Kyiv city)."""
    kb = get_kb()
    e = kb.entity(eid) if eid else None
    if e is None or depth > 2:
        return None
    if e.category == OBLAST:
        return e.id
    if e.katottg:
        return oblast_codes().get(e.katottg[:4])
    return oblast_of(e.of, depth + 1) if e.type == "ORG" else None


def text_oblast(doc: Document) -> str | None:
    """The oblast the text is about: the one its places and bodies name most often; with two
    named as often, none (a body of the wrong oblast is worse than no speaker)."""
    return text_unit(doc, "oblast")


def text_unit(doc: Document, level: str) -> str | None:
    """The unit of `level` (`unit_of`) the text's mentions name most often; none on a tie."""
    counts: dict[str, int] = {}
    for m in doc.mentions:
        o = unit_of(m.entity, level)
        if o is not None:
            counts[o] = counts.get(o, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    best = [o for o, n in counts.items() if n == top]
    return best[0] if len(best) == 1 else None


def regional_body(doc: Document, kind: str) -> KBEntity | None:
    """The body of the text's oblast that `kind` names ("ОВА"): the knowledge base's entry
    called by the oblast's adjective and `kind`, belonging to that oblast; else None."""
    oblast = text_oblast(doc)
    kb = get_kb()
    region = kb.entity(oblast) if oblast else None
    if region is None or not region.name_uk:
        return None
    adjective = region.name_uk.split()[0]
    found = [e for e in kb.lookup(f"{adjective} {kind}") if e.type == "ORG" and e.of == oblast]
    return found[0] if len(found) == 1 else None


TOWNS = ("K", "M")      # KATOTTG categories of a city (Kyiv and Sevastopol, the others)
RAION = "P"


def unit_of(eid: str | None, level: str) -> str | None:
    """The unit of `level` ("oblast", "raion" or "town") a mentioned place lies in or is, or
    that a body belongs to ("Харківська ОВА": Kharkiv oblast); None where it tells none."""
    if level == "oblast":
        return oblast_of(eid)
    kb = get_kb()
    e = kb.entity(eid) if eid else None
    if e is not None and e.type == "ORG" and e.of:
        e = kb.entity(e.of)
    if e is None or e.type != "LOC" or not e.katottg:
        return None
    want = TOWNS if level == "town" else (RAION,)
    return e.id if e.category in want else None


@lru_cache(maxsize=1)
def _bodies_of() -> dict[str, list[str]]:
    """The knowledge base's bodies by the unit they belong to (`of`)."""
    kb = get_kb()
    out: dict[str, list[str]] = {}
    for eid, e in kb.entities.whole.items():
        if e.type == "ORG" and e.of:
            out.setdefault(e.of, []).append(eid)
    return out


def unit_body(unit: str, abbreviation: str) -> KBEntity | None:
    """The body of a unit that an abbreviation names after the unit's adjective ("Київська
    МВА", "Харківська ОДА"), when the knowledge base holds exactly one."""
    kb = get_kb()
    found = [kb.entities[b] for b in _bodies_of().get(unit, ())
             if any(n.split()[-1] == abbreviation for n in (kb.entities[b].name_uk, *kb.entities[b].aliases))]
    return found[0] if len(found) == 1 else None
