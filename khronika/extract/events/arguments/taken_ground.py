"""Ground that changes hands. A town taken or won back ("ЗСУ звільнили Херсон", "окупанти
захопили Бахмут", "звільнення Бучі") is not struck the way a town under fire is: it is where
the fighting happened, and the party that suffers it is the side that loses the town. So the
town leaves the recipients for the place, and the side that held it receives: the adversary
when the home side takes it, the home side when the adversary does, else the state the town
belongs to when the taker is another. A region named under a place preposition ("село Роботине
на Запоріжжі") only tells where the town lies; several towns taken at once ("звільнивши Ізюм і
Куп'янськ") have no one place and stay listed, as a strike over several places does
(`struck_places`). Runs last among the side rules of a ground assault, so that no earlier rule
puts the town back.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.names import token_index_at
from ..lexicon.compiled import Lexicon
from ..triggers.finder import lemma_of
from .states import country_ids, entity_for, home_entity, party_state, place_country


def taken_ground(lex: Lexicon, doc: Document, args: list, i: int, hi: int, type_: str, mode: str | None,
                 actors: list[str], recipients: list[str], place: str | None,
                 home: str | None, soft: set) -> tuple[list[str], str | None]:
    """(recipients, place) once the town a ground assault takes is its place and the side
    that loses it its recipient (the actors, who take it, stay as they are)."""
    if type_ != "ASSAULT" or mode != "ground" or \
            lemma_of(doc.tokens[i]) not in lex.word_list("ground_taking_words"):
        return recipients, place
    towns = place_country()
    # (a village the knowledge base lacks, "звільнили Андріївку", is a town all the same)
    taken = [x for x in recipients if x in towns or unknown_place(doc, x)]
    if not taken:
        return recipients, place
    located = {x for x in taken if _located(lex, doc, args, x, i, hi)}
    objects = [x for x in taken if x not in located]
    if len(objects) <= 1:
        recipients = [x for x in recipients if x not in taken]
        place = objects[0] if objects else place if place is not None else next(iter(located), None)
    loser = _loser(lex, doc, actors, towns.get(objects[0] if objects else taken[0]), home)
    if loser and loser not in actors + recipients:
        recipients.append(loser)
        soft.add(loser)
    return recipients, place


def _located(lex: Lexicon, doc: Document, args: list, eid: str, i: int, hi: int) -> bool:
    """Every mention of `eid` after the trigger at i stands under a place preposition ("на
    Запоріжжі", "у Донецькій області"): where the town taken lies, not the town."""
    toks = doc.tokens
    seen = False
    for a in args:
        k = token_index_at(doc, a.start, i + 1, hi) if a.entity == eid and a.start > toks[i].start else None
        if k is None:
            continue
        seen = True
        m = k - 1
        while m > i and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1        # ("у Донецькій області")
        if toks[m].norm not in lex.word_list("place_prepositions"):
            return False
    return seen


def _loser(lex: Lexicon, doc: Document, actors: list[str], owner: str | None, home: str | None) -> str | None:
    """The side that held the ground: the other of the two warring sides when the taker is
    one of them, else the state the town belongs to when it is not the taker's; none when the
    text names no taker."""
    sides = {party_state(doc, x) or x for x in actors}
    adv = (lex.adversary or {}).get("id")
    if home and adv and home in sides and adv not in sides:
        return home_entity(doc, lex, lex.adversary)
    if home and adv and adv in sides and home not in sides:
        return entity_for(doc, home)
    if owner and sides and owner not in sides:
        return entity_for(doc, owner)
    return None


def unknown_place(doc: Document, eid: str) -> bool:
    """A place name the entity layer found outside the knowledge base (no state, no body)."""
    ent = doc.entities.get(eid)
    return ent is not None and ent.type == "LOC" and not ent.kb and eid not in country_ids()
