"""An attack of words ("Журналісти атакують міністра питаннями", "Опозиція атакувала прем'єра
критикою", "Критики атакують уряд за повільні реформи"): the verbs of a strike are the verbs of
criticism too, and a reader of a chronicle of statecraft finds no strike in them. The sense is
told by the verb's instrument, a noun of speech in the instrumental after it (`verbal_attack_means`),
or by its subject, one whose trade is words (`verbal_attackers`) before it in its clause. Both
are data in events.yaml (lemmas). A strike names a weapon or an army ("атакували дронами",
"окупанти атакують"), none of these.
"""
from __future__ import annotations

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

# how many words after the verb its instrument may stand ("атакують міністра нескінченними питаннями")
MEANS_REACH = 5


def verbal_attack(lex: Lexicon, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
    """The strike verb at k attacks with words: its instrument or its subject says so."""
    toks = doc.tokens
    if type_ != "ASSAULT" or toks[k].pos != "VERB":
        return False
    lo, hi = sent.clause_of(k)
    means = lex.word_list("verbal_attack_means")
    for m in range(k + 1, min(hi, k + 1 + MEANS_REACH)):
        if toks[m].pos == "NOUN" and toks[m].case == "ablt" and lemma_of(toks[m]) in means:
            return True
    speakers = lex.word_list("verbal_attackers")
    return any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and lemma_of(toks[m]) in speakers
               for m in range(lo, k))
