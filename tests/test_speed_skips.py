"""Work skipped for speed gives what the full work gives (issue 14, part P23: analysis speed
with the output unchanged). Each skip is of work whose answer is already known: a check
whose answer cannot matter, a pure answer asked again, an object nobody reads. The words and
sentences are our own."""
from __future__ import annotations

from khronika.document import Document, Token


class _Asked:
    """A stand-in for the entity layer's document state that records which tokens it was
    asked about."""

    def __init__(self, initial: bool = True):
        self.asked: list[int] = []
        self.initial = initial

    def sentence_initial(self, i: int) -> bool:
        self.asked.append(i)
        return self.initial


def _token(text: str) -> Token:
    return Token(0, len(text), text, text.lower())


def test_street_noun_check_asks_sentence_start_only_of_capitalised_words():
    """`streets._kind` runs over every token; whether a word opens its sentence (a walk back
    to the sentence's first word) matters only for a capitalised one, and a lower-case noun
    is read without it."""
    from khronika.extract.entities.state import Lexicon
    from khronika.extract.entities.streets import _kind
    lex = Lexicon()
    nouns, abbreviations = lex.street_nouns, lex.street_abbreviations
    st = _Asked()
    assert _kind(_token("вулицями"), nouns, abbreviations, st, 3) == ("вулиця", True)
    assert _kind(_token("площею"), nouns, abbreviations, st, 4) == ("площа", False)
    assert _kind(_token("дорогою"), nouns, abbreviations, st, 5) is None
    assert st.asked == []
    # a capitalised word: a street noun only where it opens the sentence
    assert _kind(_token("Площа"), nouns, abbreviations, st, 0) == ("площа", False)
    assert _kind(_token("Майдан"), nouns, abbreviations, _Asked(initial=False), 6) is None
    assert st.asked == [0]


def test_street_noun_reading_is_the_dictionary_reading_once_per_form():
    """The readings of a form are sifted once: the cached answer is the uncached one."""
    from khronika.extract.entities.state import Lexicon
    from khronika.extract.entities.streets import _noun_reading
    nouns = Lexicon().street_nouns
    for word in ("проспекту", "набережних", "алеєю", "Вулиця", "провулків", "ракетою", "Київ"):
        first = _noun_reading(word, nouns)
        assert first == _noun_reading.__wrapped__(word, nouns)
        hits = _noun_reading.cache_info().hits
        assert _noun_reading(word, nouns) == first
        assert _noun_reading.cache_info().hits == hits + 1


def test_entity_table_fields_read_without_making_objects():
    """`EntityTable.fields` gives each entity's fields in the order of `values()`, and
    `field` one of them, both without making the generated places into objects."""
    from khronika.kb import get_kb
    from khronika.kb.table import EntityTable
    kb = get_kb()
    table = EntityTable(kb.entities.whole, kb.entities.rows)     # a fresh table: none made yet
    got = list(table.fields("type", "of", "category", "name_uk"))
    assert len(table._made) == 0
    assert len(got) == len(table)
    made = EntityTable(kb.entities.whole, kb.entities.rows)
    assert got == [(e.id, e.type, e.of, e.category, e.name_uk) for e in made.values()]
    some = [eid for eid, *_ in got[::997]]
    assert [table.field(eid, "name") for eid in some] == [made[eid].name for eid in some]
    assert table.field("no-such-entity-here", "type") is None
    assert len(table._made) == 0


def test_place_tables_built_without_making_every_place(monkeypatch):
    """Each place's country, the foreign cities' states and the capitals are built from the
    table's fields: a process that reads one short document does not make 36,000 objects
    (~0.24 s of its start-up) to build them."""
    import copy
    from khronika.extract.events.arguments import states
    from khronika.kb import get_kb
    from khronika.kb.table import EntityTable
    kb = get_kb()
    fresh = copy.copy(kb)
    fresh.entities = EntityTable(kb.entities.whole, kb.entities.rows)
    want = (states.place_country(), states.world_city_country(), states.capitals())
    monkeypatch.setattr(states, "get_kb", lambda: fresh)
    monkeypatch.setattr(states, "place_country", states.place_country.__wrapped__)
    got = (states.place_country(), states.world_city_country(), states.capitals.__wrapped__())
    assert got == want
    assert len(fresh.entities._made) < len(fresh.entities.rows) // 10
