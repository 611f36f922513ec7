"""A happening told in a relative clause on a noun of a scenario: "Сценарій, за якого Росія
атакує Польщу, експерти вважають малоймовірним", "варіант, при якому Захід надасть літаки",
"у випадку, в якому Китай нападе на Тайвань". The clause tells what would happen if the
scenario came true; nothing is reported as done or going on (status `conditional`). The nouns
are data (`scenario_nouns` in lang/uk/events.yaml); the relative word is "який" in any form,
after a preposition or none, or "коли" ("до випадку, коли Росія вдарить": `when_relatives`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite, lemma_of_tok
from ..lexicon.compiled import Lexicon

# how far before the comma the scenario noun may stand ("сценарій повномасштабної війни, за якого")
_REACH = 4


def in_scenario(doc: Document, trig_i: int, lo: int, lex: Lexicon) -> bool:
    """The trigger at token trig_i stands in a relative clause (from `lo`, its sentence's first
    token) whose antecedent is a scenario noun, with no other finite verb before it there."""
    toks = doc.tokens
    nouns = lex.word_list("scenario_nouns")
    when = lex.word_list("when_relatives")
    for m in range(trig_i - 1, lo, -1):
        t = toks[m]
        if _finite(t):
            return False
        if lemma_of_tok(t) != "який" and t.norm != "який" and t.norm not in when:
            continue
        comma = m - 1 if toks[m - 1].norm == "," else m - 2 if m - 2 >= lo and toks[m - 2].norm == "," and \
            toks[m - 1].pos == "PREP" else None
        if comma is None:
            return False
        return any(lemma_of_tok(toks[k]) in nouns for k in range(max(lo, comma - _REACH), comma))
    return False
