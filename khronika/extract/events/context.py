"""What the event rules know of the document being read, beyond the document itself: the
lexicon and trigger finder, whether the text speaks in the first person and who its author
is, the quotes by position, and the date a heading line lends to the sentence after it.
It is built fresh for each document (extractor.py), so one document's reading never leaks
into the next.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .lexicon.compiled import Lexicon
from .triggers.finder import TriggerFinder


@dataclass
class DocContext:
    lex: Lexicon
    find: TriggerFinder
    # a statement in the first person outside quotes (speaker.first_person_text)
    first_person_doc: bool = False
    # the author of a first-person address, named in its title (..author.address_author)
    author: str | None = None
    # the author's gender from his first name, found when first needed ("" when unsure)
    author_gender: str | None = None
    # the quote around an offset (spans.FirstHolding over doc.quotes)
    quote_at: Any = None
    # the time of a verbless dated line heading the sentence being read (scan.heading_time)
    heading: Any = None
    # the time the paragraph's story told before an undated sentence (told_time.story_time)
    story: Any = None
    # (place, day) the author last said he is at today (whereabouts.whereabouts)
    whereabouts: Any = None
