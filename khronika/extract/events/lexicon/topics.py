"""Trigger nouns that are only what another act is about ("переговори щодо санкцій", "говорили
про перспективи переговорів"): the topic preposition's scope, a topic predicate ("темою
розмови було"), and the "з" phrase that hangs on a topic noun, not on the happening. A topic is
no event of its own, and its names take no part in the happening told.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import _cases, _finite, coordinated_with
from ..grammar.ties import tie_of
from ..grammar.governing import past_modifiers
from ..grammar.sentence_view import SentenceView, lemma_of


class Topics:
    """`topic`, `topic_name`, `topic_partner` and the phrase readers they share."""

    _content_type = False

    def topic(self, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
        self._content_type = type_.lower() in self.lex.word_list("content_types")
        return self._topic(doc, sent, k, type_)

    def _topic(self, doc: Document, sent: SentenceView, k: int, type_: str) -> bool:
        """A trigger noun that is only what another act is about: "переговори щодо санкцій",
        "питання постачання зброї", "говорили про нові санкції", "Окрім санкцій, обговорили
        ...". Its noun phrase (and the one it is coordinated with) is traced left to what
        governs it; a topic preposition, a topic noun or a speech verb makes it a topic."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos not in ("NOUN", "ADJF", "PRTF") or type_.lower() in lex.word_list("topic_exempt_types"):
            return False
        preps = lex.word_list("prepositions")
        if self._remit(doc, sent, k):
            return True
        scope = self._topic_scope(doc, sent, k)
        if scope is not None:
            return self._topic_prep(doc, sent, scope, doc.tokens[scope].norm)
        if self._topic_predicate(doc, sent, k) or self._topic_place(doc, sent, k):
            return True
        m = k
        for _ in range(6):
            tie = tie_of(doc, m, sent.lo, -1, preps)
            if any(lemma_of(toks[x]) in lex.word_list("topic_nouns") for x in range(tie.head, m)):
                return True                                  # "питання постачання зброї"
            if any(toks[x].pos in ("ADJF", "PRTF") and lemma_of(toks[x]) in lex.word_list("topic_verbs")
                   for x in range(tie.head, m)):
                return True                 # "Зустріч була присвячена посиленню санкцій"
            p = tie.prep
            if p is not None:
                at = next((x for x in range(tie.head - 1, sent.lo - 1, -1) if toks[x].norm == p), None)
                return at is not None and self._topic_prep(doc, sent, at, p)
            c = coordinated_with(doc, tie.head, sent.lo)
            if c is None or not (_cases(toks[c].text) & _cases(toks[tie.head].text)):
                gov = self._governor(doc, sent, tie.head)
                for _ in range(2):
                    # ("обговорив з Байденом ситуацію": over the partner's "з" phrase to the verb)
                    pt = tie_of(doc, gov, sent.lo, -1, preps) if gov is not None and toks[gov].pos == "NOUN" else None
                    if pt is None or pt.prep not in ("з", "із", "зі", "зо") or toks[pt.head - 1].norm != pt.prep:
                        break
                    gov = self._governor(doc, sent, pt.head - 1)
                # "обговорили питання", "порушили тему": a speech verb's object; "обходити
                # санкції", "порушила перемир'я": what is evaded was not made by the evader
                return gov is not None and lemma_of(toks[gov]) in lex.word_list("topic_verbs") | \
                    lex.word_list("evasion_verbs")
            m = c                    # "про оборонне постачання, макрофінансову допомогу"
        return False

    def _topic_scope(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """The topic preposition whose phrase runs on to position k ("Про ситуацію в Маріуполі
        та необхідність евакуації", a list of topics with commas): no verb, subordinator or other
        punctuation between them."""
        toks, lex = doc.tokens, self.lex
        marks = lex.word_list("topic_markers") | lex.word_list("about_prepositions")
        subs = lex.word_list("subordinators")
        for m in range(k - 1, sent.lo - 1, -1):
            t = toks[m]
            if t.norm in marks and t.pos in ("PREP", None):
                # ("Говорив про це у виступі перед Конгресом": a pronoun is a whole phrase, the
                # one after it is no part of the topic)
                nxt = next((x for x in range(m + 2, k) if toks[x].pos != "ADVB"), None)
                if nxt is not None and toks[m + 1].norm in lex.word_list("topic_pronouns") and toks[nxt].pos == "PREP":
                    return None
                # (nor after a name: "Говорив про Миколаїв у виступі перед парламентом Данії")
                named = next((a for a in sent.args if a.start == toks[m + 1].start), None)
                if named is not None:
                    e = next((x for x in range(m + 1, k) if toks[x].start >= named.end and toks[x].pos != "ADVB"), None)
                    if e is not None and toks[e].pos == "PREP":
                        return None
                return m
            if t.norm == ",":
                continue        # a list of topics ("Про допомогу Україні, енергетику та санкції")
            if not t.is_word or _finite(t) or t.pos in ("INFN", "GRND") or t.norm in subs:
                return None
        return None

    def _topic_predicate(self, doc: Document, sent: SentenceView, k: int, name: bool = False) -> bool:
        """"Допомога була питанням номер один на переговорах", "темою розмови було посилення
        санкцій": the subject of "бути" with a topic noun as its predicate (with `name`: a name
        inside that subject, before the predicate: "Допомога Україні була питанням ...")."""
        toks, lex = doc.tokens, self.lex
        tie = tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions"))
        if tie.prep is not None or (not name and toks[tie.head].case != "nomn"):
            return False
        lo, hi = sent.clause_of(k)
        nouns = lex.word_list("topic_predicate_nouns")
        # ("Предметом розмови стали нові санкції": any copula)
        copula = [m for m in range(lo, hi) if lemma_of(toks[m]) in lex.word_list("copulas")]
        pred = [m for m in range(lo, hi) if lemma_of(toks[m]) in nouns and toks[m].case == "ablt"]
        if not copula or not pred:
            return False
        return not name or k < min(copula + pred)

    def _topic_place(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"У центрі уваги були оборонна допомога та санкції", "Серед тем – евакуація
        цивільних", "На порядку денному – нові санкції": a trigger noun that is the subject of a
        sentence saying where a topic stands (`topic_places`), with no verb but "бути", is what
        talks are about."""
        toks, lex = doc.tokens, self.lex
        if toks[k].pos != "NOUN" or "nomn" not in _cases(toks[k].text) or \
                tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions")).prep is not None:
            return False
        if any(_finite(t) and lemma_of(t) != "бути" for t in toks[sent.lo:sent.hi]):
            return False
        norms = " " + " ".join(t.norm for t in toks[sent.lo:sent.hi]) + " "
        return any(f" {p} " in norms for p in lex.word_list("topic_places"))

    def topic_name(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """A name inside the subject of a topic predicate takes no part in the happening."""
        return self._topic_predicate(doc, sent, k, name=True)

    def _governor(self, doc: Document, sent: SentenceView, k: int) -> int | None:
        """The verb or noun just before position k, over adverbs and particles ("говорили
        також про"); None at the start of the sentence or after a comma ("Зокрема, про ...")."""
        for m in range(k - 1, max(sent.lo, k - 4) - 1, -1):
            t = doc.tokens[m]
            if t.pos in ("ADVB", "PRCL", "CONJ") or t.norm in ("і", "й", "та", "також", "теж"):
                continue
            if t.pos in ("VERB", "INFN", "NOUN", "GRND"):
                return m
            return None
        return None

    def _left_phrase(self, doc: Document, sent: SentenceView, at: int) -> tuple[set[str], str]:
        """The lemmas of the noun phrase just before position `at` (across its coordinated
        parts: "рішення Ради безпеки і оборони щодо ..."), and the lemma of the verb or noun
        that governs that phrase (or the word before `at` itself)."""
        toks, preps = doc.tokens, self.lex.word_list("prepositions")
        lemmas: set[str] = set()
        m = at - 1
        for _ in range(4):
            if m < sent.lo or not toks[m].is_word:
                break
            if toks[m].pos not in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO", None):
                g = self._governor(doc, sent, m + 1)
                return lemmas, lemma_of(toks[g]) if g is not None else ""
            tie = tie_of(doc, m, sent.lo, -1, preps)
            lemmas.update(lemma_of(toks[x]) for x in range(tie.head, m + 1))
            c = coordinated_with(doc, tie.head, sent.lo) if tie.prep is None else None
            if c is None:
                if tie.prep is not None:
                    break
                g = self._governor(doc, sent, tie.head)
                return lemmas, lemma_of(toks[g]) if g is not None else ""
            m = c
        return lemmas, ""

    def _remit(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"міжнародна група з санкцій", "комісія з питань евакуації": a body's remit after "з",
        what it works on, no happening (`remit_bodies`)."""
        toks = doc.tokens
        m = past_modifiers(toks, k, sent.lo + 1)
        return m > sent.lo and toks[m].norm in ("з", "із", "зі") and \
            lemma_of(toks[m - 1]) in self.lex.word_list("remit_bodies")

    def _topic_prep(self, doc: Document, sent: SentenceView, at: int, p: str) -> bool:
        lex = self.lex
        if p in lex.word_list("topic_markers") or p in lex.word_list("about_prepositions"):
            # "переговори щодо санкцій", "говорили про санкції", "Також про посилення санкцій";
            # but "оголосив про виділення пакета", "рішення РНБО щодо застосування санкцій"
            # report or decide a happening
            lemmas, gl = self._left_phrase(doc, sent, at)
            if self._content_type and lemmas & lex.word_list("content_nouns"):
                return True     # "підписали меморандум про співпрацю": the text's content
            return not ((lemmas | {gl}) & lex.word_list("report_governors"))
        gov = self._governor(doc, sent, at)
        gl = lemma_of(doc.tokens[gov]) if gov is not None else ""
        if p in lex.word_list("besides_prepositions"):
            # "Окрім санкцій, обговорили ...": the topic of the discussion the sentence tells
            nxt = next((m for m in range(at + 1, sent.hi) if _finite(doc.tokens[m])), None)
            return nxt is not None and lemma_of(doc.tokens[nxt]) in lex.word_list("topic_verbs")
        # "наголосив на посиленні санкцій": a speech verb's object
        return gl in lex.word_list("topic_verbs")

    def topic_partner(self, doc: Document, sent: SentenceView, z: int) -> bool:
        """"говорив про перспективи переговорів із Росією": the "з" phrase hangs on the topic
        noun before it, so its name is no partner of the talk."""
        toks = doc.tokens
        prev = z - 1
        return prev >= sent.lo and toks[prev].pos == "NOUN" and \
            lemma_of(toks[prev]) in self.lex.word_list("partner_taking_nouns") and \
            self.topic(doc, sent, prev, "")
