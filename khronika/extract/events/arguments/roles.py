"""Who acts and who receives: each name's side from its tie to the trigger's clause
(`clause_roles`), the owners a trigger noun's genitive names, and whom a condition is aimed at.

Roles are kept simple on purpose (the scorer and the chronicle use the participant set):
a name in the nominative, or in the genitive right after a trigger noun ("зустріч делегацій
України та США"), or a demonym/adjective ("російських ударів") acts; the rest receive.

The rules live in modules of their own, joined by `clause_roles.ClauseRoles`: the clause's
state (`role_clause`), a name's side by its case (`case_sides`) or its preposition
(`preposition_sides`), and actors told outside the clause's words (`left_out_subjects`). What
they read lives in its own module too: the names (`names`), the clause's grammar (`clauses`),
the place and the time (`place_time`), states and parties (`states`); their names stay
importable from here for the callers that import them from `arguments`.
"""
from __future__ import annotations

from ....document import Document
from .case_sides import _person_gender  # noqa: F401
from .clause_roles import ClauseRoles, noun_owners
from ..grammar.clauses import (CLAUSE_CONJ, COORD, Clause, NP_POS, _agrees, _cases, _finite, clause_of_trigger,
                               coordinated_with, lemma_of_tok, vocative)
from ..grammar.ties import Tie, tie_of
from .left_out_subjects import listed_name_comma  # noqa: F401
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, args_in, token_index_at
from ..time_place.place_time import RELATIVE_VAGUE, TIME_TYPES, place_of, time_of
from .role_clause import SYMMETRIC
from .states import (capitals, country_ids, entity_for, home_entity, named_affiliations, party_count,
                     place_country, state_of)

# the names moved to clauses, names, place_time and states stay importable from here
__all__ = ["SYMMETRIC", "condition_subjects", "noun_owners", "clause_roles", "Arg", "CLAUSE_CONJ", "COORD",
           "Clause", "NP_POS", "RELATIVE_VAGUE", "TIME_TYPES", "Tie", "_agrees", "_cases", "_finite",
           "args_in", "capitals", "clause_of_trigger", "coordinated_with", "country_ids", "entity_for",
           "home_entity", "lemma_of_tok", "named_affiliations", "party_count", "place_country", "place_of",
           "state_of", "tie_of", "time_of", "token_index_at", "vocative"]

def condition_subjects(doc: Document, args: list[Arg], lo: int, trig: int, lex: Lexicon) -> list[str]:
    """"Якщо Путін не зупиняється, санкції не зупиняться": the subject of the condition a
    sanction or threat hangs on is the one it is aimed at."""
    toks = doc.tokens
    markers = lex.word_list("conditional_markers")
    start = next((m for m in range(trig - 1, lo - 1, -1) if toks[m].norm in markers), None)
    if start is None:
        return []
    end = next((m for m in range(start + 1, trig) if toks[m].norm in (",", ";", ":")), trig)
    out = []
    for a in args:
        k = token_index_at(doc, a.start, start + 1, end)
        if k is None:
            continue
        tie = tie_of(doc, k, start + 1, -1, lex.word_list("prepositions"))
        if tie.prep is None and toks[tie.head].case == "nomn" and a.entity not in out:
            out.append(a.entity)
    return out


def clause_roles(doc: Document, args: list[Arg], i: int, j: int, type_: str, lex: Lexicon,
                 s_lo: int, s_hi: int, skip: set[int], visit: bool = False,
                 clause: Clause | None = None, need: bool = False
                 ) -> tuple[list[str], list[str], Clause, bool]:
    """(actors, recipients, clause, first_person_actor): each name's side from its tie to the
    trigger's clause; names outside the clause or tied as place, topic or reporter take no
    part."""
    return ClauseRoles(doc, args, i, j, type_, lex, s_lo, s_hi, skip, visit, clause, need).roles()
