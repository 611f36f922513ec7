"""What one document run of the entity layer shares between its steps: the document's token
coverage and first sightings, the KB entity as a document entity, and the non-name word lists."""
from __future__ import annotations

import re
from functools import lru_cache
from operator import attrgetter

from ...document import Document, Entity, Mention, Token
from ...kb.base import KBEntity, KnowledgeBase
from ...kb.inflect import inflected_acronym, word_forms
from ...lang.uk import load
from ...textnorm import norm_word
from ..morph import is_dictionary, parses
from ..tokenscan import Columns
from .nominative import name_readings, patronymic_parse


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")
_VOWELS = frozenset("аеєиіїоуюяыэё")


def kb_entity(e: KBEntity) -> Entity:
    return Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True, katottg=e.katottg,
                  coords=list(e.coords) if e.coords else None)


def _g(word: str) -> str:
    return word.replace("ґ", "г")


def _caps_ok(tok: Token, need: int) -> bool:
    if need == 0:
        return True
    ch = tok.text[:1]
    if need == 1:
        return ch.isupper()
    letters = [c for c in tok.text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


class Lexicon:
    """Non-name word lists of the entity layer (lang/uk/kb/lexicon.yaml)."""

    def __init__(self):
        data = load("kb/lexicon") or {}
        self.pronouns: dict[str, str] = {}
        for gender, words in (data.get("pronouns") or {}).items():
            for w in words:
                self.pronouns[norm_word(w)] = gender
        self.stop = {norm_word(w) for w in data.get("stop") or []}
        self.title_words = {norm_word(w) for w in data.get("title_words") or []}
        self.titles_of_rank = frozenset(norm_word(w) for w in data.get("titles_of_rank") or [])
        speech = load("speech") or {}
        self.speech_verbs = frozenset(speech.get("speech_verbs") or ())
        self.person_verbs = frozenset(data.get("person_verbs") or ()) | self.speech_verbs
        self.person_copulas = frozenset(data.get("person_copulas") or ())
        self.text_verbs = frozenset(data.get("text_verbs") or ())
        self.name_particles = {norm_word(w) for w in data.get("name_particles") or []}
        self.family_particles = frozenset(norm_word(w) for w in data.get("family_particles") or [])
        self.foreign_bodies: dict[str, dict] = dict(data.get("foreign_bodies") or {})
        self.state_group_words = frozenset(norm_word(w) for w in data.get("state_group_words") or ())
        self.competition_heads = frozenset(data.get("competition_heads") or ())
        self.home_state: str | None = data.get("home_state")
        self.other_possessives = set(data.get("other_possessives") or [])
        self.third_possessives = set(data.get("third_possessives") or [])
        self.first_person_words = frozenset(data.get("first_person_words") or [])
        self.former_words = set(data.get("former_words") or [])
        self.role_remit_prepositions = frozenset(data.get("role_remit_prepositions") or ())
        self.role_remit_nouns = frozenset(data.get("role_remit_nouns") or ())
        self.led_by_phrases = tuple(tuple(norm_word(w) for w in phrase.split())
                                    for phrase in data.get("led_by_phrases") or ())
        self.accompanied_phrases = tuple(tuple(norm_word(w) for w in phrase.split())
                                         for phrase in data.get("accompanied_phrases") or ())
        self.role_tail_prepositions = frozenset(data.get("role_tail_prepositions") or ())
        self.generic_roles = set(data.get("generic_roles") or [])
        self.state_nouns = set(data.get("state_nouns") or [])
        self.private_body_heads = frozenset(data.get("private_body_heads") or ())
        self.state_epithets: dict[str, str] = dict(data.get("state_epithets") or {})
        self.award_titles: list[tuple[str, ...]] = sorted(
            (tuple(w for w in _WORD.findall(norm_word(t))) for t in data.get("award_titles") or []),
            key=len, reverse=True)
        self.ranks = {norm_word(w).split()[-1] for w in data.get("military_ranks") or []}
        self.uniformed_roles = set(data.get("uniformed_roles") or [])
        self.private_occupations = frozenset(norm_word(w) for w in data.get("private_occupations") or [])
        self.local_office_roles = frozenset(data.get("local_office_roles") or [])
        self.uniformed_body_words = {norm_word(w) for w in data.get("uniformed_body_words") or []}
        self.latin_heads: dict[str, str] = {norm_word(w): typ for typ, words in
                                            (data.get("latin_name_heads") or {}).items() for w in words}
        self.thing_kinds = {norm_word(w) for w in [*(data.get("thing_kinds") or []),
                                                   *(data.get("work_kinds") or [])]}
        self.work_kinds = frozenset(norm_word(w) for w in data.get("work_kinds") or [])
        self.facility_kinds = frozenset(norm_word(w) for w in [*(data.get("facility_kinds") or []),
                                                               *(data.get("outlet_kinds") or [])])
        self.order_kinds = frozenset(norm_word(w) for w in data.get("order_kinds") or [])
        self.club_words = frozenset(norm_word(w) for w in data.get("club_words") or [])
        self.club_heads = frozenset(norm_word(w) for w in data.get("club_heads") or [])
        self.club_names = tuple(data.get("club_names") or ())
        self.eponym_heads = frozenset(data.get("eponym_heads") or ())
        self.unit_nouns = frozenset(data.get("unit_nouns") or ())
        self.bare_unit_bodies: dict[str, str] = dict(data.get("bare_unit_bodies") or {})
        self.city_head_words = frozenset(norm_word(w) for w in data.get("city_head_words") or [])
        self.descriptor_nouns = frozenset(norm_word(w) for w in data.get("descriptor_nouns") or [])
        self.direction_heads = frozenset(norm_word(w) for w in data.get("direction_heads") or [])
        self.venue_kinds = {norm_word(w) for w in data.get("venue_kinds") or []}
        self.landmark_kinds = frozenset(norm_word(w) for w in data.get("landmark_kinds") or [])
        self.government_nouns = frozenset(data.get("government_nouns") or ())
        self.state_body_nouns: dict[str, list[str]] = {
            k: list(v.get("names") or []) for k, v in (data.get("body_nouns") or {}).items() if v.get("state")}
        self.document_heads = frozenset(norm_word(w) for w in data.get("document_heads") or [])
        self.event_heads = frozenset(norm_word(w) for w in data.get("event_heads") or [])
        # a name ending in either is a treaty's or a gathering's (guards.document_name), asked
        # of many spans: the union built once
        self.document_or_event_heads = self.document_heads | self.event_heads
        self.body_eponym_heads = frozenset(norm_word(w) for w in data.get("body_eponym_heads") or [])
        self.holiday_heads = frozenset(norm_word(w) for w in data.get("holiday_heads") or [])
        self.thing_kinds_broad = {norm_word(w) for w in data.get("thing_kinds_broad") or []}
        self.river_nouns = frozenset(data.get("river_nouns") or ())
        self.river_words = frozenset(data.get("river_words") or ())
        self.street_nouns = frozenset(data.get("street_nouns") or ())
        self.street_abbreviations: dict[str, str] = dict(data.get("street_abbreviations") or {})
        self._weapon_names = data.get("weapon_names") or {}
        prefixes = sorted({re.escape(w) for w in data.get("weapon_designation_prefixes") or ()},
                          key=len, reverse=True)
        self._designation = re.compile(rf"(?:{'|'.join(prefixes)})-\d{{1,3}}[^\W_]{{0,4}}") \
            if prefixes else None
        self._weapons: dict[str, tuple[str, bool]] | None = None

    @property
    def weapons(self) -> dict[str, tuple[str, bool]]:
        """Every form of a listed weapon name -> (its name, whether it needs no context).
        Built on first use: the forms are generated through the dictionary."""
        if self._weapons is None:
            out: dict[str, tuple[str, bool]] = {}
            for always, key in ((True, "always"), (False, "with_kind")):
                for name in self._weapon_names.get(key) or []:
                    forms = {norm_word(name)}
                    if " " not in name and any("\u0400" <= ch <= "\u04ff" for ch in name):
                        forms.update(*word_forms(name).values())
                    for f in forms:
                        out.setdefault(f, (name, always))
            self._weapons = out
        return self._weapons


    def designation(self, text: str) -> bool:
        """A word written as a weapon's designation ("Ту-22", "С-300", "F-16"): makers' letters
        from the data, a hyphen, a number of one to three digits and a model's letters. News
        names aircraft and missiles by hundreds of such codes; listing each does not scale."""
        return self._designation is not None and self._designation.fullmatch(text) is not None

    def is_stop(self, norm: str, text: str) -> bool:
        """A word that is never a name, also with an acronym's case ending ("ЦНАПі")."""
        if norm in self.stop:
            return True
        acr = inflected_acronym(text)
        return acr is not None and acr.lower() in self.stop


class DocState:
    """What one document run knows: token flags, entities seen so far."""

    def __init__(self, doc: Document, kb: KnowledgeBase):
        self.doc = doc
        self.kb = kb
        self.covered: list[Mention | None] = [None] * len(doc.tokens)
        # (built in C: the start of each token, zipped with its index)
        self.tok_at: dict[int, int] = dict(zip(map(attrgetter("start"), doc.tokens), range(len(doc.tokens))))
        self.first_seen: dict[str, int] = {}
        self.role_tokens: set[int] = set()
        # (position, mention) taken out of doc.mentions, in order: the place index
        # (places.py) follows them instead of re-reading every mention after each removal
        self.removed: list[tuple[int, Mention]] = []
        # the tokens' forms and lemmas as lists, read once for the passes that scan them
        self.columns = Columns(doc.tokens)

    def add_entity(self, ent: Entity) -> Entity:
        have = self.doc.entities.get(ent.id)
        if have is None:
            self.doc.entities[ent.id] = ent
            return ent
        return have

    def add_mention(self, i: int, j: int, eid: str, etype: str, source: str) -> Mention:
        toks = self.doc.tokens
        start, end = toks[i].start, toks[j - 1].end
        m = Mention(start, end, self.doc.text[start:end], eid, etype, source)
        self.doc.mentions.append(m)
        for k in range(i, j):
            self.covered[k] = m
        if start < self.first_seen.get(eid, start + 1):     # the earliest, whatever step found it
            self.first_seen[eid] = start
        return m

    def remove_mention(self, m: Mention) -> None:
        """`doc.mentions.remove(m)` (the first mention equal to m goes), logged in `removed`.
        Only mentions starting where m starts can equal it: the start is compared first,
        which spares the dataclass comparison of every mention before it."""
        ms, start = self.doc.mentions, m.start
        for k, x in enumerate(ms):
            if x is m or (x.start == start and x == m):
                del ms[k]
                self.removed.append((k, m))
                return
        raise ValueError("mention not in the document")

    def drop_mention(self, m: Mention) -> None:
        """`remove_mention`, its tokens left uncovered, and its entity gone with its last
        mention."""
        self.remove_mention(m)
        for k, c in enumerate(self.covered):
            if c is m:
                self.covered[k] = None
        if not any(x.entity == m.entity for x in self.doc.mentions):
            self.doc.entities.pop(m.entity, None)
            self.first_seen.pop(m.entity, None)

    def end_token(self, i: int, m: Mention) -> int:
        """The token after mention m, which starts at token i: a mention keeps only its
        offsets, and the passes that join or replace mentions work by token index."""
        toks = self.doc.tokens
        j = i
        while j < len(toks) and toks[j].end <= m.end:
            j += 1
        return j

    def sentence_initial(self, i: int) -> bool:
        toks = self.doc.tokens
        t = toks[i]
        if t.sentence < 0 or t.sentence >= len(self.doc.sentences):
            return i == 0
        first = self.doc.sentences[t.sentence].first_token
        return all(not toks[k].is_word for k in range(first, i))


def other_first_name(st: "DocState", kb: KnowledgeBase, i: int, ent: KBEntity) -> bool:
    """A surname matched alone with another first name or initial beside it: "Іван
    Петренко", "І. Петренко", "Мовчану Віталію Анатолійовичу" name someone else than
    Pavlo Petrenko or Oleksiy Movchan. Also a word that is itself a first name here, before
    another capitalised word in its case ("Іванові Гнатенку", "Андрієві Височанському"):
    the KB surname it also spells (Ivanov's, Andriiv's locative) is not meant."""
    toks = st.doc.tokens
    if _first_name_before_surname(st, kb, i, ent):
        return True
    for k in (_past_patronymic(toks, i), i + 1):
        if not 0 <= k < len(toks) or not toks[k].is_word or toks[k].sentence != toks[i].sentence:
            continue
        t = toks[k]
        if not t.text[:1].isupper():
            continue
        if k < i and _place_after_preposition(st, kb, k):
            continue        # "прийняв у Києві Зеленський": Kyiv, not the first name Кий
        if k < i and len(t.text) == 2 and t.text.endswith("."):
            first = norm_word(ent.name_uk)[:1]
            if t.norm[:1] != first and not {t.norm[:1], first} <= {"г", "ґ"}:
                return True
            continue
        if ent.id in kb.first_names.get(t.norm, ()):
            return False
        if k < i and _opening_function_word(st, kb, k):
            continue        # "Далі Зеленський поїхав": the adverb, not the name Даля
        if k > i and _opens_next_name(toks, k):
            continue        # "Речниця Зеленського Юлія Мендель": Mendel's first name, not his
        lemmas = _first_name_lemmas(t.text)
        # the first name must agree in case: "помічник Путіна Юрій Ушаков" names two people
        cases = {p.tag.case for p in parses(toks[i].text)}
        if k < i and _undeclined(toks[i].norm, ent):
            # a surname written as the KB's nominative after a first name ("Масаші Мацуда",
            # "Марією Кос"): a name that does not decline agrees with any case
            cases |= _name_cases(t.text)
        if lemmas and not st.covered[k] and cases & _name_cases(t.text):
            # "Джозеф Байден" is Joe Biden's full first name, "Майклом Волцом" Mike Waltz's
            return not any(same_first_name(a, b) for a in lemmas for b in _own_first_names(ent))
        if not lemmas and k < i and k not in st.role_tokens and _unknown_first_name(st, k, ent):
            return True
    return False


_FUNCTION_POS = frozenset({"ADVB", "CONJ", "PRCL", "PREP", "INTJ"})


def _opening_function_word(st: "DocState", kb: KnowledgeBase, k: int) -> bool:
    """The first word of its sentence, capitalised only for that, which the dictionary reads
    as an adverb, a conjunction or a particle and the KB writes nobody's first name with
    ("Далі", "Отже"): its rare reading as a first name ("Далі", the plural of Даля) does not
    make the surname after it someone else's. A first name the KB knows ("Бен") still does."""
    t = st.doc.tokens[k]
    if t.norm in kb.first_names or not st.sentence_initial(k):
        return False        # (inside the sentence a capital means a name)
    return any(is_dictionary(p) and p.tag.POS in _FUNCTION_POS for p in parses(t.text))


def _own_first_names(ent: KBEntity) -> set[str]:
    """The first names the KB gives a person: the first word of each full name, and its
    listed first names."""
    return {norm_word(a.split()[0]) for a in [ent.name_uk, *ent.aliases, *ent.first_names]
            if len(a.split()) > 1 or a in ent.first_names}


# what a word may read as and still be an unknown first name: the dictionary lists some
# foreign first names only as surnames or abbreviations ("Усман")
_NAME_ONLY = frozenset({"Surn", "Name", "Abbr"})


def _unknown_first_name(st: "DocState", k: int, ent: KBEntity) -> bool:
    """A capitalised word the dictionary does not know as a common word, right before a KB surname, whose
    consonants are none of the KB person's first names ("Усман Кадиров" is not Ramzan
    Kadyrov): a foreign first name the dictionary lacks names another holder of the surname.
    The consonants, not the letters, are compared, so a first name spelled another way
    ("Антоні" for "Ентоні") or declined ("Рамзана") still agrees."""
    from .russian import skeleton

    t = st.doc.tokens[k]
    if st.covered[k] is not None or not t.text.isalpha() or t.text.isupper() or len(t.text) < 3 \
            or any(is_dictionary(p) and not _NAME_ONLY & p.tag.grammemes for p in parses(t.text)):
        return False
    own = [skeleton(n) for n in _own_first_names(ent)]
    word = skeleton(t.text)
    return bool(own) and all(o and not (word.startswith(o) or o.startswith(word)) for o in own)


@lru_cache(maxsize=1)
def _place_prepositions() -> frozenset[str]:
    return frozenset(norm_word(w) for w in (load("kb/lexicon") or {}).get("place_prepositions") or ())


def _place_after_preposition(st: "DocState", kb: KnowledgeBase, k: int) -> bool:
    """Token k is a form of a place always taken for a name (an ungated KB place: "Києві"),
    right after a preposition of place: a place there, whatever first name the dictionary
    also reads in it (the legendary Кий)."""
    toks = st.doc.tokens
    if k < 1 or toks[k - 1].norm not in _place_prepositions() or toks[k - 1].sentence != toks[k].sentence:
        return False
    return any(kb.entities[s.entity].type == "LOC" and not kb.entities[s.entity].gate
               for s in kb.index.get((toks[k].norm,)) or ())


def _past_patronymic(toks: list[Token], i: int) -> int:
    """The word that holds the first name before a surname at `i`: the word before it, or
    the one before that when a capitalised patronymic stands between ("Іван Петрович
    Коваль", "Марії Іванівни Шевчук"): the first name of such a three-word name is the one
    to compare with the KB person's, else the patronymic hides it and any namesake passes."""
    k = i - 1
    if k > 0 and toks[k].is_word and toks[k].text[:1].isupper() \
            and toks[k].sentence == toks[i].sentence and patronymic_parse(toks[k].text) is not None:
        return k - 1
    return k


def _opens_next_name(toks: list[Token], k: int) -> bool:
    """The first name after a surname has a capitalised word of its own after it, no
    patronymic: it opens the next person's name ("помічник Путіна Юрій Ушаков", "Речниця
    Зеленського Юлія Мендель"), while "Мовчану Віталію Анатолійовичу" names one man."""
    n = k + 1
    return n < len(toks) and toks[n].is_word and toks[n].text[:1].isupper() \
        and toks[n].sentence == toks[k].sentence and toks[n].start == toks[k].end + 1 \
        and patronymic_parse(toks[n].text) is None


def _undeclined(norm: str, ent: KBEntity) -> bool:
    """The word is the KB person's surname as the KB writes it in the nominative."""
    words = norm_word(ent.name_uk).split()
    return len(words) > 1 and norm == words[-1]


def same_first_name(a: str, b: str) -> bool:
    """Two first names (lemmas) that name one person: the same, or one the short form the
    other begins with ("Майк" and "Майкл", "Джо" and "Джозеф", "Том" and "Томас"). What the
    longer one adds must hold a consonant: "Олександра" is not "Олександр", nor "Івана"
    "Іван" (a feminine ending only)."""
    if a == b:
        return True
    short, full = (a, b) if len(a) < len(b) else (b, a)
    return len(short) >= 3 and full.startswith(short) \
        and any(ch.isalpha() and ch not in _VOWELS for ch in full[len(short):])


def _first_name_before_surname(st: "DocState", kb: KnowledgeBase, i: int, ent: KBEntity) -> bool:
    """The matched word reads in the dictionary as a first name, and the capitalised word
    right after it (no first name of the KB person: "Іванові Тимуру" is Ivanov's name in
    surname-first order) can take the same case: a first name and its surname."""
    toks = st.doc.tokens
    k = i + 1
    if k >= len(toks) or not toks[k].is_word or toks[k].sentence != toks[i].sentence \
            or not toks[k].text[:1].isupper() or toks[k].text.isupper() or k in st.role_tokens:
        return False
    names = {p.tag.case for p in parses(toks[i].text)
             if is_dictionary(p) and "Name" in p.tag.grammemes}
    if not names or ent.id in kb.first_names.get(toks[k].norm, ()):
        return False
    nxt = parses(toks[k].text)
    if any(is_dictionary(p)
           and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in nxt) \
            and not any("Surn" in p.tag.grammemes for p in nxt):
        return False        # a common word after it ("Іванові Сьогодні"): no surname
    return any(p.tag.case in names for p in nxt)


@lru_cache(maxsize=1 << 14)
def _first_name_lemmas(word: str) -> frozenset[str]:
    """The first names the word is a form of. The dictionary leaves some nominatives
    untagged ("Володимир" only an animate noun): `name_readings` counts them, so "Володимир
    Петренко" is not Pavlo Petrenko."""
    return frozenset(norm_word(p.normal_form) for p in name_readings(word))


@lru_cache(maxsize=1 << 14)
def _name_cases(word: str) -> frozenset:
    """The cases the word is a first name in."""
    return frozenset(p.tag.case for p in name_readings(word))


# the stems of the street nouns in any case, and their abbreviations, which are whole words:
# as stems "пров" and "вул" would take "провели", "провів", "вулкан" for a street
_STREET = ("вулиц", "проспект", "провул", "бульвар", "площ", "узвіз", "набережн", "майдан")
_STREET_SHORT = frozenset({"вул", "просп", "пров", "бульв", "пл"})


def street_name(st: "DocState", i: int) -> bool:
    """A surname in a street name ("на вулиці Шевченка", "вулицях Культури, Шевченка та
    Дарвіна"): it names the street's patron, not whoever of that surname holds office today."""
    toks = st.doc.tokens
    k, steps = i - 1, 0
    while k >= 0 and steps < 12 and toks[k].sentence == toks[i].sentence:
        t = toks[k]
        if t.norm in (",", "та", "і", "й", ".") or (t.is_word and t.text[:1].isupper()):
            k, steps = k - 1, steps + 1
            continue
        return t.is_word and (t.norm.startswith(_STREET) or t.norm.rstrip(".") in _STREET_SHORT)
    return False


def street_patron(kb: KnowledgeBase, date, surfaces) -> KBEntity | None:
    """The person a street is named after, among the namesakes a surname matches: the one
    holding no office on the document's date (Taras Shevchenko, not the bank governor)."""
    ids = list(dict.fromkeys(s.entity for s in surfaces))
    people = [kb.entities[i] for i in ids if kb.entities[i].type == "PER"]
    idle = [e for e in people if not any(r.active(date) for r in e.roles)] if date else []
    return idle[0] if len(idle) == 1 else None
