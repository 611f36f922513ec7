"""An envoy killed is a blow to the state he represents, not to the town where it happened.

"У 2016 році в Анкарі було вбито посла Росії в Туреччині Андрія Карлова": the victims are the
envoy (when named) and his state, Russia; Ankara is where it happened (GUIDELINES: a place is
no participant unless it is what was struck) and Turkey only where he served. A killing with
no doer named in a home town ("У Києві вбили консула Польщі") is no blow of the adversary to the
home side either: the doer guessed from the home side's suffering is dropped, an empty side
is better than a wrong one. The envoy's state is the one named right after the envoy noun
("посла Росії", "консула Польщі") or by the adjective right before it ("російського
посла"). Words are data: `envoy_nouns` (shared with the partner walk) and `killing_words` in lang/uk/events.yaml.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.names import args_in, token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import country_ids, entity_for


def killed_envoys(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Give each killing of a state's envoy that state (and the envoy named) as its
    recipients, in place of the towns and of a guessed doer."""
    envoys, killing = lex.word_list("envoy_nouns"), lex.word_list("killing_words")
    states = country_ids()
    toks = doc.tokens
    starts = token_starts(doc)
    for c in cands:
        if c.type != "ASSAULT" or c.lemma not in killing:
            continue
        lo, hi = c.evidence
        args = args_in(doc, lo, hi)
        k0, k1 = bisect_left(starts, lo), bisect_left(starts, hi)
        for k in range(k0, k1):
            if lemma_of(toks[k]) not in envoys:
                continue
            state = _envoy_state(doc, toks, args, k, states)
            if state is None:
                continue
            person = next((a.entity for a in args if a.etype == "PER" and toks[k].end <= a.start and
                           bisect_left(starts, a.start) - k <= 6), None)
            kept = [x for x in c.recipients if x not in states and x != c.place and
                    not _is_place(doc, x)]
            c.recipients = ([person] if person else []) + [entity_for(doc, state)] + \
                [x for x in kept if x != person]
            named = {a.entity for a in args}
            c.actors = [x for x in c.actors if x not in c.soft and x in named]
            break
    return cands


def _envoy_state(doc: Document, toks: list, args: list, k: int, states: frozenset) -> str | None:
    """The state of the envoy noun at `k`: the state named right after it, or the state
    adjective right before it; None when neither."""
    after = next((a for a in args if a.start >= toks[k].end), None)
    if after is not None and after.entity in states and \
            not doc.text[toks[k].end:after.start].strip():
        return after.entity
    before = next((a for a in reversed(args) if a.end <= toks[k].start), None)
    if before is not None and before.entity in states and \
            not doc.text[before.end:toks[k].start].strip():
        return before.entity
    return None


def _is_place(doc: Document, eid: str) -> bool:
    """A town or a region (a LOC of the document that is no state)."""
    ent = doc.entities.get(eid)
    return ent is not None and ent.type == "LOC"
