""""Сенат схвалив законопроєкт про санкції проти Росії": what a bill is about is still to come.

A bill passed by one chamber, or in a first reading, or registered, decides nothing yet: the
sanctions or the aid it is about are planned, whatever the tense of the verb that moved the
bill ("схвалив", "ухвалила в першому читанні"). Only signing it makes it law ("Президент
підписав законопроєкт про санкції"), and a law ("ухвалила закон про санкції") tells a decision
taken: those keep the verb's status. The words are data (`bill_nouns`, `bill_enacting_verbs`,
`bill_topic_prepositions` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ..grammar.sentence_view import lemma_of

# words of the trigger's own noun phrase that may stand between "про" and the trigger noun
# ("про нові санкції", "щодо запровадження санкцій"), and how many of them
_MODIFIERS = ("ADJF", "PRTF", "NUMR", "NOUN")
PHRASE_REACH = 3


def bill_topic(lex, toks, lo: int, hi: int, i: int) -> bool:
    """The trigger noun at i is what a bill in its clause [lo, hi) is about ("законопроєкт про
    нові санкції", "проєкт закону щодо допомоги"), and no verb of the clause enacts it, nor
    denies it ("не", left to the negation rules)."""
    k = i - 1
    while k >= max(lo, i - PHRASE_REACH) and toks[k].pos in _MODIFIERS:
        k -= 1
    if k - 1 < lo or toks[k].norm not in lex.word_list("bill_topic_prepositions"):
        return False
    head = lemma_of(toks[k - 1])
    bills = lex.word_list("bill_nouns")
    if head not in bills and not (head == "закон" and k - 2 >= lo and lemma_of(toks[k - 2]) in bills):
        return False
    enacting = lex.word_list("bill_enacting_verbs")
    return not any(lemma_of(t) in enacting or t.norm == "не" for t in toks[lo:hi])
