"""A rule of conduct told in the impersonal ("Банкам забороняється видавати позики в рублях",
"Іноземцям дозволяється в'їжджати без віз", "не допускається постачати товари"): a law or a
regulation says what one may or may not do, to anyone it concerns, and no party acts by being
allowed or forbidden. An infinitive after such an impersonal reflexive verb (`rule_verbs` in
lang/uk/events.yaml, lemmas) names a kind of conduct, no happening; so does the trigger noun
that is the infinitive's object ("забороняється надавати позики"). A party that forbids or
allows ("Уряд заборонив банкам видавати позики") is told by another verb and stays.

A law also tells what is done, in the present of a reflexive verb, to anyone it concerns: "До
порушників застосовуються штрафні санкції", "У разі прострочення накладається пеня",
"Допомога надається щомісяця" (`rule_passive_verbs`, lemmas). A trigger noun that is the subject
of such a verb, in a clause that names no party, is that rule; one told of a party ("До Росії
застосовуються нові санкції", "Україні надається допомога") stays.
"""
from __future__ import annotations

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import is_infinitive

# how far the rule verb may stand before the infinitive ("забороняється й надалі надавати")
REACH = 3
# how far a trigger noun may stand after the infinitive whose object it is ("надавати клієнтам позики")
OBJECT_REACH = 4
# how far a rule's reflexive verb may stand from the trigger noun it has for subject
# ("застосовуються штрафні фінансові санкції")
SUBJECT_REACH = 4


def rule_of_conduct(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is an infinitive after an impersonal verb of rule, with only adverbs,
    particles and conjunctions between, or a noun of such an infinitive's object."""
    toks = doc.tokens
    if applied_rule(lex, doc, sent, k):
        return True
    words = lex.word_list("rule_verbs")
    if words.isdisjoint(sent.lemma_set):
        return False        # (most sentences tell no rule: one set lookup)
    if toks[k].pos == "NOUN":
        lo = max(sent.clause_of(k)[0], k - OBJECT_REACH)
        for m in range(k - 1, lo - 1, -1):
            if is_infinitive(toks[m]):
                k = m
                break
            if not toks[m].is_word or toks[m].pos not in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", "PREP"):
                return False
    if not is_infinitive(toks[k]):
        return False
    for m in range(k - 1, max(sent.lo, k - REACH) - 1, -1):
        t = toks[m]
        if t.pos == "VERB" and lemma_of(t) in words:
            return True
        if t.pos not in ("ADVB", "PRCL", "CONJ"):
            return False
    return False


def applied_rule(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger noun at k is the subject of a present reflexive verb of a rule near it in
    its clause ("застосовуються санкції", "санкції застосовуються"), and the clause names no
    party."""
    toks = doc.tokens
    verbs = lex.word_list("rule_passive_verbs")
    if toks[k].pos != "NOUN" or verbs.isdisjoint(sent.lemma_set):
        return False
    lo, hi = sent.clause_of(k)
    near = range(max(lo, k - SUBJECT_REACH), min(hi, k + SUBJECT_REACH + 1))
    if not any(toks[m].pos == "VERB" and toks[m].tense == "pres" and lemma_of(toks[m]) in verbs for m in near):
        return False
    return not any(toks[lo].start <= a.start < toks[hi - 1].end for a in sent.args)
