"""A strike remembered or not forgiven: "Ми не пробачимо обстрілів наших сіл", "Ніхто не
забуде атаку на вокзал", "пам'ятаємо про кожен удар". The verb of memory (`memory_verbs`) takes
the strike as its object; its negation or its future denies the forgiving or the forgetting,
not the strike, which took place. Kept apart so that both the status and the sides read it.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import lemma_of_tok
from ..lexicon.compiled import Lexicon

# what may stand between the verb and the strike noun: adjectives, determiners ("кожен",
# "ту"), numerals, and the preposition of "пам'ятаємо про удари"
_BETWEEN = ("ADJF", "PRTF", "NPRO", "NUMR")


def _verb_before(doc: Document, trig_i: int, lo: int) -> int | None:
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return None
    m = trig_i - 1
    while m > lo and (toks[m].pos in _BETWEEN or toks[m].norm == "про"):
        m -= 1
    return m if m >= lo and toks[m].pos in ("VERB", "INFN") else None


def remembered(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """True when the trigger noun is the object of a verb of memory or forgiving."""
    m = _verb_before(doc, trig_i, lo)
    return m is not None and lemma_of_tok(doc.tokens[m]) in lex.word_list("memory_verbs")


def suffered(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """A strike remembered that its rememberer suffered: not one called their own ("пам'ятаємо
    наш удар по мосту": a first-person possessive, `own_possessives`, before the noun)."""
    m = _verb_before(doc, trig_i, lo)
    if m is None or lemma_of_tok(doc.tokens[m]) not in lex.word_list("memory_verbs"):
        return False
    own = lex.word_list("own_possessives")
    return not any(lemma_of_tok(t) in own for t in doc.tokens[m + 1:trig_i])
