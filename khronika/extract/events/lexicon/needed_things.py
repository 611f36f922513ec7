"""What a speaker says is needed ("Нам потрібні нові санкції", "Потрібна зустріч лідерів",
"Необхідні жорсткіші обмеження проти агресора"): the need word is the request (REQUEST, found
by `asked_parties.need_request`), and the noun it predicates, in the nominative in its clause,
is the thing asked for. No sanction or meeting took place by being needed, as none does by
being called for ("закликав до нових санкцій"). A happening told beside the need in another
case or clause ("Після удару по Харкову потрібні нові системи ППО") is a happening of its own.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.ties import tie_of
from .compiled import Lexicon
from ..grammar.sentence_view import SentenceView, lemma_of

NEED_POS = ("ADJF", "ADJS", "PRTF")


def needed_thing(lex: Lexicon, find, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
    """The trigger noun at k, of a type other than a request, is the nominative subject of a
    need adjective that makes a request in the same clause."""
    toks = doc.tokens
    if lex.need_words.isdisjoint(sent.lemma_set):
        return False        # (most sentences name no need: one set lookup)
    if type_ == "REQUEST" or toks[k].pos != "NOUN" or "nomn" not in _cases(toks[k].text):
        return False
    if tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions")).prep is not None:
        return False
    lo, hi = sent.clause_of(k)
    for m in range(lo, hi):
        t = toks[m]
        if m != k and t.pos in NEED_POS and (lemma_of(t) in lex.need_words or t.norm in lex.need_words) \
                and find.need_request(doc, sent, m):
            return True
    return False
