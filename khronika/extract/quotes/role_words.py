"""The knowledge base's role phrases as the speaker resolution reads them: their first words
("міністра") and the head noun of each ("міністр" -> the roles it heads). Kept apart so that
the resolver and its mixins (`described_speakers`, `referred_speakers`) share one cached
reading without importing one another."""
from __future__ import annotations

from functools import lru_cache

from ...kb.base import get_kb


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The first words of the knowledge base's role phrases ("міністра", "речника")."""
    return frozenset(k[0] for k in get_kb().role_index)


@lru_cache(maxsize=1)
def office_nouns() -> dict[str, frozenset[str]]:
    """The head noun of each role phrase (lower-case nominative: "міністр", "речник", "мер")
    -> the roles it heads: "– сказав міністр" refers back to someone holding one of them."""
    out: dict[str, set[str]] = {}
    for role, phrases in get_kb().role_phrases.items():
        for phrase in phrases:
            words = phrase.split()
            if words:
                out.setdefault(words[0].lower(), set()).add(role)
    return {k: frozenset(v) for k, v in out.items()}
