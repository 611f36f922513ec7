"""A person stands on the side of the state they act for, in talks and agreements.

"відбулася зустріч президентів США та Росії Дональда Трампа і Володимира Путіна": the phrase
gives the states first and the people after, and the walk that splits a meeting's partners
into two sides may leave both people with the second state. Whoever the knowledge base says
acts for a state on the document's date joins that state's side when the state stands on one
side only and the person stands beside another state. Only the even-handed types (talks, agreements, cooperation) are mended: in a
sanction or an arrest a state's own citizen may well stand opposite it."""
from __future__ import annotations

from ....document import Document
from .role_clause import SYMMETRIC
from .states import country_ids, party_state


def people_beside_states(doc: Document, events: list) -> None:
    """Move each person of a talk or an agreement to the side where their state stands."""
    states = country_ids()
    for e in events:
        if e.type not in SYMMETRIC or not e.actors or not e.recipients:
            continue
        for here, there in ((e.recipients, e.actors), (e.actors, e.recipients)):
            for p in list(here):
                ent = doc.entities.get(p)
                if ent is None or ent.type != "PER":
                    continue
                state = party_state(doc, p)
                if state and state in there and state not in here and \
                        any(x in states and x != state for x in here):
                    # (only a person left beside another state: "Говорив із ним" of a mayor
                    # of one's own country, a meeting a home official chaired, stay as told)
                    here.remove(p)
                    there.append(p)
