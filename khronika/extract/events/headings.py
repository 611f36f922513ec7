"""A happening named by a noun in a heading: "Обстріл Харкова: двоє загиблих", "Напад на
Курахове: ворог задіяв бронетехніку", "Засідання РНБО: ухвалено нові санкції", or a title
line with no stop, "Візит канцлера до Києва", that opens a report. A heading names what the text goes on to
tell, so its head noun is anchored as a verb would anchor it ("відбувся напад"); the same
noun in running text ("з початку нападу") still needs a predicate. Read by
`trigger_needs.anchored` for the `anchor` and `anchor_*` needs.
"""
from __future__ import annotations

from ...document import Document
from .sentence_view import SentenceView

# a heading is short: a head noun and its few modifiers
HEADING_WORDS = 8
_VERBAL = ("VERB", "INFN", "GRND")


def heading_head(lex, doc: Document, sent: SentenceView, k: int) -> bool:
    """Token k is the first noun of a verbless heading: the words before a colon that opens
    the sentence, or the document's first line when no stop ends it (a title)."""
    toks = doc.tokens
    if any(toks[m].norm == "?" for m in range(sent.lo, sent.hi)):
        return False        # "Кредит від МВФ: міф чи реальність?" asks, tells nothing
    colon = next((m for m in range(sent.lo, min(sent.hi, sent.lo + HEADING_WORDS + 1))
                  if toks[m].norm == ":"), None)
    if colon is not None and k < colon:
        lo, hi = sent.lo, colon
    elif sent.index == 0 and toks[sent.hi - 1].is_word:
        lo, hi = sent.lo, sent.hi     # a title line: no stop ends it
    else:
        return False
    words = [toks[m] for m in range(lo, hi) if toks[m].is_word]
    if not words or len(words) > HEADING_WORDS or any(t.pos in _VERBAL for t in words):
        return False
    # ("Санкційних пакетів недостатньо: ..." says how things stand, it heads no report)
    if any(t.norm in lex.word_list("stance_predicatives") for t in words):
        return False
    # the head: no noun before the trigger ("Ракетний удар по Дніпру", "Зустріч Сибіги та Фідана")
    return not any(toks[m].pos == "NOUN" and toks[m].text[:1].islower() for m in range(lo, k))
