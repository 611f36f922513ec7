"""Grammar cues that make a trigger word a told happening when no anchoring verb or listed
object does: the word's place in its clause says it.

- `outcome_subject`: a happening noun that is the subject of a verb telling what it brought
  about took place ("Контрнаступ приніс перші результати", "Удар забрав життя 50 людей"): the
  report names it by what it did, never by "відбувся";
- `joint_subject`: an agreeing verb whose plural subject is several parties settles something
  among them ("Міністри оборони погодили збільшення витрат", "Україна та Франція погодили"),
  whatever is settled; one body that approves ("Уряд погодив") agrees with no one;
- `named_subject`: a refusal told of a named party, not of a class of people;
- `place_genitive`: a noun of taking or freeing ground with the town it takes in the genitive
  right after it ("Звільнення Херсона", "захоплення Запорізької АЕС");
- `person_genitive`: a noun of talking with the person who talks in the genitive right after it
  ("дзвінок канцлера Німеччини", "розмова Зеленського та Моді"): a call named by its caller
  is a told call, where a bare "дзвінок" may be a bell.

Each reads the morphology's cases and agreement, not word lists of sentences; the word lists
(`outcome_verbs`, `joint_parties`) are in `lang/uk/events.yaml`.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _case_numbers, _cases, _finite
from ..grammar.ties import tie_of
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import country_ids

# how many words a freeing noun's town may stand after it ("звільнення всієї Херсонщини")
PLACE_WINDOW = 3


def outcome_subject(lex, doc: Document, k: int, gov: int) -> bool:
    """Token k, a noun before its clause's finite verb `gov`, is that verb's subject (nominative,
    agreeing in number, and in gender in the past singular) and the verb is one of
    `outcome_verbs`, told as done or going on (a future "принесе" foresees)."""
    toks = doc.tokens
    t, g = toks[k], toks[gov]
    if gov <= k or t.pos != "NOUN" or g.tense not in ("past", "pres") or \
            lemma_of(g) not in lex.word_list("outcome_verbs"):
        return False
    if k > 0 and toks[k - 1].pos == "PREP":
        return False
    if "nomn" not in _cases(t.text):
        return False
    if g.number and t.number and g.number != t.number:
        return False
    if g.tense == "past" and g.number == "sing" and g.gender and t.gender and g.gender != t.gender:
        return False
    # another nominative noun between them may be the subject ("Наступ, про який Путін дав
    # наказ"): only genitive, prepositional and adjectival words between the noun and its verb
    for m in range(k + 1, gov):
        x = toks[m]
        if not x.is_word:
            return False
        if x.pos in ("NOUN", "NPRO") and x.case == "nomn" and tie_of(doc, m, k, -1, lex.word_list("prepositions")).prep is None:
            return False
    if lemma_of(g) in lex.word_list("copulas"):
        # "Обмін став можливим" foresees it: only a noun predicate tells what it became
        hypo = lex.word_list("hypothetical_words") | {"неможливий", "реальний", "необхідний", "потрібний"}
        after = [toks[m] for m in range(gov + 1, min(len(toks), gov + 4)) if toks[m].is_word]
        if not any(x.pos == "NOUN" for x in after) or any(lemma_of(x) in hypo for x in after):
            return False
    return True


def joint_subject(lex, doc: Document, sent: SentenceView, i: int) -> bool:
    """The finite plural verb at i has several parties as its subject before it in its clause:
    a plural nominative of `joint_parties` ("Сторони погодили", "міністри оборони погодили") or
    two names not under a preposition ("Україна та Франція погодили")."""
    toks = doc.tokens
    t = toks[i]
    if not _finite(t) or t.number != "plur" or t.person in ("1per", "2per"):
        return False
    lo = sent.clause_of(i)[0]
    parties = lex.word_list("joint_parties")
    preps = lex.word_list("prepositions")
    for m in range(lo, i):
        x = toks[m]
        # (the plural nominative among the form's readings: "Сторони" reads first as a genitive)
        if x.pos == "NOUN" and lemma_of(x) in parties and ("nomn", True) in _case_numbers(x.text) and \
                tie_of(doc, m, lo, -1, preps).prep is None:
            return True
    named = set()
    for a in sent.args:
        m = next((x for x in range(lo, i) if toks[x].start == a.start), None)
        if m is None or a.kind == "pronoun" or tie_of(doc, m, lo, -1, preps).prep is not None:
            continue
        if "nomn" in _cases(toks[m].text) or not _cases(toks[m].text):
            named.add(a.entity)
    return len(named) >= 2


def named_subject(lex, doc: Document, sent: SentenceView, i: int) -> bool:
    """The finite verb at i has a name as its nominative subject before it in its clause
    ("Угорщина відмовляється підтримати санкції"), not a pronoun, a relative word or a class
    of people ("наші люди відмовляються", "бізнес відмовляється")."""
    toks = doc.tokens
    lo = sent.clause_of(i)[0]
    preps = lex.word_list("prepositions")
    for a in sent.args:
        if a.kind in ("pronoun", "adjective", "demonym"):
            continue
        m = next((x for x in range(lo, i) if toks[x].start == a.start), None)
        if m is not None and "nomn" in _cases(toks[m].text) and tie_of(doc, m, lo, -1, preps).prep is None:
            return True
        if m is not None and m - 1 >= lo and toks[m - 1].pos == "NOUN" and \
                lemma_of(toks[m - 1]) in lex.word_list("body_owner_nouns") and \
                "nomn" in _cases(toks[m - 1].text) and tie_of(doc, m - 1, lo, -1, preps).prep is None:
            return True       # "Уряд Угорщини відмовляється": the state's body is the subject
    return False


def _genitive_name(doc: Document, sent: SentenceView, j: int, etype: str) -> str | None:
    """The name of type `etype` in the genitive right after the trigger noun (past its
    adjectives), or None."""
    toks = doc.tokens
    for k in range(j, min(sent.hi, j + PLACE_WINDOW)):
        t = toks[k]
        if not t.is_word or t.pos == "PREP":
            return None
        a = next((a for a in sent.args if a.start <= t.start < a.end and (a.etype or "") == etype), None)
        if a is not None and etype == "LOC" and a.entity in country_ids():
            return None       # "звільнення України": a whole state freed is a war aim, no one happening
        if a is not None:
            cases = _cases(t.text)
            return a.entity if not cases or "gent" in cases else None
        if t.pos not in ("ADJF", "PRTF"):
            return None
    return None


def place_genitive(doc: Document, sent: SentenceView, j: int) -> str | None:
    """The place named in the genitive right after the trigger noun: "Звільнення Херсона",
    "захоплення Запорізької АЕС"."""
    return _genitive_name(doc, sent, j, "LOC")


def person_genitive(doc: Document, sent: SentenceView, j: int) -> str | None:
    """The person named in the genitive right after the trigger noun: "дзвінок канцлера
    Німеччини", "Розмова Байдена з Зеленським"."""
    return _genitive_name(doc, sent, j, "PER")
