"""A speaker told by how he spoke, in the sentence right before his words: "Міністр був
категоричний. «Жодних поступок агресору не буде»." News often sets a quote after a short
sentence that describes the speaker's manner and has no verb of speech; the subject of that
sentence says the words, not whoever spoke before it. A sentence of anything else ("Погода
була похмурою.", "Зеленський був утомленим.") leaves the quote to the usual readings."""
from __future__ import annotations

from ...document import Document
from .lexicon import Lexicon, lead_sentence, tokens_in
from .referred_speakers import person_noun

# a sentence of manner is short: an office or a name, a copula, the word of manner
_MAX_WORDS = 8


def manner_lead(doc: Document, lex: Lexicon, resolver, pos: int) -> str | None:
    """The speaker a sentence of manner right before the quote at `pos` makes its subject,
    or None. The quote must open its own sentence, and the sentence before must be in the
    same paragraph or the one before."""
    prev = lead_sentence(doc, resolver, pos, " \t«„“\"‹*_—–-")
    if prev is None:
        return None
    words = [t for t in tokens_in(doc, prev.start, prev.end) if t.is_word]
    if not words or len(words) > _MAX_WORDS:
        return None
    manner = next((t for t in words if t.lemma in lex.manner_words or t.norm in lex.manner_words), None)
    verbs = [t for t in words if t.pos == "VERB" and "infn" not in t.tags]
    if manner is None or any(t.lemma not in lex.manner_copulas for t in verbs):
        return None
    # its subject opens it: a name, an office or a pronoun in the nominative, before the word
    # of manner ("Відповідь була категоричною" names no one)
    head = [t for t in words if t.start < manner.start and t.pos != "VERB"]
    if not head or not (resolver._covered(head[0].start, head[-1].end) or any(
            person_noun(t) or (t.pos == "NPRO" and t.case == "nomn" and t.norm in lex.all_pronouns)
            for t in head)):
        return None
    cue = verbs[0] if verbs else manner
    return resolver.resolve((prev.start, prev.end), cue, prev.start, None) or None
