"""Who made up each side of talks, told in a sentence of its own after them: "Українську
делегацію очолив Рустем Умєров, російську — Володимир Мединський", "Українську сторону
представляли Андрій Єрмак і Рустем Умєров, американську — Марко Рубіо". News reports name
the delegates after the meeting; the delegates take part in it, each on the side of the state
the adjective before them names.
"""
from __future__ import annotations

from ....document import Document
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..grammar.sentence_view import doc_lemmas
from .states import country_ids, state_of

LOOKBACK = 2        # sentences back to the talks the delegates belong to


def add_delegates(lex: Lexicon, doc: Document, events: list[Cand]) -> None:
    """Add the people of a delegation sentence to the sides of the talks told just before."""
    talks = [e for e in events if e.type == "CONSULT"]
    if not talks:
        return
    sides = lex.word_list("delegation_nouns")
    verbs = lex.word_list("delegation_verbs")
    adjectives = {r.start: r.entity for r in doc.refs if r.kind in ("adjective", "demonym") and r.entity}
    # (a person's office before the name counts as well: the dictionary reads "Інгріда" in
    # "прем'єр-міністерка Інгріда Шимоніте" first as a genitive)
    people = [(m.start, m.entity) for m in [*doc.mentions, *(r for r in doc.refs if r.kind == "role")]
              if (ent := doc.entities.get(m.entity)) is not None and ent.type == "PER"]
    lemmas = doc_lemmas(doc)
    states = {m.start: m.entity for m in doc.mentions if m.entity in country_ids()}
    for si, sent in enumerate(doc.sentences):
        words = lemmas[sent.first_token:sent.last_token]
        if verbs.isdisjoint(words) or sides.isdisjoint(words):
            continue
        toks = doc.tokens[sent.first_token:sent.last_token]
        if any(e.evidence[0] == sent.start for e in talks):
            continue                  # talks of its own: the sentence is no list of delegates
        # the delegates are the verb's subjects; "помічник Путіна" names whom one serves
        case = {t.start: t.case for t in toks}
        named = [(s, e) for s, e in people if sent.start <= s < sent.end and case.get(s) in ("nomn", None)]
        groups = _groups(toks, {**adjectives, **_state_after_side(toks, words, sides, states)}, named, sent.end)
        if not groups and not any(s in adjectives or s in states for s in (t.start for t in toks)):
            # "Україна провела переговори з Туреччиною. Делегацію очолив Рустем Умєров": a
            # delegation no state names is the one of the state its head acts for
            groups = _groups_by_state(named, doc.date)
        if not groups:
            continue
        before = [e for e in talks if e.evidence[0] < sent.start and
                  si - doc.sentence_at(e.evidence[0]) <= LOOKBACK]
        if not before:
            continue
        ev = max(before, key=lambda e: e.evidence[0])
        if not ev.actors and not ev.recipients:
            # "Учора відбулися переговори. Українську сторону представляв Шмигаль, литовську —
            # Шимоніте": talks told with no sides take them from their delegates, the first
            # named acting
            for n, (state, names) in enumerate(groups):
                side = ev.actors if n == 0 else ev.recipients
                side.extend(x for x in [*names, state] if x not in ev.actors and x not in ev.recipients)
            continue
        placed = {state: (ev.actors if state in ev.actors else ev.recipients if state in ev.recipients else None)
                  for state, _ in groups}
        for state, names in groups:
            side = placed[state]
            if side is None and len(groups) == 2:
                # "переговори з Литвою. Українську сторону представляв Шмигаль, литовську — ...":
                # the other delegation of two, its state not yet among the sides, is the other side
                other = next((placed[s] for s, _ in groups if s != state), None)
                side = None if other is None else ev.recipients if other is ev.actors else ev.actors
                if side is not None and state not in ev.actors + ev.recipients:
                    side.append(state)
            if side is None:
                continue              # a state the talks do not have: no side to put them on
            side.extend(x for x in names if x not in ev.actors and x not in ev.recipients)


def _groups_by_state(people: list[tuple[int, str]], date) -> list[tuple[str, list[str]]]:
    """(state, people) by the state each person acts for on `date` (the knowledge base's)."""
    out: dict[str, list[str]] = {}
    for _, eid in people:
        state = state_of(eid, date)
        if state is not None and eid not in out.setdefault(state, []):
            out[state].append(eid)
    return list(out.items())


def _groups(toks, adjectives: dict[int, str], people: list[tuple[int, str]], end: int) -> list[tuple[str, list[str]]]:
    """(state, people) for each part that opens with a state's adjective."""
    opens = [(t.start, adjectives[t.start]) for t in toks if t.start in adjectives]
    out = []
    for n, (start, state) in enumerate(opens):
        stop = opens[n + 1][0] if n + 1 < len(opens) else end
        names = list(dict.fromkeys(e for s, e in people if start < s < stop))
        if names:
            out.append((state, names))
    return out


def _state_after_side(toks, words: list[str], sides: frozenset[str], states: dict[int, str]) -> dict[int, str]:
    """"Делегацію України очолював Умєров": a state named right after the delegation's noun
    opens its part as the adjective does ("Українську делегацію"); start -> state."""
    return {toks[k + 1].start: states[toks[k + 1].start] for k in range(len(toks) - 1)
            if words[k] in sides and toks[k + 1].start in states}
