"""The word a preposition's phrase turns on: the first word after it that is no modifier.

"до Північноатлантичного альянсу", "із зернової угоди": a need that asks what a preposition
governs looks past the adjectives (numbers, pronouns) before the noun, and stops at
punctuation, where the phrase has ended. `frame_start` reads the other way: the frame
preposition ("на", "під час") a meeting noun stands under, over its modifiers."""
from __future__ import annotations

from ....document import Document, Token
from ...morph import parses
from ..lexicon.compiled import Lexicon
from .clauses import _cases
from .governing import past_modifiers, preposition_ending
from .sentence_view import SentenceView

MODIFIER_POS = ("ADJF", "PRTF", "NPRO")


def frame_start(lex: Lexicon, toks: list[Token], i: int, lo: int) -> int | None:
    """The first token of the frame preposition (`frame_prepositions`) the noun at i stands
    under, over its modifiers: a two-word one ("під час зустрічі"), or a one-word one with the
    noun in the locative ("на черговому саміті"; "на саміт" is where to); None otherwise."""
    m = past_modifiers(toks, i, lo, MODIFIER_POS)
    frames = lex.word_list("frame_prepositions")
    start = preposition_ending(toks, m, lo, frames, single=False)
    if start is None and m >= lo and toks[m].norm in frames and "loct" in _cases(toks[i].text):
        return m
    return start


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
