"""Document-local entities: names the knowledge base does not know.

The NER model (or, without one, a rule: a dictionary first name followed by a capitalised
word) gives spans; each becomes an entity whose `name_uk` is the Ukrainian nominative
(head words lemmatised; surnames put back to the nominative with the same ending rules that
generate KB forms), whose `name` is the KMU-2010 transliteration and whose id is its slug.
Later a surname or first name alone joins the person named in full before it.

This module turns admitted spans into entities (`LocalNamer.add_spans`, with Russian names
and places); the parts it mixes in live in `span_admission`, `local_people`, `local_things`
and `span_context`, and their names stay importable from here.
"""
from __future__ import annotations

from ...document import Entity
from ...kb.base import KBEntity, KnowledgeBase, Surface
from ...kb.inflect import is_acronym
from ...kb.translit import local_id, transliterate
from ...textnorm import norm_word
from ..morph import analyzer, dictionary_parses, is_dictionary, parses, tag_view
from .nominative import _cyrillic, common_noun_only, common_reading, plain_word
from . import guards, russian
from .span_clauses import cut_clauses
from .body_heads import body_head
from .state import kb_entity, other_first_name, street_name, street_patron
from .span_context import (_MARKED, _UKRAINIAN_LETTERS, _after_award, _after_noun, _first_names,
                           _genitive_at, _head_before_body, _name_end, _person_before_place, _quoted_case, _rank,
                           _russian_a_form)
from .local_people import LocalPeople, _FormIndex
from .local_things import LocalThings
from .span_admission import SpanAdmission
from .person_pairs import acting_surname, pair_evidence, unknown_first_name_before_kb_surname


def _first_name_and_more(words) -> bool:
    """A dictionary first name followed by more capitalised words: a person's full name,
    which a settlement word before it ("староста села") does not make a place."""
    return len(words) > 1 and words[1].text[:1].isupper() and any(
        is_dictionary(p) and "Name" in tag_view(p).grammemes for p in parses(words[0].text))


def _mayor_after_city(st, i: int, words, offices: frozenset) -> bool:
    """Two or three capitalised words right after a city that follows its office ("Мер
    Барселони Жауме Кольбоні", `offices`: city_head_words) name the one who holds it: a
    person, whatever type the model gave them."""
    place = st.covered[i - 1] if i > 0 else None
    if place is None or place.type != "LOC" or not 2 <= len(words) <= 3 \
            or not all(w.is_word and w.text[:1].isupper() and _cyrillic(w.text) for w in words):
        return False
    k = st.tok_at.get(place.start)
    toks = st.doc.tokens
    return k is not None and k > 0 and (toks[k - 1].lemma or "") in offices \
        and toks[k - 1].sentence == toks[i].sentence


def _opens_sentence(st, i: int) -> bool:
    """Token i opens its sentence, after nothing but marks and figures ("10:30 Коментар
    Брюсселя", "1. Уряд ..."): its capital is the sentence's, not a name's."""
    toks = st.doc.tokens
    s = toks[i].sentence
    if s < 0 or s >= len(st.doc.sentences):
        return i == 0
    return not any(ch.isalpha() for k in range(st.doc.sentences[s].first_token, i) for ch in toks[k].text)


def _named_with_patronymic(st, i: int, j: int) -> str | None:
    """The person a first name and patronymic name ("Леонід Макарович", as Ukrainian
    addresses a respected man) where the text names him with a surname too ("Леонід
    Макарович Кравчук"): that person's id, else None."""
    toks = st.doc.tokens
    if j - i != 2 or not all(t.is_word for t in toks[i:j]) or not any(
            is_dictionary(p) and "Patr" in tag_view(p).grammemes for p in parses(toks[i + 1].text)):
        return None
    want = (toks[i].lemma, toks[i + 1].lemma)
    for m in st.doc.mentions:
        k = st.tok_at.get(m.start)
        if m.type != "PER" or k is None or k + 2 >= len(toks) or toks[k + 2].end > m.end \
                or (toks[k].lemma, toks[k + 1].lemma) != want or m.entity not in st.doc.entities:
            continue
        return m.entity
    return None


def _subsidiary(st, i: int, j: int, m) -> bool:
    """A company's branch in a country, named as the whole of a quotation by the company's
    name and the country's in the nominative («Майкрософт Україна», «Кока-Кола Україна»): one
    body's name, the place a word of it. The place ends the name in the nominative, a
    capitalised word before it (a slogan addresses the country: «Слава Україні!»)."""
    toks = st.doc.tokens
    k = st.tok_at.get(m.start)
    return k is not None and k > i and m.end == toks[j - 1].end and guards.quoted_alone(st, i, j) \
        and toks[k].case == "nomn" and toks[k - 1].text[:1].isupper()


class LocalNamer(SpanAdmission, LocalPeople, LocalThings):
    """Spans to document-local entities. Its parts are mixins, one module each: span
    admission (`span_admission`), people (`local_people`), organisations and places
    (`local_things`); the context tests they share are `span_context`."""

    def __init__(self, kb: KnowledgeBase, add_place=None, choose=None, place_evidence=None):
        self.kb = kb
        self.add_place = add_place      # (st, i, j, candidates, source, ner_loc) -> bool
        self.choose = choose            # (st, surfaces) -> KBEntity | None
        self.place_evidence = place_evidence    # (st, i, j) -> 0, 1 (preposition), 2 (place word)
        self.ru_places: russian.PlaceNames | None = None     # made on the first Russian place


    # ---- from spans to entities -----------------------------------------------------------
    def add_spans(self, st, spans, lex) -> None:
        toks = st.doc.tokens
        local_people: dict[str, dict] = st.doc.meta.setdefault("entities_local", {})
        self.kb_people_without_surname(st, local_people)
        forms = _FormIndex(local_people)
        spans = cut_clauses(st, self._split_lists(st, sorted(spans)), lex.person_verbs)
        spans = self._drop_descriptors(st, spans, lex.descriptor_nouns)
        spans = self._city_before_name(st, spans, lex.city_head_words)
        spans = self._join_particles(st, self.split_at_words(st, self._initials(st, self._cut_tails(st, spans)),
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
            if typ == "PER" and guards.first_name_opens_person(st, i, j):
                st.remove_mention(st.covered[i])    # "Володимира Шапакіна": no town
                st.covered[i] = None
            if typ == "PER" and unknown_first_name_before_kb_surname(st, i, j):
                m = st.covered[i + 1]               # "Вагіфа Алієва": a namesake of the
                st.remove_mention(m)                # KB's Aliyev, named by the model whole
                st.covered[i + 1] = None
                if not any(x.entity == m.entity for x in st.doc.mentions):
                    st.doc.entities.pop(m.entity, None)
            if any(st.covered[k] is not None for k in range(i, j)):
                if not self._absorb(st, i, j, typ, lex.government_nouns):
                    j = _head_before_body(st, i, j, typ)
                    if j is None:
                        continue
            hint = None
            quoted = typ == "ORG" and guards.quoted_alone(st, i, j)     # «Прем'єр Лізинг»: a
            roles = set() if quoted else st.role_tokens                 # role word of a name
            while i < j and (i in roles or not toks[i].is_word
                             or (typ == "PER" and j - i > 1 and (toks[i].norm in self.kb.demonyms
                                                                 or _rank(toks[i], lex.ranks)))):
                if toks[i].norm in self.kb.demonyms:
                    hint = toks[i].gender
                i += 1              # "Папа Римський Лев XIV", "Українка Олександра Кувшинова":
                                    # the role or the nationality is not the name
            while i < j and "-" in toks[i].text and st.sentence_initial(i) and guards.common_compound(toks[i].text):
                i += 1              # "Держави-учасниці ОБСЄ": common nouns, the body follows
                                    # (inside a sentence the capitals are a name's: "пам'ятник
                                    # Янголові-Охоронцю")
            if i >= j or any(k in roles for k in range(i, j)):
                continue
            if guards.competition_head(toks[i], lex.competition_heads):
                k = j               # "у Лізі чемпіонів", "Ліга Європи": a competition; but the
                while k < len(toks) and toks[k].sentence == toks[i].sentence and st.covered[k] is None \
                        and toks[k].is_word and toks[k].text.islower() and toks[k].case == "gent" \
                        and toks[k].pos == "NOUN":
                    k += 1          # model's person of two words ("Лізі Петренко") is one
                if typ != "PER" or (j - i == 1 and k > j):
                    typ, j = "MISC", k
            if typ == "PER":
                i, j = self._full_name_span(st, i, j)
            words = [t for t in toks[i:j] if t.is_word]
            if not words or not words[0].text[:1].isupper():
                continue
            if all(sum(ch.isalpha() for ch in t.text) < 2 for t in words):
                continue            # initials alone ("А. Б.") are not a name
            adj_surname = typ == "PER" and guards.adjectival_surname(st, i, j)
            if len(words) == 1 and st.sentence_initial(i) and common_reading(words[0].text) \
                    and "foreign" not in words[0].tags and not guards.quoted_alone(st, i, j) \
                    and not adj_surname:
                continue            # (a Russian word is read by the Russian dictionary below;
                                    # a word in quote marks has a name's capital: «Фармак»)
            norms = [t.norm for t in words]
            if all(lex.is_stop(n, t.text) or n in self.kb.adjectives or n in self.kb.demonyms
                   or n in lex.pronouns or (n,) in self.kb.role_index for n, t in zip(norms, words)):
                continue
            if guards.shared_head_adjective(st, i, j):
                continue            # "Центральній" of "Центральній та Східній Європі"
            if typ != "PER" and guards.cut_before_noun(words):
                continue            # "Міста Західної": the model stopped before the noun
            typ = typ if typ in ("PER", "ORG", "LOC", "MISC") else "MISC"
            if typ in ("ORG", "MISC") and len(words) > 1 and (words[-1].lemma or "") in lex.direction_heads:
                typ = "LOC"         # "на Оріхівському напрямку": a front's direction, no body
            if typ in ("LOC", "ORG") and _mayor_after_city(st, i, words, lex.city_head_words):
                typ = "PER"         # "Мер Барселони Жауме Кольбоні": the mayor, after his city
            if typ == "PER" and len(words) == 1 and is_acronym(words[0].text) and not any(
                    is_dictionary(p) and {"Name", "Surn"} & set(tag_view(p).grammemes) for p in parses(words[0].text)):
                typ = "ORG"         # "МАГАТЕ та ДІЯРУ": an abbreviation names a body, not a person
            if typ == "PER" and len(words) > 1 and not _cyrillic(words[-1].text) \
                    and words[-1].norm in lex.latin_heads:
                typ = lex.latin_heads[words[-1].norm]      # "Churchill Square", "Motus Tech"
            if typ in ("ORG", "LOC") and len(words) > 1 and (
                    guards.document_name(words, lex.document_or_event_heads)
                    or guards.day_name(words, lex.holiday_heads)):
                typ = "MISC"        # "Оттавської конвенції": a treaty, no body or place;
                                    # "Мюнхенську конференцію": a gathering;
                                    # "Днем Конституції Польщі": a day
            if self._russian(words, bool(st.doc.foreign_spans)) and not (
                    typ == "ORG" and not st.doc.foreign_spans and guards.quoted_alone(st, i, j)):
                # (a company quoted in a Ukrainian text is often named by a Russian word:
                # «Параллакс», «Крас»; it is the company's name, not a Russian passage)
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
            if kbhit and guards.broken_compound(st, i):
                kbhit = None        # "Києво- Святошинського району": not Kyiv's district
            if not kbhit and typ == "PER" and len(words) == 1:
                kbhit = _russian_a_form(self.kb, words[0].text)    # "Кулебе" is Kuleba
            kes = self.kb.gated(toks, i, j, [self.kb.entities[h.entity] for h in kbhit or ()])
            if typ == "LOC" and not any(k.type == "LOC" and not k.gate for k in kes) and self.place_evidence is not None \
                    and self.place_evidence(st, i, j) < 2 \
                    and guards.surname_not_place(st, i, j, self._after_place_preposition(st, i, j)):
                typ = "PER"         # "Костомаров, Гулак, Шевченко": surnames the model took
                                    # for places (guards.surname_not_place); a village of the
                                    # name needs a word of its own to be meant
            place_named = typ == "LOC" and any(k.type == "LOC" for k in kes)   # a place's name too
            if kes and typ == "PER" and j - i == 1 and forms.named(toks[i].norm, False) \
                    and all(k.type == "LOC" and k.gate for k in kes):
                kes, kbhit = [], None   # "Левицького" after "Дмитра Левицького": his surname
                                        # again, not the village of that name
            if any(k.gate for k in kes) and self.add_place is not None:
                # the model's tag is place evidence, unless it reads a common-word or
                # surname-like place name as a person ("Весела")
                as_place = typ == "LOC" or (min(k.gate for k in kes) == 1 and not (
                    typ == "PER" and j - i == 1 and acting_surname(st, i, lex.person_verbs)))
                if self.add_place(st, i, j, kes, "ner-kb", as_place):
                    continue
                if typ == "LOC" and min(k.gate for k in kes) == 2 and not self._after_place_preposition(st, i, j):
                    continue        # a common word ("Перемоги") with no place context
                if typ == "LOC":
                    # "у Рогатині", "на Поліссі": the model's place after a place preposition
                    # stays a place; the codifier's one unit of that name is it, several stay
                    # unlinked (which one, the context does not say)
                    units = [k for k in kes if k.katottg and k.type == "LOC"]
                    if len(units) == 1 and len(kes) == 1:
                        st.add_entity(kb_entity(units[0]))
                        st.add_mention(i, j, units[0].id, "LOC", "ner-kb")
                        continue
                kbhit = None
            ke = (self.choose(st, kbhit, i) if self.choose else kes[0]) if kbhit else None
            if ke is not None and guards.namesake_by_occupation(st, self.kb, lex, i, ke, j - i == 1):
                ke = None           # "Лікар Андрій Сибіга": a namesake of the minister
            if ke is not None and ke.type == "PER" and j - i == 1 \
                    and not any(h.full and h.entity == ke.id for h in kbhit):
                if other_first_name(st, self.kb, i, ke) \
                        or (guards.quoted_alone(st, i, j) and common_reading(toks[i].text)):
                    ke = None       # «Буря»: a thing's name, not the namesake
                elif street_name(st, i) or guards.quoted_alone(st, i, j):
                    ke = street_patron(self.kb, st.doc.date, kbhit)
                elif guards.title_not_surname(st, self.kb, lex.home_state, i, ke, lex.titles_of_rank) \
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
            if typ == "PER" and self.place_evidence is not None and self.place_evidence(st, i, j) == 2 \
                    and not _first_name_and_more(words):
                typ = "LOC"         # "одного з ваших міст – Герніки", "село Гардарикі"; but
                                    # "староста села Михайло Дорошенко" names the elder
            if typ == "PER" and i > 0 and toks[i - 1].sentence == toks[i].sentence \
                    and (toks[i - 1].lemma or toks[i - 1].norm) in lex.landmark_kinds:
                typ = "LOC"         # "у палаці Чираган", "собор Святого Петра": the building
            if typ == "PER" and len(words) == 1 and not adj_surname and (
                    plain_word(words[0].text) or guards.adjective_of_a_noun(st, i, j)):
                continue            # "Парламент", "Сенату", "Служби": a common word is no person;
                                    # nor "Червоній" of "Червоній площі"
            if typ == "LOC" and len(words) == 1 and common_noun_only(words[0].text) \
                    and self.place_evidence is not None and self.place_evidence(st, i, j) < 2 \
                    and not (place_named and self._after_place_preposition(st, i, j)):
                continue            # "Уряд ухвалив", "облігацій Уряду", "у Службі": a common
                                    # noun written with a capital; a preposition does not
                                    # make it a place, a settlement word or a list would;
                                    # but a capital common noun that is also a place's name,
                                    # after a place preposition, is that place or region
                                    # ("на Майдані", "на Заході", "на Поділлі")
            if typ == "PER" and not adj_surname and not guards.person_evidence(st, i, j, lex.title_words) \
                    and not pair_evidence(st, i, j, lex.person_verbs, lex.person_copulas):
                continue            # "Сі-Ен Тауер", "Гардарикі": capitalised, but no name;
                                    # "Тігран Дзігуа заявив": a foreign name, by what it does
            if typ == "PER" and (named := _named_with_patronymic(st, i, j)) is not None:
                st.add_mention(i, j, named, "PER", "ner")
                continue
            if typ == "PER":
                eid = self._person(st, toks[i:j], local_people, forms, hint,
                                   toks[i - 1].text if i > 0 and toks[i - 1].sentence == toks[i].sentence else None,
                                   lex.name_particles,
                                   civilian=lambda e, i=i: guards.civilian_under_rank(st, self.kb, lex, i, e)
                                   or guards.namesake_by_occupation(st, self.kb, lex, i, e, False),
                                   after=toks[j].text if j < len(toks) and toks[j].sentence == toks[i].sentence
                                   else None,
                                   mark=toks[i - 2].text if i > 1 else None,
                                   speech_verbs=lex.speech_verbs)
            else:
                name_uk = self.nominative_thing([t.text for t in toks[i:j]],
                                                _quoted_case(st, i, j) or _after_noun(st, i, j))
                city = self.world_city(name_uk) if typ == "LOC" else None
                if city is not None:
                    eid = city.id
                    st.add_entity(city)
                else:
                    # (not the KB's entity of that name: one of several villages "Майдан", a
                    # namesake body)
                    eid = local_id(name_uk, self.kb.entities)
                    st.add_entity(Entity(eid, transliterate(name_uk), name_uk, typ, None, kb=False))
            if eid:
                st.add_mention(i, j, eid, typ, "ner")
        self.link_partials(st, local_people, forms, lex.name_particles)
        self.namesakes_named_in_full(st, local_people)

    def _after_place_preposition(self, st, i: int, j: int) -> bool:
        """A place preposition stands right before tokens i..j, or "на" before a locative
        ("на Майдані", "на Поділлі"): "на" alone is no place evidence ("на Петренка")."""
        if self.place_evidence is not None and self.place_evidence(st, i, j) >= 1:
            return True
        toks = st.doc.tokens
        return i > 0 and toks[i - 1].norm == "на" and toks[i - 1].sentence == toks[i].sentence \
            and any(tag_view(p).case == "loct" for p in dictionary_parses(toks[j - 1].text))

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
        return russian_passages and all(is_dictionary(p) and _MARKED & set(tag_view(p).grammemes) for p in parses(w))

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
        eid = local_id(name, self.kb.entities)
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

    @staticmethod
    def _quoted_word(st, i: int, j: int, m) -> bool:
        """Mention m, inside the span i..j, is a word of a quoted name the span holds
        (`guards.inside_quoted_name`): "ТОВ «Бюро Ейнштейн»" is no person Einstein."""
        a = st.tok_at.get(m.start)
        return a is not None and guards.inside_quoted_name(st, i, j, a, st.end_token(a, m))

    def _absorb(self, st, i: int, j: int, typ: str, governments: frozenset = frozenset()) -> bool:
        """An organisation name that holds a place name ("Міністерство енергетики України"):
        one mention, the nested KB place is dropped. Only when the name starts with an
        uncovered capitalised word and every nested mention lies wholly inside it."""
        toks = st.doc.tokens
        if typ != "ORG" or j - i < 2 or not toks[i].text[:1].isupper() or i in st.role_tokens:
            return False
        if _opens_sentence(st, i) and common_noun_only(toks[i].text) and not any(
                body_head(self.kb, toks[k].lemma or toks[k].norm)
                for k in range(i, j) if st.covered[k] is None and toks[k].is_word):
            return False        # "10:30 Коментар Брюсселя": the capital is the sentence's, and
                                # no word before the place heads a body: the place stays a place
        kinds = ("LOC",)
        if st.covered[i] is not None:
            if not self._longer_name(st, i, j):
                return False
            kinds = ("LOC", "ORG")
        inner = {id(st.covered[k]): st.covered[k] for k in range(i, j) if st.covered[k] is not None}
        start, end = toks[i].start, toks[j - 1].end
        if any(m.start < start or m.end > end for m in inner.values()):
            return False
        if any(m.type not in kinds and not (m.type == "PER" and self._quoted_word(st, i, j, m))
               for m in inner.values()):
            return False        # (a person's name inside a quoted company name: a word of it)
        words = [toks[k] for k in range(i, j) if st.covered[k] is None and toks[k].is_word]
        if words and (words[0].lemma or words[0].norm) in governments \
                and all(t.text.islower() for t in words[1:]) \
                and all(self.kb.is_country(m.entity) for m in inner.values()):
            return False        # "з Урядом Канади": the state stands for its government
                                # (lexicon `government_nouns`), no body of no state is made
        if any(m.type == "LOC" and not _genitive_at(toks, st.tok_at[m.start], m.end)
               and not _subsidiary(st, i, j, m) for m in inner.values() if m.start in st.tok_at):
            return False        # a body is "of" its place: «Слава Україні!» is a slogan
        for m in inner.values():
            st.remove_mention(m)
        for k in range(i, j):
            st.covered[k] = None
        return True
