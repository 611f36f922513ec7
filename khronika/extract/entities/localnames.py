"""Document-local entities: names the knowledge base does not know.

The NER model (or, without one, a rule: a dictionary first name followed by a capitalised
word) gives spans; each becomes an entity whose `name_uk` is the Ukrainian nominative
(head words lemmatised; surnames put back to the nominative with the same ending rules that
generate KB forms), whose `name` is the KMU-2010 transliteration and whose id is its slug.
Later a surname or first name alone joins the person named in full before it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from ...document import Entity
from ...kb.base import KBEntity, KnowledgeBase, Surface
from ...kb.inflect import (agrees_with_noun, inflected_acronym, is_acronym, person_rule_forms,
                           thing_rule_forms)
from ...kb.spelling import person_by_spelling
from ...kb.translit import slug, transliterate
from ...textnorm import APOSTROPHES, norm_word, roman_numeral
from ..morph import analyzer, inflect, is_dictionary, parses
from .nominative import (_ODD_ENDINGS, _OBLIQUE_ENDINGS, _all_forms, _cap, _cyrillic, common_noun_only,
                         common_reading, _proper_paradigm,
                         context_agreement, first_name_parse, full_name_parts, name_parse, name_readings,
                         inverted_subject, verb_agreement,
                         patronymic_parse, plain_word,
                         surname_forms, surname_nominative)
from . import guards, russian
from .state import kb_entity, other_first_name, street_name, street_patron

_UKRAINIAN_LETTERS = re.compile(f"[іїєґІЇЄҐ{APOSTROPHES}]")
_MARKED = {"Infr", "Rare", "Slng", "Arch", "Dist"}    # readings a plain text rarely means
_FEMININE_OBLIQUE = ("ою", "ею", "єю", "ої", "ської", "цької", "є", "і", "е")


@lru_cache(maxsize=1 << 14)
def _lexeme_forms(parse, plural: bool) -> frozenset[str]:
    """The normed forms of a first name's paradigm (with `plural`, the plural ones too), kept
    per parse: pymorphy3 builds the whole lexeme on every call, and first names recur."""
    return frozenset(norm_word(f.word) for f in parse.lexeme if plural or "plur" not in f.tag.grammemes)


class _FormIndex:
    """Which of the document's local people (`entities_local`, in the order they were named) a
    word form names, by surname or first name; brought up to date as people are added. Each
    name used to be compared with every person named before it: quadratic in a long text."""

    def __init__(self, people: dict[str, dict]):
        self.people = people
        self.eids: list[str] = []
        self.surname: dict[str, list[int]] = {}
        self.first: dict[str, list[int]] = {}

    def named(self, form: str, first_too: bool) -> list[str]:
        """The people whose surname (with `first_too`, or first name) has this form."""
        if len(self.eids) > len(self.people):       # someone was taken out: start again
            self.__init__(self.people)
        for eid, info in islice(self.people.items(), len(self.eids), None):
            k = len(self.eids)
            self.eids.append(eid)
            for f in info["surname_forms"]:
                self.surname.setdefault(f, []).append(k)
            for f in info["first_forms"]:
                self.first.setdefault(f, []).append(k)
        ks = self.surname.get(form, [])
        if first_too and form in self.first:
            ks = sorted(set(ks).union(self.first[form]))
        return [self.eids[k] for k in ks]


class LocalNamer:
    def __init__(self, kb: KnowledgeBase, add_place=None, choose=None, place_evidence=None):
        self.kb = kb
        self.add_place = add_place      # (st, i, j, candidates, source, ner_loc) -> bool
        self.choose = choose            # (st, surfaces) -> KBEntity | None
        self.place_evidence = place_evidence    # (st, i, j) -> 0, 1 (preposition), 2 (place word)
        self.ru_places: russian.PlaceNames | None = None     # made on the first Russian place

    # ---- spans without a model -----------------------------------------------------------
    def rule_people(self, st) -> list[tuple[int, int, str]]:
        """First name (dictionary) + capitalised unknown word: "Олена Петрук"."""
        toks = st.doc.tokens
        out = []
        i = 0
        while i < len(toks) - 1:
            t = toks[i]
            if st.covered[i] is None and t.is_word and t.text[:1].isupper() and not is_acronym(t.text) \
                    and name_parse(t.text) is not None:
                j = i + 1
                if j < len(toks) and toks[j].is_word and any("Patr" in p.tag.grammemes for p in parses(toks[j].text)):
                    j += 1
                if j < len(toks) and st.covered[j] is None and toks[j].is_word \
                        and toks[j].text[:1].isupper() and not is_acronym(toks[j].text) \
                        and toks[j].sentence == t.sentence and self._surname_like(toks[j].text):
                    out.append((t.start, toks[j].end, "PER"))
                    i = j + 1
                    continue
            i += 1
        return out

    @staticmethod
    def _surname_like(word: str) -> bool:
        ps = parses(word)
        if any(is_dictionary(p) and {"Surn"} & set(p.tag.grammemes) for p in ps):
            return True
        if any(is_dictionary(p) and p.tag.POS not in (None,) and "Name" not in p.tag.grammemes
               and "Surn" not in p.tag.grammemes for p in ps):
            return False            # a common word ("Олена Сьогодні" cannot be a surname)
        return True

    # ---- from spans to entities -----------------------------------------------------------
    def add_spans(self, st, spans, lex) -> None:
        toks = st.doc.tokens
        local_people: dict[str, dict] = st.doc.meta.setdefault("entities_local", {})
        forms = _FormIndex(local_people)
        spans = self._join_particles(st, self.split_at_words(st, self._split_lists(st, sorted(spans)),
                                                              lex.name_particles), lex.name_particles)
        for s, e, typ in self._regroup(st, spans):
            i = st.tok_at.get(s)
            if i is None:
                continue
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            j = _name_end(toks, i, j)
            i = _after_award(toks, i, j, lex.award_titles)   # "Героя України": a title, no body
            while i < j and not toks[i].is_word:
                i += 1
            if j <= i:
                continue
            if typ == "PER" and st.covered[i] is None and toks[i].is_word and toks[i].text[:1].isupper() \
                    and self._first_name_of_next(st, i, i + 1):
                continue            # "Леониду Парфенову": the first name joins its surname
            if typ != "PER" and j - i >= 3:
                cut = _person_before_place(st, i, j)
                if cut is not None:     # "Тараса Мельничука України": a person, then the state
                    j, typ = cut, "PER"
            if any(st.covered[k] is not None for k in range(i, j)):
                if not self._absorb(st, i, j, typ):
                    continue
            hint = None
            while i < j and (i in st.role_tokens or not toks[i].is_word
                             or (typ == "PER" and j - i > 1 and (toks[i].norm in self.kb.demonyms
                                                                 or _rank(toks[i], lex.ranks)))):
                if toks[i].norm in self.kb.demonyms:
                    hint = toks[i].gender
                i += 1              # "Папа Римський Лев XIV", "Українка Олександра Кувшинова":
                                    # the role or the nationality is not the name
            if i >= j or any(k in st.role_tokens for k in range(i, j)):
                continue
            if typ == "PER":
                i, j = self._full_name_span(st, i, j)
            words = [t for t in toks[i:j] if t.is_word]
            if not words or not words[0].text[:1].isupper():
                continue
            if all(sum(ch.isalpha() for ch in t.text) < 2 for t in words):
                continue            # initials alone ("А. Б.") are not a name
            if len(words) == 1 and st.sentence_initial(i) and common_reading(words[0].text) \
                    and "foreign" not in words[0].tags:
                continue            # (a Russian word is read by the Russian dictionary below)
            norms = [t.norm for t in words]
            if all(lex.is_stop(n, t.text) or n in self.kb.adjectives or n in self.kb.demonyms
                   or n in lex.pronouns or (n,) in self.kb.role_index for n, t in zip(norms, words)):
                continue
            if guards.shared_head_adjective(st, i, j):
                continue            # "Центральній" of "Центральній та Східній Європі"
            typ = typ if typ in ("PER", "ORG", "LOC", "MISC") else "MISC"
            if typ == "PER" and len(words) == 1 and is_acronym(words[0].text) and not any(
                    is_dictionary(p) and {"Name", "Surn"} & set(p.tag.grammemes) for p in parses(words[0].text)):
                typ = "ORG"         # "МАГАТЕ та ДІЯРУ": an abbreviation names a body, not a person
            if typ == "PER" and len(words) > 1 and not _cyrillic(words[-1].text) \
                    and words[-1].norm in lex.latin_heads:
                typ = lex.latin_heads[words[-1].norm]      # "Churchill Square", "Motus Tech"
            if self._russian(words, bool(st.doc.foreign_spans)):
                nom = russian.nominative_phrase([t.text for t in words]) if len(words) > 1 else None
                e = self.russian_places().find(nom) if nom else None
                if e is not None:       # "Российской Федерации": the KB's Russia
                    st.add_entity(kb_entity(e))
                    st.add_mention(i, j, e.id, e.type, "ner-kb")
                    continue
                ru_typ, lemma = russian.judge([t.text for t in words], typ)
                if ru_typ is not None:
                    self._russian_entity(st, i, j, ru_typ, lemma, local_people)
                    continue
                # a Ukrainian place spelt the same in Russian ("На Бородянку.") goes on to the
                # KB below; any other span the Russian dictionary rejects is dropped
                if typ != "LOC" or not any(self.kb.entities[h.entity].type == "LOC" for h in
                                           self.kb.index.get(tuple(t.norm for t in toks[i:j])) or ()):
                    continue
            kbhit = self.kb.index.get(tuple(t.norm for t in toks[i:j]))
            if not kbhit and typ == "PER" and len(words) == 1:
                kbhit = _russian_a_form(self.kb, words[0].text)    # "Кулебе" is Kuleba
            kes = [self.kb.entities[h.entity] for h in kbhit or ()]
            if any(k.gate for k in kes) and self.add_place is not None:
                # the model's tag is place evidence, unless it reads a common-word or
                # surname-like place name as a person ("Весела")
                as_place = typ == "LOC" or min(k.gate for k in kes) == 1
                if self.add_place(st, i, j, kes, "ner-kb", as_place):
                    continue
                if typ == "LOC" and min(k.gate for k in kes) == 2:
                    continue        # a common word ("Перемоги") with no place context
                kbhit = None
            ke = (self.choose(st, kbhit, i) if self.choose else kes[0]) if kbhit else None
            if ke is not None and ke.type == "PER" and j - i == 1 \
                    and not any(h.full and h.entity == ke.id for h in kbhit):
                if other_first_name(st, self.kb, i, ke) \
                        or (guards.quoted_alone(st, i, j) and common_reading(toks[i].text)):
                    ke = None       # «Буря»: a thing's name, not the namesake
                elif street_name(st, i) or guards.quoted_alone(st, i, j):
                    ke = street_patron(self.kb, st.doc.date, kbhit)
                elif guards.title_not_surname(st, self.kb, lex.home_state, i, ke) \
                        and not guards.named_in_full(st, ke.id):
                    continue        # "Герцог і Герцогиня": a title, nobody's name
                elif guards.idle_foreigner(st, self.kb, lex.home_state, i, ke) \
                        and not guards.named_in_full(st, ke.id):
                    ke = None
            if ke is not None:
                st.add_entity(kb_entity(ke))
                st.add_mention(i, j, ke.id, ke.type, "ner-kb")
                continue
            if typ in ("PER", "LOC") and len(words) == 1 and guards.quoted_alone(st, i, j) \
                    and common_reading(words[0].text):
                typ = "ORG"         # «Ураган», «Буря», «Правда»: the name of a thing (a weapon,
                                    # an operation, a paper), not a person or a place
            if typ == "PER" and self.place_evidence is not None and self.place_evidence(st, i, j) == 2:
                typ = "LOC"         # "одного з ваших міст – Герніки", "село Гардарикі"
            if typ == "PER" and len(words) == 1 and (plain_word(words[0].text)
                                                     or guards.adjective_of_a_noun(st, i, j)):
                continue            # "Парламент", "Сенату", "Служби": a common word is no person;
                                    # nor "Червоній" of "Червоній площі"
            if typ == "LOC" and len(words) == 1 and common_noun_only(words[0].text) \
                    and self.place_evidence is not None and self.place_evidence(st, i, j) < 2:
                continue            # "Уряд ухвалив", "облігацій Уряду", "у Службі": a common
                                    # noun written with a capital; a preposition does not
                                    # make it a place, a settlement word or a list would
            if typ == "PER" and not guards.person_evidence(st, i, j, lex.title_words):
                continue            # "Сі-Ен Тауер", "Гардарикі": capitalised, but no name
            if typ == "PER":
                eid = self._person(st, toks[i:j], local_people, forms, hint,
                                   toks[i - 1].text if i > 0 and toks[i - 1].sentence == toks[i].sentence else None,
                                   lex.name_particles,
                                   civilian=lambda e, i=i: guards.civilian_under_rank(st, self.kb, lex, i, e),
                                   after=toks[j].text if j < len(toks) and toks[j].sentence == toks[i].sentence
                                   else None,
                                   mark=toks[i - 2].text if i > 1 else None,
                                   speech_verbs=lex.speech_verbs)
            else:
                name_uk = self.nominative_thing([t.text for t in toks[i:j]],
                                                _quoted_case(st, i, j) or _after_noun(st, i, j))
                eid = slug(transliterate(name_uk))
                st.add_entity(Entity(eid, transliterate(name_uk), name_uk, typ, None, kb=False))
            if eid:
                st.add_mention(i, j, eid, typ, "ner")
        self.link_partials(st, local_people, forms, lex.name_particles)
        self.namesakes_named_in_full(st, local_people)

    @staticmethod
    def _russian(words, russian_passages: bool = False) -> bool:
        """Words of a Russian passage, or words the Ukrainian dictionary does not know and
        the Russian one reads as places or common words ("За Украину.", "Российской
        Федерации"); in a text with
        Russian passages, also one the Ukrainian dictionary knows only in a marked reading
        ("Только с вами.": an informal name's vocative in Ukrainian, "only" in Russian)."""
        if all("foreign" in t.tags for t in words):
            return True
        if len(words) > 1:      # "Российской Федерации" in a Russian sentence not found as one
            return all(_cyrillic(t.text) and not _UKRAINIAN_LETTERS.search(t.text)
                       and not analyzer().word_is_known(norm_word(t.text))
                       and russian.known_russian_word(t.text) for t in words)
        if not _cyrillic(words[0].text) or _UKRAINIAN_LETTERS.search(words[0].text):
            return False
        w = words[0].text
        if not russian.known_russian_word(w):
            return False
        if not analyzer().word_is_known(norm_word(w)):
            return True
        return russian_passages and all(is_dictionary(p) and _MARKED & set(p.tag.grammemes) for p in parses(w))

    def russian_places(self) -> russian.PlaceNames:
        if self.ru_places is None:
            self.ru_places = russian.PlaceNames(self.kb)
        return self.ru_places

    def _russian_entity(self, st, i, j, typ, name, local_people) -> None:
        e = self._russian_kb_person(st, name, st.doc.tokens[j - 1].text) if typ == "PER" else None
        if e is not None:           # "Владимиру Путину", "Блинкен": the KB's Putin, Blinken
            st.add_entity(kb_entity(e))
            st.add_mention(i, j, e.id, e.type, "ner-kb")
            return
        if typ == "LOC":
            e = self.russian_places().find(name)
            if e is not None:       # "Мариуполь", "Украину": the KB's Mariupol, Ukraine
                st.add_entity(kb_entity(e))
                st.add_mention(i, j, e.id, e.type, "ner-kb")
                return
        eid = slug(transliterate(name))
        if eid in self.kb.entities:
            eid += "-local"
        st.add_entity(Entity(eid, transliterate(name), name, typ, None, kb=False))
        st.add_mention(i, j, eid, typ, "ner")

    def _russian_kb_person(self, st, name: str, written: str) -> KBEntity | None:
        """A KB person named in Russian: the surname in the KB's Ukrainian spelling, a first
        name beside it with the consonants of the KB's first name (Russian and Ukrainian
        forms differ in vowels only: "Владимир", "Володимир"); a surname alone goes to
        the namesake the document's date picks, as a Ukrainian one does."""
        words = name.split()
        hits: list[Surface] = russian.kb_surnames(self.kb, words[-1], written)
        if not hits or len(words) > 2:
            return None
        if len(words) == 2:
            first = russian.skeleton(words[0])
            hits = [Surface(s.entity, s.caps, True) for s in hits
                    if first in {russian.skeleton(f) for f in _first_names(self.kb.entities[s.entity])}]
            if not hits:
                return None     # another first name: someone else
        return self.choose(st, hits) if self.choose else self.kb.entities[hits[0].entity]

    def _first_name_of_next(self, st, i: int, j: int) -> bool:
        """A first name right before a KB person's surname that the gazetteer took alone,
        the KB's first name in any spelling (Russian "Леониду" for "Леонід"): one mention of
        that person from the first name on."""
        toks = st.doc.tokens
        m = st.covered[j] if j < len(toks) else None
        if m is None or m.type != "PER" or m.start != toks[j].start or toks[j].sentence != toks[i].sentence:
            return False
        ke = self.kb.entities.get(m.entity)
        if ke is None or ke.type != "PER":
            return False
        if russian.skeleton(toks[i].text) not in {russian.skeleton(f) for f in _first_names(ke)}:
            return False
        k = j
        while k < len(toks) and toks[k].end <= m.end:
            k += 1
        st.remove_mention(m)
        for x in range(j, k):
            st.covered[x] = None
        st.add_mention(i, k, m.entity, m.type, m.source)
        return True

    def _absorb(self, st, i: int, j: int, typ: str) -> bool:
        """An organisation name that holds a place name ("Міністерство енергетики України"):
        one mention, the nested KB place is dropped. Only when the name starts with an
        uncovered capitalised word and every nested mention lies wholly inside it."""
        toks = st.doc.tokens
        if typ != "ORG" or j - i < 2 or not toks[i].text[:1].isupper() or i in st.role_tokens:
            return False
        kinds = ("LOC",)
        if st.covered[i] is not None:
            if not self._longer_name(st, i, j):
                return False
            kinds = ("LOC", "ORG")
        inner = {id(st.covered[k]): st.covered[k] for k in range(i, j) if st.covered[k] is not None}
        start, end = toks[i].start, toks[j - 1].end
        if any(m.start < start or m.end > end or m.type not in kinds for m in inner.values()):
            return False
        if any(m.type == "LOC" and not _genitive_at(toks, st.tok_at[m.start], m.end)
               for m in inner.values() if m.start in st.tok_at):
            return False        # a body is "of" its place: «Слава Україні!» is a slogan
        for m in inner.values():
            st.remove_mention(m)
        for k in range(i, j):
            st.covered[k] = None
        return True

    @staticmethod
    def _split_lists(st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A model span over a list of names is one span per name: "Maxam, Porcelanosa,
        Serkobe", "Едмонтон і Ванкувер", "Уряд і Парламент". It is cut at a comma, and at
        "і", "та", "й" between two capitalised words (a name goes on after "і" in lowercase:
        "Міністерство освіти і науки")."""
        toks = st.doc.tokens
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if i is None:
                out.append((s, e, typ))
                continue
            start = s
            k = i
            while k < len(toks) and toks[k].end <= e:
                t = toks[k]
                nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].end <= e else None
                cut = nxt is not None and nxt.is_word and nxt.text[:1].isupper() and k > i and (
                    t.text == "," or (t.norm in ("і", "та", "й") and toks[k - 1].is_word
                                      and toks[k - 1].text[:1].isupper()))
                if cut:
                    if toks[k - 1].end > start:
                        out.append((start, toks[k - 1].end, typ))
                    start = nxt.start
                k += 1
            out.append((start, e, typ))
        return out

    @staticmethod
    def split_at_words(st, spans: list[tuple[int, int, str]], particles: set[str]) -> list[tuple[int, int, str]]:
        """A model's person span never holds a lowercase verb, conjunction, preposition or
        adverb, nor a lowercase word of a Russian passage (other than a name particle):
        "Кулебе позвонил Энтони Блинкен" (a Russian clause read with a Ukrainian model) is two
        names with a verb between them, cut there. A title ("Заслуженій артистці України
        Оксані Гайовій") is cut later."""
        toks = st.doc.tokens
        out = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if typ != "PER" or i is None:
                out.append((s, e, typ))
                continue
            start = None
            k = i
            while k < len(toks) and toks[k].end <= e:
                t = toks[k]
                cut = t.is_word and t.text[:1].islower() and t.norm not in particles \
                    and ("foreign" in t.tags or _clause_word(t.text))
                if cut and start is not None:
                    out.append((start, toks[k - 1].end, typ))
                    start = None
                elif not cut and start is None:
                    start = t.start
                k += 1
            if start is not None:
                out.append((start, e, typ))
        return out

    @staticmethod
    def _join_particles(st, spans: list[tuple[int, int, str]], particles: set[str]) -> list[tuple[int, int, str]]:
        """A first name, lowercase name particles and a capitalised word ("Мігель де
        Карвальо", "Йоганна фон Штайнберга") are one person, however the model cut them
        ("Мігель" and "Карвальо", or "Мігель" alone): the span runs over the particles to the
        end of the span or the capitalised word after them. A span that starts at a
        particle takes the first name before it."""
        toks = st.doc.tokens

        def free(k: int, sent: int) -> bool:
            return 0 <= k < len(toks) and toks[k].is_word and toks[k].text[:1].isupper() \
                and st.covered[k] is None and toks[k].sentence == sent and k not in st.role_tokens

        out: list[tuple[int, int, str]] = []
        for s, e, typ in spans:
            i = st.tok_at.get(s)
            if i is None:
                out.append((s, e, typ))
                continue
            f = i
            while f > 0 and toks[f - 1].norm in particles and toks[f - 1].text[:1].islower():
                f -= 1
            if toks[i].norm in particles and toks[i].text[:1].islower():
                f = i
            if (f < i or toks[i].norm in particles) and typ in ("PER", "MISC", "ORG") \
                    and free(f - 1, toks[i].sentence) and not plain_word(toks[f - 1].text) \
                    and (not out or out[-1][1] <= toks[f - 1].start):
                s, typ = toks[f - 1].start, "PER"   # "Мохаммед бін" + "Салман"
            if out and out[-1][2] == "PER":
                ps, pe, _ = out[-1]
                k = j = _token_after(st, pe)
                while j is not None and j < len(toks) and toks[j].norm in particles \
                        and toks[j].text[:1].islower():
                    j += 1
                if k is not None and j > k and j < len(toks) and toks[j].start == s \
                        and toks[j].sentence == toks[k].sentence:
                    out[-1] = (ps, e, "PER")        # "Мігель" + "де" + "Карвальо"
                    continue
            out.append((s, e, typ))
        for n, (s, e, typ) in enumerate(out):
            if typ != "PER":
                continue
            k = _token_after(st, e)
            j = k
            while j is not None and j < len(toks) and toks[j].norm in particles and toks[j].text[:1].islower():
                j += 1
            if k is None or j == k or not free(j, toks[k].sentence) or plain_word(toks[j].text) \
                    or any(x[0] == toks[j].start for x in out):
                continue
            out[n] = (s, toks[j].end, typ)          # "Мігель" alone + "де Карвальо"
        return out

    @staticmethod
    def _longer_name(st, i: int, j: int) -> bool:
        """A body the KB knows at the start of a longer name the model found, which goes on
        in lowercase words ("Конгрес" in "Конгресу місцевих та регіональних влад Ради
        Європи"): the longest name wins and the inner one is not linked. Not a list ("Рада
        та Кабінет Міністрів": a name after a conjunction or comma is its own)."""
        toks = st.doc.tokens
        m = st.covered[i]
        if m.type != "ORG" or m.start != toks[i].start or m.source != "kb":
            return False
        k = i
        while k < j and st.covered[k] is m:
            k += 1
        if k >= j or not toks[k].is_word or not toks[k].text[:1].islower() \
                or toks[k].norm in _LIST_WORDS:
            return False
        return not any(st.covered[x] is not None and st.covered[x] is not st.covered[x - 1]
                       and toks[x - 1].norm in _LIST_WORDS for x in range(k, j))

    @staticmethod
    def _regroup(st, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """A person's first name and patronymic ("Віталію Анатолійовичу") right after another
        span that ends in a capitalised word ("Лейтенанту Мовчану" taken for an organisation):
        that word is the surname, and the rest of the other span (a rank) is no name."""
        toks = st.doc.tokens
        out = list(spans)
        for n, (s, e, typ) in enumerate(out):
            i = st.tok_at.get(s)
            if typ != "PER" or i is None or i < 1 or n == 0:
                continue
            j = i
            while j < len(toks) and toks[j].end <= e:
                j += 1
            ws = [t for t in toks[i:j] if t.is_word]
            if len(ws) != 2 or name_parse(ws[0].text) is None or patronymic_parse(ws[1].text) is None:
                continue
            ps, pe, ptyp = out[n - 1]
            k = i - 1
            if pe != toks[k].end or ptyp == "PER" or not toks[k].text[:1].isupper() \
                    or name_parse(toks[k].text) is not None:
                continue
            rest = [t for t in toks[st.tok_at.get(ps, k):k] if t.is_word]
            out[n - 1] = (ps, toks[k - 1].end, ptyp) if rest and not all(plain_word(t.text) for t in rest) \
                else (ps, ps, ptyp)
            out[n] = (toks[k].start, e, typ)
        return [x for x in out if x[1] > x[0]]

    @staticmethod
    def _full_name_span(st, i: int, j: int) -> tuple[int, int]:
        """A name with a patronymic is one span: the model often gives "Дмитру Валерійовичу"
        without the surname before it (also at the start of a list line, "* Івчуку Віктору
        Михайловичу", unless that word is a common one: "Вчора"), or "Скакуна Віталія"
        without the patronymic after."""
        toks = st.doc.tokens
        idx = [k for k in range(i, j) if toks[k].is_word]

        def free(k: int) -> bool:
            return 0 <= k < len(toks) and st.covered[k] is None and toks[k].is_word \
                and k not in st.role_tokens and toks[k].sentence == toks[i].sentence \
                and toks[k].text[:1].isupper() and not is_acronym(toks[k].text)
        if len(idx) == 2 and name_parse(toks[idx[0]].text) is not None \
                and patronymic_parse(toks[idx[1]].text) is not None \
                and free(i - 1) and name_parse(toks[i - 1].text) is None \
                and patronymic_parse(toks[i - 1].text) is None \
                and not (st.sentence_initial(i - 1) and common_reading(toks[i - 1].text)
                         and not _surname_in_case(toks[i - 1].text, toks[idx[0]].text)):
            return i - 1, j
        if len(idx) == 2 and name_parse(toks[idx[1]].text) is not None and free(j) \
                and patronymic_parse(toks[j].text) is not None:
            return i, j + 1
        return i, j

    def _person(self, st, toks, local_people, forms: _FormIndex, gender_hint: str | None = None,
                before: str | None = None, particles: frozenset[str] | set[str] = frozenset(),
                civilian=None, after: str | None = None, mark: str | None = None,
                speech_verbs: frozenset[str] = frozenset()) -> str | None:
        words = [t.text for t in toks if t.is_word or t.text.endswith(".")]
        parts = full_name_parts(words)
        if parts is not None:
            return self._full_person(st, words, parts, local_people, forms, civilian)
        gender, oblique, name_cases = "masc", None, None
        ctx_cases, ctx_gender = inverted_subject(before, mark, speech_verbs)  # "– сказала Олександра Махова"
        subject = ctx_cases is not None     # a verb's subject (a person noun before may take a genitive)
        if ctx_cases is None and ctx_gender is None:
            ctx_cases, ctx_gender = context_agreement(before)
        if not subject and (ctx_cases is None or "nomn" in ctx_cases):
            v_cases, v_gender = verb_agreement(after)     # "Олександра Махова заявила"
            if v_cases is not None:         # ("депутатка Ноора Койвісто повідомила" too)
                ctx_cases, ctx_gender, subject = v_cases, v_gender or ctx_gender, True
        np = first_name_parse(words[0], words[-1], ctx_cases, ctx_gender or gender_hint) \
            if len(words) > 1 else None
        if np is not None and gender_hint in ("masc", "femn") and np.tag.gender != gender_hint:
            np = next((p for p in parses(words[0]) if is_dictionary(p) and "Name" in p.tag.grammemes
                       and p.tag.gender == gender_hint), np)     # "Українка Олександра ..."
        if np is None and len(words) > 1 and all(norm_word(w).endswith(_FEMININE_OBLIQUE) for w in words):
            gender = "femn"     # "Шарлотою Мішельє" is no man, whatever the first name
        if np is not None:
            gender = np.tag.gender or "masc"
            cases = {p.tag.case for p in parses(words[0]) if "Name" in p.tag.grammemes
                     and "plur" not in p.tag.grammemes}     # "Ольги" is no plural here
            if ctx_cases is not None and cases & ctx_cases and np.tag.case in ctx_cases:
                cases &= ctx_cases      # (not when the surname overruled the context)
            oblique = False if cases == {"nomn"} else (True if "nomn" not in cases else None)
            if oblique is None and len(cases) > 1:
                oblique = np.tag.case != "nomn"
            if cases and "nomn" not in cases:       # the surname is in the first name's case
                name_cases = tuple(sorted(cases - {"voct"} or cases))   # "Мігелю": a dative here
        elif subject and ctx_cases == frozenset({"nomn"}):
            # the subject of the verb after it ("Юссі Галла-ахо прибув", "Ноора Койвісто
            # заявила"): every word as written is its nominative, of the verb's gender,
            # whatever first name the dictionary lacks
            oblique = False
            gender = ctx_gender or gender
        elif len(words) == 1 and ctx_cases and "nomn" not in ctx_cases:
            # a surname alone takes the case of the person noun or preposition before it:
            # "генералу Грицюті" is Грицюта's dative, "судді Вересі" not Верес's locative
            oblique, name_cases = True, tuple(sorted(ctx_cases - {"voct"} or ctx_cases))
        surname_form = norm_word(words[-1])
        known = forms.named(surname_form, len(words) == 1)
        first_given = norm_word(words[0]) if len(words) > 1 and not words[0].endswith(".") else None
        if first_given:     # "Іван Петренко" after "Павло Петренко": another person
            known = [k for k in known if not local_people[k]["first_forms"]
                     or first_given in local_people[k]["first_forms"]]
        if known:                   # a surname alone, or the same person again
            return known[0]
        if len(words) == 1:
            np1 = name_parse(words[0])
            if np1 is not None:             # a first name alone, nobody named before: keep it
                gender = np1.tag.gender or "masc"
                name_uk = _cap(np1.normal_form, words[0])
                eid = slug(transliterate(name_uk))
                if eid in self.kb.entities:
                    eid += "-local"
                st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
                local_people.setdefault(eid, {"surname_forms": set(), "gender": gender,
                                              "first_forms": set(_lexeme_forms(np1, True))})
                return eid
        nom = []
        for k, w in enumerate(words):
            if w.endswith(".") or not _cyrillic(w) or roman_numeral(w) \
                    or (0 < k < len(words) - 1 and w in particles):
                nom.append(w)       # an initial, a Latin name, a regnal number ("Гаральда ІІІ"),
                continue            # a particle ("де", "фон")
            p = np if k == 0 and len(words) > 1 else None
            if p is not None:
                nom.append(_cap(p.normal_form, w))
                continue
            # a double surname inflects in both parts: "Косіняком-Камишем" -> "Косіняк-Камиш"
            nom.append("-".join(_cap(surname_nominative(part, gender, oblique, name_cases), part)
                                for part in w.split("-")))
        name_uk = " ".join(nom)
        if len(nom) > 1:        # "Йонас Гар Стьоре": the KB's "Йонас Гар Стере"
            known = person_by_spelling(self.kb, name_uk, " ".join(words))
            if known is not None and (civilian is None or not civilian(known)):
                st.add_entity(kb_entity(known))
                local_people.setdefault(known.id, {
                    "surname_forms": _all_forms(surname_forms(norm_word(nom[-1]), gender)) | {surname_form},
                    "first_forms": set(), "gender": gender})
                return known.id
        eid = slug(transliterate(name_uk))
        if eid in self.kb.entities:
            eid += "-local"
        if eid not in st.doc.entities:
            st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
        surname = norm_word(nom[-1])
        sforms = _all_forms(surname_forms(surname, gender)) | {surname_form}
        first = norm_word(nom[0]) if len(nom) > 1 and not nom[0].endswith(".") else None
        fforms = _all_forms(person_rule_forms(first, gender)) if first else set()
        if first and np is not None:
            fforms |= _lexeme_forms(np, False)
        local_people.setdefault(eid, {"surname_forms": sforms, "first_forms": fforms, "gender": gender})
        return eid

    def _full_person(self, st, words, parts, local_people, forms: _FormIndex, civilian=None) -> str:
        """"Прізвище Ім'я По-батькові" as written, in the nominative; the id is that of "Ім'я
        Прізвище", so the person named without the patronymic elsewhere is the same entity.
        `civilian(kb_person)` is true when the name stands after a rank and the KB's namesake
        holds only civilian offices: then it is someone else."""
        surname, first, patr, gender = parts
        written_first = patronymic_parse(words[2]) is None
        s_norm = norm_word(surname)
        known = self._kb_person(first, surname)
        if known is not None and civilian is not None and civilian(known):
            known = None
        if known is not None and not written_first and guards.unconfirmed_namesake(known, st.doc.date) \
                and known.id not in st.doc.entities:
            known = None        # "Мельнику Сергію Миколайовичу": one of the name's many bearers
        if known is not None:       # "Леонід Макарович Кравчук": the KB's Leonid Kravchuk
            st.add_entity(kb_entity(known))
            local_people.setdefault(known.id, {
                "surname_forms": _all_forms(surname_forms(s_norm, gender)) | {norm_word(words[0 if not written_first else 2])},
                "first_forms": _all_forms(person_rule_forms(norm_word(first), gender)), "gender": gender})
            return known.id
        name_uk = f"{first} {patr} {surname}" if written_first else f"{surname} {first} {patr}"
        eid = slug(transliterate(f"{first} {surname}"))
        if eid in self.kb.entities:
            eid += "-local"
        for other in forms.named(s_norm, False):       # named again in the same document
            if norm_word(first) in local_people[other]["first_forms"]:
                return other
        if eid not in st.doc.entities:
            st.add_entity(Entity(eid, transliterate(name_uk), name_uk, "PER", None, kb=False))
        sforms = _all_forms(surname_forms(s_norm, gender)) | {norm_word(words[0 if not written_first else 2])}
        fforms = _all_forms(person_rule_forms(norm_word(first), gender))
        np = name_parse(first)
        if np is not None:
            fforms |= _lexeme_forms(np, False)
        local_people.setdefault(eid, {"surname_forms": sforms, "first_forms": fforms, "gender": gender})
        return eid

    def _kb_person(self, first: str, surname: str):
        """The one KB person whose full name is this first name and surname (nominative)."""
        hits = self.kb.index.get((norm_word(first), norm_word(surname))) or ()
        ids = {h.entity for h in hits if h.full and self.kb.entities[h.entity].type == "PER"}
        return self.kb.entities[ids.pop()] if len(ids) == 1 else None

    def namesakes_named_in_full(self, st, local_people) -> None:
        """A surname alone that the gazetteer gave to a KB person whom the document never
        names in full, in a document that names in full another person of that surname the
        KB does not know ("Руслан Кравчук приїхав. З Кравчуком погодились."): it is that
        person's, not the KB namesake's."""
        if not local_people:
            return
        owners: dict[str, set[str]] = {}
        for eid, info in local_people.items():
            ent = st.doc.entities.get(eid)
            if ent is not None and not ent.kb and info["first_forms"]:
                for f in info["surname_forms"]:
                    owners.setdefault(f, set()).add(eid)
        for m in st.doc.mentions:
            if m.type != "PER" or m.source not in ("kb", "ner-kb") or len(m.text.split()) != 1 \
                    or m.entity not in self.kb.entities or guards.named_in_full(st, m.entity):
                continue
            mine = owners.get(norm_word(m.text), set())
            if len(mine) == 1:
                gone, m.entity, m.source = m.entity, mine.pop(), "partial"
                if not any(x.entity == gone for x in st.doc.mentions):
                    st.doc.entities.pop(gone, None)
                    st.first_seen.pop(gone, None)

    def link_partials(self, st, local_people, forms: _FormIndex, particles=frozenset()) -> None:
        if not local_people:
            return
        toks = st.doc.tokens
        for i, t in enumerate(toks):
            if st.covered[i] is not None or not t.is_word or not t.text[:1].isupper():
                continue
            named = forms.named(t.norm, True)       # most capitalised words name nobody here
            if not named or sum(ch.isalpha() for ch in t.text) < 2 \
                    or (st.sentence_initial(i) and _function_word(t.text)):
                continue
            patr = _next_patronymic(toks, i)
            for eid in named:
                if eid in st.first_seen and st.first_seen[eid] < t.start:
                    ent = st.doc.entities.get(eid)
                    if patr and ent is not None and not patr & set(norm_word(ent.name_uk).split()):
                        continue    # "Володимиру Володимировичу" is not Volodymyr Oleksandrovych
                    k = i       # "Ван дер Берга" after "Ян ван дер Берг": the particles too
                    own = set(norm_word(ent.name_uk).split()) if ent is not None else set()
                    while k > 0 and toks[k - 1].norm in own and toks[k - 1].norm in particles \
                            and st.covered[k - 1] is None and toks[k - 1].sentence == t.sentence:
                        k -= 1
                    st.add_mention(k, i + 1, eid, "PER", "partial")
                    break

    # ---- organisations and places ----------------------------------------------------------
    _things: dict[tuple[str, ...], str] = {}

    def nominative_thing(self, words: list[str], case: str | None = None) -> str:
        """Leading adjectives and the head noun to the nominative; the rest as written. Kept
        per name as written: pymorphy3's `inflect` is the slow part, and names recur.
        `case` ("nomn", "oblique" or "counted", from `_quoted_case`) picks among a one-word
        name's readings."""
        key = (*words, case)
        got = self._things.get(key)
        if got is None:
            if len(self._things) >= 50_000:
                self._things.clear()
            got = self._things[key] = self._nominative_thing(words, case)
        return got

    def _nominative_thing(self, words: list[str], case: str | None = None) -> str:
        out = []
        head_done = False
        head_gender = None
        # find the head first, so adjectives can agree with it
        plan = []
        adjs: list = []         # the readings of the adjectives before the head
        number = None
        for n, w in enumerate(words):
            if head_done or is_acronym(w) or not any(ch.isalpha() for ch in w):
                plan.append((w, "fixed"))
                continue
            if (acr := inflected_acronym(w)) is not None:
                # "ЦНАПі", "ЦНАПах": an acronym's case or plural ending; the name is the acronym
                plan.append((acr, "fixed"))
                head_done = True
                continue
            ps = [p for p in parses(w) if is_dictionary(p)]
            if case is not None and len(words) == 1:
                fit = [p for p in ps if p.tag.POS == "NOUN" and (p.tag.case == "nomn") == (case == "nomn")]
                ps = fit or ps      # «Преса» after "написом" is преса, «Града» after "з" is град
            adj = next((p for p in ps if p.tag.POS == "ADJF"), None)
            # a proper noun's own paradigm first: "Кракові" is Краків, not the plural of "крак"
            # then, for a name that opens with its noun, a singular reading in the nominative:
            # "Рада міністрів" is рада, not the genitive of "рад" (a unit of radiation); after
            # a noun, its singular genitive ("рішення Ради міністрів" is no plural "Ради")
            noun = next((p for p in ps if case == "gent" and not adjs and p.tag.POS == "NOUN"
                         and p.tag.case == "gent" and "plur" not in p.tag.grammemes
                         and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None) \
                or next((p for p in ps if p.tag.POS == "NOUN" and _proper_paradigm(p)
                         and not {"Name", "Surn", "Patr", "Infr", "Slng", "Arch", "Rare", "Dist"} & set(p.tag.grammemes)),
                        None) \
                or next((p for p in ps if not adjs and p.tag.POS == "NOUN" and p.tag.case == "nomn"
                         and "plur" not in p.tag.grammemes
                         and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None) \
                or next((p for p in ps if p.tag.POS == "NOUN"), None)
            if adj is None and w is not words[-1] and (noun is None or {"Surn", "Name"} & set(noun.tag.grammemes)):
                # an adjective the dictionary lacks ("Тиманського", only a surname there)
                # before a noun it agrees with
                guessed = [p for p in parses(w) if p.tag.POS == "ADJF"]
                if guessed and any(is_dictionary(x) and x.tag.POS == "NOUN" and x.tag.case == g.tag.case
                                   for x in parses(words[n + 1]) for g in guessed):
                    adj, ps = guessed[0], guessed
            if adj is not None and w is not words[-1] and (
                    noun is None or ps[0].tag.POS == "ADJF"
                    or {"Surn", "Name", "Patr", "Geox"} & set(noun.tag.grammemes)
                    or agrees_with_noun([p for p in ps if p.tag.POS == "ADJF"], words[n + 1])):
                plan.append((w, adj))
                adjs = [p for p in ps if p.tag.POS == "ADJF"]
                continue
            if noun is not None and adjs:
                # the noun reading the adjectives agree with ("Марсовому полі": поле, not поль)
                fits = [p for p in ps if p.tag.POS == "NOUN" and _agree_one(adjs, p)]
                fits.sort(key=lambda p: bool({"Name", "Surn", "Patr"} & set(p.tag.grammemes)))
                noun = fits[0] if fits else noun
                if "plur" in noun.tag.grammemes and not any("plur" in a.tag.grammemes for a in adjs):
                    number = "sing"     # "Азовського морів": one sea of a list that shares the noun
            if noun is not None and case == "counted" and "plur" in noun.tag.grammemes \
                    and "Pltm" not in noun.tag.grammemes and _singular_nominative(noun) is not None:
                # one thing's name counted ("кілька «Хаймарсів»"); a plural name is plural
                # elsewhere ("журналісти «Схем»": the project «Схеми»)
                number = "sing"
            plan.append((w, noun or "guess"))
            head_done = True
            if noun is not None:
                nf = _singular_nominative(noun) if number else inflect(noun, {"nomn"})
                head_gender = (nf or noun).tag.gender
        for w, how in plan:
            if how == "fixed" or not _cyrillic(w):
                out.append(w)
            elif how == "guess":
                out.append(_cap(self._guess_thing(norm_word(w), counted=case == "counted"), w))
            elif how.tag.POS == "ADJF":
                want = {"nomn", head_gender} if head_gender else {"nomn"}
                if number is None and any("plur" in a.tag.grammemes for a in adjs) \
                        and plan[-1][1] != "guess" and "plur" in getattr(plan[-1][1], "tag", how.tag).grammemes:
                    want = {"nomn", "plur"}
                f = inflect(how, want) or inflect(how, {"nomn"})
                out.append(_cap(f.word if f else w.lower(), w))
            else:
                num = number or ("plur" if "plur" in how.tag.grammemes else "sing")
                f = _singular_nominative(how) if number else inflect(how, {"nomn", num})
                out.append(_cap(f.word if f else how.normal_form, w))
        return " ".join(out)

    @staticmethod
    def _guess_thing(w: str, counted: bool = False) -> str:
        if counted and len(w) > 5 and w.endswith(("ів", "їв")):
            # a thing's genitive plural ("«Іскандерів»", "«Калібрів»"): the singular stem
            return w[:-2] if w[-2] == "і" else w[:-2] + "й"
        head, _, tail = w.rpartition("-")
        if head and tail:
            # a compound place inflects in its last part ("Усть-Лузі" -> "Усть-Луга"): the
            # dictionary's noun for that part, else the same guess
            noun = next((p for p in parses(tail) if is_dictionary(p) and p.tag.POS == "NOUN"
                         and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)), None)
            if noun is None and tail.endswith(("ого", "ому", "им", "ім")):
                noun = next((p for p in parses(tail) if p.tag.POS == "ADJF"), None)   # "-Шахтинського"
            return f"{head}-{noun.normal_form if noun is not None else LocalNamer._guess_thing(tail)}"
        if len(w) > 4 and w.endswith("ці") and w[-3] not in _VOWELS:
            # "на Салтівці": the dative and locative of an -ка noun ("Салтівка"), its к turned
            # ц; a stem cut before its ending ("Салтівц") is no word
            c = w[:-2] + "ка"
            if w in _all_forms(thing_rule_forms(c)):
                return c
        for cut in range(0, 3):
            stem = w[:len(w) - cut] if cut else w
            for add in ("", "а", "я", "ь", "ія"):
                c = stem + add
                if len(c) >= 3 and w in _all_forms(thing_rule_forms(c)):
                    if cut == 0 and add == "" and (counted or w.endswith(_OBLIQUE_ENDINGS)) and len(w) > 4:
                        continue
                    if _bare_stem(c):
                        continue
                    return c
        return w


_VOWELS = set("аеєиіїоуюяь" + APOSTROPHES)


def _person_before_place(st, i: int, j: int) -> int | None:
    """Where a model span that opens with a first name and a surname runs on into a place
    the gazetteer found ("Тараса Мельничука України", read as one body) must end: at the
    place, the words before it a person's name. None when the span is no such thing."""
    toks = st.doc.tokens
    k = next((k for k in range(i + 2, min(j, i + 4)) if st.covered[k] is not None), None)
    if k is None:
        return None
    m = st.covered[k]
    if m.type != "LOC" or m.start != toks[k].start or m.end > toks[j - 1].end:
        return None
    words = toks[i:k]
    if not all(t.is_word and t.text[:1].isupper() and st.covered[i + n] is None for n, t in enumerate(words)):
        return None
    if name_parse(words[0].text) is None or any(is_dictionary(p) and p.tag.POS != "NOUN"
                                                 for p in parses(words[1].text)):
        return None
    return k


def _rank(tok, ranks: set[str]) -> bool:
    """A military rank opening a span the model took for a name ("Генерал Міхац"): the
    rank is not the name (and, before it, says that a person is named)."""
    return tok.norm in ranks or any(is_dictionary(p) and p.normal_form in ranks for p in parses(tok.text))


def _surname_in_case(word: str, first: str) -> bool:
    """The dictionary reads `word` as a surname in a case the first name after it takes
    ("Мельнику Сергію": a surname as well as a miller, both in the dative)."""
    cases = {p.tag.case for p in name_readings(first)}
    return any(is_dictionary(p) and "Surn" in p.tag.grammemes and p.tag.case in cases
               for p in parses(word))


def _genitive_at(toks, k: int, end: int) -> bool:
    """Some word of the place name from token k to `end` can be a genitive ("України",
    "Києва"), or the dictionary does not know it ("США", "Ла-Маншу")."""
    while k < len(toks) and toks[k].end <= end:
        t = toks[k]
        if t.is_word and (not _is_dict_word(t.text) or any(p.tag.case == "gent" for p in parses(t.text))):
            return True
        k += 1
    return False


def _is_dict_word(word: str) -> bool:
    return any(is_dictionary(p) for p in parses(word))


def _first_names(e: KBEntity) -> set[str]:
    """The first names the KB writes a person with, in Cyrillic."""
    return {n.split()[0] for n in (e.name_uk, *e.aliases) if len(n.split()) > 1} | set(e.first_names)


def _bare_stem(word: str) -> bool:
    """A guessed nominative that no Ukrainian noun ends in: a consonant and then ц or ць
    ("Салтівц", "Кременць"), or a cluster the surname rules reject too ("Салтівк",
    "Салтівкоя"); but "рк" ends "Йорк" and "Парк"."""
    bare = word[:-1] if word.endswith("ць") else word
    return (len(bare) > 2 and bare[-1] == "ц" and bare[-2] not in _VOWELS) \
        or (word.endswith(_ODD_ENDINGS) and not word.endswith("рк"))


_STOPS = {".", "!", "?", "…", "...", ";"}
_LIST_WORDS = {",", "та", "і", "й", "або", "чи", "и"}
_OPENING, _CLOSING = set("«„“\"'"), set("»“”\"'")


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


@lru_cache(maxsize=20_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset([word, *(p.normal_form for p in parses(word))])


@lru_cache(maxsize=4)
def _title_heads(titles: tuple) -> frozenset[str] | None:
    """The lemmas of the first words of the award titles (None if a title has no word)."""
    if not all(titles):
        return None
    return frozenset().union(*(_lemmas(t[0]) for t in titles))


def _after_award(toks, i: int, j: int, titles) -> int:
    """Where the name starts after an honorary title the span begins with (the lexicon's
    `award_titles`, matched word by word on a shared lemma): "Героя України Скакуна"
    leaves "Скакуна"; a span that is only the title leaves nothing (its place name, the
    gazetteer's, stays). Else i."""
    parts = [(k, w) for k in range(i, j) for w in _WORD.findall(toks[k].norm)]
    heads = _title_heads(tuple(titles))
    if parts and heads is not None and _lemmas(parts[0][1]).isdisjoint(heads):
        return i            # (most spans: the first word shares a lemma with no title's first)
    for title in titles:
        if len(parts) >= len(title) and all(_lemmas(t) & _lemmas(w) for (_, w), t in zip(parts, title)):
            return parts[len(title) - 1][0] + 1
    return i


def _russian_a_form(kb, word: str) -> list[Surface] | None:
    """The KB people whose -а surname a word spells in its Russian dative or locative
    ("Кулебе", "Кулебой"), which Ukrainian texts quoting Russian sources keep: found through
    the Ukrainian form ("Кулебі"), never kept as a nominative of its own."""
    for form in russian._a_noun_forms(word)[:1]:
        hits = [s for s in kb.index.get((norm_word(form),)) or () if kb.entities[s.entity].type == "PER"]
        if hits:
            return hits
    return None


def _quoted_case(st, i: int, j: int) -> str | None:
    """The case of a one-word name quoted alone, from the word before the quote: a noun it
    names ("газета «Правда»", "написом «Преса»") leaves it in the nominative; a preposition
    ("з «Града»", "на «Пуск»") never governs the nominative; a count or a plural adjective
    ("кілька «Іскандерів»") makes it "counted", a plural of one thing's name. None elsewhere."""
    toks = st.doc.tokens
    if j - i != 1 or not guards.quoted_alone(st, i, j) or i < 2 or toks[i - 2].sentence != toks[i].sentence:
        return None
    ps = [p for p in parses(toks[i - 2].text) if is_dictionary(p)]
    if not ps or not toks[i - 2].text[:1].islower():
        return None
    if all(p.tag.POS == "PREP" for p in ps):
        return "oblique"
    # a count or a plural adjective before a name of a thing makes it plural, and never a
    # nominative plural in news ("кілька «Іскандерів»", "російських «Іскандерів»")
    count = any(p.tag.POS == "NUMR" or (p.tag.POS == "NPRO" and "plur" in p.tag.grammemes) for p in ps)
    plural = all(p.tag.POS == "ADJF" and "plur" in p.tag.grammemes and p.tag.case in ("gent", "accs", "loct")
                 for p in ps)
    if (count or plural) and toks[i].norm.endswith(("ів", "їв", "ей")):
        return "counted"
    if all(p.tag.POS == "NOUN" and not _NAMES & set(p.tag.grammemes) for p in ps):
        return "nomn"
    return None


_NAMES = {"Name", "Surn", "Patr", "Geox"}


def _after_noun(st, i: int, j: int) -> str | None:
    """"gent" for a name of several words right after a common noun of its sentence
    ("рішення Ради міністрів Польщі"): a noun governs a genitive after it, so the name's
    first word is read as a singular genitive before a plural nominative. None elsewhere."""
    toks = st.doc.tokens
    if j - i < 2 or i < 1 or toks[i - 1].sentence != toks[i].sentence or not toks[i - 1].is_word:
        return None
    ps = [p for p in parses(toks[i - 1].text) if is_dictionary(p)]
    if ps and all(p.tag.POS == "NOUN" and not _NAMES & set(p.tag.grammemes)
                  and "Abbr" not in p.tag.grammemes for p in ps):
        return "gent"
    return None


def _token_after(st, end: int) -> int | None:
    """The index of the first token that starts at or after `end`, or None."""
    toks = st.doc.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < end:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


def _name_end(toks, i: int, j: int) -> int:
    """Where a model's span really ends: a name does not run past the end of its sentence
    ("Будинок з химерами. – Ред." is "Будинок з химерами"), nor end in a closing quote it
    never opened ("Золота Зірка »")."""
    for k in range(i + 1, j):
        t = toks[k]
        if t.sentence != toks[i].sentence or (
                t.text in _STOPS and not (toks[k - 1].is_word and len(toks[k - 1].text) == 1)):
            j = k
            break
    while j > i and not toks[j - 1].is_word and (
            toks[j - 1].text not in _CLOSING or not any(toks[k].text in _OPENING for k in range(i, j - 1))):
        if toks[j - 1].text.endswith(".") and len(toks[j - 1].text) > 1:
            break               # an initial written as one token ("А.")
        j -= 1
    return j


def _agree_one(adjs, noun) -> bool:
    """An adjective reading agrees with this noun reading (case, number, singular gender)."""
    plural = "plur" in noun.tag.grammemes
    return any(a.tag.case == noun.tag.case and (plural or ("plur" not in a.tag.grammemes
                                                            and a.tag.gender == noun.tag.gender))
               for a in adjs)


def _singular_nominative(noun):
    """The nominative singular of a noun read in the plural ("морів" -> "море"): the
    dictionary tags singular forms by gender, so `inflect({"sing"})` finds none."""
    return next((f for f in noun.lexeme if f.tag.case == "nomn" and "plur" not in f.tag.grammemes), None)


def _next_patronymic(toks, i: int) -> set[str]:
    """The lemmas of a patronymic right after a first name ("Володимиру Олександровичу")."""
    k = i + 1
    if k >= len(toks) or toks[k].sentence != toks[i].sentence or not toks[k].text[:1].isupper():
        return set()
    return {norm_word(p.normal_form) for p in parses(toks[k].text) if "Patr" in p.tag.grammemes}


@lru_cache(maxsize=1 << 15)
def _clause_word(word: str) -> bool:
    """A word the dictionary reads only as a verb, conjunction, preposition or adverb."""
    ps = [p for p in parses(word) if is_dictionary(p)]
    return bool(ps) and all(p.tag.POS in ("VERB", "INFN", "CONJ", "PREP", "ADVB", "GRND") for p in ps)


@lru_cache(maxsize=1 << 15)
def _function_word(word: str) -> bool:
    """A sentence-initial word that is a conjunction, preposition, particle, pronoun or adverb
    ("І", "А", "Ось"): never the first name or surname of someone named before."""
    return any(is_dictionary(p) and p.tag.POS in ("CONJ", "PREP", "PRCL", "NPRO", "ADVB", "INTJ")
               for p in parses(word))
