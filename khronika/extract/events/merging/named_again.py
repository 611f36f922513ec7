"""A happening a news text names again by its bare noun, and a heading that only names a topic.

News tells one happening in a lead and again in the body. Ukrainian has no article, so the
body takes the happening up with its bare noun: as the topic that opens a sentence ("Засідання
відкрила Каллас", "Візит відбувся напередодні Рамштайну", "Зустріч запланована на п'ятницю"),
or as the frame the sentence opens with ("На нараді обговорили ...", live-blog stamps aside),
or as the cause of the harm told next ("Через атаку пошкоджено дах у Голосіївському районі",
"Унаслідок обстрілу знеструмлено село"). Either one is the happening just told, not another,
though it brings a person who opened it, a district too small for the knowledge base, or
the day of the meeting the lead announced. A noun with a word of another one ("Нова атака",
"Наступна зустріч") or with a partner of its own ("Зустріч з Шольцом") stays apart.

A strike is also taken up by its count in the sentence right after it ("Окупанти обстріляли
Нікополь. За день ворог 12 разів бив по громаді"): the count of the strikes told, with no target
or day of its own, is not a second strike (a count of calls stays apart from one call: talks
are each a happening, a day's shelling of one town is one).

A happening told of states is told again of the people who did it for them ("Україна та
Велика Британія підписали угоду. Документ підписали Зеленський і Стармер у Києві"): the same
verb in the next sentence, whose people all act for the states told and add no party, is that
happening with its signers, not a second one. Where the first telling names people already
("Зеленський зустрівся з Макроном. Сибіга зустрівся з Барро") the second is another happening.

Two more ways the body takes a happening up: as what was repelled ("Окупанти 35 разів атакували
позиції. Воїни відбили всі атаки"), which names the strikes told, not strikes of their own; and
as a decision taking effect ("Британія запровадила санкції. Санкції почнуть діяти наступного
тижня"), which is the sanction or aid decided, carried out on a day of its own, not another one.

A heading of the form "Санкції: що далі" or "Зустріч лідерів: що відомо" names what the text
is about: it counts as a happening only when the text goes on to tell it (its mention merges
with the heading's); alone it is a topic, no event.

`mark_named_again` sets the marks from the tokens (first which candidates a noun tells);
`named_again`, `cause_of_harm`, `repelled`, `counted_again` and `taking_effect` are read by
merging/merge.py, which checks time, status and place itself.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ....lang.uk import load
from ..grammar.clauses import _finite
from .effect_subjects import effect_subject
from ..lexicon.compiled import Lexicon
from ..grammar.names import token_starts

# how many sentences after the mention the bare noun may stand
TOPIC_REACH = 2
# how many words of its own the question after a heading's colon may have ("що відомо")
HEADING_QUESTION_WORDS = 6
# how many words may stand between a verb of repelling and the strike noun ("відбили всі атаки")
REPEL_REACH = 3
# types whose decision can take effect later
EFFECT_TYPES = {"AID", "SANCTION"}


def mark_named_again(lex: Lexicon, doc: Document, cands: list) -> list:
    """Set `told_by_noun` on every candidate whose trigger opens with a noun ("Допомогу буде
    передано", "Пакет включає ...", not "Надасть також снаряди": merging reads it where a bare
    noun can only name a happening told before, while a verb with objects of its own tells one
    more act of the same kind), then `opens_sentence`, `cause_noun` and `heading` on those.
    One pass: both marks find the trigger's token among the same token starts."""
    if not cands:
        return cands
    toks = doc.tokens
    starts = token_starts(doc)
    for c in cands:
        k = bisect_right(starts, c.trig[0]) - 1
        c.told_by_noun = k >= 0 and toks[k].pos == "NOUN"
        if not c.told_by_noun:
            continue
        lo = bisect_left(starts, c.evidence[0])
        hi = bisect_left(starts, c.evidence[1])
        c.opens_sentence = _opens(lex, toks, lo, k)
        c.cause_noun = _after_cause(lex, toks, lo, k)
        c.heading = _topic_heading(lex, toks, lo, hi, k)
        c.repelled = _after_repelling(lex, toks, lo, k)
        c.takes_effect = _taking_effect(lex, toks, k, hi) or effect_subject(lex, toks, k, hi)
        c.taken_part_in = _after_taking_part(lex, toks, lo, k)
    return cands


def _after_repelling(lex: Lexicon, toks, lo: int, k: int) -> bool:
    """A verb of repelling ("відбили", "зупинили", "відбивають") stands up to REPEL_REACH words
    before the strike noun at k, with only its modifiers between ("відбили всі атаки")."""
    verbs = lex.word_list("repelling_verbs")
    for m in range(k - 1, max(lo, k - REPEL_REACH) - 1, -1):
        t = toks[m]
        if t.pos in ("VERB", "INFN", "GRND") or (t.lemma or t.norm) in verbs:
            return (t.lemma or t.norm) in verbs
        if t.pos not in ("ADJF", "PRTF", "NPRO", "NUMR") and not (t.pos == "ADVB" and m == k - 1):
            return False
    return False


def _after_taking_part(lex: Lexicon, toks, lo: int, k: int) -> bool:
    """The noun at k is the gathering someone takes part in ("візьме участь у зустрічі",
    "участь у саміті"): "у"/"в"/"на" right before it (over one modifier), a word of taking part
    ("участь") right before that (over an adverb: "участь особисто у ...")."""
    m = k - 1
    if m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m < lo or toks[m].norm not in ("у", "в", "на"):
        return False
    m -= 1
    if m >= lo and toks[m].pos == "ADVB":
        m -= 1
    return m >= lo and (toks[m].lemma or toks[m].norm) in lex.word_list("taking_part_nouns")


def _taking_effect(lex: Lexicon, toks, k: int, hi: int) -> bool:
    """The noun at k is followed in its sentence by a phrase of coming into force ("набудуть
    чинності", "почнуть діяти", "запрацює")."""
    for phrase in lex.word_list("taking_effect_phrases"):
        words = phrase.split()
        for m in range(k + 1, hi - len(words) + 1):
            first = toks[m]
            if (first.lemma or first.norm) == words[0] and \
                    all(toks[m + 1 + n].norm == w for n, w in enumerate(words[1:])):
                return True
    return False


def _opens(lex: Lexicon, toks, lo: int, k: int) -> bool:
    """The noun at k opens its sentence, after nothing but a time stamp, a preposition that
    frames the clause with it ("На нараді обговорили ...", "Під час зустрічі ...", "Після
    переговорів ...") or whose side is told ("З українського боку переговори вів ...")."""
    words = [t.norm for t in toks[lo:k] if _wordlike(t)]
    if len(words) == 3 and words[0] in ("з", "із", "зі") and words[2] == "боку":
        return True     # "З українського боку переговори вів ...": whose side, then the noun
    return not words or " ".join(words) in lex.word_list("frame_openers")


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


def _same_noun(lemma: str, told: set[str]) -> bool:
    """The bare noun is one the happening was told by, or a word for talks when the happening
    was told by one too ("провели консультації ... З українського боку переговори вів ...")."""
    if lemma in told:
        return True
    talks = _talk_nouns()
    return lemma in talks and bool(told & talks)


@lru_cache(maxsize=1)
def _talk_nouns() -> frozenset[str]:
    return frozenset((load("events") or {}).get("talk_nouns_alike") or ())


def named_again(e, c, dist: int) -> bool:
    """c opens its sentence with the bare noun of a mention of e, told within TOPIC_REACH
    sentences, with no word of another happening and no partner e lacks; the one who acts in
    its clause ("Засідання відкрила Каллас") may be new, and so may anyone when every party of
    e stands in it too ("Обмін став можливим ..." naming both sides and more)."""
    return c.opens_sentence and dist <= TOPIC_REACH and _same_noun(c.lemma, _lemmas(e)) and \
        not (c.distinct or c.aggregate or c.question or c.plural_generic) and \
        (not set(c.recipients) - e.participants(True) or bool(e.participants()) and e.participants() <= c.participants(True))


def taken_part_in(e, c, dist: int) -> bool:
    """c is the bare noun of a gathering someone takes part in ("Зеленський візьме участь у
    зустрічі") within TOPIC_REACH sentences of e, told by the same noun, with no day of its own:
    the meeting told, which its new people join (a gathering has more parties than the first
    telling names, so a new party does not make it another one)."""
    return c.taken_part_in and dist <= TOPIC_REACH and c.lemma in _lemmas(e) and \
        not (c.specific_time or c.distinct or c.aggregate or c.question or c.plural_generic)


def told_partners_only(e, c) -> None:
    """A bare noun named again brings no partner of its own: "«Обмін став можливим ...», –
    зазначив Зеленський" names the exchange told, and whoever its clause seems to add on the
    receiving side (the quote's speaker) took no part in it."""
    known = e.participants(True)
    c.recipients = [x for x in c.recipients if x in known]


def cause_of_harm(e, c, dist: int) -> bool:
    """c is the bare noun of a cause of harm ("Через атаку пошкоджено ...") in the sentence
    after the happening e of its type, with no party e lacks and no day of its own (merging/merge.py
    lets its place be one the knowledge base cannot place, as a district of the city struck)."""
    if not c.cause_noun or dist > 1 or c.specific_time or c.distinct or c.aggregate:
        return False
    return not c.participants() - e.participants(True)


def repelled(e, c, dist: int) -> bool:
    """c is a strike noun repelled ("відбили всі атаки") within TOPIC_REACH sentences of the
    strike e, with no day of its own and no striker e lacks: the strikes told, repelled; the
    defenders it brings are their target."""
    return c.repelled and e.type == "ASSAULT" and dist <= TOPIC_REACH and not c.specific_time and \
        not (c.distinct or c.question) and not set(c.actors) - set(e.actors)


def counted_again(e, c, dist: int) -> bool:
    """c counts strikes ("12 разів бив", "40 штурмових дій") in the sentence after the single
    strike e, by e's striker, with no party, time or place e lacks."""
    return e.type == "ASSAULT" and c.aggregate and not e.aggregate and dist <= 1 and \
        not (c.distinct or c.question) and bool(c.actors) and set(c.actors) <= set(e.actors) and \
        not c.participants() - e.participants(True) and (not c.specific_time or c.time_range == e.time_range) and \
        (not c.place or c.place == e.place)


def done_by_their_people(e, c, dist: int, no_new_party) -> bool:
    """c repeats e's verb in the next sentence; e names states or bodies and no person, c names
    people (persons the knowledge base knows) and no party e lacks (`no_new_party`, merging/merge.py's
    own test, passed in so that this module does not import merging, which imports it)."""
    if dist != 1 or c.lemma != e.lemma or c.told_by_noun or e.told_by_noun or c.distinct or c.aggregate:
        return False
    mine = c.participants()
    return bool(e.participants()) and not any(_person(x) for x in e.participants(True)) and \
        bool(mine) and any(_person(x) for x in mine) and no_new_party(e, c)


def _person(x: str) -> bool:
    """The knowledge base knows x as a person."""
    ent = get_kb().entity(x)
    return ent is not None and ent.type == "PER"


def taking_effect(e, c, dist: int) -> bool:
    """c is the bare noun of a decision of e's type coming into force ("Санкції почнуть діяти
    наступного тижня") within TOPIC_REACH sentences of the decision e told as taken, with no
    party of its own: that decision, whose own day and status stay (merging/merge.py drops c's)."""
    return c.takes_effect and c.told_by_noun and e.type in EFFECT_TYPES and dist <= TOPIC_REACH and \
        e.status in ("occurred", "ongoing") and not c.participants() and not (c.distinct or c.aggregate or c.question)
