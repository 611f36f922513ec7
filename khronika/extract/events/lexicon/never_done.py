"""A verb told with "ніколи не" ("Україна ніколи не нападала на сусідів", "Ми ніколи не
погодимося на заморожування"): "never" over the trigger's own verb states a stance or a rule of
conduct, no happening that took place or was called off, so a reader of the chronicle finds no
event in it. Only the trigger verb's own negation counts: in "Ми ніколи не пробачимо обстрілів"
"never" is the forgiving's, and the strikes stay. The words are data (`never_adverbs`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView
from ..status.verb_forms import is_infinitive

# how many words "never" may stand before the "не" of the verb ("ніколи, повірте, не")
NEVER_REACH = 3


def never_done(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is a verb (finite, or an infinitive after "буде"/"будемо") whose "не"
    right before it follows a word of never in its clause."""
    toks = doc.tokens
    lo = sent.clause_of(k)[0]
    verb = k
    if is_infinitive(toks[k]) and k - 1 >= lo and _finite(toks[k - 1]):
        verb = k - 1                    # "ніколи не буде визнавати"
    elif not _finite(toks[k]):
        return False
    neg = verb - 1
    if neg < lo or toks[neg].norm != "не":
        return False
    words = lex.word_list("never_adverbs")
    return any(toks[m].norm in words for m in range(max(lo, neg - NEVER_REACH), neg))
