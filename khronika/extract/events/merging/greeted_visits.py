"""A visit told by its guest and, right after, by its host: one happening.

News tells an arrival and then the welcome: "Президент Польщі відвідав Київ. Президент України
зустрів його на вокзалі", "Міністр прибув до Вільнюса. У столиці його зустрів колега". The
second sentence names the host, who is new to the visit told, so the merging would keep it
as a second meeting; but a host who meets or receives the guest just arrived, in the same or
the next sentence, is the visit's other side, not another happening. The host's words are
data (`greeting_verbs` in events.yaml); the guest is a named party who came (the visit's
actor) and is met (the welcome's receiver) or meets (its actor).

`greets_visitor` is read by merging/merge.py (which checks time, status and place itself);
`as_visit` turns the welcome's sides so the guest acts and the host receives, as in the
visit.
"""
from __future__ import annotations

from functools import lru_cache

from ..arguments.states import country_ids
from ..lexicon.compiled import lexicon
from .third_states import visited_states

# how many sentences after the visit its welcome may be told
REACH = 1


@lru_cache(maxsize=1)
def _greetings() -> frozenset[str]:
    return lexicon().word_list("greeting_verbs")


def _guests(e) -> set[str]:
    return set(e.actors) - e.soft


def greets_visitor(e, c, dist: int) -> bool:
    """c (a meeting or welcome) tells the host of e (a visit to a place) meeting its guest."""
    if e.type != "CONSULT" or c.type != "CONSULT" or e.mode != "visit" or not e.place \
            or not 0 <= dist <= REACH:
        return False
    guests = _guests(e)
    met = guests & (set(c.actors) | set(c.recipients))
    others = (set(c.actors) | set(c.recipients)) - guests - c.soft
    if c.lemma in _greetings():
        return bool(met) and bool(others)
    # "Макрон і Шольц прибули до Києва. Зеленський провів із ними переговори": the host who
    # receives the guests just arrived, told from his side (he acts, they are his partners), is
    # the visit's welcome (a third state's leader met there is another happening:
    # third_states.py; a gathering too; "Каріс і Зеленський обговорили": talks of their own)
    return c.mode != "visit" and not c.gathering and bool(met) and met <= set(c.recipients) and \
        bool(others & set(c.actors)) and (others & country_ids()) <= visited_states(e)


def as_visit(e, c) -> None:
    """The welcome's sides as the visit's: the guest acts, the host receives."""
    guests = _guests(e)
    if guests & set(c.recipients) and not guests & set(c.actors):
        c.actors, c.recipients = c.recipients, c.actors
