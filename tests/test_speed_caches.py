"""Caches added for speed give what the uncached path gives (issue 14/16: the analysis must
get faster with its output unchanged). Each cache wraps a pure function of its arguments; the
words and sentences here are our own, chosen so that every branch of a cached answer is met."""
from __future__ import annotations

import pytest

from khronika.extract.events.grammar import clauses

# nouns, adjectives, pronouns, verbs, names, an acronym, an indeclinable, a non-word
WORDS = ["Будапешт", "доби", "делегацією", "нам", "його", "їх", "Стуббом", "міністрові",
         "зустрілися", "новий", "НАТО", "Гроссі", "кафе", "2024", "—", "Харкові", "воєнних",
         "обстріляли", "україни", "Україну", "переговорів"]


@pytest.mark.parametrize("name", ["_cases", "_case_numbers"])
def test_case_sets_cached_as_computed(name):
    cached = getattr(clauses, name)
    uncached = cached.__wrapped__          # the function itself, without its cache
    for word in WORDS:
        first = cached(word)
        assert first == uncached(word)
        assert cached(word) is first       # the second ask is served by the cache
        assert isinstance(first, frozenset)  # shared between callers: cannot be changed


def test_preload_reads_world_cities():
    """The table of the world's cities (~0.25 s to unpickle) is a per-process cost that
    `Pipeline.preload` pays, not the first document that names a foreign city."""
    from khronika.kb import world_cities
    from khronika.pipeline import get_pipeline
    pipeline = get_pipeline()       # the default one, shared with the other tests
    world_cities.table.cache_clear()
    pipeline.preload()
    assert world_cities.table.cache_info().currsize == 1


def test_event_word_lists_read_as_before():
    """`Lexicon.word_list` is the lists' own lookup (no Python frame a call): every list
    reads as it did, a name with no list reads as an empty one and is not added, and a
    lexicon built with a plain dict of lists reads the same."""
    from khronika.extract.events.lexicon.compiled import Lexicon, lexicon
    lex = lexicon()
    for name, words in lex.lists.items():
        assert lex.word_list(name) is words
    assert lex.word_list("no_such_list_here") == frozenset()
    assert "no_such_list_here" not in lex.lists
    own = Lexicon(lists={"зброя": frozenset({"танк", "гаубиця"})})
    assert own.word_list("зброя") == {"танк", "гаубиця"}
    assert own.word_list("інше") == frozenset()
    assert type(lex.word_list).__name__ == "builtin_function_or_method"


def test_entity_table_get_reads_as_mapping_get():
    """`EntityTable.get` answers as `Mapping.get` does (through `__getitem__`) for a kept
    entity, a generated place made on first ask, and ids the table does not hold."""
    from collections.abc import Mapping
    from khronika.kb import get_kb
    table = get_kb().entities
    whole = next(iter(table.whole))
    rows = list(table.rows)[:3]
    for eid in [whole, *rows, *rows, "Q_немає_такого", "", None]:
        assert table.get(eid) is Mapping.get(table, eid)
        assert table.get(eid, "жодного") is Mapping.get(table, eid, "жодного")
    assert "get" in type(table).__dict__       # its own, not the mixin's
