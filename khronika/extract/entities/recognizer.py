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
"""
from __future__ import annotations

from functools import lru_cache
from itertools import compress
from types import SimpleNamespace

from ...document import Document, Entity
from ...kb import get_kb
from ...kb.base import KBEntity
from ...kb.matches import doc_matches, drop_matches, surfaces
from ...kb.translit import slug, transliterate
from ...pipeline import component
from ...settings import Settings
from ...textnorm import QUOTE_CLOSE, QUOTE_OPEN, norm_word
from .. import coref
from ..morph import dictionary_parses, is_dictionary, parses
from .localnames import LocalNamer
from .places import Ambiguous, PlaceResolver
from .nominative import common_reading, plain_word
from .rivers import rivers
from . import guards, russian
from .state import (DocState, Lexicon, _caps_ok, _g, kb_entity, other_first_name, street_name,
                    street_patron)


@component("entities", requires=("tokens", "morph"), provides=("entities", "mentions", "refs"))
class EntityRecognizer:
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
        """The NER model, the Russian dictionary and the Russian names of places, otherwise
        loaded by the first document that needs them (`Pipeline.preload`)."""
        self.ner()
        russian._analyzer()
        places = self.namer.russian_places()
        places.countries()
        places.cities()

    def __call__(self, doc: Document) -> None:
        doc.entities, doc.mentions, doc.refs = {}, [], []
        st = DocState(doc, self.kb)
        st.role_tokens = self.role_token_set(st)
        self.gazetteer(st)
        self.particle_first_names(st)
        self.kb_patronymics(st)
        self.oblast_lists(st)
        self.elided_oblasts(st)
        self.shared_noun_lists(st)
        self.foreign_bodies(st)
        self.first_names(st)
        self.body_short_forms(st)
        self.local_names(st)
        self.bare_foreign_bodies(st)
        self.bare_word_bodies(st)
        self.foreign_subdivisions(st)
        rivers(st, self.kb, self.lex.river_nouns)
        self.named_things(st)
        doc.mentions.sort(key=lambda m: m.start)
        coref.resolve(st, self.kb, self.lex, self.role_lengths)
        doc.refs.sort(key=lambda r: r.start)
        drop_matches(doc)

    # ---- 1. gazetteer ------------------------------------------------------------------
    def gazetteer(self, st: DocState) -> None:
        toks = st.doc.tokens
        norms = [t.norm for t in toks]
        # every KB name at every token (a name spelt with ґ also under г: "Ґроссі" is the
        # KB's "Гроссі"), looked up once and shared with the NER features
        matches = doc_matches(st.doc, self.kb)
        index = self.kb.index
        n = len(toks)
        pending: list[tuple[int, int, list[KBEntity]]] = []     # codifier places: need context
        doubtful: list[tuple[int, KBEntity]] = []       # a title like a foreign surname
        i = 0
        while i < n:
            found = matches[i]
            if not found or self.lex.is_stop(norms[i], toks[i].text):
                i += 1
                continue
            hit = None
            for L, sids in found:
                ok = surfaces(index, sids)
                if L == 1 and ok[0].caps[0] == 1 and st.sentence_initial(i) \
                        and not any(s.entity in st.doc.entities for s in ok) \
                        and self._common_word(norms[i], tuple(s.entity for s in ok)) \
                        and not ((_speaker_label(st, i) or self._person_verb_after(st, i)) and any(
                            self.kb.entities[s.entity].type == "PER" for s in ok)):
                    continue
                ents = [self.kb.entities[s.entity] for s in ok]
                if L == 1 and all(e.type == "LOC" for e in ents) and guards.first_name_not_place(st, i):
                    continue
                if all(e.type == "LOC" and e.gate for e in ents) and guards.village_word_not_place(st, i, i + L):
                    continue
                if any(e.gate for e in ents) or len({e.katottg for e in ents if e.katottg}) > 1:
                    hit = (L, ok)
                    break
                ent = self._choose(st, ok, i)
                if ent is not None and guards.civilian_under_rank(st, self.kb, self.lex, i, ent):
                    ent = None      # "лейтенанту Герусу Андрію": a namesake in uniform
                if ent is not None and ent.type == "PER" and L == 1 \
                        and not any(s.full and s.entity == ent.id for s in ok):
                    if other_first_name(st, self.kb, i, ent):
                        ent = None
                    elif guards.quoted_alone(st, i, i + L) and common_reading(toks[i].text):
                        ent = None      # «Буря», «Правда»: a thing's name, no namesake
                    elif street_name(st, i) or guards.quoted_alone(st, i, i + L):
                        ent = street_patron(self.kb, st.doc.date, ok)
                    elif guards.title_not_surname(st, self.kb, self.lex.home_state, i, ent) \
                            or guards.idle_foreigner(st, self.kb, self.lex.home_state, i, ent):
                        doubtful.append((i, ent))
                        ent = None
                if ent is not None:
                    hit = (L, ent)
                    break
            if hit is None:
                i += 1
                continue
            L, e = hit
            if isinstance(e, list):
                pending.append((i, L, [self.kb.entities[x.entity] for x in e], e))
            else:
                st.add_entity(kb_entity(e))
                st.add_mention(i, i + L, e.id, e.type, "kb")
            i += L
        for i, e in doubtful:           # after the pass: the full name may come later
            if st.covered[i] is None and guards.named_in_full(st, e.id):
                st.add_mention(i, i + 1, e.id, e.type, "kb")
        for i, L, ents, ok in pending:  # after the pass: an oblast named later counts too
            if L == 1:                  # "Іванові Гнатенку": no village, nor Ivanov either
                ents = [e for e in ents if e.type != "PER" or not other_first_name(st, self.kb, i, e)]
                if not ents:
                    continue
            if self.add_place(st, i, i + L, ents, source="kb"):
                continue
            # a surname, not a village: a surname alone still needs its namesake in office
            # on the date ("Кобзар" in 2022 is not the mayor elected in 2024)
            kept = {e.id for e in ents if e.type != "LOC"}
            other = [s for s in ok if s.entity in kept]
            e = self._choose(st, other, i) if other else None
            if e is not None and e.type == "PER" and L == 1:
                if other_first_name(st, self.kb, i, e) \
                        or (guards.quoted_alone(st, i, i + L) and common_reading(toks[i].text)):
                    e = None
                elif street_name(st, i) or guards.quoted_alone(st, i, i + L):
                    e = street_patron(self.kb, st.doc.date, other)
            if e is not None:
                st.add_entity(kb_entity(e))
                st.add_mention(i, i + L, e.id, e.type, "kb")
            elif L > 1:
                self.inner_names(st, i, i + L)

    def particle_first_names(self, st: DocState) -> None:
        """A KB surname with its particle ("де Кроо", "фон дер Ляєн") after a first name the KB
        does not spell that way ("Александром де Кроо" for "Александер"): the whole name is
        one mention of that person. A first name of other consonants names someone else of
        that surname: the match is dropped and the name left to the model as a whole."""
        toks = st.doc.tokens
        particles = self.lex.name_particles
        for m in list(st.doc.mentions):
            k = st.tok_at.get(m.start)
            if m.type != "PER" or k is None or k == 0 or toks[k].norm not in particles:
                continue
            f = k - 1
            t = toks[f]
            if st.covered[f] is not None or not t.is_word or not t.text[:1].isupper() \
                    or t.sentence != toks[k].sentence or f in st.role_tokens or plain_word(t.text):
                continue
            e = self.kb.entities.get(m.entity)
            if e is None:
                continue
            j = k
            while j < len(toks) and st.covered[j] is m:
                j += 1
            st.remove_mention(m)
            for x in range(k, j):
                st.covered[x] = None
            if not _same_first_name(t.text, _first_names(e)):
                if not any(x.entity == e.id for x in st.doc.mentions):
                    st.doc.entities.pop(e.id, None)
                    st.first_seen.pop(e.id, None)
                continue
            st.add_mention(f, j, e.id, e.type, "kb")

    def kb_patronymics(self, st: DocState) -> None:
        """A KB person named surname first with a patronymic after ("Содолю Юрію
        Вікторовичу" in an award list): the patronymic is part of the name's mention."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            if m.type != "PER" or m.source != "kb":
                continue
            k = st.tok_at.get(m.start)
            j = k
            while j is not None and j < len(toks) and st.covered[j] is m:
                j += 1
            if k is None or j - k != 2 or j >= len(toks) or st.covered[j] is not None \
                    or toks[j].sentence != toks[k].sentence or not toks[j].text[:1].isupper():
                continue
            first = {p.tag.case for p in parses(toks[j - 1].text) if "Name" in p.tag.grammemes}
            if first & {p.tag.case for p in parses(toks[j].text) if "Patr" in p.tag.grammemes}:
                st.remove_mention(m)
                e = self.kb.entities.get(m.entity)
                if e is not None and guards.unconfirmed_namesake(e, st.doc.date) \
                        and not any(x.entity == e.id for x in st.doc.mentions):
                    st.doc.entities.pop(e.id, None)
                    for x in range(k, j):
                        st.covered[x] = None
                    continue        # left to the local names: a person outside the KB
                st.add_mention(k, j + 1, m.entity, m.type, m.source)


    def inner_names(self, st: DocState, i: int, j: int) -> None:
        """A village named like a phrase and left unresolved ("Вільна Україна", "Нова
        Ушиця" with no oblast near) still holds the names that stand alone: "Вільної
        України." names Ukraine. Only names that need no place context are taken."""
        toks = st.doc.tokens
        k = i
        while k < j:
            for L in self.lengths.get(toks[k].norm, ()):
                if k + L > j or L == j - i:
                    continue
                ok = [s for s in self.kb.index.get(tuple(t.norm for t in toks[k:k + L])) or ()
                      if len(s.caps) == L and all(_caps_ok(toks[k + m], s.caps[m]) for m in range(L))]
                ents = [self.kb.entities[s.entity] for s in ok]
                if not ents or any(e.gate for e in ents) or st.covered[k] is not None:
                    continue
                e = self._choose(st, ok)
                if e is not None:
                    st.add_entity(kb_entity(e))
                    st.add_mention(k, k + L, e.id, e.type, "kb")
                    k += L - 1
                    break
            k += 1

    def add_place(self, st: DocState, i: int, j: int, ents: list[KBEntity], source: str,
                  ner_loc: bool = False) -> bool:
        got = self.places.pick(st, i, j, ents, ner_loc)
        if got is None:
            return False
        if isinstance(got, Ambiguous):
            ent = st.add_entity(self.places.ambiguous_entity(got))
        else:
            ent = st.add_entity(kb_entity(got))
        st.add_mention(i, j, ent.id, ent.type, source)
        return True

    # ---- oblasts named by adjectives sharing one noun -----------------------------------
    _OBLAST_NOUN = {"область", "області", "областей", "областям", "областями", "областях"}
    _LIST_JOINS = {",", "та", "і", "й"}

    def oblast_adjectives(self) -> dict[str, str]:
        """Every singular feminine form of each oblast's adjective ("донецької") -> oblast id."""
        if getattr(self, "_oblast_adj", None) is None:
            from ..morph import analyzer
            out: dict[str, str] = {}
            for e in self.kb.entities.values():
                words = e.name_uk.split()
                if e.type != "LOC" or e.category != "O" or len(words) != 2 or words[1] != "область":
                    continue
                for p in analyzer().parse(norm_word(words[0])):
                    if p.tag.POS == "ADJF":
                        for f in p.lexeme:
                            if "femn" in f.tag.grammemes and "plur" not in f.tag.grammemes:
                                out.setdefault(norm_word(f.word), e.id)
                        break
            self._oblast_adj = out
        return self._oblast_adj

    def oblast_lists(self, st: DocState) -> None:
        """"Донецька, Луганська та Харківська області", "у Сумській і Чернігівській
        областях": one noun for several oblasts, each adjective a mention of its oblast (the
        last one with the noun). An adjective the gazetteer took for a city ("Луганська",
        Luhansk's genitive) gives way."""
        toks = st.doc.tokens
        adj = self.oblast_adjectives()
        # the oblast nouns picked out by one C-level lookup over the forms (few texts hold one)
        nouns = list(compress(range(len(toks)), map(self._OBLAST_NOUN.__contains__, [t.norm for t in toks])))
        for n in nouns:
            t = toks[n]
            if n == 0:
                continue
            last = n - 1
            others = n >= 3 and toks[n - 1].norm in self._OTHERS and toks[n - 2].norm in self._LIST_JOINS
            if others:
                last = n - 3        # "у Чернігівській, Сумській та інших областях"
            if toks[last].norm not in adj:
                continue
            chain = [last]
            k = last - 1
            while k >= 1 and toks[k].norm in self._LIST_JOINS and toks[k - 1].norm in adj \
                    and toks[k - 1].text[:1].isupper() and toks[k - 1].sentence == t.sentence:
                chain.append(k - 1)
                k -= 2
            if len(chain) < 2 or not all(toks[c].text[:1].isupper() for c in chain):
                continue
            spans = [(c, c + 1) for c in chain[1:]] + [(last, last + 1) if others else (n - 1, n + 1)]
            self._list_mentions(st, spans, [self.kb.entities[adj[toks[i].norm]] for i, _ in spans])
        for n in nouns:
            chain = self._adjectives_after(st, n, adj)
            if len(chain) >= 2:
                self._list_mentions(st, [(c, c + 1) for c in chain],
                                    [self.kb.entities[adj[toks[c].norm]] for c in chain])

    def elided_oblasts(self, st: DocState) -> None:
        """An oblast adjective standing alone, its noun said earlier in the sentence or in
        the one before ("в усіх областях ..., включно з Луганською та Донецькою", "кошти
        направлять у Сумську область. Післязавтра – в Київську."): a mention of the oblast.
        Only where nothing else took the word (the gazetteer reads "Луганську" as the city)
        and no word follows that it could agree with ("Київську Русь")."""
        toks = st.doc.tokens
        adj = self.oblast_adjectives()
        noun_sentences = {t.sentence for t in toks if t.norm in self._OBLAST_NOUN}
        if not noun_sentences:
            return
        for k, t in enumerate(toks):
            if t.norm not in adj or not t.text[:1].isupper() or st.covered[k] is not None \
                    or not ({t.sentence, t.sentence - 1} & noun_sentences):
                continue
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and nxt.sentence == t.sentence and nxt.is_word \
                    and nxt.norm not in self._LIST_JOINS:
                continue
            e = self.kb.entities[adj[t.norm]]
            st.add_entity(kb_entity(e))
            st.add_mention(k, k + 1, e.id, e.type, "kb")

    _SET_OFF = {",", "–", "—", ":", "-"}
    _OTHERS = {"інших", "іншим", "іншими", "інші"}

    def _adjectives_after(self, st: DocState, n: int, adj: dict[str, str]) -> list[int]:
        """The oblast adjectives listed after an oblast noun, the noun left out ("трьох
        областей України – Київської, Чернігівської та Сумської", "Вінницька область,
        Рівненська, Львівська")."""
        toks = st.doc.tokens
        k = n + 1
        while k < min(n + 5, len(toks)) and toks[k].sentence == toks[n].sentence and (
                toks[k].text in self._SET_OFF
                or (st.covered[k] is not None and st.covered[k].type == "LOC" and toks[k].case == "gent")):
            k += 1
        chain = []
        while k < len(toks) and toks[k].sentence == toks[n].sentence and toks[k].norm in adj \
                and toks[k].text[:1].isupper() and (k + 1 >= len(toks) or toks[k + 1].norm not in self._OBLAST_NOUN):
            chain.append(k)
            if k + 2 < len(toks) and toks[k + 1].norm in self._LIST_JOINS:
                k += 2
            else:
                break
        return chain if k > n + 1 else []

    def _list_mentions(self, st: DocState, spans, ents) -> bool:
        """One mention per listed adjective (the last one with the shared noun), each of its
        own entity; the mentions there before give way unless one is a person or a body."""
        toks = st.doc.tokens
        if any(st.covered[x] is not None and st.covered[x].type != "LOC"
               for i, j in spans for x in range(i, j)):
            return False
        for (i, j), e in zip(spans, ents):
            for m in {id(st.covered[x]): st.covered[x] for x in range(i, j) if st.covered[x]}.values():
                st.remove_mention(m)
                x = st.tok_at.get(m.start, i)
                while x < len(toks) and st.covered[x] is m:
                    st.covered[x] = None
                    x += 1
                if not any(x.entity == m.entity for x in st.doc.mentions):
                    st.doc.entities.pop(m.entity, None)
                    st.first_seen.pop(m.entity, None)
            st.add_entity(kb_entity(e))
            st.add_mention(i, j, e.id, e.type, "kb")
        return True

    def shared_noun_lists(self, st: DocState) -> None:
        """Named places or bodies listed by their adjectives with one plural noun ("Чорного
        й Азовського морів", "на Чорному та Азовському морях"): each adjective with the noun in
        the singular is a KB name ("Азовське море"), so each is a mention of its entity."""
        toks = st.doc.tokens
        # only where a list joint stands two words before (one C-level lookup over the forms)
        joints = compress(range(len(toks) - 2), map(self._LIST_JOINS.__contains__, [t.norm for t in toks[:-2]]))
        for n in [m + 2 for m in joints if m >= 1]:
            t = toks[n]
            if not t.is_word or not t.text[:1].islower() or t.norm in self._OBLAST_NOUN \
                    or not toks[n - 1].text[:1].isupper() or toks[n - 2].norm not in self._LIST_JOINS:
                continue
            nouns = [p for p in parses(t.text) if p.tag.POS == "NOUN" and "plur" in p.tag.grammemes
                     and is_dictionary(p)]
            if not nouns:
                continue
            chain = [n - 1]
            k = n - 2
            while k >= 1 and toks[k].norm in self._LIST_JOINS and toks[k - 1].text[:1].isupper() \
                    and toks[k - 1].sentence == t.sentence:
                chain.append(k - 1)
                k -= 2
            ents = [self._listed(st, toks[c], nouns) for c in reversed(chain)]
            if len(chain) < 2 or any(e is None for e in ents) or len({e.id for e in ents}) < len(ents):
                continue
            chain.reverse()
            self._list_mentions(st, [(c, c + 1) for c in chain[:-1]] + [(n - 1, n + 1)], ents)

    def _listed(self, st: DocState, tok, nouns) -> KBEntity | None:
        """The KB entity an adjective names with the singular of the plural noun after it."""
        from .localnames import _singular_nominative
        for noun in nouns:
            sing = _singular_nominative(noun)
            if sing is None:
                continue
            for a in parses(tok.text):
                if a.tag.POS != "ADJF" or a.tag.case != noun.tag.case or "plur" in a.tag.grammemes:
                    continue
                f = a.inflect({"nomn", sing.tag.gender}) if sing.tag.gender else None
                hits = self.kb.index.get((norm_word(f.word), norm_word(sing.word))) if f else None
                ent = self._choose(st, hits) if hits else None
                if ent is not None and not ent.gate:
                    return ent
        return None

    def foreign_bodies(self, st: DocState) -> None:
        """A state body's alias with another country in the genitive (or an indeclinable
        name: "США", "ФРН") after it names that country's body, not the KB one: "МЗС
        Німеччини" is not Ukraine's ministry, "Національна гвардія США" not Ukraine's guard,
        "Сенат Польщі" not the US Senate. The two mentions become one, linked to the KB body
        when the lexicon's template for the home body names one ("mfa-of-germany"), else a
        document-local entity."""
        toks, n = st.doc.tokens, len(st.doc.tokens)
        i = 0
        while i < n:
            m = st.covered[i]
            me = self.kb.entities.get(m.entity) if m is not None and m.type == "ORG" else None
            home = self.kb.country(me.id) if me is not None else None
            if home is None or m.start != toks[i].start:
                i += 1
                continue
            tpl = self.lex.foreign_bodies.get(m.entity)
            j = i
            while j < n and st.covered[j] is m:
                j += 1
            if self._adjective_body(st, i, j, m, home, tpl):
                i = j
                continue
            c = st.covered[j] if j < n else None
            ce = self.kb.entities.get(c.entity) if c is not None else None
            if ce is None or c.start != toks[j].start or not self.kb.is_country(ce.id) \
                    or ce.id == home or toks[j].sentence != toks[i].sentence \
                    or not (toks[j].case == "gent" or "Fixd" in toks[j].tags):
                i = j
                continue
            k = j
            while k < n and st.covered[k] is c:
                k += 1
            eid = tpl["id"].format(id=ce.id) if tpl else None
            if eid in self.kb.entities:
                ent = st.add_entity(kb_entity(self.kb.entities[eid]))
            elif tpl:
                ent = st.add_entity(Entity(eid, tpl["name"].format(name=ce.name),
                                           tpl["uk"].format(gen=c.text), "ORG", None, kb=False))
            else:
                ent = self._local_body(st, f"{self.namer.nominative_thing([t.text for t in toks[i:j]])} {c.text}")
            self._replace_mentions(st, (m, c), i, k, ent)
            i = k

    def _local_body(self, st: DocState, uk: str) -> Entity:
        """A foreign body the knowledge base does not hold: an entity of the document named
        as written (its id kept apart from any KB id)."""
        eid = slug(transliterate(uk))
        if eid in self.kb.entities:
            eid += "-local"
        return st.add_entity(Entity(eid, transliterate(uk), uk, "ORG", None, kb=False))

    @staticmethod
    def _replace_mentions(st: DocState, old: tuple, i: int, k: int, ent: Entity) -> None:
        """Tokens i..k become one mention of `ent` in place of the mentions `old`; an entity
        left with no mention leaves the document."""
        st.doc.mentions = [x for x in st.doc.mentions if all(x is not o for o in old)]
        st.add_mention(i, k, ent.id, ent.type, "kb" if ent.kb else "rule")
        for gone in {o.entity for o in old}:
            if not any(x.entity == gone for x in st.doc.mentions):
                st.doc.entities.pop(gone, None)
                st.first_seen.pop(gone, None)

    def _adjective_body(self, st: DocState, i: int, j: int, m, home: str, tpl) -> bool:
        """Another state's adjective before a body's alias ("литовського Сейму", "естонського
        МЗС") names that state's body, not the KB one of `home` (Poland's Sejm, Ukraine's
        ministry): linked to the KB body the lexicon's template names for that state, else a
        document-local entity named by the two words."""
        toks = st.doc.tokens
        a = toks[i - 1] if i > 0 else None
        if a is None or not a.is_word or st.covered[i - 1] is not None or a.sentence != toks[i].sentence:
            return False
        other = self.kb.adjectives.get(a.norm)
        if other is None or other == home or not self.kb.is_country(other):
            return False
        eid = tpl["id"].format(id=other) if tpl else None
        if eid in self.kb.entities:
            ent = st.add_entity(kb_entity(self.kb.entities[eid]))
        else:
            ent = self._local_body(st, self.namer.nominative_thing([t.text for t in toks[i - 1:j]]))
        self._replace_mentions(st, (m,), i - 1, j, ent)
        return True

    def bare_foreign_bodies(self, st: DocState) -> None:
        """A foreign body named by its name without the country ("Конгрес" of "Конгрес
        США") in a text that never names that country and that names another body of that
        word: a longer name the model found ("Конгресу місцевих та регіональних влад Ради
        Європи"), or the word followed by lowercase genitives that go on with the name
        ("засідання Конгресу місцевих та регіональних влад"). Every bare mention of it is
        then that other body (one document-local entity), not the KB one."""
        doc, toks = st.doc, st.doc.tokens
        bare = []
        for m in doc.mentions:
            e = self.kb.entities.get(m.entity) if m.type == "ORG" and m.source == "kb" else None
            if e is None or " " in m.text.strip():
                continue
            c = self.kb.country(e.id)
            words = e.name_uk.split()
            if c not in (None, self.lex.home_state) and len(words) > 1 \
                    and any(" " not in a and a == words[0] for a in e.aliases):
                bare.append((m, c))
        if not bare:
            return
        skip = frozenset(m.entity for m, _ in bare if not guards.named_in_full(st, m.entity))
        named = coref.countries_named(st, self.kb, skip)
        bare = [(m, self.namer.nominative_thing([m.text])) for m, c in bare
                if c not in named and m.entity in skip]
        longer: dict[str, str] = {}     # the bare word's nominative -> the longer body's id
        for x in doc.entities.values():
            if x.type == "ORG" and not x.kb and len(x.name_uk.split()) > 1:
                longer.setdefault(x.name_uk.split()[0], x.id)
        tails = {}
        for m, uk in bare:
            i = st.tok_at.get(m.start)
            j = self._genitive_tail(st, i) if i is not None else None
            if j is not None:
                tails[id(m)] = (i, j)
                longer.setdefault(uk, None)
        for m, uk in bare:
            if uk not in longer:
                continue                # nothing says another body of that word is meant
            gone = m.entity
            if id(m) in tails:
                i, j = tails[id(m)]
                name = self.namer.nominative_thing([t.text for t in toks[i:j]])
                eid = longer[uk] or slug(transliterate(name))
                longer[uk] = eid
                st.add_entity(Entity(eid, transliterate(name), name, "ORG", None, kb=False))
                st.remove_mention(m)
                st.add_mention(i, j, eid, "ORG", "rule")
            else:
                eid = longer[uk]
                if eid is None:
                    continue            # its longer name comes later: see the second pass
                m.entity, m.source = eid, "rule"
            if not any(x.entity == gone for x in doc.mentions):
                doc.entities.pop(gone, None)
                st.first_seen.pop(gone, None)
        for m, uk in bare:              # a bare mention before the longer name
            if m.entity in self.kb.entities and longer.get(uk):
                gone, m.entity, m.source = m.entity, longer[uk], "rule"
                if not any(x.entity == gone for x in doc.mentions):
                    doc.entities.pop(gone, None)
                    st.first_seen.pop(gone, None)

    def bare_word_bodies(self, st: DocState) -> None:
        """A KB body's one-word alias that is a common noun ("Рада" of the Verkhovna Rada)
        followed at once by a lowercase genitive noun names another body ("засідання Ради
        асоціації Україна – ЄС", "Рада директорів"): that body, local to the document."""
        doc, toks = st.doc, st.doc.tokens
        for m in list(doc.mentions):
            if m.type != "ORG" or m.source != "kb" or " " in m.text.strip() or m.text.isupper():
                continue
            i = st.tok_at.get(m.start)
            if i is None or i + 1 >= len(toks):
                continue
            nxt = toks[i + 1]
            if not (nxt.is_word and nxt.text[:1].islower() and st.covered[i + 1] is None and
                    nxt.sentence == toks[i].sentence and
                    any(p.tag.POS == "NOUN" for p in dictionary_parses(m.text.lower())) and
                    any(p.tag.POS == "NOUN" and p.tag.case == "gent" for p in dictionary_parses(nxt.text))):
                continue
            # the one-word alias it inflects ("Ради" -> "Рада"; the dictionary's first reading
            # of "ради" is the unit "рад"), the genitive after it as it is
            kbe = self.kb.entities.get(m.entity)
            aliases = [a for a in (kbe.aliases if kbe else []) if " " not in a and a[:3].lower() == m.text[:3].lower()]
            head = aliases[0] if aliases else \
                next(p.normal_form for p in dictionary_parses(m.text.lower()) if p.tag.POS == "NOUN")
            name = f"{head[:1].upper()}{head[1:]} {nxt.text}"
            self._replace_mentions(st, (m,), i, i + 2, self._local_body(st, name))

    def foreign_subdivisions(self, st: DocState) -> None:
        """A region of another country whose name is common words opening with an adjective
        ("Західна", Fiji's Western Division; "Центральний регіон", Malawi's) named in a text that never names that
        country: the words describe a part of somewhere else ("міста Західної та
        Центральної України"), no mention."""
        doc = st.doc
        odd = []
        for m in doc.mentions:
            e = self.kb.entities.get(m.entity) if m.type == "LOC" else None
            if e is None or not e.iso or "-" not in e.iso:
                continue
            c = self.kb.country(e.id)
            if c in (None, self.lex.home_state):
                continue
            words = m.text.split()
            # (a quality adjective, gradable in the dictionary, "Західна", "Центральний"; not one
            # made from a town's name, "Брянська область", "Білгородській області")
            if all(plain_word(w) for w in words) and \
                    any(p.tag.POS == "ADJF" and "compb" in p.tag.grammemes for p in parses(words[0])):
                odd.append((m, c))
        if not odd:
            return
        named = coref.countries_named(st, self.kb, frozenset(m.entity for m, _ in odd))
        for m, c in odd:
            if c in named:
                continue
            st.remove_mention(m)
            for x in range(len(st.covered)):
                if st.covered[x] is m:
                    st.covered[x] = None
            if not any(x.entity == m.entity for x in doc.mentions):
                doc.entities.pop(m.entity, None)
                st.first_seen.pop(m.entity, None)

    @staticmethod
    def _genitive_tail(st: DocState, i: int) -> int | None:
        """Where a name that goes on after its first word in lowercase genitives ends:
        adjectives (maybe joined by "та", "і") and one noun ("Конгресу місцевих та
        регіональних влад", "Конгресу громад"); None when no such words follow."""
        toks = st.doc.tokens

        def gen(k, pos):
            t = toks[k]
            return t.is_word and t.text[:1].islower() and st.covered[k] is None \
                and t.sentence == toks[i].sentence and any(
                    p.tag.POS == pos and p.tag.case == "gent" for p in dictionary_parses(t.text))
        k = i + 1
        while k < len(toks):
            if gen(k, "ADJF"):
                k += 1
            elif toks[k].norm in ("та", "і", "й") and k > i + 1 and k + 1 < len(toks) \
                    and gen(k + 1, "ADJF"):
                k += 1
            else:
                break
        return k + 1 if k < len(toks) and gen(k, "NOUN") else None

    def _choose(self, st: DocState, surfaces, at: int | None = None) -> KBEntity | None:
        """Which entity a matched surface names. Someone already named in the document wins;
        a full name beats a surname alone. A surname alone (with hundreds of people in the
        KB, many share one) goes to the namesake holding a role on the document's date
        ("Джонсон" in 2022 is Boris Johnson); when several hold one, to the one whose office
        the role phrase right before it (token `at`) names ("міністр закордонних справ
        Кулеба", "голова Київської ОВА Кулеба"); it is left unlinked when several or none
        fit, or when the only namesake's roles all begin after the date."""
        ids = list(dict.fromkeys(s.entity for s in surfaces))
        seen = [i for i in ids if i in st.doc.entities]
        if len(seen) == 1:
            return self.kb.entities[seen[0]]
        full = list(dict.fromkeys(s.entity for s in surfaces if s.full))
        if seen:
            return self.kb.entities[seen[0]]
        if full:
            return self.kb.entities[full[0]]
        date = st.doc.date
        people = [self.kb.entities[i] for i in ids]
        active = [e for e in people if any(r.active(date) for r in e.roles)]
        if len(active) == 1:
            return active[0]
        if len(active) > 1 and at is not None:
            e = self._role_before(st, at, {e.id for e in active})
            if e is not None:
                return e
        heads = [e for e in people if any(r.role in guards._HEADS for r in e.roles)]
        named_before = at is not None and at > 0 and st.doc.tokens[at - 1].is_word and \
            st.doc.tokens[at - 1].text[:1].isupper()
        if not active and len(heads) == 1 and not named_before:
            return heads[0]     # "Трамп" in 2022: the past president, not a namesake in the KB
            # (after a first name, "Леонід Макарович Кравчук", the full name decides)
        if active or len(people) > 1:
            return None if all(e.type == "PER" for e in people) else people[0]
        e = people[0]
        if date is not None and e.roles and all(r.start and r.start > date for r in e.roles):
            return None         # not yet in office: another person of that name
        return e

    def _role_before(self, st: DocState, at: int, ids: set[str]) -> KBEntity | None:
        """The one of `ids` holding, on the document's date, the office that a role phrase
        ending right before token `at` names, with the body or place that may follow the
        role ("Голова Київської ОВА Кулеба"); None when no role stands there or it fits
        none or several of them."""
        toks = st.doc.tokens
        k = at - 1
        of = None
        held = st.covered[k] if k >= 0 else None
        if held is not None and held.type in ("LOC", "ORG"):
            of = held.entity
            while k >= 0 and st.covered[k] is held:
                k -= 1
        if k < 0 or k not in st.role_tokens or toks[k].sentence != toks[at].sentence:
            return None
        start = k
        while start > 0 and start - 1 in st.role_tokens and toks[start - 1].sentence == toks[k].sentence:
            start -= 1
        role = next((self.kb.role_index[key] for b in range(start, k + 1)
                     if (key := tuple(t.norm for t in toks[b:k + 1])) in self.kb.role_index), None)
        if role is None:
            return None
        date = st.doc.date
        holder = self.kb.holder(role, of or self.kb.role_defaults.get(role), date)
        if holder is not None and holder.id in ids:
            return holder
        fit = {eid for eid in ids for r in self.kb.entities[eid].roles
               if r.role == role and r.active(date) and (of is None or r.of == of)}
        return self.kb.entities[fit.pop()] if len(fit) == 1 else None

    def _person_verb_after(self, st: DocState, i: int) -> bool:
        """The word after token `i` is a verb whose subject is a person ("Сирський доповів",
        "Малюк заявив"): a surname that the dictionary also reads as a common word is a
        person there, not a cheese or a toddler."""
        toks = st.doc.tokens
        k = i + 1
        if k >= len(toks) or toks[k].sentence != toks[i].sentence or toks[k].pos not in ("VERB", None):
            return False
        return any(p.normal_form in self.lex.person_verbs for p in parses(toks[k].norm)
                   if p.tag.POS == "VERB")

    def _common_word(self, form: str, eids: tuple[str, ...]) -> bool:
        """A capitalised word at a sentence start that the dictionary reads as another word:
        a place whose form has another lemma ("Того", "Мали"), a surname that is also a
        common noun ("Малюк")."""
        people = all(self.kb.entities[e].type == "PER" for e in eids)
        names = set()
        for eid in eids:
            e = self.kb.entities[eid]
            names.update(_g(norm_word(w)) for a in [e.name_uk, *e.aliases] for w in a.split())
        own = [p for p in parses(form) if is_dictionary(p)
               and _g(norm_word(p.normal_form)) == _g(form) and _g(form) in names]
        if not people and any(p.tag.case == "nomn" and "plur" not in p.tag.grammemes for p in own) \
                and any(not self.kb.entities[e].gate for e in eids) \
                and all(p.tag.POS == "NOUN" and p.tag.case != "nomn" for p in parses(form)
                        if is_dictionary(p) and p not in own):
            return False    # the place's own name, else only a noun's oblique form ("Київ": "кий")
        for p in parses(form):
            if not is_dictionary(p):
                continue
            tags = set(p.tag.grammemes)
            if {"Name", "Surn", "Patr", "Geox"} & tags:
                continue
            if people and {"Dist", "Rare", "Arch", "Slng"} & tags:
                continue    # a dialect or rare reading ("сибіга") does not hide a known surname
            if people and p.tag.POS != "ADJF":
                return True
            if _g(norm_word(p.normal_form)) not in names:
                return True
        return False

    # ---- 2. first names alone ------------------------------------------------------------
    def body_short_forms(self, st: DocState) -> None:
        """A body named in full, then by its head noun alone with a capital ("Служби безпеки
        України" … "кожному у Службі"; "Офісу Президента" … "Голова Офісу"): the same body,
        when exactly one body named before has that head noun. At a sentence start, before
        another capitalised word, a genitive or an adjective (the start of another name), or
        inside a role phrase the capital says nothing."""
        toks = st.doc.tokens
        heads: list[tuple[int, str, frozenset[str]]] = []      # (start, entity, head lemmas)
        for m in st.doc.mentions:
            e = self.kb.entities.get(m.entity)
            k = st.tok_at.get(m.start)
            if m.type != "ORG" or e is None or k is None:
                continue
            words = [t for t in toks[k:] if t.start < m.end and t.is_word]
            if len(words) < 2:
                continue
            lemmas = next((_noun_lemmas(t.text) for t in words if _noun_lemmas(t.text)), frozenset())
            if lemmas:
                heads.append((m.start, m.entity, lemmas))
        if not heads:
            return
        for i, t in enumerate(toks):
            if st.covered[i] is not None or not t.is_word or not t.text[:1].isupper() or t.text.isupper() \
                    or i in st.role_tokens or st.sentence_initial(i) or not plain_word(t.text):
                continue
            if i and toks[i - 1].text in QUOTE_OPEN or i + 1 < len(toks) and _name_goes_on_after(toks[i + 1]):
                continue        # «Союз лівих сил», "Рада директорів": a longer name of its own
            lemmas = _noun_lemmas(t.text)
            bodies = {eid for start, eid, hl in heads if start < t.start and hl & lemmas}
            if len(bodies) == 1:
                eid = bodies.pop()
                st.add_mention(i, i + 1, eid, "ORG", "kb")

    def first_names(self, st: DocState) -> None:
        toks = st.doc.tokens
        first_names = self.kb.first_names
        # most words are no first name: one C-level lookup pass, then only those that are
        found = list(map(first_names.get, [t.norm for t in toks]))
        for i in [i for i, people in enumerate(found) if people]:
            tok, people = toks[i], found[i]
            if st.covered[i] is not None or not tok.is_word or not tok.text[:1].isupper():
                continue
            if _between_surname_and_patronymic(st, i):
                continue        # "Круглову Андрію Миколайовичу": another man's full name
            before = [p for p in people if p in st.first_seen and st.first_seen[p] < tok.start]
            if len(before) == 1:
                e = self.kb.entities[before[0]]
                st.add_mention(i, i + 1, e.id, e.type, "partial")
            elif not before:
                e = self._addressed(st, tok, people) or self._head_beside_country(st, i, people)
                if e is not None:
                    st.add_entity(kb_entity(e))
                    st.add_mention(i, i + 1, e.id, e.type, "partial")

    _HEADS = {"president", "prime-minister", "chancellor", "king", "pope", "secretary-general"}
    _NAMESAKE_COUNTRIES = {"ukraine", "russia", "belarus"}

    def _addressed(self, st: DocState, tok, people) -> KBEntity | None:
        """A head of state or government addressed by first name in the vocative ("Дорогий
        Джастіне!", "друже Анджею"), in a speech that never gives the full name: the one
        person of that first name in such an office on the document's date."""
        date = st.doc.date
        names = [p for p in parses(tok.text) if "Name" in p.tag.grammemes
                 and is_dictionary(p)]
        if date is None or common_reading(tok.text) or "foreign" in tok.tags:
            return None     # (a Russian dative "Андрею" is no Ukrainian vocative)
        i = st.tok_at.get(tok.start)
        k = i + 1 if i is not None else None
        while k is not None and k + 1 < len(st.doc.tokens) and st.doc.tokens[k].norm in self.lex.name_particles \
                and st.doc.tokens[k].text[:1].islower():
            k += 1          # "Мігелю де Карвальо"
        if k is not None and k < len(st.doc.tokens) and st.doc.tokens[k].is_word \
                and st.doc.tokens[k].text[:1].isupper():
            return None     # a surname follows: a name, not an address by first name
        if not self._undeclined_address(st, tok) and (
                not any(p.tag.case == "voct" for p in names) or any(p.tag.case == "nomn" for p in names)):
            return None     # "Має" is a verb, "Марко" a nominative: only a plain vocative
        heads = [self.kb.entities[p] for p in people
                 if any(r.role in self._HEADS and r.active(date) for r in self.kb.entities[p].roles)]
        if any(r.of in self._NAMESAKE_COUNTRIES for e in heads for r in e.roles):
            return None     # "Олександре", "Володимире": any reader's namesake, not the president
        return heads[0] if len(heads) == 1 else None

    @staticmethod
    def _undeclined_address(st: DocState, tok) -> bool:
        """A foreign first name the dictionary does not know, which has no vocative form of
        its own, addressed all the same: a vocative word before it and "!" or "," after it
        ("дорогий Ігнаціо!", "друже Маріо,")."""
        if any(is_dictionary(p) for p in parses(tok.text)):
            return False
        toks = st.doc.tokens
        i = st.tok_at.get(tok.start)
        if i is None or i == 0 or i + 1 >= len(toks) or toks[i + 1].text not in ("!", ",") \
                or toks[i - 1].sentence != tok.sentence:
            return False
        return any(p.tag.case == "voct" and p.tag.POS in ("ADJF", "NOUN")
                   and is_dictionary(p)
                   for p in parses(toks[i - 1].text))

    def _head_beside_country(self, st: DocState, i: int, people) -> KBEntity | None:
        """A head of state or government addressed by first name alone in the sentence that
        names the state ("Франція – Еммануель, я вірю, що ви будете за нас"): the one person
        of that first name heading that state on the document's date. Not for the states
        whose first names every reader shares (the namesake countries)."""
        date, toks = st.doc.date, st.doc.tokens
        if date is None or common_reading(toks[i].text) or i + 1 >= len(toks) \
                or toks[i + 1].text not in (",", "!"):
            return None     # an address is set off by a comma or "!"; "Еммануель прийшов" is not
        sent = toks[i].sentence
        named = {self.kb.country(m.entity) for m in st.doc.mentions if m.type == "LOC"
                 and st.doc.sentence_at(m.start) == sent}
        named.discard(None)
        if named & self._NAMESAKE_COUNTRIES:
            return None
        heads = {p for p in people for r in self.kb.entities[p].roles
                 if r.role in self._HEADS and r.active(date) and self.kb.country(r.of) in named}
        return self.kb.entities[heads.pop()] if len(heads) == 1 else None

    def role_token_set(self, st: DocState) -> set[int]:
        """Tokens inside role phrases ("Папа Римський", "Генеральний директор"): never names."""
        toks = st.doc.tokens
        out: set[int] = set()
        # most words start no role phrase: one C-level lookup pass, then only those that may
        lengths = list(map(self.role_lengths.get, [t.norm for t in toks]))
        for i in [i for i, ls in enumerate(lengths) if ls]:
            for L in lengths[i]:
                if tuple(x.norm for x in toks[i:i + L]) in self.kb.role_index:
                    out.update(range(i, i + L))
                    break
        return out

    # ---- weapons, aircraft, ships ------------------------------------------------------
    def named_things(self, st: DocState) -> None:
        """A weapon system, an aircraft or a ship is a thing (MISC), not the body, place or
        person its name reads as: the model calls "Patriot" a person and «Байрактар» a body,
        the gazetteer reads the cruiser «Москва» as the city. A listed weapon name is one
        wherever it stands (some only in quotes or after a kind word: "Нептун", "Стугна");
        any other quoted or Latin name right after a kind word is one too ("крейсер «Адмірал
        Макаров»", "танки Leopard 2"). Events take no thing for a party."""
        toks = st.doc.tokens
        for m in list(st.doc.mentions):
            i = st.tok_at.get(m.start)
            if i is None:
                continue
            j = i
            while j < len(toks) and toks[j].end <= m.end:
                j += 1
            self._thing_at(st, i, j, m)
        weapons = self.lex.weapons
        for k, t in enumerate(toks):       # listed names no step took ("ракетами «Іскандер»")
            if st.covered[k] is None and t.is_word and t.text[:1].isupper() \
                    and (t.norm in weapons or (t.lemma or "") in weapons):
                self._thing_at(st, k, k + 1, None)

    def _kind(self, tok, broad: bool) -> bool:
        keys = {tok.norm, (tok.lemma or "").lower()}
        return bool(keys & self.lex.thing_kinds) or (broad and bool(keys & self.lex.thing_kinds_broad))

    def _thing_at(self, st: DocState, i: int, j: int, m) -> bool:
        toks = st.doc.tokens
        a = i
        while a < j and (not toks[a].is_word or self._kind(toks[a], True)):
            a += 1                          # "ЗРК «Бук»": the name is what follows the kind
        b = j
        while b > a and not toks[b - 1].is_word:
            b -= 1
        if a >= b:
            return False
        before = [k for k in range(i, a) if toks[k].is_word]
        p = i - 1
        if p >= 0 and toks[p].text in QUOTE_OPEN:
            p -= 1
        if p >= 0 and toks[p].sentence == toks[i].sentence and toks[p].is_word:
            before.append(p)
        quoted = toks[a - 1].text in QUOTE_OPEN if a > 0 else False
        quoted = quoted and b < len(toks) and toks[b].text in QUOTE_CLOSE
        text = " ".join(st.doc.text[toks[a].start:toks[b - 1].end].split())
        weapon = self.lex.weapons.get(norm_word(text))
        if weapon is None and b - a == 1:
            weapon = self.lex.weapons.get((toks[a].lemma or "").lower())
        ent = st.doc.entities.get(m.entity) if m is not None else None
        if weapon is not None and (weapon[1] or quoted or any(self._kind(toks[k], True) for k in before)):
            name = weapon[0]
        elif m is not None and any(self._kind(toks[k], False) for k in before) \
                and (quoted or any(("a" <= c.lower() <= "z") or c.isdigit() for c in text)) \
                and not (ent is not None and ent.kb and ent.type in ("ORG", "PER")):
            name = text
        else:
            return False
        if ent is not None and ent.type == "MISC" and not ent.kb and a == i and b == j:
            return True                     # already a thing ("Leopard 2")
        eid = slug(transliterate(name))
        if eid in self.kb.entities:
            eid += "-local"
        have = st.doc.entities.get(eid)
        if have is not None and not have.kb:
            have.type, have.name_uk = "MISC", name    # the model's entity of that name
        thing = st.add_entity(Entity(eid, transliterate(name), name, "MISC", None, kb=False))
        old = (m,) if m is not None else ()
        for k in range(i, j):
            if st.covered[k] is m:
                st.covered[k] = None
        self._replace_mentions(st, old, a, b, thing)
        return True

    # ---- 3. names the KB does not know ---------------------------------------------------
    def local_names(self, st: DocState) -> None:
        model = self.ner()
        spans: list[tuple[int, int, str]] = []
        if model is not None:
            view = self._ner_view(st)
            try:
                spans = list(model.predict(view) or []) if view.sentences else []
            except Exception:
                spans = []
        elif self.fallback_people:
            spans = self.namer.rule_people(st)
        if st.doc.foreign_spans:
            # "Кулебе позвонил Энтони Блинкен": the model's span is cut at the verb first, so
            # that a name the Russian rules find inside it does not drop the others
            spans = self.namer.split_at_words(st, sorted(spans), self.lex.name_particles)
            ru = russian.people(st)
            ru += [p for p in russian.places(st, self.namer.russian_places())
                   if not any(p[0] < e and b < p[1] for b, e, _ in ru)]
            spans = ru + [s for s in spans if not any(s[0] < e and b < s[1] for b, e, _ in ru)]
        self.namer.add_spans(st, spans, self.lex)

    @staticmethod
    def _name_goes_on(st: DocState, k: int) -> bool:
        """A one-word body name the KB knows ("Конгрес", "Рада") followed by a lowercase
        genitive or adjective that may continue a longer name ("Конгресу місцевих та
        регіональних влад"): the model is asked where the name ends."""
        toks = st.doc.tokens
        m = st.covered[k]
        if m is None or m.type != "ORG" or m.start != toks[k].start or m.end != toks[k].end \
                or toks[k].text.isupper() or k + 1 >= len(toks):
            return False
        t = toks[k + 1]
        return t.is_word and t.sentence == toks[k].sentence and t.text[:1].islower() \
            and any(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "gent"
                    for p in dictionary_parses(t.text))

    def _ner_view(self, st: DocState) -> SimpleNamespace:
        """The document cut to the sentences where a name may still be unknown: a capitalised
        word not covered by the KB (the CRF is the slow part of this layer)."""
        toks = st.doc.tokens
        keep = []
        for sent in st.doc.sentences:
            for k in range(sent.first_token, sent.last_token):
                t = toks[k]
                if st.covered[k] is not None and self._name_goes_on(st, k):     # (covered: asked first)
                    keep.append(sent)
                    break
                if not t.is_word or st.covered[k] is not None or not t.text[:1].isupper():
                    continue
                n = t.norm
                if self.lex.is_stop(n, t.text) or n in self.kb.adjectives or n in self.kb.demonyms \
                        or n in self.role_lengths or n in self.lex.pronouns:
                    continue
                if k == sent.first_token and plain_word(t.text):
                    continue
                keep.append(sent)
                break
        return SimpleNamespace(text=st.doc.text, tokens=toks, sentences=keep, date=st.doc.date,
                               id=st.doc.id, meta=st.doc.meta)     # meta: the KB matches


def _between_surname_and_patronymic(st: DocState, i: int) -> bool:
    """A first name after an unclaimed capitalised word and before a patronymic: the middle
    of a full name written surname first ("Підполковнику Круглову Андрію Миколайовичу"), a
    person of its own, not anyone of that first name named before."""
    toks = st.doc.tokens
    if i == 0 or i + 1 >= len(toks):
        return False
    prev, nxt = toks[i - 1], toks[i + 1]
    return prev.is_word and prev.text[:1].isupper() and st.covered[i - 1] is None \
        and prev.sentence == toks[i].sentence == nxt.sentence and nxt.text[:1].isupper() \
        and any("Patr" in p.tag.grammemes for p in parses(nxt.text))


def _speaker_label(st: DocState, i: int) -> bool:
    """A capitalised word alone at the head of a paragraph, followed by a colon ("Малюк:
    ...", "Буданов: ..." in an interview): the speaker's surname, even where the dictionary
    also reads a common word ("малюк", a baby)."""
    toks = st.doc.tokens
    if i + 1 >= len(toks) or toks[i + 1].text != ":":
        return False
    text = st.doc.text
    k = text.rfind("\n", 0, toks[i].start)
    return not text[k + 1:toks[i].start].strip()


def _first_names(e: KBEntity) -> set[str]:
    """The first names the KB writes a person with."""
    return {n.split()[0] for n in (e.name_uk, *e.aliases) if len(n.split()) > 1} | set(e.first_names)


def _same_first_name(word: str, firsts: set[str]) -> bool:
    """A first name as written, in any case and spelling, is one of these: the same first
    three consonants ("Александром" and "Александер", "Урсулою" and "Урсула"). A person the
    KB knows by no first name is not judged."""
    def cons(w: str) -> str:
        return "".join(ch for ch in norm_word(w).replace("ґ", "г") if ch.isalpha() and ch not in _VOWELS)[:3]
    return not firsts or cons(word) in {cons(f) for f in firsts}


_VOWELS = set("аеєиіїоуюяыэё")


@lru_cache(maxsize=1 << 14)
def _noun_lemmas(word: str) -> frozenset[str]:
    """The dictionary's noun lemmas of a word ("Службі" -> служба)."""
    return frozenset(p.normal_form for p in parses(word)
                     if p.tag.POS == "NOUN" and is_dictionary(p))


def _name_goes_on_after(t) -> bool:
    """A word after a capitalised noun that may continue its name: capitalised, or a genitive
    or an adjective ("Союз лівих сил", "Рада директорів")."""
    if not t.is_word:
        return False
    if t.text[:1].isupper():
        return True
    return any(p.tag.POS in ("ADJF", "NOUN") and p.tag.case == "gent" for p in parses(t.text)) \
        or any(p.tag.POS == "ADJF" for p in parses(t.text))
