"""A trigger word used in the sense of another field ("Футболісти пішли в наступ у другому
таймі", "атака на ворота суперника", "УЄФА запровадила санкції проти клубу", "суд застосував
санкції до відповідача"): sport and civil courts speak of attacks, offensives and sanctions too,
and a reader of a chronicle of statecraft finds no strike or state sanction in them. The words of
such a field in the sentence tell the sense; they are data per type (`<type>_other_senses` in
lang/uk/events.yaml, lemmas or forms), chosen so that war news does not use them of itself
("стадіон" or "клуб" may be struck and stay out of the strike list).
"""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon
from .sentence_view import SentenceView


def other_sense(lex: Lexicon, doc: Document, sent: SentenceView, type_: str) -> bool:
    """The sentence holds a word of a field where a trigger of `type_` has another sense."""
    words = lex.word_list(f"{type_.lower()}_other_senses")
    return not words.isdisjoint(sent.lemma_set)
