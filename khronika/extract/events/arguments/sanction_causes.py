"""A sanction named as the cause of what its target does is not imposed by that target.
"Під ударами західних санкцій Росія скоротила постачання газу", "Через санкції ЄС Іран зменшив
експорт": the clause's subject is the one the sanctions hit, its recipient; only the noun's own
phrase ("західних", "ЄС") names who imposed them.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from ..grammar.names import token_index_at
from ..grammar.sentence_view import lemma_of


def cause_start(lex: Lexicon, doc: Document, lo: int, i: int) -> int | None:
    """Where the phrase of cause or pressure the trigger noun stands in begins: a preposition
    of `sanction_cause_prepositions` ("через", "внаслідок", "попри"), or one of `pressure_prepositions`
    with a noun of pressure ("під тиском", "під ударами"), past adjectives of the noun."""
    toks = doc.tokens
    if toks[i].pos != "NOUN":
        return None
    m = i - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    if m >= lo and lemma_of(toks[m]) in lex.word_list("pressure_nouns"):
        m -= 1
        return m if m >= lo and toks[m].norm in lex.word_list("pressure_prepositions") else None
    return m if m >= lo and toks[m].norm in lex.word_list("sanction_cause_prepositions") else None


def sanctioned_subjects(lex: Lexicon, doc: Document, args: list, lo: int, hi: int, i: int, type_: str,
                        actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) with the clause's subject moved from the actors to the recipients
    when the sanction is told as a cause: a name standing before the phrase of cause, or one
    after the noun right before a finite verb ("... Іран зменшив")."""
    if type_.lower() not in lex.word_list("cause_phrase_types"):
        return actors, recipients
    start = cause_start(lex, doc, lo, i)
    if start is None:
        return actors, recipients
    toks = doc.tokens
    hit = set()
    for a in args:
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or a.entity not in actors:
            continue
        after = next((m for m in range(k, hi) if toks[m].end >= a.end), k) + 1
        if k < start or (k > i and after < hi and _finite(toks[after])):
            hit.add(a.entity)
    return [x for x in actors if x not in hit], recipients + [x for x in actors if x in hit and x not in recipients]
