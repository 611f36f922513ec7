"""A gift or a sanction told again for another party with its verb left out: "Німеччина
передала нам систему Patriot, а США — ракети до неї", "Польща передала 10 танків, Чехія —
20 гаубиць", "Британія запровадила санкції проти банків, а Канада — проти нафтових
компаній". The dash stands for the verb said before and the party named before the dash does
it: a second happening with a giver of its own (the scan counts two when two parties act,
`splits.other_actors`), not a second giver of the first.
"""
from __future__ import annotations

import copy

from ....document import Document
from ...morph import parses
from ..grammar.clauses import _cases, _finite
from ..grammar.gap_dashes import gap_dash
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand
from ..time_place.place_time import gap_time
from ..grammar.sentence_view import SentenceView, lemma_of
from ..arguments.states import state_of

# the party stands right after the conjunction or the comma: the dash comes within a few words
_GAP = 5


def _given_thing(lex: Lexicon, doc: Document, sent: SentenceView, k: int) -> bool:
    """The words after the dash (token k on) tell what is given or whom it is aimed at, as the
    verb left out would govern it: a number, a preposition of `gapped_object_prepositions`
    ("проти нафтових компаній") or an accusative noun ("ракети до неї"); "а США — наш
    головний партнер" (a nominative: a statement of what they are) gives nothing."""
    toks = doc.tokens
    if k >= sent.hi or toks[k].norm in lex.word_list("kind_copulas"):
        return False
    if toks[k].norm in lex.word_list("gapped_object_prepositions") or toks[k].text[:1].isdigit():
        return True
    numbers = {"sing", "plur"}
    for x in range(k, min(sent.hi, k + 4)):
        t = toks[x]
        if not t.is_word or _finite(t):
            return False
        if t.pos == "NUMR":
            return True
        if t.pos == "NOUN":
            # an accusative in the number its modifiers allow ("наш надійний сусід": "сусід"
            # reads as an accusative only in the plural, "наш" only in the singular)
            return bool(_accusative_numbers(t.text) & numbers)
        if t.pos in ("ADJF", "PRTF", "NPRO"):
            numbers &= _accusative_numbers(t.text)
    return False


def _gap_mode(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, k: int) -> str | None:
    """The mode the words of the gap tell ("а Швеція — 30 мільйонів на енергетику" gives money
    after a package of arms), up to the next comma or conjunction."""
    toks = doc.tokens
    stops = lex.word_list("gap_conjunctions") | {",", ";"}
    end = next((x for x in range(k, sent.hi) if toks[x].norm in stops), sent.hi)
    words = {lemma_of(toks[x]) for x in range(k, end)} | {toks[x].norm for x in range(k, end)}
    return next((mode for mode, ws in lex.modes.get(cand.type, {}).items() if ws & words), None)


def _accusative_numbers(word: str) -> set[str]:
    """The numbers ("sing", "plur") in which a word form reads as an accusative."""
    return {"plur" if p.tag.number == "plur" else "sing" for p in parses(word) if p.tag.case == "accs"}


def gapped_givers(lex: Lexicon, doc: Document, sent: SentenceView, cand: Cand, j: int) -> list[Cand]:
    """Each gap after the trigger (ending at token j) that names a party before a dash and a
    thing given after it: a copy of the happening with that party (and the state it acts for)
    as its actor and the first one's recipients; the party leaves the first happening."""
    if cand.type.lower() not in lex.word_list("gapped_giver_types") or j >= sent.hi:
        return []
    toks = doc.tokens
    joins = lex.word_list("gap_conjunctions") | {","}
    out: list[Cand] = []
    m = j
    while m < sent.hi - 3:
        if _finite(toks[m]) and m > j:
            break                 # another predicate: its own clause, told by its own trigger
        if toks[m].norm not in joins or toks[m + 1].norm in joins:
            m += 1        # (", а США —": the gap opens at the conjunction after the comma)
            continue
        dash = gap_dash(lex, doc, sent, m, _GAP)
        if dash is None or dash == m + 1:
            m += 1
            continue
        named = [a for a in sent.args if toks[m].end <= a.start and a.end <= toks[dash].start
                 and a.kind != "pronoun"]
        # the party is the whole gap: its first word stands right after the conjunction, in the
        # nominative ("а Польщі — танки" names whom the first giver gave, not another giver)
        if not named or min(a.start for a in named) != toks[m + 1].start or \
                "nomn" not in _cases(toks[m + 1].text) or not _given_thing(lex, doc, sent, dash + 1):
            m = dash + 1
            continue
        theirs = list(dict.fromkeys(a.entity for a in named))
        states = [s for x in theirs if (s := state_of(x, doc.date)) and s not in theirs]
        c = copy.deepcopy(cand)
        c.actors = theirs + list(dict.fromkeys(states))
        c.recipients = [x for x in cand.recipients if x not in c.actors]
        c.soft = set(states)
        c.mode = _gap_mode(lex, doc, sent, cand, dash + 1) or cand.mode
        gap_time(doc, sent, cand, c, m, dash)
        c.trig = (toks[m + 1].start, max(a.end for a in named))
        c.distinct, c.aggregate, c.anaphoric, c.mentions = True, False, False, []
        cand.actors = [x for x in cand.actors if x not in theirs]
        cand.recipients = [x for x in cand.recipients if x not in theirs]
        out.append(c)
        m = dash + 1
    return out
