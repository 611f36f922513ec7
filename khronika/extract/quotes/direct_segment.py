"""A direct quote before attribution (`Segment`) and where it stands in its sentence: a
sentence of its own, or words of the sentence before its opening mark. Its own module because
the scan (`quote_marks`), the attribution (`direct_attribution`) and the assembly (`direct`)
all build or read segments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..timex.calendar import CLOCK_WRITTEN


@dataclass(slots=True)
class Segment:
    """A direct quote before attribution. `attr` is the (start, end) of the text that names
    the speaker (after the quote, "– зазначив X", or before it, "Він сказав:"); `group` links
    the paragraphs of one quote or one address."""
    start: int
    end: int
    paragraph: int
    group: int
    attr: tuple[int, int] | None = None
    lead: tuple[int, int] | None = None   # a previous paragraph that introduces the address
    opened: bool = True
    closed: bool = True
    dash: bool = False
    said_by: str | None = None    # an interview turn's speaker, known from the layout
    turn: bool = False
    described: tuple[int, int] | None = None   # an interviewee's role phrase, when no entity
    joined: bool = False          # the speech resumed after an attribution inside the marks
    naming: bool = False          # a word its speaker calls a thing ("назвав це «фарсом»")


_ENDS = frozenset(".!?…\n")


def _standalone(text: str, seg: Segment) -> bool:
    """A quote that is a sentence of its own ("«Солідарність – це щоденна робота»."), not a
    part of a sentence that goes on around it."""
    i = seg.start - 2
    while i >= 0 and text[i] not in _ENDS:
        if not text[i].isspace() and text[i] not in "*_":
            return False
        i -= 1
    j = seg.end + 1
    while j < len(text) and text[j] not in _ENDS:
        if not text[j].isspace() and text[j] not in "*_\"»“":
            return False
        j += 1
    return True


def _opens_inside(text: str, seg: Segment) -> bool:
    """Whether words of its own sentence stand before the quote's opening mark (a live
    blog's clock time, "11:05 «...»", is none)."""
    i = seg.start - 2
    while i >= 0 and text[i] not in _ENDS:
        i -= 1
    before = text[i + 1:max(i + 1, seg.start - 1)]
    return any(c.isalnum() for c in before) and not _CLOCK.fullmatch(before)


_CLOCK = re.compile(rf"\s*{CLOCK_WRITTEN}\s*")
