""""СБУ заявила, що за атакою стоять спецслужби Росії": an act laid at a party's door.

Attribution of an attack, a blast or a poisoning is told as who "стоїть за" it: the verb with
"за" and the act's noun right before or right after it ("за атакою стоять", "стоїть за цим
нападом"). That is an accusation, and its subject is the one accused (`behind_verbs`, read by
the role grammar). "За будинком стоїть сарай" stands behind no act, "стоїмо за мир" backs a
cause: only the acts named count (`blamed_acts` in events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import SentenceView, lemma_of

# words between "за" and the act's noun ("за цим масованим нападом")
_MODIFIERS = ("ADJF", "PRTF", "NPRO")
REACH = 2
# how far before the verb "за" may stand ("за атакою на сайти двох міністерств стоять")
BEFORE_REACH = 8


def _act_at(lex, doc: Document, k: int, hi: int) -> int | None:
    """The index after an act noun that starts, past up to REACH modifiers, at k; else None."""
    words = lex.contexts.get("blamed_acts", frozenset())
    for m in range(k, min(hi, k + REACH + 1)):
        t = doc.tokens[m]
        if lemma_of(t) in words:
            return m + 1
        if t.pos not in _MODIFIERS:
            return None
    return None


def behind_act(lex, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """"за" + an act noun right after the verb (i..j), or before it with only the act's own
    phrase between ("за атакою на сайти міністерств стоять": no comma, no other verb)."""
    toks = doc.tokens
    if j < sent.hi and toks[j].norm == "за" and _act_at(lex, doc, j + 1, sent.hi) is not None:
        return True
    for k in range(i - 1, max(sent.lo, i - BEFORE_REACH) - 1, -1):
        t = toks[k]
        if not t.is_word or t.pos in ("VERB", "INFN", "GRND", "CONJ"):
            return False
        if t.norm == "за" and _act_at(lex, doc, k + 1, i) is not None:
            return True
    return False
