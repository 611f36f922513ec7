"""A happening a news text names again by its bare noun, and a heading that only names a topic.

News tells one happening in a lead and again in the body. Ukrainian has no article, so the
body takes the happening up with its bare noun: as the topic that opens a sentence ("Засідання
відкрила Каллас", "Візит відбувся напередодні Рамштайну", "Зустріч запланована на п'ятницю"),
or as the cause of the harm told next ("Через атаку пошкоджено дах у Голосіївському районі",
"Унаслідок обстрілу знеструмлено село"). Either one is the happening just told, not another,
though it brings a person who opened it, a district too small for the knowledge base, or
the day of the meeting the lead announced. A noun with a word of another one ("Нова атака",
"Наступна зустріч") or with a partner of its own ("Зустріч з Шольцом") stays apart.

A heading of the form "Санкції: що далі" or "Зустріч лідерів: що відомо" names what the text
is about: it counts as a happening only when the text goes on to tell it (its mention merges
with the heading's); alone it is a topic, no event.

`mark_named_again` sets the marks from the tokens; `named_again` and `cause_of_harm` are read by
merging.py, which checks time and status itself.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...document import Document
from .clauses import _finite
from .lexicon import Lexicon

# how many sentences after the mention the bare noun may stand
TOPIC_REACH = 2
# how many words of its own the question after a heading's colon may have ("що відомо")
HEADING_QUESTION_WORDS = 6


def mark_named_again(lex: Lexicon, doc: Document, cands: list) -> list:
    """Set `opens_sentence`, `cause_noun` and `heading` on the noun-told candidates."""
    if not cands:
        return cands
    toks = doc.tokens
    starts = [t.start for t in toks]
    for c in cands:
        if not c.told_by_noun:
            continue
        k = bisect_right(starts, c.trig[0]) - 1
        lo = bisect_left(starts, c.evidence[0])
        hi = bisect_left(starts, c.evidence[1])
        c.opens_sentence = all(not _wordlike(toks[m]) for m in range(lo, k))
        c.cause_noun = _after_cause(lex, toks, lo, k)
        c.heading = _topic_heading(lex, toks, lo, hi, k)
    return cands


def _wordlike(t) -> bool:
    """A token with a letter in it: a time stamp ("12:55") or a dash before a live blog's
    entry is not a word the noun comes after."""
    return any(ch.isalpha() for ch in t.text)


def _after_cause(lex: Lexicon, toks, lo: int, k: int) -> bool:
    """The noun at k follows a preposition of cause ("внаслідок", "через", "в результаті"),
    with at most one adjective between ("внаслідок нічної атаки")."""
    causes = lex.word_list("cause_prepositions")
    m = k - 1
    if m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m < lo:
        return False
    two = f"{toks[m - 1].norm} {toks[m].norm}" if m - 1 >= lo else ""
    return toks[m].norm in causes or two in causes


def _topic_heading(lex: Lexicon, toks, lo: int, hi: int, k: int) -> bool:
    """The noun at k stands before a colon with no finite verb, and the words after the colon
    are a short question ("Удар по Дніпру: що відомо", "Санкції: що далі")."""
    colon = next((m for m in range(k + 1, hi) if toks[m].norm == ":"), None)
    if colon is None or any(_finite(toks[m]) for m in range(lo, colon)):
        return False
    rest = [t for t in toks[colon + 1:hi] if _wordlike(t)]
    return bool(rest) and len(rest) <= HEADING_QUESTION_WORDS and \
        rest[0].norm in lex.word_list("heading_question_words")


def _lemmas(e) -> set[str]:
    return {e.lemma} | {m.lemma for m in e.mentions}


def named_again(e, c, dist: int) -> bool:
    """c opens its sentence with the bare noun of a mention of e, told within TOPIC_REACH
    sentences, with no word of another happening and no partner e lacks; the one who acts in
    its clause ("Засідання відкрила Каллас") may be new."""
    return c.opens_sentence and dist <= TOPIC_REACH and c.lemma in _lemmas(e) and \
        not (c.distinct or c.aggregate or c.question or c.plural_generic) and \
        not set(c.recipients) - e.participants(True)


def cause_of_harm(e, c, dist: int) -> bool:
    """c is the bare noun of a cause of harm ("Через атаку пошкоджено ...") in the sentence
    after the happening e of its type, with no party e lacks and no day of its own (merging.py
    lets its place be one the knowledge base cannot place, as a district of the city struck)."""
    if not c.cause_noun or dist > 1 or c.specific_time or c.distinct or c.aggregate:
        return False
    return not c.participants() - e.participants(True)
