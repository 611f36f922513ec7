"""An open question: a happening told in a clause of "чи" ("не залежить від того, чи
почнуться переговори", "Ми не знаємо, чи відбудеться зустріч", "Чи буде саміт у Женеві?")
is asked about, neither told nor announced: `conditional`, like one under "якщо". The word
opens its clause (at the sentence's start, or after a comma, a dash or a colon); "чи" between
two words joins them ("Україна чи Польща") and "навряд чи" doubts (`doubt_words`)."""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon

_EDGES = (",", "–", "—", ":", "(")


def whether_clause(doc: Document, lo: int, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """Whether the trigger at trig_i stands in a clause opened by a word of
    `whether_markers` (the clause runs from lo; a word opening the sentence counts)."""
    toks = doc.tokens
    words = lex.word_list("whether_markers")
    for m in range(max(lo, s_lo), trig_i):
        if toks[m].norm not in words:
            continue
        if m == s_lo or toks[m - 1].norm in _EDGES:
            return True
    return False
