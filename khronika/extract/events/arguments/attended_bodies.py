"""The body whose gathering someone attends is met there, it does not act with him.

"Кулеба взяв участь у засіданні Ради ЄС", "Прем'єр прибув на саміт НАТО": the body named after
the gathering noun is whose meeting it is, the host the newcomer deals with; the one who takes
part or arrives is the actor. The walk that gives a talk's named parties to its actors put the
body beside him ("Кулеба, Рада ЄС, Україна -> ..."), as if the Council had come along. The
body moves to the recipients (GUIDELINES: the partner of a talk receives); a body that hosts
the talk in the sentence's own subject ("Рада ЄС провела засідання") is not touched: there no
word of taking part or arriving leads to the gathering. Words are data: `attended_gatherings`,
`attending_words` and `arrival_verbs` in lang/uk/events.yaml.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.names import token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from .states import body_state, state_of
from .typed_sides import hit_sides

_INTO = frozenset({"у", "в", "на"})


def attended_bodies(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Move to the recipients of each talk the actors named right after the gathering noun
    that someone takes part in or arrives at."""
    toks = doc.tokens
    starts = token_starts(doc)
    gatherings = lex.word_list("attended_gatherings")
    for c in cands:
        if c.type != "CONSULT" or not c.actors:
            continue
        k = bisect_left(starts, c.trig[0])
        if k >= len(toks):
            continue
        noun = _attended_noun(lex, toks, k, gatherings)
        if noun is None:
            continue
        hosts = _named_after(doc, toks, starts, noun)
        # (a state beside its own person stays: "Порошенко взяв участь у засіданні Комісії
        # Україна – НАТО" names a format, and Ukraine is his)
        theirs = {state_of(y, doc.date) or body_state(y) for y in c.actors if y not in hosts}
        moved = [x for x in c.actors if x in hosts and x not in theirs]
        if moved and len(moved) < len(c.actors):
            c.actors, c.recipients = hit_sides(c.actors, c.recipients, moved)
    return cands


def _attended_noun(lex: Lexicon, toks: list, k: int, gatherings: frozenset) -> int | None:
    """The index of the gathering noun the trigger at `k` is attended by: the trigger itself
    after "участь у" ("взяв участь у засіданні"), or the noun after an arrival verb and its
    "на"/"у" ("прибув на саміт"); None otherwise."""
    if lemma_of(toks[k]) in gatherings:
        m = k - 1
        while m >= 0 and toks[m].pos in ("ADJF", "PRTF") and toks[m].is_word:
            m -= 1        # "у неформальній зустрічі"
        if m >= 1 and toks[m].norm in _INTO and lemma_of(toks[m - 1]) in lex.word_list("attending_words"):
            return k
        return None
    if lemma_of(toks[k]) not in lex.word_list("arrival_verbs"):
        return None
    for m in range(k + 1, min(len(toks) - 1, k + 3)):
        if toks[m].norm in _INTO:
            n = m + 1
            while n < len(toks) and toks[n].pos in ("ADJF", "PRTF"):
                n += 1
            if n < len(toks) and lemma_of(toks[n]) in gatherings:
                return n
            return None
    return None


def _named_after(doc: Document, toks: list, starts: list[int], noun: int) -> set[str]:
    """The entities named in the genitive group that follows the gathering noun ("засіданні
    Ради ЄС", "зустрічі міністрів закордонних справ ЄС", "саміт G7"): the first name after it,
    reached over genitive words alone."""
    m = noun + 1
    out: set[str] = set()
    for mention in sorted(doc.mentions, key=lambda x: x.start):
        if mention.start < toks[noun].end or not mention.entity:
            continue
        k = bisect_left(starts, mention.start)
        if k >= len(toks) or k > noun + 5:
            break
        if all(toks[x].is_word and toks[x].case == "gent" for x in range(m, k)):
            out.add(mention.entity)
        break
    return out
