"""Trigger words that name no single happening that took place: a kind of happening ("Кожну
зустріч"), a habit ("щоденні наради"), a possible one ("можливі переговори"), a gathering on
whose sidelines another happened ("на полях саміту"), the purpose of a leave ("дозвіл на
наступ"), a relative clause about an unnamed class of people. The scan drops or demotes these,
so they are kept together apart from the checks that make an event.

A mixin of `triggers.finder.TriggerFinder` (it supplies `lex`).
"""
from __future__ import annotations

from ....document import Document, Token
from ...morph import parses
from ..grammar.ties import tie_of
from ..grammar.sentence_view import SentenceView, lemma_of


def _forms(text: str, pos: set[str]) -> set[tuple[str | None, str | None]]:
    # (the dictionary marks the plural only: a reading with no number is singular)
    return {(p.tag.gender, "plur" if p.tag.number == "plur" else "sing") for p in parses(text) if p.tag.POS in pos}


def _may_agree(pron: Token, noun: Token) -> bool:
    """A relative pronoun refers to a noun only where some reading of each shares number and,
    in the singular, gender ("удару, який", not "удару ..., яке"); unknown is no clash."""
    p_forms = _forms(pron.text, {"ADJF", "NPRO"})
    n_forms = _forms(noun.text, {"NOUN"})
    if not p_forms or not n_forms:
        return True
    for pg, pn in p_forms:
        for ng, nn in n_forms:
            if pn == "plur" and nn == "plur":
                return True
            if pn == "sing" and nn == "sing" and (not pg or not ng or pg == ng):
                return True
    return False


class GenericTriggers:
    """Relative clauses, generic, habitual, hypothetical, sideline and permitted triggers."""

    def relative_clause(self, doc: Document, sent: SentenceView, i: int) -> tuple[int, int] | None:
        """"саміту НАТО, який відбудеться у липні в Анкарі": a trigger noun closing its clause
        takes the relative clause after it as its own (predicate, time, place)."""
        if doc.tokens[i].pos != "NOUN":
            return None
        c = sent.clause_of(i)
        idx = sent.clauses.index(c) if c in sent.clauses else -1
        if idx < 0 or idx + 1 >= len(sent.clauses) or c[1] - i > 3:
            return None
        nxt = sent.clauses[idx + 1]
        rel = self.lex.word_list("relative_pronouns")
        if lemma_of(doc.tokens[nxt[0]]) not in rel and doc.tokens[nxt[0]].norm not in rel:
            return None
        if not _may_agree(doc.tokens[nxt[0]], doc.tokens[i]):
            return None           # "удар по місту, яке Україна звільнила": the town's clause
        anchors = self.lex.word_list("anchors")
        told = anchors | self.lex.word_list("light_verbs")
        if any(doc.tokens[m].pos == "NOUN" and doc.tokens[m].text.islower() and
               _may_agree(doc.tokens[nxt[0]], doc.tokens[m]) for m in range(i + 1, c[1])) and not any(
                doc.tokens[m].pos == "VERB" and lemma_of(doc.tokens[m]) in told
                for m in range(nxt[0], nxt[1])):
            # "погрозив ударами по країнах, які постачають зброю": with a nearer common noun
            # the pronoun may stand for, the clause is the trigger's only where it tells a
            # happening's course or who dealt it ("ударами по містах, які тривали всю ніч")
            return None
        if any(doc.tokens[m].pos == "VERB" and lemma_of(doc.tokens[m]) in anchors for m in range(c[0], i)):
            # "Учора в Брюсселі відбулася конференція, яка відкрила переговори": the clause that
            # holds the happening tells its place and time too
            return (c[0], nxt[1])
        return (i, nxt[1])

    def generic_relative(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"лідерів світу, які говорять з Москвою": a present-tense verb of a relative clause
        about an unnamed class of people tells what such people do, no happening. A named
        antecedent ("Макрон, який зараз говорить з Путіним") or a time of the clause's own
        keeps it."""
        toks, lex = doc.tokens, self.lex
        c = sent.clause_of(k)
        verb = next((x for x in range(c[0], c[1]) if toks[x].pos == "VERB" and toks[x].tense), None)
        t = toks[verb] if verb is not None else None
        if t is None or t.tense != "pres" or t.number != "plur" or (verb != k and toks[k].pos != "NOUN"):
            return False
        rel = lex.word_list("relative_pronouns")
        if c[0] == sent.lo or (lemma_of(toks[c[0]]) not in rel and toks[c[0]].norm not in rel):
            return False
        lo_char, hi_char = toks[c[0]].start, toks[c[1] - 1].end
        if any(lo_char <= x.start < hi_char for x in sent.timexes) or \
                any(toks[x].norm in lex.word_list("generic_relative_keepers") for x in range(c[0], c[1])):
            return False
        prev = sent.clause_of(c[0] - 2) if c[0] - 2 >= sent.lo else None
        if prev is None:
            return False
        m = prev[1] - 1                  # the antecedent's noun phrase closes the clause before
        people = False
        while m >= prev[0] and toks[m].is_word and toks[m].pos in ("NOUN", "ADJF", "NPRO", "PRTF", "NUMR"):
            if any(a.start <= toks[m].start < a.end for a in sent.args):
                return False
            # people or bodies of them that the pronoun may refer to ("лідерів світу, які"), not things
            # ("ставлення, якого вимагають конвенції")
            people = people or (toks[m].pos == "NOUN" and _may_agree(toks[c[0]], toks[m]) and
                                ("anim" in (toks[m].tags or ()) or lemma_of(toks[m]) in lex.word_list("agent_nouns")))
            m -= 1
        # "Харків та інші міста, які ...": coordinated with a name, the class is no longer unnamed
        return people and not (m >= prev[0] and toks[m].norm in ("і", "й", "та", "а також"))

    def habitual(self, doc: Document, sent: SentenceView, k: int, j: int) -> bool:
        """"моя традиційна ранкова нарада", "Наші розмови щоденні": a trigger noun that a word of
        habit qualifies names a routine, not one happening (a day given makes it one)."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        words = self.lex.word_list("habitual_words")
        m = k - 1
        while m >= sent.lo and toks[m].is_word and toks[m].pos in ("ADJF", "PRTF", "NPRO"):
            if lemma_of(toks[m]) in words:
                return True
            m -= 1
        # the predicate closing the clause, with no verb before it ("розмови з ними щоденні")
        c = sent.clause_of(k)
        last = max((x for x in range(j, c[1]) if toks[x].is_word), default=None)
        return last is not None and toks[last].pos in ("ADJF", "ADJS") and lemma_of(toks[last]) in words and \
            not any(toks[x].pos in ("VERB", "INFN") for x in range(j, last))

    def permitted(self, doc: Document, sent: SentenceView, lo: int, k: int) -> bool:
        """"дало зелене світло для бомбардування", "дозвіл на наступ": a strike noun that is the
        purpose of a leave given; the clause's subject gives leave, it does not strike."""
        toks, lex = doc.tokens, self.lex
        tie = tie_of(doc, k, sent.lo, -1, lex.word_list("prepositions"))
        if tie.prep not in lex.word_list("purpose_prepositions"):
            return False
        at = next((x for x in range(tie.head - 1, sent.lo - 1, -1) if toks[x].norm == tie.prep), None)
        if at is None:
            return False
        words = lex.word_list("permission_words")
        return any(lemma_of(toks[x]) in words or toks[x].norm in words for x in range(max(lo, sent.lo, at - 4), at))

    def sideline(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"на полях саміту G7", "у кулуарах форуму": the gathering is where the happening
        the sentence tells took place, not a meeting of its own with its host as a party."""
        if k - 2 < sent.lo:
            return False
        toks = doc.tokens
        return f"{toks[k - 2].norm} {toks[k - 1].norm}" in self.lex.word_list("sideline_phrases")

    def generic(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"Кожну зустріч ми використовуємо": a trigger noun under a determiner of any or every
        names a kind of happening, none in particular."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        tie = tie_of(doc, k, sent.lo, -1, self.lex.word_list("prepositions"))
        words = self.lex.word_list("generic_determiners")
        return any(lemma_of(toks[x]) in words for x in range(tie.head, k))

    def hypothetical(self, doc: Document, sent: SentenceView, k: int) -> bool:
        """"можливі переговори", "перспективи переговорів": a happening that may come, none
        that took place."""
        toks = doc.tokens
        if toks[k].pos != "NOUN":
            return False
        tie = tie_of(doc, k, sent.lo, -1, self.lex.word_list("prepositions"))
        words = self.lex.word_list("hypothetical_words")
        if any(lemma_of(toks[x]) in words for x in range(max(tie.head, k - 4), k)):
            return True
        # "Наступна зустріч можлива в червні", "переговори є ймовірними": said of it as a predicate
        for x in range(k + 1, min(sent.hi, k + 3)):
            t = toks[x]
            if t.pos in ("ADJF", "ADJS") and lemma_of(t) in words and t.case in ("nomn", "ablt", None):
                return True
            if not (t.is_word and lemma_of(t) in ("бути", "стати")):
                break
        return False
