"""The body a clause names as it hands over to a quote with a colon but no speech verb ("У
фракції «Батьківщина» звільнення не підтримали: «...»"): that body speaks, not the one who
spoke last. A clause whose own subject is no one ("Опозиція виступила проти: «...»") gives
the words to no one. Any other lead leaves the quote to the usual fallbacks."""
from __future__ import annotations

from ...document import Document, Token
from ...kb.base import get_kb
from .lexicon import Lexicon, finite_third, tokens_in
from .referred_speakers import person_noun


def lead_subject(doc: Document, lex: Lexicon, resolver, pos: int) -> str | None:
    """The body the colon clause before the mark at `pos` makes speak: with a plural verb, as
    news names a body where it speaks ("У фракції «Батьківщина» ... не підтримали:", "У
    Кремлі ... відреагували:"), or as the subject that opens the clause, whatever its verb
    ("Міністерство оборони виступило проти: «...»": a stance told before the words is the
    body's, as "заявило:" would be); a person who opens the clause, after his title or not
    ("Суддя Сергій Агафонов відхилив клопотання: «...»"); None when no such clause stands
    before the mark. A pronoun, or a singular verb whose body or person stands elsewhere in
    the clause, is left to the usual reading: in a story "вона у листі увиразнює свою
    позицію:" names others nearby too."""
    region = _colon_clause(doc, lex, pos)
    if region is None:
        return None
    words = [t for t in tokens_in(doc, *region) if t.is_word]
    verb = next((t for t in words if finite_third(t)), None)
    if verb is None:
        return None
    found = resolver.in_region(region[0], region[1], verb)
    ent = doc.entities.get(found) if found else None
    if ent is not None and ent.type == "PER":
        # "Суддя Сергій Агафонов відхилив клопотання: «...»": the person the clause opens
        # with, his title before his name, speaks; a plural verb of several people ("Депутати
        # Марія Петренко та Іван Коваль голосували проти:") names no one of them
        return found if verb.number != "plur" and _opening_subject(
            doc, words, verb, found, titled=True) else None
    if ent is None or ent.type not in ("ORG", "LOC"):
        return None
    if verb.number != "plur" or ent.type == "LOC":
        # a state only as the subject that opens the clause ("Угорщина виступила проти:"),
        # never where a body is ("У Кремлі ... відреагували:" names the body, "у Польщі" a place)
        return found if _opening_subject(doc, words, verb, found) and _state_or_body(ent) else None
    return found


def _state_or_body(ent) -> bool:
    """A body, or a state itself: a town is no subject that speaks ("Київ відповів" is left to
    the usual reading)."""
    return ent.type == "ORG" or get_kb().is_country(ent.id)


def _opening_subject(doc: Document, words: list[Token], verb: Token, entity: str,
                     titled: bool = False) -> bool:
    """Whether the name opens the clause and ends before its verb, nothing but particles,
    conjunctions or adverbs before it ("А Міністерство оборони виступило проти:"): the subject
    of the verb, not a name beside another subject. A person's title may stand before his
    name (`titled`: "Суддя Сергій Агафонов", "Голова комітету Роксолана Підласа"), with no
    preposition or verb in it ("У суді Агафонов"). A second finite verb may have a subject of
    its own ("Міністерство виступило проти, але Президент наполіг:")."""
    if sum(1 for t in words if t.pos == "VERB" and "infn" not in t.tags) > 1:
        return False
    for m in doc.mentions:
        if m.entity != entity or not (words[0].start <= m.start and m.end <= verb.start):
            continue
        before = [t for t in words if t.start < m.start]
        if all(t.pos in ("CONJ", "PRCL", "ADVB") for t in before):
            return True
        if titled and before[0].text[:1].isupper() and before[0].pos in ("NOUN", "ADJF") \
                and before[0].case in ("nomn", None) and not any(
                    t.pos in ("PREP", "VERB") for t in before) \
                and "," not in doc.text[before[0].start:m.start]:
            return True
    return False


def lead_of_other_subject(doc: Document, lex: Lexicon, resolver, pos: int) -> bool:
    """Whether the colon clause before the mark at `pos` has a subject of its own that is
    no one who speaks: a thing or a group the text names no entity for ("Опозиція виступила
    проти: «...»", "Ситуація складна: «...»"). Its words then are nobody's the text names,
    not the last speaker's. A person's noun ("Президент додав:"), a pronoun ("Він
    наголосив:"), a name, the words themselves ("Відповідь була короткою:") or no subject at
    all ("За його словами:", "І далі:") leave the quote to the usual fallbacks."""
    region = _colon_clause(doc, lex, pos)
    if region is None:
        return False
    words = [t for t in tokens_in(doc, *region) if t.is_word]
    subject = _subject(lex, words)
    if subject is None or subject.pos != "NOUN" or person_noun(subject) or \
            subject.lemma in lex.caption_nouns:
        return False
    if any(m.start < region[1] and region[0] < m.end for m in doc.mentions):
        return False            # a name in the clause may be who speaks: the usual reading
    return resolver.in_region(region[0], region[1], None) is None


def _colon_clause(doc: Document, lex: Lexicon, pos: int) -> tuple[int, int] | None:
    """The sentence's words before the colon that opens the quote at `pos`."""
    if not doc.sentences:
        return None
    sent = doc.sentences[doc.sentence_at(pos)]
    k = pos
    while k > sent.start and (doc.text[k - 1].isspace() or doc.text[k - 1] in lex.openers):
        k -= 1
    if k <= sent.start or doc.text[k - 1] != ":":
        return None
    return sent.start, k - 1


def _subject(lex: Lexicon, words: list[Token]) -> Token | None:
    """The first noun in the nominative outside a prepositional phrase, before the clause's
    first finite verb ("Ця ситуація складна:" past its demonstrative); None when the verb,
    the end or a person's pronoun comes first (a pronoun's thing is that person's)."""
    in_phrase = False
    for t in words:
        if t.pos == "VERB" and "infn" not in t.tags:
            return None
        if t.pos == "PREP":
            in_phrase = True
            continue
        if t.pos == "NPRO" and t.lemma in lex.owner_pronouns:
            return None         # "Він наголосив:", "Його позиція незмінна:": someone's
        if t.pos == "NOUN" and t.case == "nomn" and not in_phrase:
            return t
        if t.pos == "NOUN":
            in_phrase = False   # "У Раді ситуація складна:": the phrase ends with its noun
    return None
