"""Statuses that the nearest verb would get wrong, because another word turns its meaning.

- An attempt at a blow is a blow: "Намагання Росії шантажувати Європу газом не спрацювало",
  "Спроба ворога прорватися не вдалася". The verb after the attempt noun tells whether the
  attempt succeeded, not whether it was made; the act was made when the attempt was (a
  present verb: it goes on, "Спроби залякати не припиняються"). Only "спроб не було" denies
  it. Which acts an attempt already makes is data (`attempt_done_types`).
- Two negations cancel: "Не минуло жодної ночі без атак дронів", "не минає дня без обстрілів"
  say the attacks came every night; "без" under a negated verb of passing or a negated
  "жоден" is no denial. "Без санкцій Москва не зупиниться" (no such quantifier, no verb of
  passing) keeps its reading.
- A blow told with a word of constancy ("постійні атаки", "безперервні обстріли") under a
  present verb that is no verb of telling ("стримують постійні атаки ворога") goes on now.

Kept apart from status/clause_status.py, which calls these with the tense reading of
status/verb_forms.py (`_tense_status`).
"""
from __future__ import annotations

from typing import Callable

from ....document import Document, Token
from ..grammar.clauses import _finite, lemma_of_tok
from ..lexicon.compiled import Lexicon

TenseStatus = Callable[[Token], "str | None"]


def negated(doc: Document, i: int, lo: int, lex: Lexicon) -> bool:
    """"не" right before the word (an adverb may stand between: "не зовсім відбулася"). Here
    rather than in `status`, which reads these turns and this test both."""
    neg = lex.word_list("negators")
    for k in (i - 1, i - 2):
        if k >= lo and doc.tokens[k].norm in neg:
            return True
        if k >= lo and doc.tokens[k].pos not in ("ADVB", "PRCL"):
            break
    return False


def attempt_types(lex: Lexicon) -> frozenset[str]:
    """The types whose attempt is already the act (upper-case PLOVER names)."""
    return frozenset(x.upper() for x in lex.word_list("attempt_done_types"))


def attempted(doc: Document, trig_i: int, lo: int, hi: int, noun: str | None, type_: str,
              lex: Lexicon, tense_status: TenseStatus) -> str | None:
    """The status of an infinitive trigger owned by an attempt noun ("намагання ...
    шантажувати"), from the clause's finite verb, its negation aside; None when it does not
    apply or no verb tells."""
    if noun not in lex.word_list("attempt_nouns") or type_ not in attempt_types(lex):
        return None
    toks = doc.tokens
    verbs = [k for k in range(lo, hi) if k != trig_i and _finite(toks[k])]
    if not verbs:
        return None
    k = verbs[0]
    lem = lemma_of_tok(toks[k])
    if negated(doc, k, lo, lex):
        if lem in lex.word_list("existence_verbs"):
            return "negated"        # "Спроб прорватися не було"
        if lem in lex.word_list("going_on_verbs"):
            return "ongoing"        # "Спроби залякати не припиняються"
    return tense_status(toks[k])


def denied_without(doc: Document, trig_i: int, k: int, lo: int, hi: int, bez,
                   lex: Lexicon, tense_status: TenseStatus) -> str | None:
    """The status of a trigger noun under "без" (`bez`, its phrase) when the verb at k that
    governs the clause is negated by a verb of passing or a "жоден" ("Не минуло жодної ночі
    без атак"): the two negations say it happened; None otherwise."""
    if bez is None or not _twice(doc, k, lo, bez[0], lex):
        return None
    return tense_status(doc.tokens[k])


def affirmed_without(doc: Document, lo: int, bez_start: int, lex: Lexicon) -> bool:
    """Whether some verb before the phrase under "без" at `bez_start` cancels it (see
    `denied_without`): "Не минуло жодної ночі без атак" tells attacks, no manner of passing."""
    return any(doc.tokens[k].pos == "VERB" and _twice(doc, k, lo, bez_start, lex)
               for k in range(lo, bez_start))


def _twice(doc: Document, k: int, lo: int, bez_start: int, lex: Lexicon) -> bool:
    """The verb at k is negated, and is one of passing or stands with a "жоден" before "без"."""
    toks = doc.tokens
    if not negated(doc, k, lo, lex):
        return False
    return lemma_of_tok(toks[k]) in lex.word_list("passing_verbs") or any(
        lemma_of_tok(toks[m]) in lex.word_list("none_quantifiers") for m in range(lo, bez_start))


def constant_blow(doc: Document, trig_i: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the trigger noun carries a word of constancy ("постійні атаки") and its clause
    has a present finite verb and no past or future one: it goes on."""
    toks = doc.tokens
    if toks[trig_i].pos != "NOUN":
        return False
    m = trig_i - 1
    words = lex.word_list("constancy_adjectives")
    found = False
    while m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        found = found or lemma_of_tok(toks[m]) in words
        m -= 1
    if not found:
        return False
    tenses = {toks[x].tense for x in range(lo, hi) if x != trig_i and _finite(toks[x])}
    return tenses == {"pres"}


__all__ = ["attempt_types", "attempted", "denied_without", "affirmed_without", "constant_blow"]
