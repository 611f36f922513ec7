"""The preposition that governs a noun, read back from the noun over the words that modify it
("на черговому саміті", "під час його візиту", "від російських дронів"). The frame, background
and subject rules all take these two steps; each keeps its own words and modifiers.
"""
from __future__ import annotations

ADJECTIVES = ("ADJF", "PRTF")


def past_modifiers(toks, i: int, lo: int, pos: tuple[str, ...] = ADJECTIVES, words=()) -> int:
    """The first token before the noun at i, down to lo, that is no modifier of it (a part of
    speech of `pos`, or a word of `words`); lo - 1 when every one is."""
    m = i - 1
    while m >= lo and (toks[m].pos in pos or toks[m].norm in words):
        m -= 1
    return m


def preposition_ending(toks, m: int, lo: int, words, single: bool = True) -> int | None:
    """The first token of a preposition of `words` (from token lo) that ends at token m: one of
    two words ("під час", "на тлі"), else, with `single`, one of one word ("на"); or None."""
    if m - 1 >= lo and f"{toks[m - 1].norm} {toks[m].norm}" in words:
        return m - 1
    if single and m >= lo and toks[m].norm in words:
        return m
    return None


def under_preposition(toks, i: int, lo: int, preps=()) -> bool:
    """The noun at i, past its adjectives, stands under a preposition (by its part of speech,
    or a word of `preps`): "по ракетах", "від російських дронів", "з партнерами" is no
    subject nor a predicate's noun."""
    m = past_modifiers(toks, i, lo)
    return m >= lo and (toks[m].pos == "PREP" or toks[m].norm in preps)
