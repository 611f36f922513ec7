""""Словаччина припинила експорт пального до України": the state a halted supply went to.

A state that stops its exports or supplies to another as a measure sanctions that state (PLOVER
SANCTION: reduce or stop trade). The receiving state stands after "до" ("до Молдови"), past
the goods: it is the one cut off, not a place the halt is told of ("в Молдову" is still read
as a place elsewhere, before the sides are chosen). Only a supply that goes out counts
(`outbound_supply` in lang/uk/events.yaml): "зупинили наступ до Дніпра" sends nothing, and
"імпорт нафти до США" names the importer, not a state cut off.
"""
from __future__ import annotations

from .clauses import lemma_of_tok

# prepositions of where a supply goes
_TO = ("до",)


def supply_receiver(lex, toks, i: int, prep_at: int, prep: str | None) -> bool:
    """The name under `prep` at prep_at is where the supply halted by the trigger at i went: a
    word of `outbound_supply` stands between the trigger and the preposition ("припинила експорт
    дизельного пального до України", "постачання газу до Молдови")."""
    if prep not in _TO:
        return False
    supply = lex.contexts.get("outbound_supply", frozenset())
    return any(lemma_of_tok(toks[m]) in supply for m in range(i, prep_at))
