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
from ..pipeline import component
from ..settings import Settings


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


def _best(ps: list):
    """The reading to keep. The Ukrainian dictionary has no frequencies (every score is 1.0)
    and lists rare readings first ("під" a noun, "до" a musical note, "на" a particle, "мене"
    a vocative, "була" an adjective): a function word's own reading and the verb "бути" win."""
    for want in ("PREP", "CONJ", "NPRO"):
        if want == "NPRO" and ps[0].tag.POS != "NOUN":
            break                     # "сім" stays a numeral
        for p in ps:
            if p.tag.POS == want:
                return p
    for p in ps:
        if p.tag.POS == "VERB" and p.normal_form == "бути":
            return p
    first = ps[0]
    if first.tag.POS == "VERB":
        g = first.tag.grammemes
        if "impr" in g or ("1per" in g and "futr" in g and "perf" in g):
            # "війни" listed first as the imperative of "війнути", "війну" as its future:
            # news and addresses rarely bid or speak so, the noun is the reading
            for p in ps:
                if p.tag.POS == "NOUN" and not {"Name", "Surn", "Patr"} & p.tag.grammemes:
                    return p
        elif "infn" in g and first.word.endswith("ть"):
            # "бачить", "робить", "ухвалить" listed first as the short infinitive: in prose
            # the form is the verb's third person
            for p in ps:
                if p.tag.POS == "VERB" and p.tag.tense and p.normal_form == first.normal_form:
                    return p
    elif first.tag.POS == "NOUN" and "voct" in first.tag.grammemes \
            and not {"Name", "Surn", "Patr"} & first.tag.grammemes:
        # "стане", "діє", "впаде", "дамо" listed first as vocatives of "стан", "дія", "дама":
        # a finite verb reading is the one prose means
        for p in ps:
            if p.tag.POS == "VERB" and p.tag.tense:
                return p
    if first.tag.POS == "VERB" and first.tag.tense == "futr" and first.normal_form != "бути":
        # "перебувають" is listed as future first: an imperfective verb's form is present
        for p in ps:
            if p.tag.POS == "VERB" and p.tag.tense == "pres" and p.normal_form == first.normal_form:
                return p
    return first


def case_of(p) -> str | None:
    """A parse's case. The Ukrainian dictionary leaves the case off the headword of a few
    nouns ("секретар" is tagged `NOUN,anim masc` only), and a noun's headword is its
    nominative: without this the subject "секретар РНБО ... провів" had no case at all."""
    case = p.tag.case
    if case is None and p.tag.POS == "NOUN" and p.word == p.normal_form:
        return "nomn"
    return case


@lru_cache(maxsize=8192)
def _parse(word: str) -> tuple:
    """pymorphy3's parses of a word, kept for the words of the last few documents: the morph
    layer reads every word and the entity layer asks again for the alternatives of many."""
    return tuple(analyzer().parse(word.replace("’", "'").replace("ʼ", "'")))


@lru_cache(maxsize=200_000)
def analyse(word: str) -> Analysis:
    p = _best(_parse(word))
    t = p.tag
    case = case_of(p)
    number = t.number
    if number is None and case and "plur" not in t.grammemes:
        number = "sing"     # the Ukrainian dictionary leaves the singular of nominals unmarked
    return Analysis(p.normal_form, t.POS, case, number, t.gender, t.tense, t.person,
                    t.aspect, t.mood, frozenset(t.grammemes))


@lru_cache(maxsize=100_000)
def parses(word: str) -> tuple:
    """All pymorphy3 parses of a word (for callers that need the alternatives)."""
    return _parse(word)


def lemma(word: str) -> str:
    return analyse(word).lemma


@component("morph", requires=("tokens",), provides=("morph",))
class Morphology:
    def __init__(self, settings: Settings):
        analyzer()

    def __call__(self, doc: Document) -> None:
        for tok in doc.tokens:
            if tok.is_word:     # the Analysis fields in order, unpacked in one step
                (tok.lemma, tok.pos, tok.case, tok.number, tok.gender, tok.tense, tok.person,
                 tok.aspect, tok.mood, tok.tags) = analyse(tok.text)
