"""The word a preposition's phrase turns on: the first word after it that is no modifier.

"до Північноатлантичного альянсу", "із зернової угоди": a need that asks what a preposition
governs looks past the adjectives (numbers, pronouns) before the noun, and stops at
punctuation, where the phrase has ended."""
from __future__ import annotations

from ....document import Document, Token
from ...morph import parses
from .sentence_view import SentenceView


def head_after(doc: Document, sent: SentenceView, j: int, window: int,
               modifiers: tuple[str, ...]) -> tuple[Token, list] | None:
    """The first word within `window` after token j whose readings include a noun or are not
    all of the parts of speech `modifiers`, with its noun readings; None when punctuation or
    the window's end comes first."""
    for k in range(j + 1, min(sent.hi, j + 1 + window)):
        t = doc.tokens[k]
        if not t.is_word:
            return None
        readings = parses(t.text)
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        if not nouns and any(p.tag.POS in modifiers for p in readings):
            continue
        return t, nouns
    return None
