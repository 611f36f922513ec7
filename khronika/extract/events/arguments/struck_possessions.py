""""Наші міста знову обстріляли": the home side's own towns, land or people named by "наш"
(sides.home_possessions) are what a strike hits, never who strikes. Fronted before a verb
with no subject of its own (the indefinite-personal "обстріляли"), such a phrase reads as the
nominative subject, and the home side was made the attacker of a strike on itself. This
module moves it to the side struck; who struck is then told by the rest of the text, or by
the adversary rule for an unnamed strike on the home side (sides.striker_of_home).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.names import Arg, token_index_at
from ..triggers.finder import lemma_of

STRIKES = ("ASSAULT", "COERCE")


def possession_only(doc: Document, args: list[Arg], home: str, lo: int, hi: int) -> bool:
    """The home side stands in the clause only as "наш" + a thing of its own, never by its
    name, a pronoun or a demonym ("Україна", "ми", "українські")."""
    own = [a for a in args if a.entity == home]
    if not own:
        return False
    for a in own:
        k = token_index_at(doc, a.start, lo, hi)
        if a.kind != "adjective" or k is None or lemma_of(doc.tokens[k]) != "наш":
            return False
    return True


def struck_possessions(doc: Document, args: list[Arg], type_: str, home: str | None, lo: int, hi: int,
                       actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) with the home side moved from the strikers to the struck when "наш"
    and a possession are all that name it."""
    if type_ not in STRIKES or not home or home not in actors or not possession_only(doc, args, home, lo, hi):
        return actors, recipients
    actors = [x for x in actors if x != home]
    return actors, recipients + ([home] if home not in recipients else [])
