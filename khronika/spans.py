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
