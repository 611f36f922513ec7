"""A danger that people are exposed to, named as a danger ("діти під ризиком депортації",
"існує загроза нових ударів по енергетиці", "цивільні залишаються вразливими до ударів дронів",
"громадам загрожують нові обстріли"): a speaker who tells what may befall a class of people
names a kind of harm, and no strike or deportation took place by being feared. A reader of the
chronicle finds no happening there (nor a threat made: the harm itself "загрожує", no one
threatens).

A harm that came is told otherwise ("загинули від удару", "постраждали внаслідок обстрілу"),
and a threat by a party is a threat ("Росія загрожує новими ударами": the strikes are in the
instrumental, no subject). The danger nouns, the adjectives of exposure and the verbs of a
looming harm are data (`danger_nouns`, `exposure_adjectives`, `looming_verbs` in
lang/uk/events.yaml); what counts as harm is `harm_nouns` and `looming_harm_nouns`.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite
from ..grammar.ties import tie_of
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

MODIFIERS = ("ADJF", "PRTF", "NUMR")
# how far back a danger noun may head the phrase a trigger noun goes on
DANGER_REACH = 5
# the prepositions of a strike's own target or source inside that phrase ("ризик атак по Києву")
DANGER_PHRASE_PREPOSITIONS = frozenset({"по", "на", "проти", "з", "із", "зі"})


def exposed_to(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k names a harm feared: a noun after a danger noun ("загроза нових
    ударів") or after an adjective of exposure and its preposition ("вразливі до атак"), or
    the subject of a verb of looming harm ("загрожують нові обстріли"); or that verb itself
    with a harm noun for its subject."""
    toks = doc.tokens
    if sent.lemma_set.isdisjoint(lex.word_list("danger_nouns") | lex.word_list("exposure_adjectives")
                                 | lex.word_list("looming_verbs") | lex.word_list("fear_verbs")):
        return False        # (most sentences name no danger: one set lookup)
    if toks[k].pos == "NOUN":
        m = k - 1
        while m >= sent.lo and toks[m].pos in MODIFIERS:
            m -= 1
        if m < sent.lo:
            return False
        if toks[m].pos == "NOUN" and lemma_of(toks[m]) in lex.word_list("danger_nouns"):
            return True         # "під ризиком депортації", "загроза ракетного удару"
        if _feared_object(lex, toks, m, sent.lo) or _after_danger_phrase(lex, toks, m, sent.lo):
            return True
        if toks[m].pos == "PREP" and m - 1 >= sent.lo and \
                lemma_of(toks[m - 1]) in lex.word_list("exposure_adjectives"):
            return True         # "беззахисні перед атаками", "вразливі до ударів"
        return _looming_subject(lex, doc, sent, k)
    if _finite(toks[k]) and lemma_of(toks[k]) in lex.word_list("looming_verbs"):
        lo, hi = sent.clause_of(k)
        harms = lex.word_list("harm_nouns") | lex.word_list("looming_harm_nouns")
        return any(_looming_subject(lex, doc, sent, m) for m in range(k + 1, hi)
                   if toks[m].pos == "NOUN" and lemma_of(toks[m]) in harms)
    return False


def _feared_object(lex: Lexicon, toks, m: int, lo: int) -> bool:
    """The word at m, just before the trigger noun and its modifiers, is a verb of fearing
    ("Жителі побоюються нових атак", "боїться нових обстрілів"): the harm is feared, not come."""
    return m >= lo and toks[m].pos in ("VERB", "INFN", "PRTF", "GRND") and \
        lemma_of(toks[m]) in lex.word_list("fear_verbs")


def _after_danger_phrase(lex: Lexicon, toks, m: int, lo: int) -> bool:
    """The trigger noun goes on a danger noun's phrase ("загроза ударів балістикою", "ризик атак
    дронів по Києву"): over nouns, their modifiers and prepositions, back to the danger noun
    (a verb or a mark ends the phrase)."""
    dangers = lex.word_list("danger_nouns")
    for x in range(m, max(lo, m - DANGER_REACH) - 1, -1):
        t = toks[x]
        if t.pos == "NOUN" and lemma_of(t) in dangers:
            return True
        if not t.is_word or t.pos not in ("NOUN", "PREP") + MODIFIERS or \
                (t.pos == "PREP" and t.norm not in DANGER_PHRASE_PREPOSITIONS):
            return False      # ("ризик ескалації після удару": a strike that came, after which)
    return False


def _looming_subject(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The noun at k may be the nominative subject, in no prepositional phrase, of a verb of
    looming harm before it in its clause ("Місту загрожують обстріли"; a subject before the
    verb is what brings the danger, and may have come: "Удар по станції загрожує аварією")."""
    toks = doc.tokens
    if "nomn" not in _cases(toks[k].text) or \
            tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions")).prep is not None:
        return False
    lo, hi = sent.clause_of(k)
    verbs = lex.word_list("looming_verbs")
    return any(_finite(toks[m]) and lemma_of(toks[m]) in verbs for m in range(lo, k))
