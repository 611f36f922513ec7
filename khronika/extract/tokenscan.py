"""The tokens a pass starts from, picked out in C.

Many passes of the entity layer look for a rare word (a preposition of place before a
city, a weapon's name, a body's head noun, a body noun, a person's surname) and used to
test every token of every document in a Python loop step: a few tenths of a microsecond a
token, paid by each pass on every document. `where` finds the same tokens with `map` over
the field and the keys' own `__contains__` (no Python step per token); the pass then runs
its full test on those few, in text order, so what it finds is what the loop found.

`Columns` holds a document's fields as lists, each read from the tokens once: a pass over a
field then walks a list of strings, not the token objects again (ten passes of the entity
layer read "norm" or "lemma": ~2.5% of that layer's CPU went to reading the tokens again,
measured in one process against the walk over the tokens).
"""
from __future__ import annotations

from itertools import compress
from operator import attrgetter
from typing import Container, Sequence

_FIELDS = {name: attrgetter(name) for name in ("norm", "text", "lemma")}


class Columns:
    """The fields of a document's tokens as lists, each built on first use. The tokens must
    not change while it is used (the entity layer keeps one for its run: no pass there
    rewrites a token's form, text or lemma)."""

    __slots__ = ("tokens", "_lists")

    def __init__(self, tokens: Sequence):
        self.tokens = tokens
        self._lists: dict[str, list] = {}

    def __len__(self) -> int:
        return len(self.tokens)

    def values(self, field: str) -> list:
        """`field` ("norm", "text" or "lemma") of every token, in order."""
        got = self._lists.get(field)
        if got is None:
            got = self._lists[field] = list(map(_FIELDS[field], self.tokens))
        return got


def where(tokens: "Sequence | Columns", field: str, *keys: Container) -> list[int]:
    """Indexes, ascending, of the tokens whose `field` ("norm", "text" or "lemma") is in
    any of `keys` (sets or dicts); `tokens` may be the document's `Columns`."""
    n = len(tokens)
    values = tokens.values(field) if isinstance(tokens, Columns) else map(_FIELDS[field], tokens)
    if len(keys) == 1:
        return list(compress(range(n), map(keys[0].__contains__, values)))
    values = values if isinstance(values, list) else list(values)
    found: set[int] = set()
    for k in keys:
        found.update(compress(range(n), map(k.__contains__, values)))
    return sorted(found)
