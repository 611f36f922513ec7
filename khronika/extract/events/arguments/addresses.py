"""The people a speech is addressed to, named by what they are rather than by the body they
sit in: "звернувся до студентів університетів Канади", "виступив перед депутатами Верховної
Ради", "виступив з промовою перед послами країн ЄС". An address of that kind meets the
parties those people stand for, as one to a parliament does ("виступив у парламенті
Мальти"); without a party of another side named in the phrase ("звернувся до нації", "до
студентів нашого університету") it is no meeting between parties, and the trigger's other
needs (`foreign_party`, `foreign_speaker`) say so.

"Виступив за скасування закону" (supports), "виступила проти податку" (opposes) name no
audience: only the prepositions of address (`addressee_prepositions`) open one.
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import Layers, SentenceView, lemma_of
from .states import country_ids, place_country, state_of

# how far after the address verb the audience's preposition may stand ("виступив сьогодні з
# промовою перед ...": an adverb and the speech itself between)
AUDIENCE_WINDOW = 5
_MODIFIERS = ("ADJF", "PRTF", "NUMR")


def addressed_people(lex: Lexicon, doc: Document, sent: SentenceView, j: int) -> int | None:
    """The token of the audience noun ("студентів", "депутатами") after the address trigger
    ending at j, in the trigger's own clause, or None."""
    toks = doc.tokens
    preps = lex.word_list("addressee_prepositions")
    people = lex.word_list("audience_people")
    subs = lex.word_list("subordinators")
    for k in range(j, min(sent.hi, j + AUDIENCE_WINDOW)):
        t = toks[k]
        if t.norm in subs or (k > j and _finite(t)) or (not t.is_word and t.norm not in ("-", "–", "—")):
            return None
        if t.norm not in preps:
            continue
        m = k + 1
        while m < sent.hi and toks[m].pos in _MODIFIERS:
            m += 1
        if m < sent.hi and lemma_of(toks[m]) in people:
            return m
        return None
    return None


def addressed_gathering(lex: Lexicon, doc: Document, sent: SentenceView, i: int) -> bool:
    """"звернувся до учасників донорської конференції", "виступив перед учасниками форуму":
    the gathering noun at i names the meeting whose people hear a speech, and a word of
    address stands in the sentence; who speaks to them takes part in that gathering ("До
    учасників конференції приєдналися ..." speaks to no one)."""
    toks = doc.tokens
    m = i - 1
    while m >= sent.lo and toks[m].pos in _MODIFIERS:
        m -= 1
    hearers = lex.word_list("audience_nouns") | lex.word_list("audience_people")
    if m < sent.lo or lemma_of(toks[m]) not in hearers:
        return False
    m -= 1
    while m >= sent.lo and toks[m].pos in _MODIFIERS:
        m -= 1
    if m < sent.lo or toks[m].norm not in lex.word_list("addressee_prepositions"):
        return False
    words = lex.word_list("speech_words")
    return any(lemma_of(toks[x]) in words or toks[x].norm in words for x in range(sent.lo, sent.hi))


def greeted_parties(lex: Lexicon, doc: Document, home: str | None) -> list[str]:
    """The parties an address greets in its opening lines ("Шановні депутати Рійгікогу!
    Народе Естонії!"): the "you" that "Вдячний за можливість звернутися до вас" speaks to.
    Only the lines before the first one with a finite verb that end in "!", and only parties
    of another side than the speaker's."""
    toks = doc.tokens
    layers = Layers(doc)
    out: list[str] = []
    for si in range(len(doc.sentences)):
        sent = SentenceView(doc, si, lex, layers)
        if not doc.text[sent.start:sent.end].rstrip().endswith("!") or \
                any(_finite(toks[k]) for k in range(sent.lo, sent.hi)):
            break
        for a in sent.args:
            if a.kind == "pronoun" or a.entity == home or a.entity in out:
                continue
            if home is not None and state_of(a.entity, doc.date) == home:
                continue
            if a.entity in place_country():
                continue      # "Обранці Парижа!": a town is where, not whom
            out.append(a.entity)
    # the audience of one address is of one side: with states greeted, a person or body of
    # another state is a misread name ("Шановний пане Спікере Палати представників!" in Canberra)
    states = {x for x in out if x in country_ids()}
    if states:
        kb = get_kb()
        out = [x for x in out if x in states or state_of(x, doc.date) in states or
               (kb.entity(x) is not None and kb.entity(x).of in states)]
    return out
