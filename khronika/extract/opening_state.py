"""The state a sentence opens with as its subject ("Данія виділить ...", "Уряд Японії схвалив ...").

A report about another state goes on with that state's office or body: "Данія виділить ще 500
мільйонів. Прем'єр-міністр також повідомила ...", "Словаччина відмовилася ... Раніше уряд
країни передав ...". Both readers of a bare role, coref for the offices of the knowledge base
and the events layer for "уряд", "делегація", ask here which state the sentence before opened
with, so the two cannot drift apart.
"""
from __future__ import annotations

from collections.abc import Callable

from .morph import parses


def opening_state(doc, sentence: int, tok_at: Callable[[int], int | None],
                  country: Callable[[str], str | None]) -> str | None:
    """The state (by `country` of the entity) of the name the sentence opens with as its
    subject: the first word, or the genitive owner right after an opening nominative noun."""
    s = doc.sentences[sentence]
    toks = doc.tokens
    first = next((k for k in range(s.first_token, s.last_token) if toks[k].is_word), None)
    if first is None:
        return None
    for m in sorted((m for m in doc.mentions if s.start <= m.start < s.end and m.entity), key=lambda m: m.start):
        k = tok_at(m.start)
        if k is None or k > first + 1:
            return None
        if k == first + 1 and not (toks[first].pos == "NOUN" and toks[first].case == "nomn" and
                                   toks[k].case == "gent"):
            return None       # only the owner of an opening subject ("Уряд Японії")
        if k == first and toks[k].case not in ("nomn", None) and \
                not any(p.tag.case == "nomn" for p in parses(toks[k].text)):
            return None
        return country(m.entity)
    return None
