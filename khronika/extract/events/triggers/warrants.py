"""A warrant named without its arrest ("Також ордер видали на Марію Львову-Бєлову", "МКС видав
ордери на Шойгу та Герасимова"): the noun "ордер" is a charge only when it is issued against a
person. A warrant for a flat, a search or a seizure ("ордер на квартиру", "ордер на обшук")
charges no one, so the word after "на" must be a person's name or a word of a person
(`warrant_persons`), past the adjectives before it."""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import SentenceView, lemma_of

# how far after the noun "на" may stand ("ордер видали на ...", "ордери також видали на ...")
WINDOW = 4


def warrant_person(lex, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """After the noun at [i, j), within its clause: "на" and then, past adjectives, a person
    named (a PER mention or role) or a noun of `warrant_persons` ("на російського генерала")."""
    toks = doc.tokens
    lo, hi = sent.clause_of(i)
    words = lex.contexts.get("warrant_persons", frozenset())
    people = [(a.start, a.end) for a in sent.args if (a.etype or "") == "PER"]
    for k in range(j, min(hi, j + WINDOW)):
        if toks[k].norm != "на":
            continue
        for m in range(k + 1, min(hi, k + 4)):
            t = toks[m]
            if any(a <= t.start < b for a, b in people) or lemma_of(t) in words:
                return True
            if not t.is_word or t.pos not in ("ADJF", "PRTF"):
                return False
        return False
    return False
