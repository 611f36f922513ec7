"""A happening told inside a denial: "У Кремлі спростували, що зустріч відбулася", "Пєсков
заперечив, що Росія атакувала Київ", "МЗС спростувало інформацію про переговори". What a side
denies is told as not having happened, so the reader of the chronicle must not meet it as done:
its status is negated. The denying verb (`denial_verbs`, lemmas) governs the clause its
complementiser opens (`denied_content_openers`: "що", "нібито"), or the noun after "про" of a
report it rejects (`denied_report_nouns`: "інформацію про ..."). A denial itself denied ("не
заперечив, що ...") confirms, and leaves the status to the clause. A denied part in a
happening ("заперечив свою участь у переговорах", "причетність до обстрілів") is no denial
of the happening, which the words take as given: its status stays."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _can_be, lemma_of_tok
from ..lexicon.compiled import Lexicon
from .status_turns import negated

# what may stand between the denying verb and its content: a comma, "те" of "те, що", "про"
_BETWEEN = (",", "те", "про")


def _denial_before(doc: Document, k: int, s_lo: int, lex: Lexicon) -> bool:
    """Whether a denying verb, not itself negated, governs what opens at token k."""
    toks = doc.tokens
    reports = lex.word_list("denied_report_nouns")
    m = k - 1
    while m > s_lo and (toks[m].norm in _BETWEEN or lemma_of_tok(toks[m]) in reports or
                        (toks[m].pos in ("ADJF", "NPRO") and lemma_of_tok(toks[m + 1]) in reports)):
        m -= 1      # ("цю інформацію", "будь-яку інформацію")
    return m >= s_lo and toks[m].pos in ("VERB", "GRND") and \
        lemma_of_tok(toks[m]) in lex.word_list("denial_verbs") and not negated(doc, m, s_lo, lex)


def denied(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """True when the trigger at trig_i stands in what a denial rejects (module docstring)."""
    toks = doc.tokens
    reports = lex.word_list("denied_report_nouns")
    if trig_i - 2 > s_lo and toks[trig_i - 1].norm == "про":
        m = trig_i - 2
        while m > s_lo and m >= trig_i - 4 and toks[m].pos in ("NOUN", "ADJF") and _can_be(toks[m], "gent") and \
                lemma_of_tok(toks[m]) not in reports:
            m -= 1              # "спростувало заяву Росії про атаку": past the report's owner
            #                     (or an indeclinable one: "повідомлення західних ЗМІ")
        if m > s_lo and lemma_of_tok(toks[m]) in reports and _denial_before(doc, m + 1, s_lo, lex):
            return True         # "спростували інформацію про переговори"
    openers = lex.word_list("denied_content_openers")
    turns = lex.word_list("denial_clause_turns")
    for k in range(trig_i - 1, s_lo, -1):
        if toks[k].norm in (";", ":", "–", "—") or (toks[k].norm == "," and toks[k + 1].norm in turns):
            return False        # "..., а потім провели переговори": the denial is behind
        if toks[k].norm in openers:
            if _denial_before(doc, k, s_lo, lex):
                return True
            if toks[k].norm == "що":
                return False    # the nearest "що" opens the trigger's clause: another verb's
    return False
