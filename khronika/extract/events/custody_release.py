"""Releases that a state makes from its own custody: a court freeing a suspect ("Суд звільнив з-під
варти"), a prison letting a convict go, a pardon ("помилував засудженого"). In war news a release
with no other side named is taken as one from the adversary's captivity (build.py); these are
not, so that inference must not give them the home side and the adversary as parties.

The words are data in `lang/uk/events.yaml`: `civil_release_lemmas` (trigger lemmas that free
from a state's custody) and `civil_release_objects` (context names whose object tells it, such
as `prison`).
"""
from __future__ import annotations

from ...document import Token
from .lexicon import Lexicon
from .sentence_view import lemma_of


def civil_release(lex: Lexicon, trigger: Token, needs: tuple) -> bool:
    """The release trigger frees someone from a state's own custody, not from captivity."""
    if lemma_of(trigger) in lex.word_list("civil_release_lemmas"):
        return True
    objects = lex.word_list("civil_release_objects")
    return any(n.startswith("object:") and n[7:] in objects for n in needs)
