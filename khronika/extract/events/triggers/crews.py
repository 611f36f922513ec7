"""Troops and crews who arrive somewhere come to work there, not to visit: "Бійці ЗСУ прибули до
Херсона", "Підрозділи Сил оборони прибули в Лиман", "Рятувальники прибули на місце удару",
"Прикордонники прибули до пункту пропуску" tell a unit moved or a service at work, while
"Міністр оборони прибув до Херсона" or "Делегація Сенату прибула до Києва" tell a visit (a person
of office or a delegation come to meet). GUIDELINES give troop movements no type of their own,
so such an arrival is no event. The head of the arriving verb's subject tells which: a word of
`troops` or `crew_nouns` in lang/uk/events.yaml. Read by the `!crew_subject` need of the visit
triggers.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import clause_of_trigger
from ..grammar.sentence_view import SentenceView, lemma_of

# how far after the verb its subject's head may stand ("До Херсона прибули бійці ЗСУ")
AFTER_REACH = 4


def crew_subject(lex, doc: Document, sent: SentenceView, i: int) -> bool:
    """The subject of the verb at token i is a unit, troops or a working crew."""
    toks = doc.tokens
    cl = clause_of_trigger(doc, i, i + 1, sent.lo, sent.hi, lex)
    crews = lex.word_list("crew_nouns") | lex.contexts.get("troops", frozenset())
    head = _head(toks, range(cl.lo, i))
    if head is None:
        head = _head(toks, range(i + 1, min(cl.hi, i + 1 + AFTER_REACH)))
    return head is not None and (lemma_of(toks[head]) in crews or toks[head].norm in crews)


def _head(toks, span: range) -> int | None:
    """The first nominative noun of the span that no preposition governs (an adjective standing
    for its noun counts: "Українські військові зайшли"), or None."""
    governed = False
    for m in span:
        t = toks[m]
        if not t.is_word:
            governed = False
            continue
        if t.pos == "PREP":
            governed = True
            continue
        readings = parses(t.text)
        # (a capitalised adjective may be tagged a noun: "Польські прикордонники")
        if t.pos in ("ADJF", "PRTF", "NUMR") or any(p.tag.POS in ("ADJF", "PRTF") for p in readings):
            nxt = toks[m + 1] if m + 1 < len(toks) else None
            if nxt is not None and nxt.is_word and nxt.pos in ("NOUN", "ADJF", "PRTF", "NUMR"):
                continue          # an attribute of the noun after it
            if not governed and any("nomn" in p.tag for p in readings):
                return m          # "військові" standing as its noun
            continue
        if t.pos == "NOUN":
            if not governed and any(p.tag.POS == "NOUN" and "nomn" in p.tag for p in readings):
                return m
            governed = False      # the noun of a prepositional phrase ends it
    return None
