"""The tokens a pass starts from, picked out in C.

Many passes of the entity layer look for a rare word (a preposition of place before a
city, a weapon's name, a body's head noun, a body noun, a person's surname) and used to
test every token of every document in a Python loop step: a few tenths of a microsecond a
token, paid by each pass on every document. `where` finds the same tokens with `map` over
the field and the keys' own `__contains__` (no Python step per token); the pass then runs
its full test on those few, in text order, so what it finds is what the loop found.
"""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Container, Sequence

_FIELDS = {name: attrgetter(name) for name in ("norm", "text", "lemma")}


def where(tokens: Sequence, field: str, *keys: Container) -> list[int]:
    """Indexes, ascending, of the tokens whose `field` ("norm", "text" or "lemma") is in
    any of `keys` (sets or dicts)."""
    get = _FIELDS[field]
    n = len(tokens)
    if len(keys) == 1:
        return list(compress(range(n), map(keys[0].__contains__, map(get, tokens))))
    values = list(map(get, tokens))
    found: set[int] = set()
    for k in keys:
        found.update(compress(range(n), map(k.__contains__, values)))
    return sorted(found)
