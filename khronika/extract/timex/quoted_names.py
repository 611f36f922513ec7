"""A name in quotation marks inside a clause ("12 жовтня «Харківобленерго» підписало договір",
"ТОВ «Укрстрой» заволоділо коштами") is a word of that clause, not a quote: the marks that
wall off a quoted clause from its verb (`clause_walls`) do not wall off a name. A pair counts as
a name when it closes within `NAME_TOKENS` tokens and holds no wall of its own.

The title of a work or an operation in quotation marks after the noun that names its kind
("фільм «20 днів у Маріуполі»", "роман «1984»", "книга «Сім днів у травні»", "операція
«Буря-24»") tells no time: its numbers and words of time are words of the title (`title_spans`,
read by `Scanner.run`; the kinds are `title_nouns` of timex.yaml)."""
from __future__ import annotations

from itertools import compress

NAME_TOKENS = 6
_OPEN, _CLOSE = "«", "»"
# the marks a title opens and closes with, and how many tokens it may run
_TITLE_MARKS = {"«": "»", "“": "”", "„": "“", '"': '"', "”": "”"}
TITLE_TOKENS = 16


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


def title_spans(doc, nouns: frozenset, norms: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each title in quotation marks right after a noun of `nouns` (lemmas)
    in `doc`, within its sentence and `TITLE_TOKENS` tokens; `norms`, the tokens' forms, which
    the caller has already. Only the tokens that open a title are visited: the opening marks
    are found by one C-level pass over the forms."""
    toks = doc.tokens
    out = []
    for k in compress(range(len(toks) - 2), map(_TITLE_MARKS.__contains__, norms[1:-1])):
        close = _TITLE_MARKS[norms[k + 1]]
        if (toks[k].lemma or toks[k].norm) not in nouns:
            continue
        sent = toks[k].sentence
        for m in range(k + 2, min(len(toks), k + 2 + TITLE_TOKENS)):
            if toks[m].sentence != sent:
                break
            if toks[m].norm == close:
                out.append((toks[k + 1].start, toks[m].end))
                break
    return out
