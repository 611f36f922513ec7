"""Whether a condition opens a later clause of a sentence ("..., якщо Росія відведе війська",
"..., лише за умови ..."): read by the status of a plan told before it
(`trailing_conditions`) and by the readiness that becomes an offer (`sentence_view`). Kept
apart from both so that neither imports the other."""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon

_CLAUSE_EDGES = (",", "–", "—", "-", ":")


def condition_after(doc: Document, k: int, hi: int, lex: Lexicon) -> bool:
    """Whether a condition opens a clause between token k and the sentence end hi: after a
        comma or a dash, or after "лише"/"тільки" (`condition_restrictors`); not after "а" or
        "і", which open a new coordinated statement ("..., а якщо їх не вистачить, ..."); a
        condition told by a noun phrase ("за умови реформ", `phrasal_conditions`) needs neither."""
    toks = doc.tokens
    markers = lex.word_list("conditional_markers") - lex.word_list("consequence_markers")
    frames = lex.word_list("framing_conditionals")
    restrictors = lex.word_list("condition_restrictors")
    breaks = lex.word_list("condition_breaks")
    for m in range(k, hi):
        one = toks[m].norm
        if one in breaks:
            return False    # ("оберуть захід або ж, у разі ухиляння, оголосять у розшук")
        two = f"{one} {toks[m + 1].norm}" if m + 1 < hi else ""
        if two in lex.word_list("phrasal_conditions"):
            return True     # ("кредит за умови проведення реформ": a condition in a noun phrase)
        if one not in markers and two not in markers:
            continue
        if two in frames:
            continue
        # ("..., якщо ...", "лише за умови ...": a restrictor marks the condition on its own)
        if (m - 1 >= k and toks[m - 1].norm in restrictors) or \
                (m - 1 >= 0 and toks[m - 1].norm in _CLAUSE_EDGES):
            return True
    return False
