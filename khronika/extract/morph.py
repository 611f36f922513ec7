"""Morphology for every word: lemma, part of speech, case, number, gender, tense, person,
aspect, mood (pymorphy3 with the Ukrainian dictionary).

pymorphy3 parses ~30k words/s, news repeats its words, so analyses are cached by word form
(`analyse` is an lru_cache over the exact surface, case kept: "Україна" and "україна" can
differ). The dictionary knows no places or organisations and guesses unknown surnames badly:
the entity layer, not this one, carries names.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..document import Document
from ..lang.uk import load
from ..pipeline import component
from ..settings import Settings
from ..textnorm import one_apostrophe


class Analysis(NamedTuple):
    lemma: str
    pos: str | None
    case: str | None
    number: str | None
    gender: str | None
    tense: str | None
    person: str | None
    aspect: str | None
    mood: str | None
    tags: frozenset


_MORPH = None


def analyzer():
    """The shared pymorphy3 analyser (loaded on first use: about 0.3 s and 15 MB)."""
    global _MORPH
    if _MORPH is None:
        import pymorphy3
        import pymorphy3.shapes as shapes
        cache = shapes._latin_letters_cache

        def is_latin_char(ch: str) -> bool:
            # pymorphy3 asks each letter's Unicode name, and letters without one (Tangut in
            # Python 3.11's tables) raised ValueError out of every parse
            try:
                return cache[ch]
            except KeyError:
                return cache.setdefault(ch, "LATIN" in unicodedata.name(ch, ""))
        shapes.is_latin_char = is_latin_char
        _MORPH = pymorphy3.MorphAnalyzer(lang="uk")
    return _MORPH


_RU_MORPH = None


def russian_analyzer():
    """pymorphy3's Russian dictionary, loaded on first need (about 0.3 s) and shared by the
    layers that read words in Russian passages (names, speech frames)."""
    global _RU_MORPH
    if _RU_MORPH is None:
        import pymorphy3
        _RU_MORPH = pymorphy3.MorphAnalyzer(lang="ru")
    return _RU_MORPH


class TagView(NamedTuple):
    """The grammeme categories of a pymorphy3 tag, read once per tag."""
    POS: str | None
    case: str | None
    number: str | None
    gender: str | None
    tense: str | None
    person: str | None
    aspect: str | None
    mood: str | None
    grammemes: frozenset


_TAGS: dict[int, tuple] = {}


def tag_view(p) -> TagView:
    """A parse's tag categories, as plain strings. pymorphy3 works each one out at every
    access (a set intersection, then a str subclass whose == checks the other side is a known
    grammeme, in Python): a third of this layer's time, and every later layer compares them
    again (the other layers' rules read it here too: their `p.tag.POS` over each new form's
    parses drew ~3% of the pipeline's samples). Its tags are shared objects (one per tag
    string), so the answers are kept per tag; the tag is kept alongside and checked, so a
    reused id cannot answer for another tag."""
    t = p.tag
    got = _TAGS.get(id(t))
    if got is None or got[0] is not t:
        if len(_TAGS) >= 65536:
            _TAGS.clear()
        got = _TAGS[id(t)] = (t, TagView(*(None if g is None else str(g) for g in (
            t.POS, t.case, t.number, t.gender, t.tense, t.person, t.aspect, t.mood)), t.grammemes))
    return got[1]


def _first_finite(ps, tags):
    """The first reading that is a finite verb (one with a tense), or None."""
    return next((p for p, t in zip(ps, tags) if t.POS == "VERB" and t.tense), None)


def _best(ps: list):
    """The reading to keep. The Ukrainian dictionary has no frequencies (every score is 1.0)
    and lists rare readings first ("під" a noun, "до" a musical note, "на" a particle, "мене"
    a vocative, "була" an adjective): a function word's own reading and the verb "бути" win."""
    tags = [tag_view(p) for p in ps]
    for want in ("PREP", "CONJ", "NPRO"):
        if want == "NPRO" and tags[0].POS != "NOUN":
            break                     # "сім" stays a numeral
        for p, t in zip(ps, tags):
            if t.POS == want:
                return p
    for p, t in zip(ps, tags):
        if t.POS == "VERB" and p.normal_form == "бути":
            return p
    first, ft = ps[0], tags[0]
    if ft.POS == "VERB":
        g = ft.grammemes
        if "impr" in g or ("1per" in g and "futr" in g and "perf" in g):
            # "війни" listed first as the imperative of "війнути", "війну" as its future:
            # news and addresses rarely bid or speak so, the noun is the reading
            for p, t in zip(ps, tags):
                if t.POS == "NOUN" and not {"Name", "Surn", "Patr"} & t.grammemes:
                    return p
        elif "infn" in g and first.word.endswith(("ть", "ться")):
            # "бачить", "робить", "ухвалить", "відмовиться" listed first as the short infinitive:
            # in prose the form is the verb's third person
            for p, t in zip(ps, tags):
                if t.POS == "VERB" and t.tense and p.normal_form == first.normal_form:
                    return p
            # "відправлять", "поставлять": the short infinitive of the imperfective is the
            # perfective partner's third person plural ("США відправлять танки")
            if (finite := _first_finite(ps, tags)) is not None:
                return finite
    elif ft.POS == "NOUN" and "voct" in ft.grammemes \
            and not {"Name", "Surn", "Patr"} & ft.grammemes:
        # "стане", "діє", "впаде", "дамо" listed first as vocatives of "стан", "дія", "дама":
        # a finite verb reading is the one prose means
        if (finite := _first_finite(ps, tags)) is not None:
            return finite
    elif ft.POS == "NOUN" and not PROPER & ft.grammemes and is_dictionary(first) and \
            any(t.POS == "ADJF" and p.normal_form == first.normal_form for p, t in zip(ps, tags)):
        # "прибула" listed first as a noun made of the participle "прибулий" ("a woman who came"):
        # where the form is also a finite verb's ("прибути", past), prose means the verb
        if (finite := _first_finite(ps, tags)) is not None:
            return finite
    if ft.POS == "VERB" and ft.tense == "futr" and first.normal_form != "бути":
        # "перебувають" is listed as future first: an imperfective verb's form is present
        for p, t in zip(ps, tags):
            if t.POS == "VERB" and t.tense == "pres" and p.normal_form == first.normal_form:
                return p
    return first


def case_of(p) -> str | None:
    """A parse's case. The Ukrainian dictionary leaves the case off the headword of a few
    nouns ("секретар" is tagged `NOUN,anim masc` only), and a noun's headword is its
    nominative: without this the subject "секретар РНБО ... провів" had no case at all."""
    t = tag_view(p)
    case = t.case
    if case is None and t.POS == "NOUN" and p.word == p.normal_form:
        return "nomn"
    return case


@lru_cache(maxsize=8192)
def _parse(word: str) -> tuple:
    """pymorphy3's parses of a word, kept for the words of the last few documents: the morph
    layer reads every word and the entity layer asks again for the alternatives of many.
    (Measured: 32,768 forms saved 1,500 of 40,000 parses on 500 realistic documents, but the
    morph layer took 12% more CPU in `bench_pair.py`, the entity layer no less: kept small.)
    A word that opens with a Cyrillic letter goes through `_letter_analyzer` (see there)."""
    word = one_apostrophe(word)
    if word[:1] in _CYRILLIC_LETTERS:
        return tuple(_letter_analyzer().parse(word))
    return tuple(analyzer().parse(word))


# the letters of the Ukrainian and Russian alphabets: a word that opens with one is no Roman
# numeral, no Latin word, no number and no punctuation mark
_CYRILLIC_LETTERS = frozenset("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяёъыэ"
                              "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЁЪЫЭ")
_LETTER_MORPH = None


class _NoShape:
    """Stands where one of pymorphy3's shape units stood, answering nothing."""

    __slots__ = ()

    def parse(self, word, word_lower, seen_parses):
        return ()


def _letter_analyzer():
    """The shared analyser without its shape units, for words that open with a Cyrillic
    letter. pymorphy3 asks every new form four shape questions after the dictionary (a Roman
    numeral's pattern, whether each letter's Unicode name says LATIN, int() and float() with
    their exceptions, each character's category): about a fifth of a new form's parse on news
    text, where almost every form is Cyrillic. For such a word each of these units can only
    answer nothing (its first character rules every one of them out), so each is replaced by
    a unit that answers nothing at once, keeping its place and whether it ends the chain: the
    same parses, from the same dictionary and result type (its Parse objects belong to the
    shared analyser)."""
    global _LETTER_MORPH
    if _LETTER_MORPH is None:
        from pymorphy3.units import LatinAnalyzer, NumberAnalyzer, PunctuationAnalyzer, RomanNumberAnalyzer
        shapes = (LatinAnalyzer, NumberAnalyzer, PunctuationAnalyzer, RomanNumberAnalyzer)
        full = analyzer()
        fast = object.__new__(type(full))
        fast.__dict__.update(full.__dict__)
        none = _NoShape()
        fast._units = [u._replace(analyzer=none) if type(u.analyzer) in shapes else u for u in full._units]
        _LETTER_MORPH = fast
    return _LETTER_MORPH


PROPER = frozenset({"Surn", "Name", "Patr"})


@lru_cache(maxsize=1)
def _manner_prefixes() -> frozenset[str]:
    return frozenset(load("core").get("manner_prefixes") or ())


def _manner_head(word: str, prefixes: frozenset[str]) -> str | None:
    """The last part of "онлайн-засідання" (a noun whose first part only tells the manner):
    the dictionary knows no such compound and keeps it whole as its own lemma, so the meeting
    went unseen. None for any other word."""
    first, dash, rest = word.partition("-")
    if not dash or not rest or "-" in rest or first.lower() not in prefixes:
        return None
    return rest


@lru_cache(maxsize=1)
def _adjective_openers() -> dict[str, frozenset[str]]:
    return {w: frozenset(lemmas) for w, lemmas in (load("core").get("adjective_openers") or {}).items()}


@lru_cache(maxsize=1)
def _preferences() -> dict[str, tuple[str, str | None]]:
    out = {}
    for form, want in (load("core").get("preferred_readings") or {}).items():
        lemma_, _, case = str(want).partition(" ")
        out[form] = (lemma_, case or None)
    return out


def _preferred(word: str, ps: tuple):
    """The reading lexicon data names for a form whose first dictionary reading prose
    almost never means ("Рада" as the genitive of "рад"): the dictionary has no frequencies."""
    want = _preferences().get(one_apostrophe(word.lower()))
    if want is None:
        return None
    return next((p for p in ps if p.normal_form == want[0] and (want[1] is None or tag_view(p).case == want[1])), None)


@lru_cache(maxsize=200_000)
def analyse(word: str) -> Analysis:
    ps = _parse(word)
    if word[:1].islower() and len(ps) > 1 and tag_view(ps[0]).grammemes & PROPER:
        # "надала" is listed first as a case of the surname "Надал": a word written in lower
        # case is no name, its common reading ("надати", past) is the one prose means
        common = [p for p in ps if not tag_view(p).grammemes & PROPER]
        ps = tuple(common) or ps
    elif len(word) > 1 and word.isupper() and len(ps) > 1 and tag_view(ps[0]).grammemes & PROPER:
        # "НАТО" is listed first as the vocative of the first name "Ната": a word in capitals is
        # an abbreviation, its own reading is the one prose means
        common = [p for p in ps if not tag_view(p).grammemes & PROPER]
        ps = tuple(common) or ps
    p = _preferred(word, ps) or _best(ps)
    t = tag_view(p)
    case = case_of(p)
    number = t.number
    if number is None and case and "plur" not in t.grammemes:
        number = "sing"     # the Ukrainian dictionary leaves the singular of nominals unmarked
    normal = p.normal_form
    if t.POS == "GRND" and "perf" in t.grammemes:
        normal = gerund_verb(word.lower()) or normal
    return Analysis(normal, t.POS, case, number, t.gender, t.tense, t.person,
                    t.aspect, t.mood, frozenset(t.grammemes))


# a gerund's ending -> the infinitive endings its verb may have ("звільнивши" -> "звільнити",
# "наголошуючи" -> "наголошувати", "говорячи" -> "говорити"); the first the dictionary lists wins
_GERUND_ENDINGS = (("івшись", ("естися", "ітися")), ("івши", ("ести", "іти")), ("ісши", ("ести",)),
                   ("вшись", ("тися",)), ("вши", ("ти",)),
                   ("ючись", ("тися", "ватися")), ("ючи", ("ти", "вати")),
                   ("учи", ("ти", "вати")), ("ячись", ("итися", "тися")), ("ячи", ("ити", "ти")),
                   ("ачи", ("ити", "ати", "ти")))


def gerund_verb(word: str) -> str | None:
    """The infinitive of a gerund: the dictionary makes each gerund a lemma of its own, so a
    verb's lexicon entry ("звільнити") missed "звільнивши" ("ЗСУ провели операцію, звільнивши
    Ізюм"). None when no candidate is a dictionary infinitive. Only perfective gerunds get it
    (see `analyse`): a completed act is told; "атакуючи нас, вони ..." and "надаючи допомогу
    пораненим" are circumstances, mostly no happening of their own."""
    for end, infs in _GERUND_ENDINGS:
        if word.endswith(end):
            stem = word[: -len(end)]
            if end.startswith(("я", "а")) and len(stem) > 2 and stem[-1] == "л" and stem[-2] in "бпвмф":
                stem = stem[:-1]        # "роблячи" -> "робити", "ловлячи" -> "ловити"
            for inf in infs:
                cand = stem + inf
                if any(tag_view(q).POS in ("INFN", "VERB") and q.normal_form == cand and is_dictionary(q)
                       for q in _parse(cand)):
                    return cand
            return None
    return None


@lru_cache(maxsize=100_000)
def readings(word: str) -> tuple:
    """The parses prose means: for a form that `preferred_readings` names only the kept
    reading ("Рада" is never the genitive of "рад" in news), else all of them."""
    ps = _parse(word)
    want = _preferences().get(word.lower().replace("’", "'").replace("ʼ", "'"))
    if want is None:
        return ps
    kept = tuple(p for p in ps if p.normal_form == want[0] and (want[1] is None or tag_view(p).case == want[1]))
    return kept or ps


@lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word (for callers that need the alternatives)."""
    return _parse(word)


def is_dictionary(p) -> bool:
    """A parse of a word the dictionary lists, not a guess from its ending ("Тауер" is
    guessed): names and common words are told apart only on such parses."""
    return p.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"


def is_listed(p) -> bool:
    """A parse of the whole word as the dictionary lists it: not a listed word behind a prefix
    the dictionary does not know ("Стармер" as "стар" + the verb "мерти"), whose stack also
    starts with the dictionary."""
    return len(p.methods_stack) == 1 and is_dictionary(p)


def dictionary_parses(word: str) -> list:
    return [p for p in parses(word) if is_dictionary(p)]


@lru_cache(maxsize=50_000)
def _inflect(p, grammemes: frozenset):
    return p.inflect(set(grammemes))


def inflect(p, grammemes):
    """`p.inflect(grammemes)`, kept per parse and grammemes: pymorphy3 walks the whole
    paradigm on every call (~60 us), and names put their head nouns and adjectives
    ("міністерства", "національного") to the nominative again and again."""
    return _inflect(p, frozenset(grammemes))


def lemma(word: str) -> str:
    return analyse(word).lemma


@component("morph", requires=("tokens",), provides=("morph",))
class Morphology:
    def __init__(self, settings: Settings):
        analyzer()

    def __call__(self, doc: Document) -> None:
        toks = doc.tokens
        manner = _manner_prefixes()
        for tok in toks:
            if tok.is_word:
                # (`_set` and `_manner_head` written out: two Python calls a word saved; only a
                # word with a hyphen can be a manner compound)
                text = tok.text
                if "-" in text:
                    text = _manner_head(text, manner) or text
                (tok.lemma, tok.pos, tok.case, tok.number, tok.gender, tok.tense, tok.person,
                 tok.aspect, tok.mood, tok.tags) = analyse(text)
        openers = _adjective_openers()
        for k, tok in enumerate(toks):
            if tok.norm in openers and k + 1 < len(toks) and toks[k + 1].lemma in openers[tok.norm] and \
                    toks[k + 1].pos in ("ADJF", "PRTF"):
                # "так звана ДНР": one adjective of two words, not a conjunction before one
                nxt = toks[k + 1]
                _set(tok, Analysis(tok.norm, nxt.pos, nxt.case, nxt.number, nxt.gender, nxt.tense,
                                   nxt.person, nxt.aspect, nxt.mood, nxt.tags))
                continue
            if tok.pos == "NOUN" and k > 0 and toks[k - 1].pos == "ADJF" and \
                    toks[k - 1].case in ("gent", "datv", "loct", "ablt") and \
                    toks[k - 1].case != tok.case and toks[k - 1].number == "sing" and tok.number == "plur":
                # (only an oblique adjective: "сьогоднішній" may be a nominative or accusative)
                agreeing = agreeing_noun(tok.text, toks[k - 1].case, toks[k - 1].gender)
                if agreeing is not None:
                    _set(tok, agreeing)
                    continue
            if tok.pos == "VERB" and tok.text[:1].isupper() and not tok.text.isupper() and \
                    ((k > 0 and (toks[k - 1].is_word or toks[k - 1].norm == ",")) or _names_a_subject(toks, k)):
                # "з Президентом Литви Наусєдою": a capitalised word inside a phrase that also
                # reads as a surname or a first name is the name, not an odd verb ("наусєдоїти")
                name = proper_reading(tok.text)
                if name is not None:
                    (tok.lemma, tok.pos, tok.case, tok.number, tok.gender, tok.tense, tok.person,
                     tok.aspect, tok.mood, tok.tags) = name
                continue
            if tok.pos == "NPRO" and tok.case == "loct" and tok.text[:1].isupper() and \
                    not (k > 0 and toks[k - 1].pos == "PREP"):
                # "Минулого тижня Кім зустрівся": a locative pronoun ("на кім") stands only after
                # a preposition; a capitalised one without it is the surname the dictionary has too
                name = proper_reading(tok.text)
                if name is not None:
                    _set(tok, name)
                continue
            if tok.pos == "ADJF" and tok.gender == "femn" and tok.text[:1].isupper() and k > 0 and \
                    toks[k - 1].pos in ("NOUN", "PREP") and not _agreeing_noun_after(toks, k):
                town = town_reading(tok.text) or (
                    town_reading(tok.text, "loct") if toks[k - 1].norm in ("у", "в", "на") else None)
                if town is not None:
                    _set(tok, town)


def _names_a_subject(toks, k: int) -> bool:
    """A capitalised "verb" opening a sentence that is followed by "і"/"та" and another
    capitalised word, or by a finite verb ("Каріс і Зеленський обговорили", "Каріс заявив"):
    a subject named there, not a verb (two finite verbs in a row, or a verb joined to a name,
    do not open a sentence)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is None:
        return False
    if nxt.norm in ("і", "й", "та"):
        after = toks[k + 2] if k + 2 < len(toks) else None
        return after is not None and after.text[:1].isupper() and after.pos != "VERB"
    return nxt.pos == "VERB" and nxt.tense in ("past", "pres")


def _set(tok, an: Analysis) -> None:
    """Write an analysis onto a token (the Analysis fields in order, unpacked in one step)."""
    (tok.lemma, tok.pos, tok.case, tok.number, tok.gender, tok.tense, tok.person,
     tok.aspect, tok.mood, tok.tags) = an


def _reading(p, case: str | None, number: str | None) -> Analysis:
    """The Analysis of one pymorphy3 parse, with its case and number as the caller read them."""
    t = tag_view(p)
    return Analysis(p.normal_form, t.POS, case, number, t.gender, t.tense, t.person, t.aspect, t.mood,
                    frozenset(t.grammemes))


def _agreeing_noun_after(toks, k: int) -> bool:
    """Whether a feminine adjective at `k` leads a noun phrase ("Донецька область", "Луцька
    міська рада"): the word after it agrees with it in gender."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is not None and nxt.is_word and nxt.gender == "femn" and nxt.pos in ("NOUN", "ADJF", "PRTF")


@lru_cache(maxsize=8192)
def agreeing_noun(word: str, case: str, gender: str | None) -> Analysis | None:
    """The singular reading of a noun in the case and gender of the singular adjective before
    it ("Верховної Ради": the dictionary lists "Ради" first as a plural nominative), or None."""
    for p in _parse(word):
        t = tag_view(p)
        if t.POS == "NOUN" and case_of(p) == case and "plur" not in t.grammemes and \
                (gender is None or t.gender == gender):
            return _reading(p, case, "sing")
    return None


@lru_cache(maxsize=4096)
def proper_reading(word: str) -> Analysis | None:
    """The reading of `word` as a person's surname or first name, if the dictionary (or its
    guesser) has one: the noun a capitalised word inside a phrase stands for."""
    for p in _parse(word):
        t = tag_view(p)
        if t.POS == "NOUN" and t.grammemes & PROPER and t.grammemes & {"Surn", "Name"}:
            return Analysis(p.normal_form, t.POS, case_of(p), t.number or "sing", t.gender, t.tense,
                            t.person, t.aspect, t.mood, frozenset(t.grammemes))
    return None


@lru_cache(maxsize=4096)
def town_reading(word: str, case: str = "gent") -> Analysis | None:
    """The reading of a town in "-ськ"/"-цьк" in `case` where the form also reads as a feminine
    adjective: the dictionary lists the adjective first. Right after a noun or a preposition with
    no noun after it to agree with, the capitalised word is the town's name: a genitive
    ("вимогу Мінська", "околиці Донецька", "мер Луцька"), or after "у"/"в"/"на" a locative ("У
    Мінську представники сторін": read as the accusative of "мінський", the clause's walk took the
    place for the subject's head). "Харківська область, Донецька, Луганська" after a comma leave
    the noun out and stay adjectives."""
    for p in _parse(word):
        t = tag_view(p)
        if t.POS == "NOUN" and t.case == case and "inan" in t.grammemes and not t.grammemes & PROPER and \
                p.normal_form.endswith(("ськ", "цьк", "зьк")):
            return _reading(p, t.case, t.number or "sing")
    return None
