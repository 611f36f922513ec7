""""Заяви Будапешта викликали протест у Варшаві", "Рішення Росії спричинило обурення в
Парижі": a reaction noun that is the object of a verb of bringing about (`provoking_verbs` in
lang/uk/events.yaml) is told of those who react, named under "у"/"в" right after it, not of the
cause's own subject: the ones reacting act (the town is no place but its state's voice), and the
names in the cause are what the reaction is aimed at."""
from __future__ import annotations

from ..grammar.names import token_index_at
from ..grammar.sentence_view import lemma_of
from .states import capitals, country_ids

REACTIONS = ("PROTEST", "ACCUSE")
NEAR = 4        # how many tokens after the reaction noun its "у ..." may stand


def provoked_sides(lex, doc, args: list, i: int, type_: str, cl, actors: list, recipients: list,
                   place: str | None) -> tuple[list, list, str | None]:
    """(actors, recipients, place), turned round when the reaction at i was provoked."""
    toks = doc.tokens
    gov = cl.governor
    if type_ not in REACTIONS or toks[i].pos != "NOUN" or gov is None or gov >= i or \
            lemma_of(toks[gov]) not in lex.word_list("provoking_verbs"):
        return actors, recipients, place
    states, caps = country_ids(), capitals()
    reacting, causes = [], []
    for a in args:
        k = token_index_at(doc, a.start, cl.lo, cl.hi)
        if k is None:
            continue
        if i < k <= i + NEAR and toks[k - 1].norm in ("у", "в") and \
                (a.entity in states or a.entity in caps or (a.etype or "") == "PER"):
            reacting.append(a.entity)
        elif k < gov:
            causes.append(a.entity)
    if not reacting:
        return actors, recipients, place
    aimed = [x for x in actors + recipients if x not in reacting and x in causes] + \
        [x for x in recipients if x not in reacting and x not in causes]
    return reacting, list(dict.fromkeys(aimed)), (None if place in reacting else place)
