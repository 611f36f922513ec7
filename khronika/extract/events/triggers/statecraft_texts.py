"""Whether a text speaks of statecraft at all: what its first person stands for, and which of
its events with no party a chronicle can keep.

"Я"/"ми" outside quotes was read as the home state wherever no author or quoted speaker named
it: right for a head of state's address printed without a title ("Бажаю здоров'я! Сьогодні я
говорив з ..."), wrong for a blog, a memoir or a story ("Учора ми з друзями зустрілися в
кав'ярні": no state met anyone). A text of statecraft shows itself: it calls the state, its
people or its army its own ("наша держава", "наших захисників"), greets the nation
("Українці!"), names someone who holds office in a state ("говорив з Президентом Польщі"), or
speaks of war, arms, sanctions or a state's offices at all ("відбиваємо атаки ворога",
"потрібні санкції"). A state named, the police, a mayor or a deputy, a weapon or a death are
signs only where the text shows no domestic genre: a report of trade, culture, sport,
science, health, weather, crime or a town's business names states as a firm's, a film's or a
team's ("компанія з Польщі", "фільм про Україну", "матч Україна – Швеція"), tells of a robber's
gun or a gas blast, and its police and courts act at home ("Поліція затримала чоловіка ...
Йому повідомили про підозру"). A text with no sign is of
private life, trade, sport or science:

- its first person, unless an author or a speaker is named, is a private one: its "я" and "ми"
  are nobody's side (build.py);
- its events that name no party ("Клуби домовилися про обмін гравцями", "Банк отримав кредит
  від материнської компанії", "Студенти провели акцію", "Затриманому повідомили про підозру")
  are the words' everyday senses or a step of a private case, no happening of statecraft
  (grounding.py). One with a party named stays.

The words are data (`own_state_nouns`, `nation_addressees`, `statecraft_words` and the war words
of `war_sense_words`, `public_office_words`, `everyday_harm_words`, `domestic_genre_words` and
`domestic_report_words` in lang/uk/events.yaml). Only a text of a few sentences shows its genre: a sentence or two given
alone (a statement quoted by an API call, a test) counts as statecraft, as it always did
(`MIN_SENTENCES`), unless it holds a word of a domestic genre (`domestic_genre_words`: sport,
"клуб", "міськрада") and no sign of statecraft.
"""
from __future__ import annotations

from itertools import compress
from operator import or_

from ....document import Document
from ..arguments.states import country_ids, state_of
from ..grammar.sentence_view import doc_lemmas, doc_norms, doc_words, lemma_of
from ..lexicon.compiled import Lexicon

_OWN = frozenset(("наш", "мій"))
MIN_SENTENCES = 3     # fewer show no genre: the text counts as one of statecraft
DOMESTIC_CUES = 2     # distinct words of a domestic genre that make a longer text that genre's
_KEY = "_statecraft_text"


def statecraft_text(lex: Lexicon, doc: Document) -> bool:
    """True when the text speaks of statecraft (see the module doc), or is too short to tell;
    found once per document and kept in `doc.meta`."""
    known = doc.meta.get(_KEY)
    if known is None:
        if len(doc.sentences) < MIN_SENTENCES:
            known = not _domestic_item(lex, doc) or _strong_signs(lex, doc) or _weak_signs(lex, doc)
        else:
            known = _strong_signs(lex, doc) or (_weak_signs(lex, doc) and not _domestic_report(lex, doc))
        doc.meta[_KEY] = known
    return known


def _strong_signs(lex: Lexicon, doc: Document) -> bool:
    """What only a text of statecraft tells: its own state, the nation greeted, an office holder
    named, a word of war, arms, sanctions or a state's offices."""
    return _own_state(lex, doc) or _greets_nation(lex, doc) or _names_holder(doc) or _statecraft_words(lex, doc)


def _domestic_report(lex: Lexicon, doc: Document) -> bool:
    """`DOMESTIC_CUES` distinct words of a domestic genre (`domestic_genre_words` and
    `domestic_report_words`: trade, culture, sport, science, health, weather, crime and the
    courts, a town's business): a report of that genre, where a state is named as a firm's,
    a film's or a team's ("компанія з Польщі", "фільм про Україну", "матч Україна – Швеція") and
    the police or a mayor act at home."""
    words = lex.word_list("domestic_genre_words") | lex.word_list("domestic_report_words")
    is_word = doc_words(doc)
    found = words.intersection(compress(doc_lemmas(doc), is_word)) | \
        words.intersection(compress(doc_norms(doc), is_word))
    return len(found) >= DOMESTIC_CUES


def _words(lex: Lexicon, doc: Document, name: str) -> bool:
    words = lex.word_list(name)
    is_word = doc_words(doc)
    return not words.isdisjoint(compress(doc_lemmas(doc), is_word)) or \
        not words.isdisjoint(compress(doc_norms(doc), is_word))


def _domestic_item(lex: Lexicon, doc: Document) -> bool:
    """A word of a domestic genre (`domestic_genre_words`: sport, a local council's business): a
    short item with one shows its genre after all ("Вболівальники клубу провели акцію протесту
    біля стадіону"), unless a sign of statecraft is there too."""
    return _words(lex, doc, "domestic_genre_words")


def _own_state(lex: Lexicon, doc: Document) -> bool:
    """"наша армія", "нашої держави", "наших мужніх захисників": a possessive of the first
    person before a word for the state, its people or its forces (adjectives between)."""
    nouns = lex.word_list("own_state_nouns")
    toks = doc.tokens
    lemmas = doc_lemmas(doc)
    # the possessives' tokens picked out in C: most tokens are none
    for k in compress(range(len(toks)), map(or_, map(_OWN.__contains__, lemmas),
                                            map(_OWN.__contains__, doc_norms(doc)))):
        m = k + 1
        while m < len(toks) and m <= k + 3 and toks[m].pos in ("ADJF", "PRTF"):
            m += 1
        if m < len(toks) and toks[m].is_word and (lemmas[m] in nouns or toks[m].norm in nouns):
            return True
    return False


def _greets_nation(lex: Lexicon, doc: Document) -> bool:
    """"Українці! Українки!", "Європейці! Українці!", "Мудрий народе ...!": the opening
    paragraph addresses the nation."""
    toks = doc.tokens
    if not toks or not doc.paragraphs:
        return False
    end = doc.paragraphs[0].end
    nation = lex.word_list("nation_addressees")
    for t in toks:
        if t.start >= end:
            return False
        if lemma_of(t) in nation or t.norm in nation:
            return True
    return False


def _names_state(doc: Document) -> bool:
    """The text names a state; by its mentions, not `doc.entities`, which also holds the home
    side the rules add."""
    states = country_ids()
    return any(m.entity in states for m in doc.mentions)


def _weak_signs(lex: Lexicon, doc: Document) -> bool:
    """A state named, a word of public office or of everyday harm: signs of statecraft that a
    domestic report tells too."""
    return _names_state(doc) or _words(lex, doc, "public_office_words") or _words(lex, doc, "everyday_harm_words")


def _names_holder(doc: Document) -> bool:
    """The text names a person the knowledge base places in a state's office on its date."""
    return any(state_of(m.entity, doc.date) for m in doc.mentions)


def _statecraft_words(lex: Lexicon, doc: Document) -> bool:
    """A word of war, arms, sanctions or the state's offices anywhere in the text (not one of
    harm that crime and accident news tell too: `everyday_harm_words`), in a sentence that
    tells no penalty of a code (`penalty_words`: "За санкцією статті їм загрожує ув'язнення" is
    a police report's, no state's sanction)."""
    words = _war_and_office_words(lex, doc)
    penalty = lex.word_list("penalty_words")
    toks = doc.tokens
    for s in doc.sentences:
        sent = [t for t in toks[s.first_token:s.last_token] if t.is_word]
        if any(lemma_of(t) in words or t.norm in words for t in sent) and \
                not any(lemma_of(t) in penalty or t.norm in penalty for t in sent):
            return True
    return False


def _war_and_office_words(lex: Lexicon, doc: Document) -> frozenset[str]:
    """The words that only a text of statecraft tells (`statecraft_words`, `war_sense_words`),
    less those of harm that crime and accident news tell too (`everyday_harm_words`); built
    once per document (every event with no known party asks for them)."""
    words = doc.meta.get("_war_and_office_words")
    if words is None:
        words = (lex.word_list("statecraft_words") | lex.word_list("war_sense_words")) - \
            lex.word_list("everyday_harm_words")
        doc.meta["_war_and_office_words"] = words
    return words


def private_case_step(lex: Lexicon, doc: Document, sent: int) -> bool:
    """A step of a case against a private offender, told in the sentence `sent` or the one before
    ("Поліція затримала чоловіка, який пограбував магазин. Йому повідомили про підозру"): a theft,
    a fraud, a drunk driver (`private_crime_words`) and no word of war, arms or a state's offices
    there. A mixed text tells statecraft elsewhere, so its genre does not decide such a step; a
    collaborator detained or an official charged with bribery stays ("затримала коригувальника").
    Read for the events with no party the knowledge base knows (grounding.py)."""
    crimes = lex.word_list("private_crime_words")
    words = _war_and_office_words(lex, doc)
    toks = doc.tokens
    crime = False
    for s in doc.sentences[max(0, sent - 1):sent + 1]:
        for t in toks[s.first_token:s.last_token]:
            if not t.is_word:
                continue
            w = lemma_of(t)
            if w in words or t.norm in words:
                return False
            crime = crime or w in crimes or t.norm in crimes
    return crime
