"""Concern voiced over another party's act: "МЗС висловило занепокоєння навчаннями Росії та
Білорусі", "Словаччина висловила стурбованість планом ЄС". A reproach (ACCUSE) only when what
troubles the speaker is an act (`concern_acts`) and its doer is named in that phrase:
"занепокоєння ситуацією в Газі", "стурбованість станом здоров'я" blame no one."""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _can_be
from ..grammar.sentence_view import SentenceView, lemma_of

# how far after the trigger the act noun may stand ("стурбованість останніми масштабними навчаннями")
WINDOW = 5
# how far after the act noun its doer may be named ("навчаннями армій Росії та Білорусі")
DOER_WINDOW = 4


def concerned_act(lex, doc: Document, sent: SentenceView, j: int) -> bool:
    """After the concern words (ending at `j`): an act noun in the instrumental, or after a
    preposition of cause ("щодо", "через"), with a named party before it as its adjective
    ("російськими навчаннями") or after it in its phrase ("навчаннями Росії")."""
    return bool(concern_doers(lex, doc, sent, j))


def concern_doers(lex, doc: Document, sent: SentenceView, j: int) -> list[str]:
    """The parties named in the act phrase after the concern words (ending at `j`): whom the
    concern reproaches. The phrase ends at a verb, a preposition or punctuation ("постачанням
    іранських ракет до Росії": Iran; "планом ЄС відмовитися від газу": the EU)."""
    toks = doc.tokens
    acts = lex.contexts.get("concern_acts", frozenset())
    causes = lex.word_list("concern_cause_prepositions")
    k, case = j, "ablt"
    if k < sent.hi and toks[k].norm in causes:
        k, case = k + 1, "gent"
    first = k
    while k < min(sent.hi, j + WINDOW):
        t = toks[k]
        if t.pos == "NOUN" and t.is_word and not t.text[:1].isupper():
            if lemma_of(t) not in acts or not _can_be(t, case):
                return []
            out: list[str] = []
            for m in range(first, min(sent.hi, k + 1 + DOER_WINDOW)):
                w = toks[m]
                if m > k and (not w.is_word or w.pos in ("VERB", "INFN", "PREP", "GRND") or
                              (w.pos == "CONJ" and w.norm not in ("та", "і", "й"))):
                    break
                for a in sent.args:
                    if a.start <= w.start < a.end and a.kind != "pronoun" and a.entity not in out:
                        out.append(a.entity)
            return out
        if t.pos not in ("ADJF", "PRTF", "NUMR") and not any(a.start <= t.start < a.end for a in sent.args):
            return []
        k += 1
    return []
