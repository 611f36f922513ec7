"""A decision named again as the subject of what it will do ("Франція забороняє ввезення
російського алюмінію. Заборона на ввезення металу послабить російську промисловість", "ЄС виділив
50 мільярдів. Ці кошти допоможуть відбудувати енергетику"): the bare noun is the sanction or aid just told,
and its verb tells its effect, not a second decision (nor does that verb's future make it
planned). named_again.py marks it as it marks a decision taking effect, and merging/merge.py joins it
to the decision told.

The noun is the subject (nominative) of the first finite verb after it in its sentence, and
that verb is one of effect (`effect_verbs` in events.yaml, lemmas).
"""
from __future__ import annotations

from ..grammar.clauses import _finite
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import lemma_of

# how many words the noun's own phrase may hold before its verb ("Заборона на ввезення металу до Франції")
PHRASE_REACH = 8


def effect_subject(lex: Lexicon, toks, k: int, hi: int) -> bool:
    """The noun at k is the subject of a verb of effect after it ("Заборона ... послабить")."""
    if toks[k].case != "nomn":
        return False
    effects = lex.word_list("effect_verbs")
    for m in range(k + 1, min(hi, k + 1 + PHRASE_REACH)):
        t = toks[m]
        if not t.is_word and t.norm not in ("-", "«", "»", '"'):
            return False
        if _finite(t):
            return lemma_of(t) in effects and t.tense in ("futr", "pres")
    return False
