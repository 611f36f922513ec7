"""Money paid for work done ("Підрядники отримують кошти за роботи", "Компанія отримає мільйон
гривень за послуги з охорони", "фірма отримала гроші за допомогу з налаштуванням мережі"): a
party that earns a fee is paid by a customer, and no one gives it aid. A receiving or giving
verb whose clause names, after "за", the work or service paid for (`paid_work` in
lang/uk/events.yaml: forms in the accusative, so "за допомогою МВФ", with the help of, and "за
рахунок активів", the source of the funds, keep the aid) tells a business payment, no aid
between parties. "Допомога" is paid for only when what it helped with follows ("за допомогу з
запуском"); bare "дякую за допомогу" thanks for aid given.
"""
from __future__ import annotations

from ....document import Document
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

# how far after the trigger the "за" of the work paid for may stand ("отримає 1,3 млн євро за")
REACH = 8
# what the aid helped with, after "допомогу" ("за допомогу з запуском", "у будівництві")
_WITH = ("з", "із", "зі", "у", "в", "під")


def paid_for_work(lex: Lexicon, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
    """The verb trigger of aid at k has, later in its clause, "за" and the work paid for; or
    the trigger is that work itself ("за допомогу з запуском") after a verb of being paid."""
    toks = doc.tokens
    if type_ != "AID" or "за" not in {toks[m].norm for m in range(sent.lo, sent.hi)}:
        return False
    lo, hi = sent.clause_of(k)
    if toks[k].pos == "VERB":
        return any(_work_after(lex, doc, m, hi) is not None
                   for m in range(k + 1, min(hi, k + REACH + 1)) if toks[m].norm == "за")
    paying = lex.word_list("paying_verbs")
    for m in range(k - 1, lo - 1, -1):
        if toks[m].norm == "за":
            return _work_after(lex, doc, m, hi) == k and any(
                toks[v].pos == "VERB" and lemma_of(toks[v]) in paying for v in range(max(lo, m - REACH), m))
        if toks[m].pos not in ("ADJF", "PRTF"):
            return False
    return False


def _work_after(lex: Lexicon, doc: Document, at: int, hi: int) -> int | None:
    """The position of the work paid for after the "за" at `at`, or None."""
    toks, work = doc.tokens, lex.word_list("paid_work")
    n = at + 1
    while n < hi and toks[n].pos in ("ADJF", "PRTF") and toks[n].norm not in work:
        n += 1          # "за виконані роботи", "за надані послуги"
    if n >= hi or toks[n].norm not in work:
        return None
    if toks[n].norm == "допомогу" and not (n + 1 < hi and toks[n + 1].norm in _WITH):
        return None
    return n
