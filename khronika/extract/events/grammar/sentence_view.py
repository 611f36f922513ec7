"""The token-level views of one sentence that every trigger in it reads (`SentenceView`: its
lemmas, clauses, relative clauses, blocked ranges and the names in it), the per-document cut of
mentions, refs and timexes by sentence (`Layers`), and the small token helpers the event modules
share (`lemma_of`, `clauses`, `token_index_before`). They sit apart from the trigger checks so
that the modules that read a sentence need not import the trigger finder.
"""
from __future__ import annotations

import bisect
from functools import cached_property
from itertools import compress
from operator import attrgetter, or_

from ....document import Document, Token
from .clauses import _finite, for_now
from ..status.condition_clauses import condition_after
from ..status.sequences import sequence_phrases
from ..lexicon.compiled import Lexicon
from .names import args_in

_NORM, _IS_WORD = attrgetter("norm"), attrgetter("is_word")
CLAUSE_PUNCT = {",", ";", ":", "-", "(", ")", "—", "–"}


def lemma_of(t: Token) -> str:
    return (t.lemma or t.norm).lower()


def _column(doc: Document, key: str, make) -> list:
    """One field of every token of the document, in order, worked out once a document and
    kept in `doc.meta` under `key` (the events layer changes no token's form or lemma)."""
    kept = doc.meta.get(key)
    if kept is None or kept[0] is not doc.tokens or len(kept[1]) != len(doc.tokens):
        kept = doc.meta[key] = (doc.tokens, make(doc.tokens))
    return kept[1]


def doc_lemmas(doc: Document) -> list[str]:
    """`lemma_of` of every token of the document: each sentence view takes its slice, and the
    tests of the whole text (its genre, its first person, a field's words) read it instead of
    asking each token again (the events layer made ~1,600 `lemma_of` calls a document)."""
    return _column(doc, "_lemmas", lambda toks: [(t.lemma or t.norm).lower() for t in toks])


def doc_norms(doc: Document) -> list[str]:
    """The norm of every token of the document: the scan, the sentence views' blockers and the
    tests of the whole text pick their words out of it in C."""
    return _column(doc, "_norms", lambda toks: list(map(_NORM, toks)))


def doc_words(doc: Document) -> list[bool]:
    """Whether each token of the document is a word: the mask the whole-text tests (its genre,
    a work's words) compress the lemmas and norms with."""
    return _column(doc, "_is_word", lambda toks: list(map(_IS_WORD, toks)))


def clauses(toks: list[Token], lo: int, hi: int) -> list[tuple[int, int]]:
    out, start = [], lo
    for k in range(lo, hi):
        if not toks[k].is_word and toks[k].norm in CLAUSE_PUNCT:
            if k > start:
                out.append((start, k))
            start = k + 1
    if start < hi:
        out.append((start, hi))
    return out or [(lo, hi)]


def token_index_before(doc: Document, offset: int, lo: int) -> int | None:
    """The word token just before `offset` (within the sentence starting at token `lo`)."""
    k = None
    for m in range(lo, len(doc.tokens)):
        if doc.tokens[m].start >= offset:
            break
        if doc.tokens[m].is_word:
            k = m
    return k


class Layers:
    """The document's mentions, refs and timexes sorted by start, cut per sentence by bisection
    (a long document would otherwise cost sentences x mentions)."""

    def __init__(self, doc: Document):
        self.lists = {name: sorted(getattr(doc, name), key=lambda x: x.start)
                      for name in ("mentions", "refs", "timexes")}
        self.starts = {name: [x.start for x in items] for name, items in self.lists.items()}

    def cut(self, name: str, start: int, end: int) -> list:
        lo = bisect.bisect_left(self.starts[name], start)
        hi = bisect.bisect_left(self.starts[name], end)
        return self.lists[name][lo:hi]


class SentenceView:
    """Token-level views of one sentence shared by every trigger in it. Built for every
    sentence, though most hold no trigger: the views only a trigger reads (the lemma set,
    the clauses, relative clauses and blocked ranges) are worked out when first read."""

    def __init__(self, doc: Document, index: int, lex: Lexicon, layers: "Layers | None" = None):
        s = doc.sentences[index]
        self.doc, self.index, self.lex = doc, index, lex
        self.lo, self.hi = s.first_token, s.last_token
        self.start, self.end = s.start, s.end
        self.para = s.paragraph
        toks = doc.tokens
        self.lemmas = doc_lemmas(doc)[self.lo:self.hi]
        layers = layers or Layers(doc)
        self.timexes = layers.cut("timexes", self.start, self.end)
        self.args = args_in(doc, self.start, self.end, layers.cut("mentions", self.start, self.end),
                            layers.cut("refs", self.start, self.end), self.timexes)

    @cached_property
    def lemma_set(self) -> set[str]:
        toks = self.doc.tokens
        return set(self.lemmas) | {toks[k].norm for k in range(self.lo, self.hi)}

    @cached_property
    def sequence_nouns(self) -> list[tuple[int, int, int]]:
        """`status.sequences.sequence_phrases` of the whole sentence, which several trigger
        checks ask of each trigger: (first token, end token, head noun) of each happening
        noun under a preposition of sequence ("перед зустріччю з Трампом")."""
        return sequence_phrases(self.doc, self.lo, self.hi, self.lex)

    @cached_property
    def clauses(self) -> list[tuple[int, int]]:
        return clauses(self.doc.tokens, self.lo, self.hi)

    @cached_property
    def rel_spans(self) -> list[tuple[int, int]]:
        toks = self.doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        return [self.char_span(c) for c in self.clauses
                if lemma_of(toks[c[0]]) in rel or toks[c[0]].norm in rel]

    def main_after_relative(self, k: int) -> list[tuple[int, int]]:
        """"Боєць, який загинув від авіаудару, похований у Львові": the character span of the
        main clause that goes on after the relative clause holding token k, when it goes on with
        a predicate of its own (a finite verb or a passive participle in the nominative after the
        comma); [] otherwise. What that predicate tells of the antecedent (where he is buried)
        takes no part in the relative clause's happening. A list going on after the comma
        ("яку завдали по Харкову, Сумах") opens no predicate, so it stays in the clause."""
        toks = self.doc.tokens
        rel = self.lex.word_list("relative_pronouns")
        for n, (a, b) in enumerate(self.clauses):
            if not a <= k < b:
                continue
            if not (lemma_of(toks[a]) in rel or toks[a].norm in rel) or b >= self.hi or toks[b].norm != "," or \
                    n + 1 >= len(self.clauses) or not any(_finite(toks[m]) for m in range(a, b)):
                return []
            c, d = self.clauses[n + 1]
            first = next((m for m in range(c, d) if toks[m].is_word and toks[m].pos not in ("ADVB", "PRCL")), None)
            if first is None:
                return []
            t = toks[first]
            if _finite(t) or (t.pos in ("ADJF", "PRTF") and "pssv" in (t.tags or ()) and t.case == "nomn"):
                return [(toks[c].start, self.end)]
            return []
        return []

    @cached_property
    def sequence_spans(self) -> list[tuple[int, int]]:
        """Character spans of the clauses that tell a happening before or after another one
        ("після того, як 5 травня ворог ударив", `sequence_clause_openers`) and hold a finite
        verb of their own: a time inside dates only what they tell."""
        toks = self.doc.tokens
        openers = self.lex.word_list("sequence_clause_openers")
        spans, prev = [], []
        for a, b in self.clauses:
            words = [toks[k].norm for k in range(a, min(b, a + 4)) if toks[k].is_word]
            heads = {" ".join(words[:n]) for n in (1, 2, 3, 4)}
            heads |= {" ".join(prev[-n:] + words[:1]) for n in (1, 2, 3) if prev}
            if heads & openers and any(_finite(toks[k]) for k in range(a, b)):
                spans.append(self.char_span((a, b)))
            prev = [toks[k].norm for k in range(a, b) if toks[k].is_word]
        return spans + self._sequence_phrases()

    def _sequence_phrases(self) -> list[tuple[int, int]]:
        """"після удару 1 червня", "перед саміту 9 липня": a time right after a noun that a
        preposition of sequence (`sequence_prepositions`) governs dates that noun's
        happening; the main clause's happens after or before it."""
        toks, preps = self.doc.tokens, self.lex.word_list("sequence_prepositions")
        starts = {t.start: t for t in self.timexes}
        spans = []
        for k in range(self.lo, self.hi):
            if toks[k].norm not in preps:
                continue
            for m in range(k + 1, min(k + 5, self.hi)):
                t = starts.get(toks[m].start)
                if t is not None and m > k + 1:
                    spans.append((toks[k].start, t.end))
                    break
                if not toks[m].is_word or toks[m].pos not in ("NOUN", "ADJF"):
                    break
        return spans

    @cached_property
    def _blocks(self) -> tuple[int, list[tuple[int, int]]]:
        """A wish ("щоб ...") blocks the rest of the sentence, a generic relative ("хто") or
        a readiness ("готові до ...") the rest of its clause: (blocked from, blocked ranges)."""
        toks, lex = self.doc.tokens, self.lex
        blocked_from = self.hi
        blocked_ranges: list[tuple[int, int]] = []
        blockers = lex.word_list("blockers")
        clause_blockers = lex.word_list("clause_blockers")
        # the few tokens that are either, picked out in C (`tokenscan`'s way), in text order
        norms = doc_norms(self.doc)[self.lo:self.hi]
        for k in compress(range(self.lo, self.hi), map(or_, map(blockers.__contains__, norms),
                                                       map(clause_blockers.__contains__, norms))):
            if toks[k].norm in clause_blockers:
                if self._ready_to_give(k) or (toks[k].norm in lex.word_list("readiness_words")
                                              and condition_after(self.doc, k + 1, self.hi, lex)):
                    continue    # ("готові зустрітися, якщо ...": an offer on a condition)
                blocked_ranges.append((k + 1, self._with_inclusions(self.clause_of(k))[1]))
            elif not for_now(self.doc, k, self.lo, self.hi, lex):
                blocked_from = min(blocked_from, k)
        return blocked_from, blocked_ranges

    def _with_inclusions(self, c: tuple[int, int]) -> tuple[int, int]:
        """"Ми готові до всього, зокрема до нових ударів": a clause that only names one more
        thing of the one before ("зокрема", "у тому числі", "навіть": `inclusion_openers`) and
        tells no act of its own (no finite verb) belongs to it, so a readiness covers it too."""
        toks, openers = self.doc.tokens, self.lex.word_list("inclusion_openers")
        rest = [d for d in self.clauses if d[0] >= c[1]]
        for a, b in rest:
            words = [toks[m].norm for m in range(a, min(b, a + 3)) if toks[m].is_word]
            if not any(" ".join(words[:n]) in openers for n in (1, 2, 3)) or \
                    any(_finite(toks[m]) for m in range(a, b)):
                break
            c = (c[0], b)
        return c

    def _ready_to_give(self, k: int) -> bool:
        """"Словаччина готова передати Україні гелікоптери", "Ми готові надати допомогу": a
        readiness to give or impose, told by the verb of the act, announces that act (planned);
        readiness to talk ("готові до переговорів") stays a stance."""
        toks, lex = self.doc.tokens, self.lex
        m = k + 1
        # ("готова й надалі надавати": "й" before an adverb joins it, not another clause)
        while m < self.hi and (toks[m].pos in ("ADVB", "PRCL") or
                               (toks[m].norm in lex.word_list("list_joiners") and toks[m].is_word and
                                m + 1 < self.hi and toks[m + 1].pos == "ADVB")):
            m += 1
        return m < self.hi and toks[m].norm not in lex.word_list("clause_blockers") and \
            lemma_of(toks[m]) in lex.word_list("readiness_act_verbs")

    @property
    def blocked_from(self) -> int:
        return self._blocks[0]

    @property
    def blocked_ranges(self) -> list[tuple[int, int]]:
        return self._blocks[1]

    def first_in_paragraph(self, back: int) -> int:
        """The index of the earliest of the `back` sentences before this one that stands in
        its paragraph (this sentence's own index when none does): how far back a word that
        points at a name before it ("вони", "Депутати") may look."""
        sents = self.doc.sentences
        first = max(0, self.index - back)
        while first < self.index and sents[first].paragraph != self.para:
            first += 1
        return first

    def clause_of(self, k: int) -> tuple[int, int]:
        for c in self.clauses:
            if c[0] <= k < c[1]:
                return c
        return (self.lo, self.hi)

    def blocked(self, k: int) -> bool:
        blocked_from, ranges = self._blocks
        return k >= blocked_from or any(a <= k < b for a, b in ranges)

    def char_span(self, clause: tuple[int, int]) -> tuple[int, int]:
        toks = self.doc.tokens
        return toks[clause[0]].start, toks[clause[1] - 1].end
