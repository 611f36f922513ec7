"""A happening only guessed at ("Можливо, вже наступного тижня Росія погодиться на переговори",
"Ймовірно, Росія вже погодилася", "Не виключено, що Угорщина заблокує пакет", "Аналітики не
виключають, що США запровадять санкції", "Москва навряд чи погодиться"): the writer tells it
neither as done nor as announced, and GUIDELINES.md has no status for a guess, so a reader of
the chronicle finds no event in it. Only a guess set off as a parenthesis before the act in its
own stretch of the sentence, a verb of guessing whose "що" clause the act is in, or a doubt
right before it counts ("Росія погодилася на переговори, ймовірно, під тиском Китаю" guesses at
the reason, not the agreement; "Перемир'я можливо, якщо ..." is a predicate, no parenthesis).
The words are data (`guess_words`, `guess_verbs`, `negated_guess_verbs`, `doubt_words`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import SentenceView, lemma_of
from ..lexicon.compiled import Lexicon

# what may stand before a parenthetical guess: the start of a clause or a conjunction
OPENERS = frozenset({",", "–", "—", "-", "(", "і", "й", "та", "а", "але", "проте", "однак", "тож", "що",
                     "де", "коли", "тому"})
# what ends the stretch a guess speaks for
BREAKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})


def _guess_before_comma(lex: Lexicon, toks, g: int, lo: int) -> bool:
    """The word at g, right before a comma, ends a parenthetical guess or is a verb of guessing."""
    t = toks[g]
    if t.pos == "VERB" and (lemma_of(t) in lex.word_list("guess_verbs") or
                            (g - 1 >= lo and toks[g - 1].norm == "не" and
                             lemma_of(t) in lex.word_list("negated_guess_verbs"))):
        return True            # "Аналітики не виключають, що ..."
    words = lex.word_list("guess_words")
    two = f"{toks[g - 1].norm} {t.norm}" if g - 1 >= lo else ""
    if two in words:
        start = g - 1
    elif t.norm in words:
        start = g
    else:
        return False
    return start == lo or toks[start - 1].norm in OPENERS


def guessed(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """A guess before the trigger at k: a doubt in its stretch of the sentence, or a guess (a
    parenthesis or a verb of guessing) right before the nearest comma back, with no other
    break between."""
    toks = doc.tokens
    doubts = lex.word_list("doubt_words")
    m = k - 1
    while m >= sent.lo:
        t = toks[m]
        if t.norm in doubts or (m - 1 >= sent.lo and f"{toks[m - 1].norm} {t.norm}" in doubts):
            return True        # "Москва навряд чи погодиться"
        if t.norm in BREAKS:
            return t.norm == "," and m - 1 >= sent.lo and _guess_before_comma(lex, toks, m - 1, sent.lo)
        m -= 1
    return False
