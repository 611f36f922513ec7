"""Position lookups over sets of character spans, in log time: layers that ask "is this
offset inside any quote?" for every token would otherwise scan every span each time, which
is quadratic in a long document."""
from __future__ import annotations

import bisect
from itertools import accumulate
from typing import Iterable


class Cover:
    """Whether an offset lies inside any of the [start, end) spans given (they may overlap
    or nest): the spans sorted by start, with the furthest end reached by each prefix."""

    __slots__ = ("_starts", "_reach")

    def __init__(self, spans: Iterable[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = list(accumulate((e for _, e in spans), max))

    def __contains__(self, pos: int) -> bool:
        k = bisect.bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos


class FirstHolding:
    """The first item of a list (in list order) whose [start, end) holds an offset, as
    `next(x for x in items if x.start <= pos < x.end)` finds it. Items sorted by start (a
    layer's output, e.g. the quotes) are searched by bisection over the furthest end reached
    so far; any other order is scanned as before."""

    __slots__ = ("_items", "_starts", "_reach")

    def __init__(self, items: list):
        self._items = items
        self._starts = [x.start for x in items]
        ordered = all(a <= b for a, b in zip(self._starts, self._starts[1:]))
        self._reach = list(accumulate((x.end for x in items), max)) if ordered else None

    def find(self, pos: int):
        if self._reach is None:
            return next((x for x in self._items if x.start <= pos < x.end), None)
        # the first item whose end passes pos is where the running furthest end first does
        j = bisect.bisect_right(self._reach, pos)
        if j < len(self._items) and self._starts[j] <= pos:
            return self._items[j]
        return None
