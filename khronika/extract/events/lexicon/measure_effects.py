"""A measure named as the subject of what it does ("Санкції проти Росії допомогли фірмам",
"Санкції не спрацювали", "Обмеження вдарили по економіці"): the sentence tells the effect of a
measure in force, no imposing of it, so a reader of the chronicle finds no event in it (the
imposing, when told, has its own verb: "ЄС запровадив санкції"). Only a noun of a standing
measure (`standing_measure_nouns`) that is the nominative subject of a verb of effect
(`measure_effect_verbs`) in its clause counts: "Санкції набули чинності" is a happening, and so is a
strike that caused a fire. The words are data in lang/uk/events.yaml.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _agrees, _cases, _finite
from ..grammar.sentence_view import SentenceView, lemma_of
from .compiled import Lexicon


def measure_effect(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The trigger at k is a noun of `standing_measure_nouns` in the nominative, and the first
    finite verb after it in its clause is a verb of `measure_effect_verbs` that agrees with it."""
    toks = doc.tokens
    t = toks[k]
    if t.pos != "NOUN" or lemma_of(t) not in lex.word_list("standing_measure_nouns") or \
            "nomn" not in _cases(t.text):
        return False
    lo, hi = sent.clause_of(k)
    if k > lo and toks[k - 1].pos == "PREP":
        return False
    if any(lemma_of(toks[m]) in lex.word_list("fresh_measure_words") for m in range(lo, k)):
        return False             # "Нові санкції вдарили по банках": a measure just taken
    verb = next((m for m in range(k + 1, hi) if _finite(toks[m])), None)
    if verb is None or lemma_of(toks[verb]) not in lex.word_list("measure_effect_verbs") or not _agrees(toks[verb], t):
        return False
    # ("Санкції ЄС проти Росії допомогли": a measure told with whose it is may be one just
    # taken; only one named by its target alone is the standing fact)
    targets = lex.word_list("measure_target_prepositions")
    for a in sent.args:
        if toks[k].end <= a.start < toks[verb].start:
            m = next((x for x in range(k + 1, verb) if toks[x].start >= a.start), None)
            if m is None or toks[m - 1].norm not in targets:
                return False
    return True
