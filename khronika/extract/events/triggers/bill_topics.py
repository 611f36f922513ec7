""""Палата представників ухвалила законопроєкт про допомогу Україні": the aid a bill is about.

Foreign news tells a legislature's aid as the vote on a bill: the aid noun then stands as the
bill's topic ("законопроєкт про військову допомогу Ізраїлю", "проєкт закону щодо допомоги
Тайваню"), and the verb that moves the bill ("ухвалила", "проголосував за", "підписав") is no
verb of giving. The aid is an event when a receiver is named right after the noun (in the
dative or after "для"): a bill of aid to a state, not one of welfare at home ("законопроєкт
про допомогу багатодітним сім'ям" names no party). Whether it is yet given is the status
layer's (bills.py: a bill passed by one chamber leaves it planned). Words are data
(`bill_nouns`, `bill_topic_prepositions`, `aid_bill_receiver_prepositions` in events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView, lemma_of

# words of the noun phrase that may stand between "про" and the aid noun ("про нову військову
# допомогу"), and between the noun and its receiver ("допомогу в розмірі 61 млрд Україні" is
# left alone: only adjectives, numbers and "для")
_MODIFIERS = ("ADJF", "PRTF", "NUMR")
REACH = 3


def _bill_before(lex, doc: Document, lo: int, i: int) -> bool:
    """A bill noun, then "про"/"щодо", then up to REACH modifiers, then the noun at i."""
    toks = doc.tokens
    k = i - 1
    while k >= max(lo, i - 1 - REACH) and toks[k].pos in _MODIFIERS:
        k -= 1
    if k - 1 < lo or toks[k].norm not in lex.word_list("bill_topic_prepositions"):
        return False
    head = lemma_of(toks[k - 1])
    bills = lex.word_list("bill_nouns")
    # ("проєкт закону про допомогу": the bill noun before "закону")
    return head in bills or (head == "закон") or (k - 2 >= lo and lemma_of(toks[k - 2]) in bills)


def _receiver_after(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """A name right after the aid noun (past its adjectives), in the dative or after "для"."""
    toks = doc.tokens
    preps = lex.word_list("aid_bill_receiver_prepositions")
    after_prep = False
    for k in range(j, min(sent.hi, j + REACH + 1)):
        t = toks[k]
        named = any(a.start <= t.start < a.end and a.kind != "pronoun" for a in sent.args)
        if named:
            return after_prep or "datv" in _cases(t.text)
        if t.norm in preps and not after_prep:
            after_prep = True
            continue
        if t.pos not in _MODIFIERS:
            return False
    return False


def aid_receiver(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """A named receiver right after an aid phrase ending at j ("програма допомоги Україні")."""
    return _receiver_after(lex, doc, sent, j)


def aid_bill(lex, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """The aid noun at i (ending at j) is what a bill is about, and a named receiver follows."""
    return _bill_before(lex, doc, sent.lo, i) and _receiver_after(lex, doc, sent, j)
