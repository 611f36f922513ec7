"""Whether the first person of a text with no named author speaks for a state.

"Я"/"ми" outside quotes was read as the home state wherever no author or quoted speaker named
it: right for a head of state's address printed without a title ("Бажаю здоров'я! Сьогодні я
говорив з ..."), wrong for a blog, a memoir or a story ("Учора ми з друзями зустрілися в
кав'ярні": no state met anyone). A voice that speaks for the state shows it in the text: it
calls the state, its people or its army its own ("наша держава", "наших захисників"), greets
the nation ("Українці!"), names a state or someone who holds office in one ("говорив з
Президентом Польщі"), or speaks of statecraft at all ("відбиваємо атаки ворога", "потрібні
санкції"). A text with none of these, whose author is named nowhere, has a private first
person: its "я" and "ми" are nobody's side, and what they alone did is no happening of statecraft (scan.py keeps no
event of theirs with no other party). The words are data (`own_state_nouns`,
`nation_addressees`, `statecraft_words` in lang/uk/events.yaml).

Only a text of a few sentences shows its genre: a sentence or two given alone (a statement
quoted by an API call, a test) keeps the first person the home side's, as it always was
(`MIN_SENTENCES`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from .states import country_ids, state_of

_OWN = ("наш", "мій")
MIN_SENTENCES = 3     # fewer show no genre: the first person stays the home side's
_KEY = "_official_voice"


def official_voice(lex: Lexicon, doc: Document) -> bool:
    """True when the text's own first person speaks for the state (see the module doc);
    found once per document and kept in `doc.meta`."""
    known = doc.meta.get(_KEY)
    if known is None:
        known = doc.meta[_KEY] = len(doc.sentences) < MIN_SENTENCES or \
            _own_state(lex, doc) or _greets_nation(lex, doc) or _names_state(doc) or \
            _speaks_of_statecraft(lex, doc)
    return known


def _own_state(lex: Lexicon, doc: Document) -> bool:
    """"наша армія", "нашої держави", "наших мужніх захисників": a possessive of the first
    person before a word for the state, its people or its forces (adjectives between)."""
    nouns = lex.word_list("own_state_nouns")
    toks = doc.tokens
    for k, t in enumerate(toks):
        if lemma_of(t) not in _OWN and t.norm not in _OWN:
            continue
        m = k + 1
        while m < len(toks) and m <= k + 3 and toks[m].pos in ("ADJF", "PRTF"):
            m += 1
        if m < len(toks) and toks[m].is_word and (lemma_of(toks[m]) in nouns or toks[m].norm in nouns):
            return True
    return False


def _greets_nation(lex: Lexicon, doc: Document) -> bool:
    """"Українці! Українки!", "Шановні українці, українки!", "Мудрий народе ...!": the
    opening sentence addresses the nation."""
    toks = doc.tokens
    if not toks:
        return False
    first = toks[0].sentence
    nation = lex.word_list("nation_addressees")
    for t in toks:
        if t.sentence != first:
            return False
        if lemma_of(t) in nation or t.norm in nation:
            return True
    return False


def _names_state(doc: Document) -> bool:
    """The text names a state or a person the knowledge base places in one (an office holder);
    by its mentions, not `doc.entities`, which also holds the home side the rules add."""
    states = country_ids()
    return any(m.entity in states or state_of(m.entity, doc.date) for m in doc.mentions)


def _speaks_of_statecraft(lex: Lexicon, doc: Document) -> bool:
    """A word of war, arms, sanctions or the state's offices anywhere in the text."""
    words = lex.word_list("statecraft_words")
    return any(t.is_word and (lemma_of(t) in words or t.norm in words) for t in doc.tokens)
