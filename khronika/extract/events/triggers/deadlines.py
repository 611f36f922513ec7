"""A term given to a party: "Трамп дав Росії 50 днів, щоб погодитися на перемир'я", "дав
Путіну два тижні на рішення". The verb "дати" is an ultimatum only when its dative is a named
party and its object a span of time; "дав громадянам 30 днів" names no party, "дав Україні 2
млрд" gives money, and "дав Росії шанс" no term."""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView, lemma_of

# words a term's count may be ("50", "два", "кілька")
_COUNT_POS = ("NUMR",)


def deadline_party(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """Right after the verb (ending at `j`): a name in the dative, then a count and a unit of
    `deadline_units` ("Росії 50 днів", "Путіну два тижні", "Ірану тиждень")."""
    toks = doc.tokens
    units = lex.contexts.get("deadline_units", frozenset())
    k, named = j, False
    while k < sent.hi:
        t = toks[k]
        arg = next((a for a in sent.args if a.start <= t.start < a.end and a.kind != "pronoun"), None)
        if arg is None:
            break
        if "datv" not in _cases(t.text):
            return False
        named = True
        k += 1
        while k < sent.hi and toks[k].start < arg.end:
            k += 1
    if not named or k >= sent.hi:
        return False
    t = toks[k]
    if lemma_of(t) in units or t.norm in units:
        return True       # "дав Ірану тиждень"
    if not (t.text[:1].isdigit() or any(p.tag.POS in _COUNT_POS for p in parses(t.text))):
        return False
    return k + 1 < sent.hi and (lemma_of(toks[k + 1]) in units or toks[k + 1].norm in units)
