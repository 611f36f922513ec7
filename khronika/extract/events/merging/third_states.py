"""A meeting held during a visit with the leader of a third state is a happening of its own.

"Прибув до Хіросіми на саміт. На полях саміту зустрівся з прем'єром Індії": the visit is to
Japan; the talk with India's leader is another happening, told in the chronicle as its own
event with its own partner. A meeting with the host ("зустрівся з Президентом Польщі" after a
visit to Warsaw) or with a body (a union's officials at its seat) stays the visit, and so does a
talk told at the visit's place by "Там" (merge.py: the place anaphor ties it to the visit)."""
from __future__ import annotations

from ..arguments.states import country_ids, place_state


def visited_states(e) -> set[str]:
    """The states a visit goes to: its place's country, or a state it names as received."""
    states = set(e.recipients) & country_ids()
    if e.place:
        states.add(place_state(e.place))
    states.discard(None)
    return states


def third_state_meeting(e, c) -> bool:
    """Whether candidate c, a meeting of the visit e's own kind, names as its partner only states
    the visit did not go to (the visitor's own side, among its actors, is no partner)."""
    if e.type != "CONSULT" or c.type != "CONSULT" or e.mode != "visit" or c.mode == "visit":
        return False
    visited = visited_states(e)
    partners = (set(c.recipients) & country_ids()) - set(e.actors)
    return bool(visited) and bool(partners) and not (partners & visited)
