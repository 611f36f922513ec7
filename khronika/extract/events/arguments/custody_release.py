"""Releases that a state makes from its own custody: a court freeing a suspect ("Суд звільнив з-під
варти"), a prison letting a convict go, a pardon ("помилував засудженого"). In war news a release
with no other side named is taken as one from the adversary's captivity (build.py); these are
not, so that inference must not give them the home side and the adversary as parties.

The words are data in `lang/uk/events.yaml`: `civil_release_lemmas` (trigger lemmas that free
from a state's custody), `civil_release_objects` (context names whose object tells it, such
as `prison`) and `civil_release_subjects` (a court: "Суд звільнив журналіста"). "з-під варти"
right after the trigger tells it too, whatever the trigger's needs matched.
"""
from __future__ import annotations

from ....document import Token
from ..lexicon.compiled import Lexicon
from ..grammar.sentence_view import lemma_of


def civil_release(lex: Lexicon, trigger: Token, needs: tuple, toks=(), i: int = -1, lo: int = 0) -> bool:
    """The release trigger (at i in toks, its sentence from lo) frees someone from a state's own
    custody, not from captivity."""
    if lemma_of(trigger) in lex.word_list("civil_release_lemmas"):
        return True
    objects = lex.word_list("civil_release_objects")
    if any(n.startswith("object:") and n[7:] in objects for n in needs):
        return True
    if i < 0:
        return False
    prison = lex.contexts.get("prison", frozenset())
    if any(toks[m].norm == "з-під" and lemma_of(toks[m + 1]) in prison
           for m in range(i + 1, min(len(toks) - 1, i + 4))):
        return True         # "звільнив з-під варти"
    courts = lex.word_list("civil_release_subjects")
    return any(lemma_of(toks[m]) in courts and toks[m].case == "nomn" for m in range(lo, i))
