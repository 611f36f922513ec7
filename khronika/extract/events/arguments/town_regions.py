"""The region a struck town lies in is where it was hit, not a second target.

"Окупанти обстріляли Нікополь на Дніпропетровщині", "атакували Бериславський район
Херсонщини", "удар по Ізмаїлу на Одещині": the oblast (or raion) named right after the town
tells where the town is; the town is what was struck (GUIDELINES: the town hit is the
recipient and the place). Read as a recipient of its own, the oblast stood where the town is
meant. Only a region the knowledge base puts the town in, named right after it (in the
genitive or after "на"/"у"/"в"), is dropped: "Ворог атакував Харківщину. Зокрема, під удар
потрапили Чугуїв та Куп'янськ" keeps the oblast, which the text says was attacked itself.
"""
from __future__ import annotations

from ....document import Document
from ...regions import oblast_of, unit_of
from ..grammar.names import token_index_at

_LOCATING = frozenset({"на", "у", "в"})


def town_regions(doc: Document, args: list, lo: int, hi: int, recipients: list[str],
                 place: str | None) -> dict[str, str]:
    """region id -> the recipient town it locates, for each region named right after a
    recipient place that lies in it."""
    toks = doc.tokens
    names = sorted((a for a in args if a.kind == "mention" and (a.etype or "") == "LOC"),
                   key=lambda a: a.start)
    out: dict[str, str] = {}
    for town, region in zip(names, names[1:]):
        if town.entity not in recipients or region.entity == town.entity or \
                (region.entity not in recipients and region.entity != place):
            continue
        if region.entity not in (oblast_of(town.entity), unit_of(town.entity, "raion")):
            continue
        k_end = token_index_at(doc, town.end - 1, lo, hi)
        k = token_index_at(doc, region.start, lo, hi)
        if k_end is None or k is None:
            continue
        between = [t.norm for t in toks[k_end + 1:k]]
        if not between and toks[k].case != "gent":
            continue        # ("Херсон, Миколаїв": a list, not a town's region)
        if between and (len(between) != 1 or between[0] not in _LOCATING):
            continue
        out[region.entity] = town.entity
    return out
