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
    values = tokens.values(field) if isinstance(tokens, Columns) else list(map(_FIELDS[field], tokens))
    # about half of the calls look for words the document does not hold (a weapon's name,
    # a kind of work, a legal form): a set's own test for a shared value, stopping at the
    # first, answers those at a third of the cost of the lookup per token
    keys = tuple(k for k in keys if not _disjoint(k, values))
    if len(keys) == 1:
        return list(compress(range(n), map(keys[0].__contains__, values)))
    found: set[int] = set()
    for k in keys:
        found.update(compress(range(n), map(k.__contains__, values)))
    return sorted(found)


def _disjoint(keys: Container, values: list) -> bool:
    """Whether no value is among `keys` (a set, a dict or any container)."""
    if isinstance(keys, (set, frozenset)):
        return keys.isdisjoint(values)
    if isinstance(keys, dict):
        return keys.keys().isdisjoint(values)
    return not any(map(keys.__contains__, values))
