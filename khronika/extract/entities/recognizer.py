"""The entity layer: proper-name mentions linked to entities, and refs (roles, pronouns,
demonyms, country adjectives) resolved to them.

1. Gazetteer: longest match of token forms against the knowledge-base index (every alias in
   every case, generated once per process); a capitalised alias matches only capitalised
   text, an acronym only upper case; a one-word name at the start of a sentence that is also
   a common word ("Того", "Кошти") is not taken.
2. Partial names: a first name alone joins the person named in full before it.
3. Statistical NER (`khronika.ner.load_ner()`) for names the KB does not know: document-local
   entities with a nominative Ukrainian name and a KMU-2010 transliteration; without a model a
   small rule (dictionary first name + capitalised surname) finds local people.
4. Refs (`coref.py`): role phrases resolved through dated roles, pronouns to the nearest
   fitting person, demonyms and country adjectives to their country.

Each pass is a mixin in a module of its own (`gazetteer`, `shared_nouns`, `foreign_bodies`,
`first_names`, `body_short_forms`, `outside_kb`, `world_places`, `things`, `body_spans` (where
a body's name begins and ends); `choosing` picks among namesakes, `shared_bodies` among two
states' bodies of one short name);
this module puts them in order.
"""
from __future__ import annotations

from ...document import Document
from ...kb import get_kb, world_cities
from ...kb.matches import drop_matches
from ...pipeline import component
from ...settings import Settings
from .. import coref
from ..body_refs import noun_refs, office_refs
from ..tokenscan import where
from .localnames import LocalNamer
from .places import PlaceResolver
from . import indeclinable
from .rivers import rivers
from .admin_units import admin_units
from .unit_bodies import unit_bodies
from .eponyms import bodies_after_people, eponyms
from .sport_clubs import sport_clubs
from .streets import streets
from . import russian
from .state import DocState, Lexicon
from .body_short_forms import BodyShortFormPass
from .body_spans import BodySpanPass
from .choosing import EntityChoice
from .first_names import FirstNamePass
from .foreign_bodies import ForeignBodyPass
from .gazetteer import GazetteerPass
from .outside_kb import OutsideKbPass
from .shared_nouns import SharedNounPass
from .shared_bodies import shared_bodies
from .name_tails import surname_phrases
from .particle_names import family_tails, particle_surnames
from .state_bodies import state_bodies
from .state_after_body import join_state_after_body, other_state_after_body
from .things import ThingPass
from .world_places import WorldCityPass


@component("entities", requires=("tokens", "morph"), provides=("entities", "mentions", "refs"))
class EntityRecognizer(GazetteerPass, SharedNounPass, ForeignBodyPass, FirstNamePass,
                       BodyShortFormPass, OutsideKbPass, ThingPass, BodySpanPass, WorldCityPass,
                       EntityChoice):
    """The entity layer's component: the passes (one module each, mixed in here) run in a
    fixed order over one `DocState`, each adding what the earlier ones left uncovered."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.kb = get_kb()
        self.lex = Lexicon()
        self.use_ner = bool(settings.option("entities", "ner", True))
        self.fallback_people = bool(settings.option("entities", "fallback_people", True))
        self._ner = False       # not loaded yet
        self.lengths = self.kb.index.lengths
        self.role_lengths: dict[str, list[int]] = {}
        for key in self.kb.role_index:
            self.role_lengths.setdefault(key[0], []).append(len(key))
        for k in self.role_lengths:
            self.role_lengths[k] = sorted(set(self.role_lengths[k]), reverse=True)
        self.places = PlaceResolver(self.kb)
        self.full_tails: dict = {}      # body id -> the last words of its longer KB names
        self.namer = LocalNamer(self.kb, self.add_place, self._choose, self.places.evidence)

    def ner(self):
        if self._ner is False:
            self._ner = None
            if self.use_ner:
                try:
                    from ...ner import load_ner
                    self._ner = load_ner()
                except Exception:       # the NER package may be missing or half-built
                    self._ner = None
        return self._ner

    def preload(self) -> None:
        """The NER model, the Russian dictionary, the Russian names of places and the table of
        the world's cities, otherwise loaded by the first document that needs them
        (`Pipeline.preload`)."""
        self.ner()
        russian._analyzer()
        places = self.namer.russian_places()
        places.countries()
        places.cities()
        world_cities.table()    # ~0.25 s: unpickled by the first "у Мадриді" otherwise

    def __call__(self, doc: Document) -> None:
        doc.entities, doc.mentions, doc.refs = {}, [], []
        st = DocState(doc, self.kb)
        st.role_tokens = self.role_token_set(st)
        self.gazetteer(st)
        self.particle_first_names(st)
        self.kb_first_name_forms(st)
        self.kb_patronymics(st)
        self.kb_patronymics_before(st)
        self.oblast_lists(st)
        self.elided_oblasts(st)
        self.shared_noun_lists(st)
        self.foreign_bodies(st)
        state_bodies(st, self.kb, self.lex.state_body_nouns)
        self.first_names(st)
        self.body_short_forms(st)
        self.local_names(st)
        self.world_cities(st)
        self.bare_foreign_bodies(st)
        self.bare_word_bodies(st)
        self.foreign_subdivisions(st)
        rivers(st, self.kb, self.lex.river_nouns, self.lex.river_words)
        streets(st, self.kb, self.lex.street_nouns, self.lex.street_abbreviations)
        self.named_things(st)
        sport_clubs(st, self.kb, self.lex.club_names)
        eponyms(st, self.lex.eponym_heads)
        bodies_after_people(st, self.lex.body_eponym_heads, self.namer.nominative_thing, self._local_body)
        admin_units(st, self.kb, self.lex.unit_nouns)
        self.body_spans(st)
        join_state_after_body(st, self.kb, self.full_tails)
        other_state_after_body(st, self.kb, self.namer.nominative_thing, self.lex.foreign_bodies)
        unit_bodies(st, self.lex.bare_unit_bodies)
        shared_bodies(st, self.kb, self.lex.home_state)
        particle_surnames(st, self.lex.name_particles)
        family_tails(st, self.lex.family_particles)
        surname_phrases(st)
        doc.mentions.sort(key=lambda m: m.start)
        indeclinable.mark(doc, self.kb)
        coref.resolve(st, self.kb, self.lex, self.role_lengths)
        office_refs(doc, self.kb)
        noun_refs(doc)
        doc.refs.sort(key=lambda r: r.start)
        drop_matches(doc)

    def role_token_set(self, st: DocState) -> set[int]:
        """Tokens inside role phrases ("Папа Римський", "Генеральний директор"): never names."""
        toks = st.doc.tokens
        out: set[int] = set()
        # most words start no role phrase: one C-level lookup pass, then only those that may
        for i in where(st.columns, "norm", self.role_lengths):
            hit = coref.role_at(self.kb, toks, i, self.role_lengths[toks[i].norm])
            if hit is not None:
                out.update(range(i, i + hit[0]))
        return out
