"""The dash that stands for a verb left out ("Польща передала 10 танків, Чехія — 20 гаубиць",
"вдарили по Харкову, а вночі – по Одесі"): both the gapped gifts (gapped_givers.py) and the
gapped strikes (gapped_strikes.py) look for it the same way, a few words after the comma or
conjunction that opens the gap, with no verb or comma between (either would make the words a
clause of their own or a list). Each reader passes how far it looks.
"""
from __future__ import annotations

from ....document import Document
from .clauses import _finite
from ..lexicon.compiled import Lexicon
from .sentence_view import SentenceView


def gap_dash(lex: Lexicon, doc: Document, sent: SentenceView, m: int, reach: int) -> int | None:
    """The first dash after token m (the gap's opening word) and before m + reach, when the
    words up to it hold no finite verb and no comma; else None."""
    toks = doc.tokens
    dashes = lex.word_list("visit_line_dashes")
    dash = next((d for d in range(m + 1, min(sent.hi - 1, m + reach)) if toks[d].norm in dashes), None)
    if dash is None or any(_finite(toks[x]) or toks[x].norm == "," for x in range(m + 1, dash)):
        return None
    return dash
