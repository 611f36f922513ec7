"""A happening named by a noun in a heading: "Обстріл Харкова: двоє загиблих", "Напад на
Курахове: ворог задіяв бронетехніку", "Засідання РНБО: ухвалено нові санкції", or a title
line with no stop, "Візит канцлера до Києва", that opens a report. A heading names what the text goes on to
tell, so its head noun is anchored as a verb would anchor it ("відбувся напад"); the same
noun in running text ("з початку нападу") still needs a predicate. Read by
`trigger_needs.anchored` for the `anchor` and `anchor_*` needs.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.sentence_view import SentenceView, lemma_of
from ..grammar.clauses import _cases
from ..arguments.states import home_entity

# a heading is short: a head noun and its few modifiers
HEADING_WORDS = 8
_VERBAL = ("VERB", "INFN", "GRND")


def _colon(doc: Document, sent: SentenceView) -> int | None:
    """The colon that ends a heading opening the sentence, if any."""
    return next((m for m in range(sent.lo, min(sent.hi, sent.lo + HEADING_WORDS + 1))
                 if doc.tokens[m].norm == ":"), None)


def heading_striker(lex, doc: Document, sent: SentenceView, cand, k: int) -> None:
    """"Атака на Суми: ворог застосував дрони", "Обстріл Сум: окупанти не зупиняються", "Атака
    на Ізраїль: Іран випустив 200 ракет": a party named only after the heading's colon, as the
    subject that opens the story (its first word, in the nominative), is the one who strikes,
    not one struck. Moves it from the heading strike's recipients to its actors; the home side
    ("Атака на Київ: Україна втратила ...") stays where it is."""
    colon = _colon(doc, sent)
    if cand.type != "ASSAULT" or colon is None or k >= colon or colon + 1 >= sent.hi:
        return
    toks = doc.tokens
    at, first = toks[colon].start, toks[colon + 1]
    home = (lex.home or {}).get("id")
    if "nomn" not in _cases(first.text):
        return
    # the adversary told by a word, not a name ("ворог", "окупанти": sides.adversary_words)
    words = lex.word_list("adversary_words")
    adv = home_entity(doc, lex, lex.adversary) if lex.adversary and lemma_of(first) in words else None
    # an adversary's word before the colon too: the adversary told there keeps its side
    adv_before = any(lemma_of(toks[m]) in words for m in range(sent.lo, colon))
    for x in list(cand.recipients):
        spans = [a for a in sent.args if a.entity == x]
        if x == home or any(a.start < at for a in spans) or adv_before and x == adv:
            continue
        if not (x == adv or (spans and min(a.start for a in spans) == first.start)):
            continue
        cand.recipients.remove(x)
        if x not in cand.actors:
            cand.actors.append(x)


def heading_head(lex, doc: Document, sent: SentenceView, k: int) -> bool:
    """Token k is the first noun of a verbless heading: the words before a colon that opens
    the sentence, or the document's first line when no stop ends it (a title)."""
    toks = doc.tokens
    if any(toks[m].norm == "?" for m in range(sent.lo, sent.hi)):
        return False        # "Кредит від МВФ: міф чи реальність?" asks, tells nothing
    colon = _colon(doc, sent)
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
