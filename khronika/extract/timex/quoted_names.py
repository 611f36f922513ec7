"""A name in quotation marks inside a clause ("12 жовтня «Харківобленерго» підписало договір",
"ТОВ «Укрстрой» заволоділо коштами") is a word of that clause, not a quote: the marks that
wall off a quoted clause from its verb (`clause_walls`) do not wall off a name. A pair counts as
a name when it closes within `NAME_TOKENS` tokens and holds no wall of its own."""
from __future__ import annotations

NAME_TOKENS = 6
_OPEN, _CLOSE = "«", "»"


class QuotedNames:
    """`_walled`, read by `Scanner._past_dates_day`."""

    def _walled(self, a: int, b: int) -> bool:
        """Whether a wall (`clause_walls`) stands strictly between tokens a and b, quotation
        marks around a name not counted."""
        return walled(self.n, a, b, self.lex.clause_walls)


def walled(norm, a: int, b: int, walls) -> bool:
    """Whether a wall stands strictly between tokens a and b (norm(k) gives token k's form),
    quotation marks around a name not counted."""
    x = a + 1
    while x < b:
        w = norm(x)
        if w == _OPEN:
            end = next((y for y in range(x + 1, min(b, x + NAME_TOKENS + 2)) if norm(y) == _CLOSE), None)
            if end is not None and not any(norm(y) in walls for y in range(x + 1, end)):
                x = end + 1
                continue
        if w in walls:
            return True
        x += 1
    return False
