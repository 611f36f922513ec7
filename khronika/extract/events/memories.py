"""A strike remembered or not forgiven: "Ми не пробачимо обстрілів наших сіл", "Ніхто не
забуде атаку на вокзал", "пам'ятаємо про кожен удар". The verb of memory (`memory_verbs`) takes
the strike as its object; its negation or its future denies the forgiving or the forgetting,
not the strike, which took place. Kept apart so that both the status and the sides read it.
"""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon

# what may stand between the verb and the strike noun: adjectives, determiners ("кожен",
# "ту"), numerals, and the preposition of "пам'ятаємо про удари"
_BETWEEN = ("ADJF", "PRTF", "NPRO", "NUMR")


def remembered(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """True when the trigger noun is the object of a verb of memory or forgiving."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return False
    m = trig_i - 1
    while m > lo and (toks[m].pos in _BETWEEN or toks[m].norm == "про"):
        m -= 1
    if m < lo or toks[m].pos not in ("VERB", "INFN"):
        return False
    return (toks[m].lemma or toks[m].norm).lower() in lex.word_list("memory_verbs")
