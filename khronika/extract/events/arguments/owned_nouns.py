"""A thing already given its state by an adjective ("американські кораблі", "польські
вантажівки") takes no second state as its genitive owner: "Після нападу Ірану на американські
кораблі США запровадили санкції" reads "США" after the ships as the subject of the main clause,
not as the ships' owner hanging on "на" (which put the United States among the sanctioned).
An indeclinable name ("США", "ЄС") or one whose nominative and accusative are alike
("Вашингтон") is read into the phrase before it by the tie walk; its owner adjective tells it is
not. Without the adjective ("на кораблі США") the genitive stays the owner's.
"""
from __future__ import annotations

from ..grammar.names import Arg
from ..grammar.ties import Tie
from .states import capitals, country_ids


def _state(entity: str) -> bool:
    return entity in country_ids() or entity in capitals()


def state_owned_noun(args: list[Arg], toks, n: int, lo: int) -> bool:
    """The common noun at token n has a state's adjective among the adjectives right before it."""
    t = toks[n]
    if t.pos != "NOUN" or not t.text.islower():
        return False
    m = n - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF"):
        w = toks[m]
        if any(a.kind == "adjective" and a.start <= w.start < a.end and _state(a.entity) for a in args):
            return True
        m -= 1
    return False


def untied_state(args: list[Arg], toks, a: Arg, k: int, tie: Tie, lo: int) -> Tie:
    """The tie of the state's name at token k: its own phrase when it stands right after a noun
    an adjective already gives to a state, else `tie` as the walk read it."""
    if tie.head >= k or not _state(a.entity) or a.kind != "mention" or k - 1 < lo or \
            not state_owned_noun(args, toks, k - 1, lo):
        return tie
    return Tie(None, toks[k].case, k, False)
