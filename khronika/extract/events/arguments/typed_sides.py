"""The sides a type's own words imply once the clause has named them: who is freed by a
release noun, the adversary on the other side of a prisoner swap, whose banks, assets or
membership a sanction hits. They read the type's own words, not the clause's grammar, so they
run once the clause roles are known (`build`); `inferred` holds the sides the text implies but
does not name."""
from __future__ import annotations

from ....document import Document
from ..context import DocContext
from .custody_release import civil_release
from .foreign_story import foreign_story_before
from .freed_people import freed_receive, freed_states
from ..grammar.clauses import _cases
from ..grammar.names import token_index_at
from .sanction_causes import sanctioned_subjects
from ..grammar.sentence_view import SentenceView, lemma_of
from .states import country_ids, entity_for, home_entity, party_state, place_country


def typed_sides(ctx: DocContext, doc: Document, sent: SentenceView, args: list, i: int, j: int, type_: str,
                mode: str | None, needs, actors: list[str], recipients: list[str],
                home: str | None) -> tuple[list[str], list[str], set[str]]:
    """(actors, recipients, inferred) after the type's own side rules."""
    toks = doc.tokens
    inferred: set[str] = set()           # sides the text implies but does not name
    if type_ == "RETREAT" and mode == "release":
        # "звільнення мера Мелітополя": the person after a release noun is the one freed, and
        # the town in his title takes no part
        towns = place_country()
        freed = [a.entity for a in args if a.start > toks[i].start and (a.etype or "") == "PER"] \
            if toks[i].pos == "NOUN" else []
        actors = [x for x in actors if x not in towns and x not in freed]
        recipients = [x for x in recipients if x not in towns] + \
            [x for x in dict.fromkeys(freed) if x not in recipients]
    # (a release from a state's own custody implies no side; asked once for both rules below)
    civil = type_ == "RETREAT" and civil_release(ctx.lex, toks[i], needs, toks, i, sent.lo)
    if type_ == "RETREAT" and mode == "release" and not civil:
        # "Росія звільнила з полону 20 українців": the state of the people freed gets them back
        actors, recipients = freed_receive(ctx.lex, doc, args, i, sent.hi, actors, recipients)
    elif type_ == "RETREAT" and mode == "release":
        # "Суд звільнив з-під варти українського журналіста": a state's own custody; whose
        # national the freed one is gets no one back
        own = freed_states(ctx.lex, doc, args, i, sent.hi)
        recipients = [x for x in recipients if x not in own]
    if type_ == "RETREAT" and home and not civil and ctx.lex.adversary:
        _adversary_swap(ctx, doc, i, mode, home, actors, recipients, inferred)
    if type_ == "SANCTION":
        # "Російські банки відключають від SWIFT", "відмова від російських енергоносіїв": a
        # country's adjective names whose banks or trade are cut off, not who cuts them off
        # (cut off from a payment system, or the adversary's after the trigger)
        adv = (ctx.lex.adversary or {}).get("id")
        owners = [a.entity for a in args if a.kind in ("adjective", "demonym") and a.entity in actors and
                  ("object:swift" in needs or (a.entity == adv and a.start > toks[i].start))]
        actors, recipients = hit_sides(actors, recipients, owners)
    if type_ == "SANCTION" and "object:assets" in needs:
        # "блокування яхт російських олігархів", "заморозити активи Росії": whose assets are
        # frozen is hit
        owners = [a.entity for a in args if a.start >= toks[j - 1].end and a.entity in actors]
        actors, recipients = hit_sides(actors, recipients, owners)
    if type_ == "SANCTION" and lemma_of(toks[j - 1]) in ctx.lex.word_list("membership_words"):
        # "зупинка членства Росії в Раді": the member loses it, the body that decides acts
        members = [a.entity for a in args if a.start >= toks[j - 1].end and a.entity in actors
                   and (m := token_index_at(doc, a.start, j, sent.hi)) is not None and m <= j + 1]
        actors, recipients = hit_sides(actors, recipients, members)
    # "Під тиском санкцій Росія скоротила ...": the subject is the one the sanctions hit
    actors, recipients = sanctioned_subjects(ctx.lex, doc, args, sent.lo, sent.hi, i, type_,
                                             actors, recipients)
    if type_ == "ASSAULT" and lemma_of(toks[j - 1]) in ctx.lex.word_list("airspace_nouns"):
        # "залетів у повітряний простір Польщі": whose airspace it is, named right after, is
        # the one intruded on (the genitive hangs on the trigger's last word, no verb's object)
        owner = next((a.entity for a in args if j < len(toks) and a.start == toks[j].start and
                      a.kind == "mention" and a.entity in country_ids()), None)
        if owner is not None:
            actors, recipients = hit_sides(actors, recipients, [owner])
    if type_ == "PROTEST" and toks[i].pos == "NOUN":
        # "Польща висловила Росії рішучий протест", "вручила Білорусі ноту": the one a protest
        # is stated to, in the dative between the verb that states it and its noun, is its aim
        to = _stated_to(ctx.lex, doc, args, i, sent.lo)
        if to is not None and to not in actors + recipients:
            recipients = recipients + [to]
    return actors, recipients, inferred


def hit_sides(actors: list[str], recipients: list[str], hit: list[str]) -> tuple[list[str], list[str]]:
    """(actors, recipients) with the parties `hit` moved to the receiving side: what a type's
    words tell of them (whose assets are frozen, whose airspace is entered, the body addressed)
    outweighs where the clause's grammar put them. New lists; `hit` keeps its order."""
    return [x for x in actors if x not in hit], recipients + [x for x in hit if x not in recipients]


def _adversary_swap(ctx: DocContext, doc: Document, i: int, mode: str | None, home: str,
                    actors: list[str], recipients: list[str], inferred: set[str]) -> None:
    """A prisoner swap or a release that names no third state is one with the adversary (the
    sides are added to `actors`, `recipients` and `inferred` in place); not in a story that so
    far names only other states ("Ізраїль і ХАМАС погодили перемир'я. Обмін заручниками
    почнеться в неділю"). Both readings below share that test; at most one of them applies
    (the first leaves the home side named, or no adversary to add)."""
    toks = doc.tokens
    swap = lemma_of(toks[i]) in ctx.lex.word_list("exchange_words")
    sides = actors + recipients
    states = {x for x in sides if x in country_ids()}
    adv_id = ctx.lex.adversary.get("id")
    # "відбувся обмін", "звільнили з полону мера": a swap or a release with no other side
    # named (one by a named party of no home side, "ХАМАС звільнив заручників", is that
    # party's; one from a state's own custody was ruled out by the caller)
    unnamed = (swap or mode == "release") and states <= {home} and \
        not any(_of_another_side(doc, x, home) for x in actors)
    # "Відбувся обмін полоненими з Росією": a swap with the adversary alone named (a swap
    # between two others names both: "Ізраїль і ХАМАС")
    adversary_only = not unnamed and swap and adv_id and home not in sides and states == {adv_id}
    if not (unnamed or adversary_only) or foreign_story_before(ctx.lex, doc, toks[i].start, home):
        return
    if adversary_only:
        # the home side makes that swap with it
        actors.append(entity_for(doc, home))
        inferred.add(home)
        return
    adv = home_entity(doc, ctx.lex, ctx.lex.adversary)
    if adv:
        if mode == "release" and home in recipients and home not in actors:
            # "З полону звільнили 15 українських військових": the home side's people are
            # freed, so the adversary who held them frees them
            actors.append(adv)
        else:
            recipients.append(adv)
        inferred.add(adv)
        if home not in actors + recipients:
            actors.append(home)
            inferred.add(home)


def _of_another_side(doc: Document, eid: str, home: str) -> bool:
    """A named party that is not of the home side: a foreign or stateless body, or a person
    acting for another state (a person or body of the home state, the home state itself, and
    a person whose state no one knows, often the one freed, are not)."""
    if eid == home:
        return False
    state, ent = party_state(doc, eid), doc.entities.get(eid)
    if state is None and ent is not None and ent.type == "PER":
        return False        # a person whose state no one knows
    return state != home


def _stated_to(lex, doc: Document, args: list, i: int, lo: int) -> str | None:
    """The name in the dative right before the noun at i (past its adjectives), itself right
    after a verb of `protest_stating_verbs`."""
    toks = doc.tokens
    m = i - 1
    while m > lo and toks[m].pos in ("ADJF", "PRTF"):
        m -= 1
    a = next((a for a in args if a.kind == "mention" and a.end == toks[m].end), None) if m > lo else None
    k = token_index_at(doc, a.start, lo, i) if a is not None else None
    if k is None or k - 1 < lo or "datv" not in _cases(toks[k].text):
        return None
    verb = toks[k - 1]
    return a.entity if verb.pos == "VERB" and lemma_of(verb) in lex.word_list("protest_stating_verbs") else None
