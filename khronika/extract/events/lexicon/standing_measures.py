"""A measure named as one in force ("Україна наполягає на посиленні чинних санкцій",
"прогалини у чинних санкціях проти Росії", "наявні обмеження"): the sanctions spoken of were
imposed before, by others than the one who speaks of them, so the noun tells no imposing and a
reader of the chronicle finds no event in it (the clause's subject, who insists or complains,
was read as the one who imposes them). A finite verb that acts on them (`measure_change_verbs`:
"ЄС продовжив чинні санкції", "США скасували діючі обмеження") tells a happening of its own and
keeps the event. The words are data in lang/uk/events.yaml (`in_force_words`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..grammar.sentence_view import SentenceView, lemma_of
from .compiled import Lexicon


def in_force(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is a noun of `standing_measure_nouns` with a word of `in_force_words`
    among the adjectives right before it, and no finite verb of `measure_change_verbs` governs
    it from right before those adjectives."""
    toks = doc.tokens
    t = toks[k]
    if t.pos != "NOUN" or lemma_of(t) not in lex.word_list("standing_measure_nouns"):
        return False
    words = lex.word_list("in_force_words")
    m = k - 1
    found = False
    while m >= sent.lo and toks[m].pos in ("ADJF", "PRTF"):
        found = found or lemma_of(toks[m]) in words
        m -= 1
    if not found:
        return False
    change = lex.word_list("measure_change_verbs")
    # ("ЄС продовжив чинні санкції", "вирішили не продовжувати діючі обмеження")
    if m >= sent.lo and (_finite(toks[m]) or toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())) and \
            lemma_of(toks[m]) in change:
        return False
    # ("Чинні санкції продовжили до липня": the fronted object, then its verb)
    hi = sent.clause_of(k)[1]
    verb = next((x for x in range(k + 1, hi) if _finite(toks[x])), None)
    return verb is None or lemma_of(toks[verb]) not in change
