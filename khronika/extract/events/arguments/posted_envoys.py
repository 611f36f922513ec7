"""A foreign envoy the knowledge base records is the one posted to the home state: coref reads
"посла США" as the ambassador in Kyiv. When a third state deals with "посол США" ("Росія
викликала посла США", "Лавров зустрівся з послом США"), the envoy meant is the one posted
there, another person: the person read from the role alone is dropped, his state stays (a wrong
person is worse than none). A name written in the sentence keeps him. The envoy roles are data
(`posted_envoy_roles` in lang/uk/events.yaml).
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import entity_for, party_state, place_country


def posted_envoys(lex: Lexicon, doc: Document, cands: list[Cand], home: str | None) -> list[Cand]:
    """Drop from each candidate a foreign envoy named only by his role when a state other than
    his own and the home state stands on either side of it or hosts it."""
    if home is None:
        return cands
    roles = [r for r in doc.refs if r.kind == "role"]
    if not roles:
        return cands
    kb = get_kb()
    envoy_roles = lex.word_list("posted_envoy_roles")
    for c in cands:
        lo, hi = c.evidence
        ids = set(c.actors) | set(c.recipients)
        for r in roles:
            if not (lo <= r.start < hi) or r.entity not in ids or \
                    any(m.entity == r.entity and lo <= m.start < hi for m in doc.mentions):
                continue
            own = {kb.role_state(x) for x in kb.roles_of(r.entity, doc.date) if x.role in envoy_roles}
            own.discard(None)
            if len(own) != 1 or home in own:
                continue
            others = {party_state(doc, x) for x in ids | {c.place} if x and x != r.entity}
            if others - own - {None, home}:
                c.actors = [x for x in c.actors if x != r.entity]
                c.recipients = [x for x in c.recipients if x != r.entity]
    return cands


def summoning_states(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """"У Будапешті викликали посла України": an envoy summoned with no one named who summoned
    him was summoned by the state of the town it happened in, when that is not his own state."""
    summon = lex.word_list("summon_verbs") | lex.word_list("summoned_forms")
    towns = place_country()
    for c in cands:
        if c.type != "PROTEST" or c.actors or c.lemma not in summon or not c.recipients or not c.place:
            continue
        state = towns.get(c.place) or (c.place if party_state(doc, c.place) == c.place else None)
        if state and state not in c.recipients and all(party_state(doc, x) != state for x in c.recipients):
            c.actors = [entity_for(doc, state)]
    return cands
