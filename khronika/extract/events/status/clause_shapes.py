"""The shape of the stretch a trigger stands in: where a parenthetical lets the clause go on,
whether the stretch opens with a relative word or a word of likeness, whether the sentence is a
correlative comparison ("Чим ..., тим ...").

Kept apart from status/clause_status.py: these read the clause's frame, not its predicate, and
the event builder asks for the clause span as well.
"""
from __future__ import annotations

from ....document import Document, Token
from ..lexicon.compiled import Lexicon


def across_parentheticals(toks: list[Token], clause: tuple[int, int], sent: tuple[int, int],
                          lex: Lexicon) -> tuple[int, int]:
    """"Коридори, на жаль, не працювали": a listed parenthetical between commas does not end
    the clause; the clause goes on past it on either side."""
    par = lex.word_list("parentheticals")

    def paren(a: int, b: int) -> bool:     # toks[a:b] is a parenthetical phrase
        return b > a and " ".join(t.norm for t in toks[a:b]) in par

    def comma(k: int) -> bool:
        return not toks[k].is_word and toks[k].norm == ","

    lo, hi = clause
    s_lo, s_hi = sent
    k = lo
    while k <= hi and k < s_hi:        # a parenthetical inside the clause or right after it
        nxt = next((m for m in range(k + 1, min(s_hi, k + 6)) if comma(m)), None) if comma(k) else None
        if nxt is not None and paren(k + 1, nxt):
            hi = max(hi, next((m for m in range(nxt + 1, s_hi)
                               if not toks[m].is_word and toks[m].norm in ",;:–—-"), s_hi))
            k = nxt
        k += 1
    while lo - 1 > s_lo and comma(lo - 1):
        prv = next((m for m in range(lo - 2, max(s_lo, lo - 7) - 1, -1) if comma(m)), None)
        if prv is None or not paren(prv + 1, lo - 1):
            break
        start = next((m + 1 for m in range(prv - 1, s_lo - 1, -1)
                      if not toks[m].is_word and toks[m].norm in ",;:–—-"), s_lo)
        lo = start
    return lo, hi


def _relative_clause(lex: Lexicon, toks: list[Token], lo: int, i: int) -> bool:
    """The trigger's own stretch after the last comma opens with a relative word ("те, чого
    потребуємо", "зброю, яку ми просимо"): it tells a fact about its antecedent, not a
    condition over the sentence."""
    m = i - 1
    while m >= lo and toks[m].is_word:
        m -= 1
    if m < lo or toks[m].norm != "," or m + 1 >= i + 1:
        return False
    first = toks[m + 1]
    if (first.lemma or first.norm) in lex.word_list("relative_pronouns") or \
            first.norm in lex.word_list("relative_pronouns"):
        return True
    return first.norm in lex.word_list("relative_after_antecedent") and m - 1 >= lo and \
        toks[m - 1].norm in lex.word_list("demonstrative_antecedents")


def correlative(lex: Lexicon, doc: Document, lo: int, hi: int) -> bool:
    """"Чим важча сокира, тим точніший удар", "Що швидше Україна отримає допомогу, то більше
    життів ...": a correlative comparison ties one happening to another as a condition does;
    `status_of` marks what it tells conditional, as it does after "якщо"."""
    toks = doc.tokens
    while lo < hi and not toks[lo].is_word:
        lo += 1
    if lo + 1 >= hi or toks[lo].norm not in lex.word_list("correlative_openers") or \
            toks[lo + 1].pos not in ("ADJF", "ADVB"):
        return False
    answers = lex.word_list("correlative_answers")
    return any(toks[x].norm in answers and not toks[x - 1].is_word for x in range(lo + 2, hi))


def _told_as_done(lex: Lexicon, toks: list[Token], lo: int, i: int) -> bool:
    """The trigger's own stretch after the last comma opens with a word of likeness ("як ми
    просимо"): what it tells is done, whatever it is compared with."""
    m = i - 1
    while m >= lo and toks[m].is_word:
        m -= 1
    return m + 1 < i and toks[m + 1].norm in lex.word_list("likeness_words")
