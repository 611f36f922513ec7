"""Verbless announcements of what comes: "Попереду – звернення до парламенту", "На черзі –
візит до Литви", "У планах – переговори в Токіо". With no verb to give a tense, the opening
word is what says the happening lies ahead (`ahead_openers` of lang/uk/events.yaml), whatever
the tense of the sentences around it; without it a verbless sentence keeps its date's status
("Третє січня – зустріч").
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from .verb_forms import _is_verb, is_infinitive


def announced_ahead(doc: Document, trig_i: int, s_lo: int, lex: Lexicon) -> bool:
    """Whether a noun trigger stands in a sentence that opens (after "а", "ще", "також") with a
    word of what comes and has no finite verb before the trigger."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return False
    k = s_lo
    while k < trig_i and (not toks[k].is_word or toks[k].norm in lex.word_list("ahead_lead_ins")):
        k += 1
    openers = lex.word_list("ahead_openers")
    width = next((w for w in (2, 1) if " ".join(t.norm for t in toks[k:k + w]) in openers), None)
    if width is None or k + width > trig_i:
        return False
    return not any(_is_verb(t) and t.tense and not is_infinitive(t) for t in toks[k + width:trig_i])
