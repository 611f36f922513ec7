"""A word in marks that someone calls a thing: "Зеленський назвав рішення Кремля «нікчемним»".
News quotes the speaker's own word this way, with no speech verb and no colon; the one who
names speaks it. Apart from `direct_attribution` because it reads the verb of naming and the
form of the word, not an attribution's speech verb."""
from __future__ import annotations

import re

from ...document import Document, Token
from ..morph import parses
from .direct_segment import Segment
from .lexicon import Lexicon, finite_third, tokens_in

# words between the verb of naming and the opening mark: its object ("рішення Кремля", "ці
# заяви") and an earlier fragment of a list ("«нікчемними» та «фарсом»")
NAMING_REACH = 5
# a fragment longer than this is a sentence, which the usual reading attributes
FRAGMENT_WORDS = 6

_BREAK = re.compile(r"[.!?…;:,\n]")


def naming_attribution(doc: Document, lex: Lexicon, seg: Segment) -> tuple[tuple[int, int], Token] | None:
    """The words of the sentence up to the verb of naming and that verb, when the
    quote is the word its subject calls something: a closed lower-case fragment of a few
    words, its first word in the instrumental ("«нікчемним»", "«фарсом»", "«неприйнятними
    для України»") or right after "як" ("як «провокацію»"), a finite verb of naming
    (`naming_verbs`; with "як" also `naming_as_verbs`) a few words before the mark in the same
    clause, not denied. A capitalised name in marks ("назвав книгу «Війна за реальність»") is
    a title."""
    text = doc.text
    if not (seg.opened and seg.closed) or not text[seg.start:seg.start + 1].islower():
        return None
    words = [t for t in tokens_in(doc, seg.start, seg.end) if t.is_word]
    if not words or len(words) > FRAGMENT_WORDS or not doc.sentences:
        return None
    start = doc.sentences[doc.sentence_at(seg.start)].start
    before = [t for t in tokens_in(doc, start, seg.start - 1) if t.is_word]
    as_word = bool(before) and before[-1].norm == "як" and not text[before[-1].end:seg.start - 1].strip()
    if not as_word and not any(p.tag.case == "ablt" for p in parses(words[0].text)):
        return None
    # "назвав «нікчемним»" in the instrumental; "охарактеризував як «провокацію»" after "як",
    # which verbs of judging take too ("кваліфікували як «воєнний злочин»")
    verbs = lex.naming_verbs | lex.naming_as_verbs if as_word else lex.naming_verbs
    for k in range(len(before) - 1, max(-1, len(before) - 2 - NAMING_REACH), -1):
        t = before[k]
        if t.pos == "VERB" and t.lemma not in verbs:
            return None     # another clause's verb between them
        if t.lemma not in verbs or not finite_third(t):
            continue
        if _BREAK.search(text, t.end, seg.start - 1) or (k and before[k - 1].norm in lex.negations):
            return None     # "назвав країни, які ...": another clause; "не назвав"
        # the words before the verb name who calls; after it, what is called and whose it is
        # ("У Кремлі назвали заяву Макрона «небезпечною»": not Macron)
        return (start, t.end), t
    return None
