"""What a party is able to do ("Росія здатна запускати до ста дронів на добу", "Ворог
спроможний атакувати будь-яке місто", "має змогу обстрілювати"): a capacity told of a kind of
act, by an infinitive after a word of ability, is a description of strength, not a happening,
and not a plan either (no one says it will be done). So is what may come at any moment
("Ворог може будь-якої миті завдати удару", "Напруга може кожної миті перерости в протести"):
a danger, no one's plan. A will or a readiness is told otherwise
("готові надати" is a plan). A trigger noun that is the object of such an infinitive is the
same capacity ("спроможна завдавати ударів", "має право запровадити санкції"). So is a right
("має право вимагати"): what one may do, not what one will. The words of ability and of any
moment are data
(`capacity_words`, lemmas or forms, and `any_moment_words` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import is_infinitive

# how far the word of ability may stand before the infinitive ("здатна й надалі запускати")
REACH = 3
# how far a trigger noun may stand after the infinitive whose object it is ("завдавати масованих ударів")
OBJECT_REACH = 4
# what may stand between an infinitive and its object noun
_OBJECT_WORDS = ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", "PREP")


def capacity(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is an infinitive after a word of ability, with only adverbs,
    particles and conjunctions between; or it stands in a clause of "могти" with a phrase of
    any moment."""
    toks = doc.tokens
    if "могти" not in sent.lemma_set and lex.word_list("capacity_words").isdisjoint(sent.lemma_set):
        return False        # (most sentences tell no ability: one set lookup)
    if any_moment(lex, doc, sent, k):
        return True
    if toks[k].pos == "NOUN":
        k = _infinitive_of_object(doc, sent, k)
        if k is None:
            return False
    if not is_infinitive(toks[k]):
        return False
    words = lex.word_list("capacity_words")
    if k + 1 < sent.hi and toks[k + 1].norm == ":":
        return False        # "дає нам право вимагати: дійте!": the act follows, done as it is told
    for m in range(k - 1, max(sent.lo, k - REACH) - 1, -1):
        t = toks[m]
        if lemma_of(t) in words or t.norm in words:
            return True
        if t.pos not in ("ADVB", "PRCL", "CONJ"):
            return False
    return False


def _infinitive_of_object(doc: Document, sent: SentenceView, k: int) -> int | None:
    """The infinitive before the trigger noun at k whose object the noun is (only its
    modifiers, numbers and prepositions between), if any."""
    toks = doc.tokens
    lo = max(sent.clause_of(k)[0], k - OBJECT_REACH)
    for m in range(k - 1, lo - 1, -1):
        if is_infinitive(toks[m]):
            return m
        if not toks[m].is_word or toks[m].pos not in _OBJECT_WORDS:
            return None
    return None


def any_moment(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The clause of the trigger at k holds a form of "могти" and a phrase of any moment."""
    toks = doc.tokens
    lo, hi = sent.clause_of(k)
    if not any(lemma_of(toks[m]) == "могти" for m in range(lo, hi)):
        return False
    words = " " + " ".join(toks[m].norm for m in range(lo, hi)) + " "
    return any(f" {w} " in words for w in lex.word_list("any_moment_words"))
