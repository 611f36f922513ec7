"""Streets, squares and avenues: "на вулиці Шевченка", "проспекту Червоної Калини", "вул.
Городоцька", "на Поштовій площі", "вулиці Городоцьку, Коперника та Б. Хмельницького".

A street is a place of its own: one LOC mention over the street's noun and its name (as NER-UK
marks them), a document-local entity named in the nominative ("вулиця Шевченка", "площа
Поштова"). Without this the name alone was taken for what it also spells: the poet or today's
bank governor ("Шевченка"), a person the model saw in "Червоної Калини", the village of
"Перемоги". A street's name is the capitalised words right after its noun (or the capitalised
adjective right before it), agreeing in case with one another; a town named after the noun
("вулицями Харкова") is the town whose streets they are, not a street. After a plural noun
("вулицями Городоцькою, Коперника та Бандери") every name of the list is a street.

The nouns and abbreviations are data (`street_nouns`, `street_abbreviations` in
lang/uk/kb/lexicon.yaml)."""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from ...document import Entity, Token
from ...kb.base import KnowledgeBase
from ...kb.translit import local_id, transliterate
from ..morph import inflect, is_dictionary, parses, tag_view
from ..tokenscan import where
from .state import DocState

_MAX_WORDS = 4
_JOINERS = frozenset({",", "та", "і", "й"})


def _kind(t: Token, nouns: frozenset[str], abbreviations: dict[str, str], st: DocState, i: int):
    """(the street noun's lemma, whether it is plural here) for a street noun or abbreviation
    in lower case (a capital only opening a sentence: "Майдан" is itself a name), else None.
    Asked of every token of the document, so the walk back to the sentence's first word
    (`sentence_initial`) is taken only for a capitalised word, and the dictionary's readings
    of a form are sifted once per form (`_noun_reading`)."""
    if not t.is_word or not (t.text[:1].islower() or st.sentence_initial(i)):
        return None
    if t.norm in abbreviations and t.text[:1].islower():
        return abbreviations[t.norm], False
    return _noun_reading(t.text, nouns)


@lru_cache(maxsize=1 << 16)
def _noun_reading(word: str, nouns: frozenset[str]) -> tuple[str, bool] | None:
    """(the lemma, whether plural) of a form the dictionary reads as one of the street nouns.
    A pure function of the form: the same answer for every token of it, where the readings'
    tags (each a property lookup in pymorphy3) cost more than the dictionary's cached parse."""
    ps = [p for p in parses(word) if is_dictionary(p) and tag_view(p).POS == "NOUN" and p.normal_form in nouns]
    if not ps:
        return None
    return ps[0].normal_form, any(tag_view(p).number == "plur" for p in ps)


# per street-noun list, the written forms already known to be (True) or not to be (False) a
# form of one of its nouns: most forms of a document were met in an earlier one
_FORMS: dict[frozenset[str], dict[str, bool]] = {}
_FORMS_KEPT = 1 << 17


def _candidates(st: DocState, nouns: frozenset[str], abbreviations: dict[str, str]) -> list[int]:
    """Indexes, ascending, of the only tokens `_kind` can answer for: a lower-case form of a
    street noun, a sentence's first word, an abbreviation's norm (a superset: `_kind` still
    decides). `_kind` asked of every token drew ~3.5% of the pipeline's samples; here a
    document's distinct forms are sifted by set operations in C and only the lower-case ones
    never met before are read (`_noun_reading`, as `_kind` reads them), so `_kind` runs on a
    few tokens a document."""
    known = _FORMS.setdefault(nouns, {})
    if len(known) > _FORMS_KEPT:
        known.clear()
    cols = st.columns
    texts = set(cols.values("text"))
    for w in texts.difference(known):
        known[w] = w[:1].islower() and _noun_reading(w, nouns) is not None
    found = set(where(cols, "norm", abbreviations))
    street_forms = {w for w in texts if known[w]}
    if street_forms:
        found.update(where(cols, "text", street_forms))
    toks = st.doc.tokens
    if toks:
        found.add(0)                # (`sentence_initial` of a token outside every sentence)
    for s in st.doc.sentences:      # a capital opening a sentence: "Вулиця ...", "Майдан ..."
        for k in range(s.first_token, s.last_token):
            if toks[k].is_word:
                if not toks[k].text[:1].islower():
                    found.add(k)
                break
    return sorted(found)


def _cases(word: str) -> set[str]:
    return {tag_view(p).case for p in parses(word) if tag_view(p).case}


def _initial(t: Token) -> bool:
    return len(t.text) == 2 and t.text.endswith(".") and t.text[0].isupper()


def _capitalised(t: Token) -> bool:
    return t.is_word and t.text[:1].isupper() and not t.text.isupper() and t.text[0].isalpha()


def _name_end(toks: list[Token], k: int) -> int:
    """The end of a street's name starting at token k: capitalised words (an initial before
    one: "Б. Хмельницького") that share a case with the first, at most four; k if none."""
    j, first = k, None
    while j < len(toks) and j - k < _MAX_WORDS and toks[j].sentence == toks[k].sentence:
        t = toks[j]
        if _initial(t) and j + 1 < len(toks) and _capitalised(toks[j + 1]):
            j += 1
            continue
        if not _capitalised(t):
            break
        cases = _cases(t.text)
        if first is None:
            first = cases
        elif cases and first and not cases & first:
            break
        j += 1
    return j


def _agreeing(word: str, noun: Token):
    """The dictionary's adjective reading of `word` in a case the street noun is in, and in
    its gender where the noun is singular there, or None."""
    forms = set()
    for p in parses(noun.text):
        if is_dictionary(p) and tag_view(p).POS == "NOUN":
            forms.add((tag_view(p).case, None if tag_view(p).number == "plur" else tag_view(p).gender))
    return next((p for p in parses(word) if is_dictionary(p) and tag_view(p).POS == "ADJF"
                 and ((tag_view(p).case, tag_view(p).gender) in forms or (tag_view(p).case, None) in forms)), None)


def _nominative(kind: str, noun: Token, words: list[str], before: bool = False) -> str:
    """The street's name in the nominative. A name of adjectives that agree with the noun is
    put in the nominative with it ("вулиці Чумацької" -> "вулиця Чумацька", "на Поштовій
    площі" -> "Поштова площа"); a name in the genitive or in apposition stays as written
    ("вулиця Шевченка", "проспект Червоної Калини", "вулиця Хрещатик")."""
    gender = next((tag_view(p).gender for p in parses(kind) if is_dictionary(p) and tag_view(p).POS == "NOUN"
                   and p.normal_form == kind), None)
    adjs = [_agreeing(w, noun) for w in words]
    if gender and all(adjs):
        # (the lemma is the masculine nominative; the dictionary will not inflect to it)
        noms = [a.normal_form if gender == "masc" else getattr(inflect(a, {"nomn", gender}), "word", None)
                for a in adjs]
        if all(noms):
            words = [w[:1] + n[1:] for w, n in zip(words, noms)]
    return " ".join([*words, kind] if before else [kind, *words])


def _agreeing_adjective(t: Token, noun: Token) -> bool:
    """A capitalised adjective before the street noun, agreeing with it."""
    return _capitalised(t) and _agreeing(t.text, noun) is not None


class _Streets:
    def __init__(self, st: DocState, kb: KnowledgeBase):
        self.st, self.kb = st, kb

    def town_after(self, k: int) -> bool:
        """A place of the knowledge base right after the noun: the town whose streets they
        are ("вулицями Харкова", "на площах Львова"), or a country's."""
        m = self.st.covered[k]
        if m is None or m.type != "LOC":
            return False
        e = self.kb.entities.get(m.entity)
        return e is not None and (not e.katottg or not e.gate)

    def subject_after(self, i: int, k: int) -> bool:
        """A person's name after the noun, not in the genitive a street named after a person
        takes: the clause's subject ("На площі Зеленський виступив")."""
        word = self.st.doc.tokens[k].text
        # (an indeclinable reading, a woman's "Стефанчук", takes every case: it says nothing)
        cases = {tag_view(p).case for p in parses(word) if tag_view(p).case and "Fixd" not in tag_view(p).grammemes}
        if not cases or "gent" in cases:
            return False
        person = any(is_dictionary(p) and {"Name", "Surn"} & tag_view(p).grammemes for p in parses(word))
        return person or any(e.type == "PER" for e in self.kb.lookup(word))

    def free(self, i: int, j: int) -> bool:
        """No mention crosses the span's edges (a name that goes on past it is not the
        street's)."""
        toks = self.st.doc.tokens
        start, end = toks[i].start, toks[j - 1].end
        return not any(m.start < end and m.end > start and (m.start < start or m.end > end)
                       for m in self.st.doc.mentions)

    def add(self, i: int, j: int, name: str) -> None:
        st = self.st
        toks = st.doc.tokens
        start, end = toks[i].start, toks[j - 1].end
        for m in [m for m in st.doc.mentions if m.start >= start and m.end <= end]:
            st.drop_mention(m)
        eid = local_id(name, self.kb.entities)
        st.add_entity(Entity(eid, transliterate(name), name, "LOC", None, kb=False))
        st.add_mention(i, j, eid, "LOC", "street")


def streets(st: DocState, kb: KnowledgeBase, nouns: frozenset[str], abbreviations: dict[str, str]) -> None:
    if not nouns:
        return
    toks = st.doc.tokens
    found = _Streets(st, kb)
    starts = _candidates(st, nouns, abbreviations)
    i = 0
    while i < len(toks):
        c = bisect_left(starts, i)      # every token skipped here is one `_kind` says None of
        if c == len(starts):
            break
        i = starts[c]
        kind = _kind(toks[i], nouns, abbreviations, st, i)
        if kind is None:
            i += 1
            continue
        noun, plural = kind
        k = i + 1
        j = _name_end(toks, k)
        if j > k and not found.town_after(k) and not found.subject_after(i, k) and found.free(i, j):
            found.add(i, j, _nominative(noun, toks[i], [t.text for t in toks[k:j]]))
            first = _cases(toks[k].text)
            while plural and j + 1 < len(toks) and toks[j].norm in _JOINERS and toks[j].sentence == toks[i].sentence:
                k = j + 1
                e = _name_end(toks, k)
                if e == k or found.town_after(k) or not found.free(k, e) \
                        or not (_cases(toks[e - 1].text) & (first | {"gent"})):
                    break
                found.add(k, e, _nominative(noun, toks[i], [t.text for t in toks[k:e]]))
                j = e
            i = j
            continue
        if j == k and i > 0 and toks[i].norm not in abbreviations and _agreeing_adjective(toks[i - 1], toks[i]) \
                and not st.sentence_initial(i - 1) and not found.town_after(i - 1) and found.free(i - 1, i + 1):
            found.add(i - 1, i + 1, _nominative(noun, toks[i], [toks[i - 1].text], before=True))
        i += 1
