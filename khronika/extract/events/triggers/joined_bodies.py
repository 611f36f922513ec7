""""Фінляндія вступила до НАТО": the body a state joins, named right after the verb's preposition.

A state's entry into an alliance or a union is told by "вступити до/в" with the body's name
next ("до НАТО", "до Європейського Союзу", "в ОДКБ"); the same verb with anything else between
joins nothing ("вступила у переговори з НАТО", "вступив до університету", "вступили в бій").
The trigger is the verb alone, so the body stays a name among the event's parties. Words are
data (`joined_prepositions`, contexts.alliances in events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.phrase_heads import head_after
from ..grammar.sentence_view import SentenceView, lemma_of

# adjectives of the body's name that may stand before its noun ("до Північноатлантичного альянсу")
_WINDOW = 3


def into_noun(lex, doc: Document, sent: SentenceView, j: int, name: str) -> bool:
    """Token j is a preposition of `joined_prepositions` and the first noun after it, past
    adjectives, is a word of contexts.NAME."""
    if j >= sent.hi or doc.tokens[j].norm not in lex.word_list("joined_prepositions"):
        return False
    words = lex.contexts.get(name, frozenset())
    found = head_after(doc, sent, j, _WINDOW, ("ADJF", "PRTF"))
    if found is None:
        return False
    t, nouns = found
    return t.norm in words or lemma_of(t) in words or any(p.normal_form in words for p in nouns)
