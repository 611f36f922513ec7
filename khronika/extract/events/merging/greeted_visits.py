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
    # ("засудив візит Орбана до Москви": a visit named as another verb's object keeps its
    # guest only as a soft side, still the one who came)
    return (set(e.actors) - e.soft) or (set(e.actors) if e.ref_only else set())


def _hosted(x: str, visited: set[str]) -> bool:
    """x is a visited state, or a person or body acting for one."""
    from ....kb import get_kb
    kb = get_kb()
    return x in visited or kb.country(x) in visited or kb.state_of(x) in visited


def greets_visitor(e, c, dist: int) -> bool:
    """c (a meeting or welcome) tells the host of e (a visit to a place) meeting its guest."""
    if e.type != "CONSULT" or c.type != "CONSULT" or e.mode != "visit" or not e.place \
            or not 0 <= dist <= REACH:
        return False
    guests = _guests(e)
    met = guests & (set(c.actors) | set(c.recipients))
    # (the guests' own states, inferred on the visit's side, are no hosts: "прибули прем'єри
    # Італії, Канади ... провів з ними переговори")
    others = (set(c.actors) | set(c.recipients)) - guests - (set(e.actors) & e.soft) - c.soft
    if c.lemma in _greetings():
        return bool(met) and bool(others)
    # "Макрон і Шольц прибули до Києва. Зеленський провів із ними переговори": the host who
    # receives the guests just arrived, told from his side (he acts, they are his partners), is
    # the visit's welcome (a third state's leader met there is another happening:
    # third_states.py; a gathering too; "Каріс і Зеленський обговорили": talks of their own)
    if c.mode != "visit" and not c.gathering and bool(met) and met <= set(c.recipients) and \
            bool(others & set(c.actors)) and (others & country_ids()) <= visited_states(e):
        return True
    if c.mode in ("visit", "phone") or c.gathering or c.aggregate or c.distinct:
        return False
    # "Лідери ЄС прибули до Києва. Вони провели переговори із Зеленським", "Орбан відвідав
    # Москву. Під час зустрічі з Путіним ...": the guests just arrived, told as meeting their
    # host, hold the visit's talks; everyone they meet acts for the state visited (a third
    # state's leader met there is another happening: third_states.py)
    visited = visited_states(e)
    return bool(met) and met <= set(c.actors) and bool(others) and others <= set(c.recipients) and \
        bool(visited) and all(_hosted(x, visited) for x in others)


def as_visit(e, c) -> None:
    """The welcome's sides as the visit's: the guest acts, the host receives."""
    guests = _guests(e)
    if guests & set(c.recipients) and not guests & set(c.actors):
        c.actors, c.recipients = c.recipients, c.actors
