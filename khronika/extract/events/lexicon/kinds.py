"""Trigger words that speak of a kind of happening, not of one that took place: a habit or a
disposition told with "завжди" or "зазвичай" ("Ми завжди відкриті до переговорів"), a trigger
noun that is the subject of a definition or an appraisal with nothing of its own ("Санкції — це
інструмент", "Візити лідерів важливі"), and a trigger word inside the quoted name or term that
a noun carries ("фонд «Удар у відповідь»", "слово «переговори»"). A reader of the chronicle
finds no happening in any of them, so the scan drops them like a topic.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from ..grammar.clauses import _cases, _finite
from ..grammar.marks import CLOSING_MARKS, DASHES, OPENING_MARKS
from ..grammar.sentence_view import SentenceView, lemma_of

MODIFIER_POS = ("ADJF", "PRTF", "NPRO", "NUMR")


class KindStatements:
    """`disposition`, `quoted_name`, `named_as`, `kind_subject`, `generic_subject`,
    `topic_heading` and `titled`: no single happening is told."""

    def disposition(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Ми завжди обговорюємо з партнерами енергетику", "Росія зазвичай атакує вночі": an
        adverb of always or usually in the trigger's clause tells what is done as a rule. "як
        завжди" ("Сьогодні, як завжди, провів нараду") tells one happening like the others."""
        toks = doc.tokens
        c = sent.clause_of(k)
        words = self.lex.word_list("disposition_adverbs")
        if self._whenever(doc, sent, c) or self._after_whenever(doc, sent, c):
            return True
        lo = max(sent.lo, c[0] - 3)          # "Як правило, такі переговори": its own clause before
        for m in range(lo, c[1]):
            two = f"{toks[m].norm} {toks[m + 1].norm}" if m + 1 < sent.hi else ""
            if toks[m].norm in words and m >= c[0]:
                if not self._as_always(doc, sent, m):
                    return True
            elif two in words and (m >= c[0] or self._opens_sentence_clause(doc, sent, m, c)):
                return True
        return False

    def _whenever(self, doc: Document, sent: SentenceView, c: tuple[int, int]) -> bool:
        """"щоразу, коли він обстрілює наші міста", "Кожного разу, коли Росія атакує": a clause
        of "коли" after a word of every time tells any such happening, none in particular."""
        toks, lex = doc.tokens, self.lex
        if c[0] - 1 <= sent.lo or toks[c[0]].norm not in lex.word_list("whenever_subordinators"):
            return False
        before = [toks[x].norm for x in range(max(sent.lo, c[0] - 3), c[0] - 1)]
        text = " ".join(before)
        return any(text.endswith(w) for w in lex.word_list("whenever_words"))

    def _after_whenever(self, doc: Document, sent: SentenceView, c: tuple[int, int]) -> bool:
        """"Кожного разу, коли Захід пропонує діалог, Кремль відповідає ударами": the main clause
        after an opening "every time when" clause tells what follows each time, no happening."""
        toks = doc.tokens
        subs = self.lex.word_list("whenever_subordinators")
        for m in range(sent.lo + 1, c[0]):
            if toks[m].norm in subs and sent.clause_of(m)[0] == m:
                return self._whenever(doc, sent, sent.clause_of(m)) and \
                    all(sent.clause_of(x)[0] < m for x in range(sent.lo, m - 1))
        return False

    def _as_always(self, doc: Document, sent: SentenceView, m: int) -> bool:
        toks = doc.tokens
        likeness = self.lex.word_list("likeness_words")
        return any(toks[x].norm in likeness for x in range(max(sent.lo, m - 2), m))

    @staticmethod
    def _opens_sentence_clause(doc: Document, sent: SentenceView, m: int, c: tuple[int, int]) -> bool:
        """A framing phrase set off by a comma just before the trigger's clause ("Як правило,
        ...") stands for the clause after it."""
        return sent.clause_of(m)[1] == c[0] - 1 and doc.tokens[c[0] - 1].norm == ","

    def quoted_name(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """A trigger inside quote marks opened right after a noun: the quoted words are the name
        or term that noun carries ("програма «Допомога поруч»", "термін «обстріл»"), not a
        happening. Marks opened after a verb, a colon or a dash are speech and stay."""
        toks = doc.tokens
        for m in range(k - 1, sent.lo - 1, -1):
            t = toks[m]
            if t.text in CLOSING_MARKS and t.text not in OPENING_MARKS:
                return False
            if t.text in OPENING_MARKS:
                prev = m - 1
                return prev >= sent.lo and toks[prev].is_word and \
                    (toks[prev].pos == "NOUN" or self._scare_quoted(doc, sent, m, k))
        return False

    @staticmethod
    def _scare_quoted(doc: Document, sent: SentenceView, opening: int, k: int) -> bool:
        """"оголосили примусову «евакуацію»", "так звані «переговори»": a word or two set in
        marks right after an adjective is said at a distance, not told as done. Marks after a
        verb, a conjunction, a colon or a dash are speech ("сказав, що «евакуація триває»")."""
        toks = doc.tokens
        if toks[opening - 1].pos not in ("ADJF", "PRTF"):
            return False
        close = next((m for m in range(k + 1, min(sent.hi, k + 3)) if toks[m].text in CLOSING_MARKS), None)
        return close is not None and sum(toks[m].is_word for m in range(opening + 1, close)) <= 3

    def this_predicate(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """A trigger noun that is the predicate of a clause opened by "це" and counted by an
        ordinal ("це вже третя подібна угода з ЄІБ цього року", "Це вже другий удар за
        тиждень"): it counts the happening told before, and tells no second one ("Це був
        ракетний удар по Херсону" names one)."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos != "NOUN":
            return False
        c = sent.clause_of(k)
        m = c[0]
        if m < k and toks[m].norm in lex.word_list("subordinators"):
            m += 1                                 # "наголосила, що це вже третя угода"
        if m >= k or toks[m].norm != "це":
            return False
        pointers = lex.word_list("anaphoric")
        if any(lemma_of(toks[x]) in pointers or toks[x].norm in pointers for x in range(m + 1, k)):
            return False                           # "Це буде перша така зустріч": merged as a mention
        ordinals = lex.word_list("count_ordinals")
        return any(lemma_of(toks[x]) in ordinals for x in range(m + 1, k)) and \
            all(toks[x].is_word and (toks[x].pos in MODIFIER_POS or toks[x].pos in ("ADVB", "PRCL", None) or
                                     lemma_of(toks[x]) == "бути") for x in range(m + 1, k))

    def named_as(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """A trigger noun in the instrumental that a verb of naming or judging says of its object
        ("назвав події в Сирії ударом по позиціях Москви", "вважають це рішення ударом у
        спину"): what the thing is called, no happening. The first verb before it decides."""
        toks = doc.tokens
        if toks[k].pos != "NOUN" or toks[k].case != "ablt":
            return False
        c_lo = sent.clause_of(k)[0]
        for m in range(k - 1, c_lo - 1, -1):
            t = toks[m]
            if t.pos in ("VERB", "INFN", "GRND", "PRTF"):
                return lemma_of(t) in self.lex.word_list("naming_verbs")
        return False

    def kind_subject(self, doc: Document, sent: SentenceView, k: int, j: int) -> bool:
        """A trigger noun opening its clause as the subject of a definition or an appraisal,
        with no name, time or pointer of its own: "Санкції — це інструмент", "Санкції — не
        панацея", "Переговори є мистецтвом можливого", "Візити іноземних лідерів важливі".
        A happening named by its target or time ("Удар по Одесі — це злочин", "Вчорашня атака
        — це відповідь") or pointed at ("Ця зустріч — це крок") is one that took place."""
        toks, lex = doc.tokens, self.lex
        t = toks[k]
        if t.pos != "NOUN" or "nomn" not in _cases(t.text):
            return False                   # (the best parse of "Санкції" may be a genitive)
        c = sent.clause_of(k)
        pointers = lex.word_list("anaphoric") | lex.word_list("demonstratives")
        for m in range(c[0], k):                      # only modifiers before the noun
            if toks[m].pos not in MODIFIER_POS or toks[m].norm in pointers or lemma_of(toks[m]) in pointers:
                return False
        lo_char, hi_char = toks[c[0]].start, toks[c[1] - 1].end
        if any(lo_char <= x.start < hi_char for x in sent.timexes) or \
                any(lo_char <= a.start < hi_char for a in sent.args):
            return False
        if any(toks[m].pos in ("VERB", "INFN", "PRED") and toks[m].norm not in lex.word_list("kind_copulas")
               for m in range(j, c[1])):
            return False
        copulas = lex.word_list("kind_copulas")
        if c[1] < sent.hi and toks[c[1]].norm in DASHES:
            # "X — це Y", "X — не Y": the dash stands for the copula; the predicate's clause
            # must hold no name or time either
            nxt = c[1] + 1
            if nxt < sent.hi and toks[nxt].norm in lex.word_list("negators"):
                nxt += 1
            if nxt >= sent.hi or not (toks[nxt].norm in copulas or toks[nxt].pos in ("NOUN", "ADJF")):
                return False
            p = sent.clause_of(nxt)
            p_lo, p_hi = toks[p[0]].start, toks[p[1] - 1].end
            return not any(p_lo <= x.start < p_hi for x in sent.timexes) and \
                not any(toks[m].pos in ("VERB", "INFN") for m in range(p[0], p[1]))
        # "Переговори є мистецтвом", "Візити лідерів важливі": a copula or an adjective
        # predicate after the subject's genitive modifiers, with no verb in the clause
        m = j
        while m < c[1] and toks[m].pos in ("NOUN", "ADJF", "PRTF", "NPRO") and toks[m].case == "gent":
            m += 1
        if m >= c[1]:
            return False
        if toks[m].norm in copulas:
            return True
        if self._predicate_adjective(toks[m], t):
            return True
        # "Переговори з терористами неможливі": the predicate closes a clause with no verb
        last = max((x for x in range(j, c[1]) if toks[x].is_word), default=None)
        return last is not None and self._predicate_adjective(toks[last], t) and \
            not any(toks[x].pos in ("VERB", "INFN", "PRED", "PRTF", "GRND") for x in range(c[0], c[1]))

    @staticmethod
    def _predicate_adjective(a, noun) -> bool:
        return a.pos in ("ADJF", "ADJS") and bool(_numbers(a.text, {"ADJF", "ADJS"}) & _numbers(noun.text, {"NOUN"}))

    def generic_subject(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Будь-який бізнес зможе отримати кредит", "Кожна ракета, яка вдарила по наших
        містах, ...", "Кожен, чий дім був знищений, зможе ...": a subject under a determiner of
        any or every (nominative, not "кожен із партнерів") tells what holds for a class, no
        happening; a relative clause speaks of its antecedent's class."""
        toks, lex = doc.tokens, self.lex
        c = sent.clause_of(k)
        spans = [(c[0], k)]
        rel = lex.word_list("relative_pronouns") | lex.word_list("whose_pronouns")
        if c[0] - 2 >= sent.lo and (lemma_of(toks[c[0]]) in rel or toks[c[0]].norm in rel):
            spans.append(sent.clause_of(c[0] - 2))
        words = lex.word_list("generic_determiners")
        partners = lex.word_list("partner_prepositions")
        for lo, hi in spans:
            for m in range(lo, hi):
                if lemma_of(toks[m]) in words and "nomn" in _cases(toks[m].text) and \
                        not (m + 1 < sent.hi and toks[m + 1].norm in partners):
                    return True
        return False

    def topic_heading(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Окрема тема розмови — переговори про обмін", "Головне питання — санкції": a trigger
        after a dash whose clause before names a topic (тема, питання, предмет) with no verb
        is what was talked about, not a happening; so is each item of a verbless list after
        that dash ("Ключові питання — енергетика, безпека, санкції"), or after a colon
        ("Пріоритети прості: зброя, гроші, санкції"; "Говорили про все: фронт, санкції", after
        a verb of talk)."""
        toks, lex = doc.tokens, self.lex
        own = sent.clause_of(k)
        start = own[0]
        verbless = not any(toks[x].pos in ("VERB", "INFN", "GRND") for x in range(own[0], own[1]))
        while verbless and start - 2 > sent.lo and toks[start - 1].norm == ",":
            # "Ключові питання — енергетика, безпека, санкції": back over the list's items
            item = sent.clause_of(start - 2)
            if item[0] >= start - 1 or any(toks[x].pos in ("VERB", "INFN", "GRND") for x in range(item[0], item[1])):
                break
            start = item[0]
        if start - 1 <= sent.lo or not (toks[start - 1].norm in DASHES or (verbless and toks[start - 1].norm == ":")):
            return False
        p = sent.clause_of(start - 2)
        nouns = lex.word_list("topic_predicate_nouns")
        if toks[start - 1].norm == ":" and any(_finite(toks[x]) and lemma_of(toks[x]) in lex.word_list("topic_verbs")
                                               for x in range(p[0], p[1])):
            return True     # "Говорили про все: фронт, енергетику, нові санкції"
        return any(lemma_of(toks[x]) in nouns and toks[x].pos == "NOUN" and "nomn" in _cases(toks[x].text)
                   for x in range(p[0], p[1])) and \
            not any(toks[x].pos in ("VERB", "INFN") for x in range(p[0], p[1]))

    def evaded(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"для обходу санкцій", "ухилення від санкцій": what is evaded is in force already;
        the trigger after a noun of evading it (`evasion_nouns`, over a preposition) tells no
        new happening."""
        toks, words = doc.tokens, self.lex.word_list("evasion_nouns")
        m = k - 1
        if m > sent.lo and toks[m].pos == "PREP":
            m -= 1
        if m >= sent.lo and toks[m].pos == "NOUN" and lemma_of(toks[m]) in words:
            return True
        # "мають утримуватися від (масованих) обстрілів": an act held back from is forgone
        m = k - 1
        while m > sent.lo and toks[m].pos in ("ADJF", "PRTF"):
            m -= 1
        return m > sent.lo and toks[m].norm == "від" and \
            lemma_of(toks[m - 1]) in self.lex.word_list("abstaining_verbs")

    def titled(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"закон про мобілізацію", "порядок надання допомоги постраждалим від обстрілів",
        "нова редакція закону про санкції": a trigger inside the title of a law, rule or
        programme (after a noun of such documents in its clause, with no verb, comma or name
        between) names what the document is about, not a happening. "Рішення щодо запровадження
        санкцій проти Росії" names its party and is a decision taken."""
        toks, lex = doc.tokens, self.lex
        if _finite(toks[k]):
            return False        # ("Проти резолюції проголосували сім держав": a vote, no title)
        c = sent.clause_of(k)
        nouns = lex.word_list("document_nouns")
        at = next((x for x in range(k - 1, c[0] - 1, -1) if lemma_of(toks[x]) in nouns and toks[x].pos == "NOUN"), None)
        if at is None:
            return False
        if any(toks[x].pos in ("VERB", "INFN", "GRND") or not toks[x].is_word for x in range(at + 1, k)):
            return False
        lo_char, hi_char = toks[at].start, toks[c[1] - 1].end
        # ("резолюція про повернення українських дітей, депортованих Росією": an adjective of a
        # state, or a doer after a participle, describes the title's nouns; it names no party)
        # ("ухвалили закон про санкції проти російських банків": an adjective after "проти"
        # names the target; a law against someone adopted is a measure taken against them, not
        # a title; one only drafted or registered stays a title)
        adopted = any(lemma_of(toks[x]) in lex.contexts.get("adopt", ()) for x in range(c[0], at))
        return not any(lo_char <= a.start < hi_char and
                       (a.kind not in ("adjective", "demonym") or adopted and self._after_against(doc, a.start, at)) and
                       not self._after_participle(doc, a.start, at) for a in sent.args)

    def _after_against(self, doc: Document, start: int, lo: int) -> bool:
        """The word at char `start` stands in a phrase opened by a preposition of a target
        (`against_prepositions`: "проти російських банків") after token `lo`."""
        toks = doc.tokens
        k = next((x for x in range(lo, len(toks)) if toks[x].start >= start), None)
        if k is None:
            return False
        m = k - 1
        while m > lo and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
            m -= 1
        return m > lo and toks[m].norm in self.lex.word_list("against_prepositions")

    @staticmethod
    def _after_participle(doc: Document, start: int, lo: int) -> bool:
        toks = doc.tokens
        k = next((x for x in range(lo, len(toks)) if toks[x].start >= start), None)
        return k is not None and k - 1 > lo and (toks[k - 1].pos == "PRTF" or (
            toks[k - 1].pos == "ADJF" and "pssv" in (toks[k - 1].tags or ())))


def _numbers(text: str, pos: set[str]) -> set[str]:
    """The numbers of the nominative readings of a word ("важливі" plural, "важлива" singular)."""
    return {p.tag.number or "sing" for p in parses(text) if p.tag.POS in pos and p.tag.case == "nomn"}
