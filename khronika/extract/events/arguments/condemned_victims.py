"""Whom a condemned act was done to is not the one condemned.

"Ісландія засудила вивезення українських дітей", "Чехія засудила агресію Росії проти України",
"засудили вбивство полонених України": the condemnation's object is an act, and the names in
that act's phrase were read as recipients of the accusation one and all. Those who suffered
the act stand in it in two ways: after "проти" (the act is against them), or owning the people
or places it was done to ("українських підлітків", "міст України": a name beside a noun of
`harmed_nouns` that follows the act noun). They are its victims, not the accused, so they are
taken out of the condemnation's recipients; whose act it is ("агресію Росії", "російську
агресію") stays. The land a seizure is of ("анексію Криму") is its victim too. A name the act
noun governs itself is left as read. The verbs are
`condemning_verbs`, the nouns `harmed_nouns` in lang/uk/events.yaml.
"""
from __future__ import annotations

from bisect import bisect_left

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.names import Arg, args_in, token_starts
from ..grammar.sentence_view import lemma_of
from ..lexicon.compiled import Lexicon
from ..merging.merge import Cand

# how many words after the verb its object noun may stand ("засудив ці жорстокі депортації")
OBJECT_WINDOW = 4
# prepositions before the ones an act is aimed at ("агресія проти України")
AGAINST = frozenset({"проти"})
# prepositions of what a condemned decision or statement is about ("рішення про визнання ...")
ABOUT = frozenset({"про", "щодо"})


def condemned_victims(lex: Lexicon, doc: Document, cands: list[Cand]) -> list[Cand]:
    """Take the victims of a condemned act out of the condemnation's recipients."""
    verbs = lex.word_list("condemning_verbs")
    starts = token_starts(doc)
    for c in cands:
        if c.type != "ACCUSE" or not c.recipients or c.lemma not in verbs:
            continue
        victims = _victims(lex, doc, c, starts)
        if victims:
            c.recipients = [x for x in c.recipients if x not in victims]
    return cands


def _victims(lex: Lexicon, doc: Document, c: Cand, starts: list[int]) -> set[str]:
    """The names in the phrase of the act after the condemning verb of `c` that stand for whom
    the act was done to."""
    toks = doc.tokens
    k = bisect_left(starts, c.trig[1])
    if k >= len(toks):
        return set()
    sent = toks[k - 1].sentence
    act = next((m for m in range(k, min(len(toks), k + OBJECT_WINDOW))
                if toks[m].sentence == sent and toks[m].pos == "NOUN"), None)
    if act is None:
        return set()
    harmed = lex.word_list("harmed_nouns")
    args = [a for a in args_in(doc, toks[act].end, c.evidence[1])]
    out = set()
    for a in args:
        n = bisect_left(starts, a.start)
        if n >= len(toks) or toks[n].sentence != sent or _clause_break(toks, act, n):
            break
        if n - 1 > act and toks[n - 1].norm in AGAINST:
            out.add(a.entity)                    # "агресія проти України"
        elif any(toks[m].norm in ABOUT for m in range(act + 1, n)):
            # "засуджує рішення Держдуми про визнання так званих ДНР та ЛНР": what the condemned
            # decision or word is about is no one condemned
            out.add(a.entity)
        elif _owns_harmed(toks, act, n, a, harmed):
            out.add(a.entity)                    # "депортацію українських дітей"
        elif _seized(lex, toks, starts, act, n, a, args, harmed):
            out.add(a.entity)                    # "анексію Криму": the land seized
    return out


def _seized(lex: Lexicon, toks, starts: list[int], act: int, n: int, a: Arg, args: list[Arg],
            harmed: frozenset[str]) -> bool:
    """A name of the act's own genitive phrase that is what the act was done to: the land of a
    seizure ("засуджує анексію Криму", "окупацію Криму та частини Донбасу") or a named site of
    `harmed_nouns` ("підрив Каховської ГЕС"), not the one who did it. Only names, conjunctions,
    adjectives and parts of land (`left_place_parts`) stand between; a name that can be read
    only as an instrumental did the act ("анексію Криму Росією") and is kept, as is a state
    that owns the act ("агресію Росії")."""
    cases = _cases(toks[n].text)
    if a.kind != "mention" or (cases and "gent" not in cases):
        return False
    joins = (",", "та", "і", "й")
    parts = lex.word_list("left_place_parts")
    for m in range(act + 1, n):
        t = toks[m]
        if not (t.norm in joins or t.pos in ("ADJF", "PRTF") or lemma_of(t) in parts or
                any(b.start <= t.start < b.end for b in args)):
            return False
    if lemma_of(toks[act]) in lex.word_list("seizure_nouns"):
        return True
    end = max(n, bisect_left(starts, a.end) - 1)      # the name's last token
    return toks[end].pos == "NOUN" and lemma_of(toks[end]) in harmed and \
        lemma_of(toks[act]) in lex.word_list("destruction_nouns")


def _clause_break(toks, act: int, n: int) -> bool:
    """A comma, a dash or a verb between the act noun and the name: the name is in another
    phrase."""
    return any(toks[m].norm in (",", ";", "–", "—", ":") or toks[m].pos == "VERB" for m in range(act + 1, n))


def _owns_harmed(toks, act: int, n: int, a: Arg, harmed: frozenset[str]) -> bool:
    """The name at token n qualifies a noun of `harmed_nouns` other than the act noun: an
    adjective right before it, or a genitive right after it. A name that can be read only as
    an instrumental is who did the act ("депортацію дітей Росією") and is kept."""
    def is_harmed(m: int) -> bool:
        return act < m < len(toks) and toks[m].pos == "NOUN" and lemma_of(toks[m]) in harmed
    if a.kind == "adjective":
        m = n + 1
        while m < len(toks) and toks[m].pos in ("ADJF", "PRTF"):
            m += 1
        # ("українських полонених": an adjective that stands for its noun closes the phrase)
        return is_harmed(m) or (m - 1 > n and lemma_of(toks[m - 1]) in harmed)
    cases = _cases(toks[n].text)
    if cases and "gent" not in cases:
        return False
    return is_harmed(n - 1)
