"""Trigger words inside a claim, a memory or a name of a place, not a report of a happening.

Wartime addresses and news argue as much as they report: "Санкції працюють", "Обстріли не
зламають місто", "через санкції економіка падає", "ворог хоче залякати нас ударами" speak of
strikes or sanctions as a kind, a cause or a means, and a reader finds no strike or sanction in
them. A happening told is past, or going on or coming by a verb that says so ("тривають",
"готує", "відбудеться"), or has its own target, time, pointer or "новий". The present or the
future of any other verb around a bare trigger noun is a claim.

A happening of long ago ("вісімдесят років тому", "у 1944 році") or one a day of memory is
kept for ("роковини депортації") is history recalled, not a happening of the report; and a
trigger noun naming what a facility is for ("пункт евакуації", "центр допомоги") names a
place. The scan drops all three like a topic.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

import datetime as dt

from ....document import Document
from ..grammar.clauses import _cases
from ..grammar.sentence_view import SentenceView, lemma_of
from ..status.verb_forms import is_infinitive

MODIFIER_POS = ("ADJF", "PRTF", "NPRO", "NUMR")
# lists of events.yaml whose verbs tell a happening that goes on, comes or is reported
KEEPER_LISTS = ("anchors", "claim_keepers", "ongoing_predicates", "going_on_verbs", "phase_verbs",
                "agreement_predicates", "commitment_verbs", "performative_verbs", "gratitude_words",
                "judging_verbs", "framing_verbs", "witness_words", "copulas", "whereabouts_verbs",
                "light_verbs", "stance_verbs")
# lists of words before a trigger noun that point at one happening, not a kind
SPECIFIC_LISTS = ("anaphoric", "demonstratives", "non_anaphoric", "since_markers", "possessive_pointers")


def _thing_length(doc: Document, x, c: tuple[int, int]) -> bool:
    """A length written as an adjective of a thing ("загрожує трирічне ув'язнення", "п'ятирічний
    план"): how long the thing lasts, not when a happening of clause c takes place."""
    return x.type == "DURATION" and any(
        t.start == x.start and t.end == x.end and t.pos == "ADJF" for t in doc.tokens[c[0]:c[1]])


class Claims:
    """`claim`, `remembered` and `facility_name`: a trigger word that reports no happening."""

    def claim(self, doc: Document, sent: SentenceView, k: int, j: int, type_: str) -> bool:
        """A trigger noun in a clause whose only verbs are in the present or future and tell
        no happening going on or coming ("Санкції діють", "Ціни зростають через атаки на
        заводи", "Обстріли не зламають Харків", "Росія прагне залякати нас обстрілами"), or
        under "має бути" ("Санкції мають бути болючими"). A time in the clause, a pointer or
        "новий"/an ordinal before the noun, a name in its own phrase, or a past verb keep it.
        In the future only the noun's own verb counts: it must be the subject before it.
        A relative clause speaks of its antecedent ("міста, які піддаються атакам"; "угода,
        яка передбачає ..."), a place pointer ("там") or a frame ("на переговорах") of one in
        particular: these stay."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos != "NOUN":
            return False
        c = sent.clause_of(k)
        # (the verbs first: most trigger nouns stand by a past verb and are done with here)
        modals = lex.word_list("claim_modals")
        finite = [x for x in range(c[0], c[1]) if not k <= x < j and
                  ((toks[x].pos == "VERB" and toks[x].tense and not is_infinitive(toks[x])) or
                   # ("Санкції повинні зачепити кожного": "повинні" is a present modal of its own)
                   (toks[x].pos in ("ADJF", "ADJS") and lemma_of(toks[x]) in modals))]
        if not finite or any(toks[x].tense == "past" for x in finite):
            return False
        v = finite[0]
        if (toks[v].tense or "pres") == "futr" and not (k < v and "nomn" in _cases(toks[k].text)):
            return False
        rel = lex.word_list("relative_pronouns")
        if (c[0] > sent.lo and (lemma_of(toks[c[0]]) in rel or toks[c[0]].norm in rel)) or \
                self.relative_clause(doc, sent, k) is not None:
            return False
        lo_char, hi_char = toks[c[0]].start, toks[c[1] - 1].end
        if any(lo_char <= x.start < hi_char and not _thing_length(doc, x, c)
               for x in sent.timexes) \
                or any(toks[x].norm in lex.word_list("place_anaphors") for x in range(c[0], c[1])):
            return False
        if type_.lower() in lex.word_list("frame_types"):
            frames = lex.word_list("frame_prepositions")
            if k - 1 >= c[0] and "loct" in _cases(toks[k].text) and \
                    (toks[k - 1].norm in frames or (k - 2 >= c[0] and f"{toks[k - 2].norm} {toks[k - 1].norm}" in frames)):
                return False
        specific, keep = _claim_sets(lex, type_)
        m = k - 1
        while m >= c[0] and toks[m].pos in MODIFIER_POS:
            if toks[m].norm in specific or lemma_of(toks[m]) in specific:
                return False
            m -= 1
        if m >= c[0] and toks[m].norm in lex.contexts.get("over", ()) and \
                any(lemma_of(toks[x]) in lex.contexts.get("work_on", ()) for x in finite) and \
                any(toks[c[0]].start <= a.start < toks[c[1] - 1].end for a in sent.args):
            return False        # "Україна та Японія працюють над угодою": one text being made
        should_be = any(lemma_of(toks[x]) in modals and x + 1 < c[1] and
                        is_infinitive(toks[x + 1]) and lemma_of(toks[x + 1]) in lex.word_list("copulas")
                        for x in finite)
        if not should_be:
            verbs = (x for x in range(c[0], c[1]) if not k <= x < j and toks[x].pos in ("VERB", "INFN", "PRTF", "GRND"))
            if any(toks[x].pos in ("PRTF", "GRND") or lemma_of(toks[x]) in keep or toks[x].norm in keep
                   for x in verbs):
                return False
            end = _own_phrase_end(toks, j, c[1])
            # ("Санкції проти Росії діють повільно": the regime against the adversary, as the
            # claim's subject, is a kind, naming the state does not single out one; its
            # adjective names what is hit, "відмова від російської нафти", and a change of it is
            # sought, "працюємо для посилення санкцій проти Росії": these still do)
            regime = (lex.adversary or {}).get("id") \
                if type_.lower() in lex.word_list("regime_types") and "nomn" in _cases(toks[k].text) else None
            if any(toks[k].start <= a.start < toks[end - 1].end and
                   (a.entity != regime or a.kind in ("adjective", "demonym")) for a in sent.args):
                return False         # "атаки на Одесу знищують ...": named, it is one
        return True

    def remembered(self, doc: Document, sent: SentenceView, k: int, time_range) -> bool:
        """"Вісімдесят років тому нацисти бомбардували місто", "Як у 2014 році, коли Росія
        окупувала Крим", "У роковини депортації": a happening dated years before the report
        (`history_years` of events.yaml) or one a day of memory is kept for is recalled."""
        toks, lex = doc.tokens, self.lex
        if time_range and doc.date:
            years = int(next(iter(lex.word_list("history_years")), "0") or 0)
            if years and time_range[1] < doc.date - dt.timedelta(days=365 * years):
                return True
        if toks[k].pos != "NOUN":
            return False
        words = lex.word_list("memory_nouns")
        m = k - 1
        while m >= sent.lo and toks[m].is_word and toks[m].pos in MODIFIER_POS:
            m -= 1
        return m >= sent.lo and lemma_of(toks[m]) in words

    def facility_name(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"пункт евакуації", "центр гуманітарної допомоги", "штаб допомоги": a trigger noun in
        the genitive after a noun of a facility names what the place is for."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos != "NOUN" or "gent" not in _cases(toks[k].text):
            return False
        m = k - 1
        while m >= sent.lo and toks[m].is_word and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1
        return m >= sent.lo and toks[m].pos == "NOUN" and lemma_of(toks[m]) in lex.word_list("facility_nouns")


def _own_phrase_end(toks, j: int, hi: int) -> int:
    """The end of a trigger noun's own phrase: the genitives and prepositional phrases after it
    ("удари по енергетиці", "санкції проти Росії"), up to a nominative out of any preposition
    ("через санкції російська економіка": the economy is the clause's subject) or a verb."""
    m, after_prep = j, False
    while m < hi and toks[m].is_word:
        t = toks[m]
        if t.pos == "PREP":
            after_prep = True
        elif t.pos in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", None) and (after_prep or t.case != "nomn"):
            pass
        else:
            break
        m += 1
    return max(m, j)


def _claim_sets(lex, type_: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words that point at one happening and the verbs that keep one (the keeper lists and
    the anchor lists the triggers of the type name in their needs: "запроваджує" a sanction,
    "надходить" aid), per type; kept on the lexicon, which is loaded once."""
    cache = lex.__dict__.setdefault("_claim_sets", {})
    if type_ not in cache:
        anchors = {n for ts in list(lex.by_lemma.values()) + list(lex.phrases.values())
                   for t in ts if t.type == type_ for n in t.needs if n.startswith("anchor")}
        specific = frozenset().union(*(lex.word_list(n) for n in SPECIFIC_LISTS))
        keep = frozenset().union(*(lex.word_list(n) for n in KEEPER_LISTS + tuple(sorted(anchors))))
        cache[type_] = (specific, keep)
    return cache[type_]
