"""A strike or pressure noun after "під" is a figure of speech unless what strikes is a weapon or
a party: "під ударами пандемії", "під ударами критики", "під тиском обставин" say that something
suffered or gave way, no one struck it; "під ударами російських ракет", "під ударами окупантів",
"під тиском Заходу" keep the strike or the pressure. The striker is the genitive noun right after
the trigger (past its adjectives); it is told real by the grammar and the data (a named entity, a
weapon, a force, the adversary's common names: `under_strikers` and the weapon and hostile lists
of lang/uk/events.yaml), so any abstract cause counts as a figure without being listed. With no
genitive after the noun ("Харків знову під ударом") nothing tells a figure and the trigger stays.
Read by the `!under_figure` need.
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.sentence_view import SentenceView, lemma_of

# how far before the trigger "під" may stand, over its adjectives ("під потужними ударами")
REACH_BACK = 3
# how far after the trigger the striker may stand, over its adjectives
REACH_ON = 5


def under_figure(lex, doc: Document, sent: SentenceView, i: int, j: int) -> bool:
    """The trigger (tokens i..j) stands after "під" and its genitive striker is neither a
    named entity nor a weapon, a force or the adversary."""
    toks = doc.tokens
    under = lex.word_list("under_prepositions")
    back = i - 1
    while back >= max(sent.lo, i - REACH_BACK) and toks[back].pos in ("ADJF", "PRTF"):
        back -= 1
    if back < sent.lo or toks[back].norm not in under:
        return False
    strikers = lex.word_list("under_strikers") | lex.word_list("weapon_agents") | \
        lex.contexts.get("hostile", frozenset()) | lex.contexts.get("projectiles", frozenset())
    named = {a.start for a in sent.args if a.kind != "pronoun"}
    for k in range(j, min(sent.hi, j + REACH_ON)):
        t = toks[k]
        if not t.is_word:
            return False
        if t.start in named or lemma_of(t) in strikers or t.norm in strikers:
            return False
        readings = parses(t.text)
        if any(p.tag.POS in ("ADJF", "PRTF") for p in readings) and not any(
                p.tag.POS == "NOUN" for p in readings):
            continue
        # the first noun: a genitive one is what strikes; anything else tells no striker
        return any(p.tag.POS == "NOUN" and "gent" in p.tag for p in readings)
    return False
