"""A foreign or Ukrainian name written in another of its Ukrainian spellings.

Ukrainian news spells one name several ways: German and Scandinavian "ö" as "ьо" or "е"
("Стьоре", "Стере"; "Ніїністьо", "Нііністе"), "и" or "і" ("Резниченко", "Резніченко"), a
"й" before "ї" or not ("Тайїп", "Таїп"), a soft sign or none ("Шольц", "Шолц"), a double
letter or a single one ("Кассіс", "Касіс"), a foreign h as "г" by the rule or "х" as it is
heard ("Негаммер", "Нехаммер"; "Гегсет", "Хегсет"). The knowledge base holds one or two spellings; a
full name the index does not know is compared with its people by a key that folds these
differences. Only a key that one person's full name gives is taken: a surname alone, or a
key two people share, links nobody."""
from __future__ import annotations

import re

from ..textnorm import norm_word
from .base import KnowledgeBase

_FOLD = str.maketrans({"ї": "і", "и": "і", "є": "е", "ґ": "х", "г": "х", "ё": "е", "й": "і", "'": None})
_DOUBLE = re.compile(r"(.)\1+")
_CACHE: dict[int, dict[str, set[str]]] = {}


def spelling_key(name: str) -> str:
    """The folded key of a name ("Йонас Гар Стьоре" and "Йонас Гар Стере" share one)."""
    words = []
    for w in name.split():
        w = norm_word(w).replace("ьо", "е").replace("ь", "").translate(_FOLD)
        words.append(_DOUBLE.sub(r"\1", w))
    return " ".join(words)


def _table(kb: KnowledgeBase) -> dict[str, set[str]]:
    table = _CACHE.get(id(kb))
    if table is None:
        table = {}
        # people are hand-written entries, kept whole (the generated places are rows)
        people = getattr(kb.entities, "whole", kb.entities)
        for e in people.values():
            if e.type != "PER":
                continue
            for n in (e.name_uk, *e.aliases):
                if len(n.split()) > 1 and not n.split()[0].endswith("."):
                    table.setdefault(spelling_key(n), set()).add(e.id)
        _CACHE.clear()
        _CACHE[id(kb)] = table
    return table


def person_by_spelling(kb: KnowledgeBase, *names: str):
    """The one KB person whose full name any of `names` (nominative, two words or more) is
    another spelling of, or None."""
    table = _table(kb)
    for n in names:
        if len(n.split()) < 2:
            continue
        ids = table.get(spelling_key(n)) or set()
        if len(ids) == 1:
            return kb.entities[next(iter(ids))]
    return None
