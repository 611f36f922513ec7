"""A rally held at a foreign mission ("пікет біля посольства Угорщини в Києві", "Під
посольством Росії у Варшаві пройшла акція протесту"): it is aimed at the state whose embassy or
consulate it stands at, and held in the town the mission is named with. The clause's grammar
reads both as the mission's own words (whose it is, where it is), so neither reached the protest:
its recipient was lost, and the town was kept out as a mission's seat. The prepositions of
standing at a building are `picket_prepositions`, the missions `contexts.missions`."""
from __future__ import annotations

from ..grammar.names import token_index_at
from ..grammar.sentence_view import lemma_of
from .states import country_ids, place_country

# how many tokens after the mission noun its state and its town may stand
NEAR = 4


def picketed_mission(lex, doc, args: list, lo: int, hi: int, actors: list[str], recipients: list[str],
                     place: str | None) -> tuple[list[str], list[str], str | None]:
    """(actors, recipients, place) of a protest in the clause lo..hi, with the picketed
    mission's state among the recipients and its town as the place when none is known."""
    toks = doc.tokens
    missions = lex.contexts.get("missions", frozenset())
    at = lex.word_list("picket_prepositions")
    states, towns = country_ids(), place_country()
    for m in range(lo + 1, hi):
        if toks[m].pos != "NOUN" or lemma_of(toks[m]) not in missions or toks[m - 1].norm not in at:
            continue
        state = town = None
        for a in args:
            k = token_index_at(doc, a.start, m + 1, min(hi, m + 1 + NEAR))
            if k is None or a.kind != "mention":
                continue
            if state is None and a.entity in states:
                state = a.entity
            elif state is not None and town is None and a.entity in towns and toks[k - 1].norm in ("у", "в"):
                town = a.entity
        if state is None or state in actors:
            continue
        if state not in recipients:
            recipients = recipients + [state]
        if place is None and town is not None:
            place = town
        break
    return actors, recipients, place
