"""Actors a clause names away from its own words: the announcer of a meeting ("заявив, що
відбудеться зустріч"), the reporter of his own act ("повідомив, що провів нараду"), the noun
phrase a relative word stands for ("міста, які піддаються атакам"), and the subject a clause
leaves out ("прибув до Києва і провів переговори"). Read after every name of the clause has
its side, and only where no actor was found.

A mixin of `clause_roles.ClauseRoles` (the state comes from `role_clause.RoleClause`).
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import (COORD, _agrees, _can_be, _cases, _coordinated, _finite, _np_word, _number,
                               _number_clash, lemma_of_tok)
from ..grammar.ties import tie_of
from ..grammar.names import Arg, token_index_at
from .role_clause import SYMMETRIC, relative_antecedent
from .states import country_ids
from ..grammar.groups import people_origin


def listed_name_comma(doc: Document, args: list[Arg], m: int, s_lo: int) -> bool:
    """"вдячні Данії, Нідерландам і Норвегії, які передали": the comma at m joins a list of
    names in one case, so a relative pronoun after the list stands for all of them, not for the
    last conjuncts only (the name before the comma shares a case with the word after it)."""
    toks = doc.tokens
    if toks[m].norm != "," or m - 1 < s_lo or m + 1 >= len(toks):
        return False
    named = lambda t: any(a.start <= t.start < a.end for a in args)
    before, after = toks[m - 1], toks[m + 1]
    return named(before) and named(after) and bool(_cases(before.text) & _cases(after.text))


# nominative forms of the relative word "який": the subject of its own clause
_NOMINATIVE_RELATIVES = {"який": "masc", "яка": "femn", "яке": "neut", "які": "plur"}


def _subject_relative(edge, gov) -> bool:
    """The relative word at the clause's edge is a nominative that agrees with its verb (plural
    with plural, a gender with a past verb's gender), so it is the verb's subject."""
    want = _NOMINATIVE_RELATIVES.get(edge.norm)
    if want is None:
        return False
    if want == "plur":
        return gov.number == "plur"
    return gov.number != "plur" and (gov.gender is None or gov.gender == want)


def _party_before(lex, toks, edge: int, s_lo: int, rel) -> bool:
    """The noun right before the comma that opens the relative clause at `edge` is someone (an
    animate noun, or a noun of `agent_nouns`: "партнерам, які", "країнам, що") of the relative
    word's number, and heads its phrase: "одним із наших друзів, який відвідав" (the relative
    stands for "одним", the one named before) and "статус кандидата, який" (for "статус") are
    left to the main clause's subject."""
    m = edge - 1
    if m < s_lo or toks[m].norm != ",":
        return False
    m -= 1
    if m < s_lo or toks[m].pos != "NOUN":
        return False
    noun = toks[m]
    if (noun.number == "plur") != (rel.norm == "які"):
        return False
    if noun.case == "gent" and m - 1 >= s_lo and toks[m - 1].pos in ("NOUN", "ADJF", "PRTF", "NUMR", "PREP") and \
            not (toks[m - 1].pos == "NUMR" or (toks[m - 1].lemma or "") in lex.word_list("quantity_words")):
        return False            # a genitive hanging on a word before it (not a count: "тисячі людей, які")
    return "anim" in (noun.tags or ()) or (noun.lemma or noun.norm) in lex.word_list("agent_nouns")


class LeftOutSubjects:
    """`left_out_subjects`: actors from outside the clause's own words."""

    def _partner_with(self, order: list[Arg]) -> bool:
        """A recipient of the clause is tied by "з" ("зустріч із прем'єром Польщі"): a partner
        the meeting is had with, so the one who announces it is the other party."""
        doc, i, s_lo, preps = self.doc, self.i, self.s_lo, self.preps
        for a in order:
            if a.entity not in self.recipients:
                continue
            k = token_index_at(doc, a.start, s_lo, len(doc.tokens))
            if k is not None and tie_of(doc, k, s_lo, i, preps).prep in ("з", "із", "зі", "зо"):
                return True
        return False

    def _left_out_head(self, h: int, k: int, relative: bool) -> bool:
        """The noun at token h (a name's phrase head) can be the subject the clause's verb left
        out: in the nominative, and agreeing with the verb in number and person."""
        toks, gov, s_lo, cl = self.toks, self.gov, self.s_lo, self.cl
        if gov is not None:
            # the noun the name's phrase stands on, past its adjectives and numerals
            head = next((toks[m] for m in range(h, len(toks)) if not toks[m].is_word or
                         toks[m].pos not in ("ADJF", "PRTF", "NUMR")), toks[h])
            if head.pos == "NOUN" and (
                    not _agrees(gov, head) or
                    not relative and _number_clash(gov, head, _coordinated(self.doc, h, k, s_lo, cl.hi))):
                return False
        return toks[h].case == "nomn"

    def _seat_subject(self, order: list[Arg]) -> None:
        """"У Кремлі звинуватили Київ у ...", "У МЗС Росії закликали ...": a body told as a place
        at the opening of the sentence, before the trigger's own plural verb that has no
        subject, is the one who acts (the impersonal "they" of the body); not a strike (its
        seat reports it, "У Міноборони атакували ..." is told of troops), nor a place
        ("У Польщі закликали": a country or a town is where people call, not who). A name after
        that verb whose form may be the accusative ("У МЗС Росії звинуватили США") is then its
        object, not its subject."""
        doc, toks, cl, gov, s_lo, i, preps = self.doc, self.toks, self.cl, self.gov, self.s_lo, self.i, self.preps
        actors, recipients = self.actors, self.recipients
        if gov is None or cl.governor is None or not _finite(gov) or _number(gov) != "plur" or \
                gov.person in ("1per", "2per"):
            return
        # (or a clause after ", але/однак/проте": "..., однак у Кремлі це заперечили")
        at = s_lo if toks[s_lo].norm in ("у", "в") and cl.lo <= s_lo + 1 else \
            cl.lo + 1 if cl.lo > s_lo and cl.lo + 1 < cl.governor and toks[cl.lo - 1].norm == "," and \
            toks[cl.lo].norm in self.lex.word_list("adversative_conjunctions") and \
            toks[cl.lo + 1].norm in ("у", "в") else None
        if at is None:
            return
        if any(toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn" and
               tie_of(doc, m, at, i, preps).prep is None for m in range(at + 1, cl.governor)):
            return
        seat = None
        for a in order:
            if a.etype != "ORG" or a.start in self.skip or a.entity in recipients:
                continue
            k = token_index_at(doc, a.start, at, cl.governor)
            if k == at + 1 and tie_of(doc, k, at, i, preps).head == k:
                seat = a.entity
                break
        if seat is None or seat in actors:
            return
        if actors:
            # every actor must be a name after the verb that may be its accusative object
            for x in actors:
                named = [a for a in order if a.entity == x]
                if not named:
                    return
                for a in named:
                    k = token_index_at(doc, a.start, cl.governor + 1, cl.hi)
                    if k is None or not _can_be(toks[k], "accs"):
                        return
            recipients[:0] = [x for x in actors if x not in recipients]
            actors.clear()
        actors.append(seat)

    def left_out_subjects(self, order: list[Arg]) -> None:
        """Actors told away from the clause's own words; added to `actors` in place."""
        (doc, args, i, type_, lex, s_lo, skip, toks, cl, gov, preps, receiving, target_subject,
         gerund_led, actors, recipients) = (
         self.doc, self.args, self.i, self.type_, self.lex, self.s_lo, self.skip, self.toks,
         self.cl, self.gov, self.preps, self.receiving, self.target_subject, self.gerund_led,
         self.actors, self.recipients)
        if type_ != "ASSAULT":
            self._seat_subject(order)
        if not actors and recipients and type_ in SYMMETRIC and cl.left_edge is not None \
                and toks[cl.left_edge].norm == "що" and self._partner_with(order):
            # "Зеленський заявив, що відбудеться зустріч із прем'єром Польщі": the one who
            # announces a meeting with someone is its other party; not one who announces a
            # summit "за участі Росії", where the one named takes part beside others
            for a in order:
                k = token_index_at(doc, a.start, s_lo, cl.left_edge)
                if k is None or a.start in skip or a.entity in recipients:
                    continue
                tie = tie_of(doc, k, s_lo, i, preps)
                if tie.prep is None and toks[tie.head].case == "nomn" and a.entity not in actors:
                    actors.append(a.entity)
        if not actors and gov is not None and cl.left_edge is not None and toks[cl.left_edge].norm == "що" and \
                gov.person not in ("1per", "2per") and cl.left_edge - 2 >= s_lo and toks[cl.left_edge - 1].norm == "," and \
                (toks[cl.left_edge - 2].lemma or "") in lex.word_list("report_governors") and \
                _finite(toks[cl.left_edge - 2]) and not any(
                    toks[m].pos in ("NOUN", "NPRO") and _can_be(toks[m], "nomn") and
                    tie_of(doc, m, cl.lo, i, preps).prep is None for m in range(cl.lo, cl.governor)):
            # "Олександр Сирський повідомив, що провів нараду з командирами": a clause with no
            # subject of its own whose verb agrees with the one who reports is his own act
            reporter = toks[cl.left_edge - 2]
            same = (gov.tense == "past" and reporter.tense == "past" and gov.gender == reporter.gender and
                    _number(gov) == _number(reporter)) or \
                (gov.tense != "past" and reporter.tense != "past" and _number(gov) == _number(reporter) and gov.person == reporter.person) or \
                ((gov.tense == "past") != (reporter.tense == "past") and _number(gov) == _number(reporter) and
                 "3per" in (gov.person, reporter.person) and not {gov.person, reporter.person} & {"1per", "2per"})
            # "Зеленський заявив, що в понеділок прибуде до Вашингтона": a past report of a
            # future act (or a present one of a past act) agrees in number and the third person
            if same:
                for a in order:
                    k = token_index_at(doc, a.start, s_lo, cl.left_edge - 2)
                    if k is None or a.start in skip or a.entity in actors + recipients:
                        continue
                    tie = tie_of(doc, k, s_lo, i, preps)
                    if tie.prep is None and toks[tie.head].case == "nomn" and _agrees(reporter, toks[tie.head]):
                        actors.append(a.entity)
                    elif tie.prep in ("у", "в") and a.etype == "ORG" and type_ != "ASSAULT" and \
                            _number(reporter) == "plur" and \
                            _number(gov) == "plur" and k == s_lo + 1 and tie.head == k:
                        # "У Кремлі заявили, що не визнають юрисдикції суду": the body a report
                        # comes from, told as a place with an impersonal plural verb, is the
                        # one who acts in a clause that goes on in that plural (a strike
                        # it reports keeps the war summaries' own sides: "У Міноборони РФ
                        # заявили, що збили 40 дронів" are the home side's drones)
                        actors.append(a.entity)
        edge = toks[cl.left_edge] if cl.left_edge is not None else None
        if edge is not None and gov is not None and (edge.lemma or edge.norm) in lex.word_list("relative_pronouns") \
                and edge.case == "nomn" and cl.left_edge - 1 > s_lo and toks[cl.left_edge - 1].norm == ",":
            # "Львів та інші міста, які піддаються атакам": the relative word is the subject and
            # stands for the noun phrase before the comma
            m = cl.left_edge - 2
            while m >= s_lo and (_np_word(toks[m]) or toks[m].norm in COORD - {","}) and toks[m].is_word and \
                    not _predicate_adjective(toks, m):
                m -= 1
            while m >= s_lo and listed_name_comma(doc, args, m, s_lo):
                m -= 1            # the names listed before ("Данії, Нідерландам і Норвегії, які")
                while m >= s_lo and toks[m].is_word and (toks[m].norm in COORD or
                                                         any(a.start <= toks[m].start < a.end for a in args)):
                    m -= 1
            side = "R" if (receiving or target_subject) else "A"
            for a in order:
                if a.start in skip or not (toks[m + 1].start <= a.start < toks[cl.left_edge - 1].start):
                    continue
                if _private_adjective(lex, doc, a, s_lo):
                    continue
                k = token_index_at(doc, a.start, s_lo, cl.left_edge)
                if k is not None and a.entity in country_ids() and people_origin(lex, toks, k, s_lo):
                    continue      # "волонтери з Литви, які привезли генератори": not Lithuania's
                if a.entity not in actors + recipients:
                    (actors if side == "A" else recipients).append(a.entity)
        # ("Зеленський, виступаючи в ООН, закликав ...": an adverbial participle's phrase between
        # commas stands inside its verb's clause; the subject before it is the verb's)
        enclosed = edge is not None and edge.pos == "GRND" and cl.left_edge - 1 > s_lo and \
            toks[cl.left_edge - 1].norm == ","
        # ("вислала дипломата, якого звинуватили": after an object relative word a plural
        # verb with no subject is impersonal, and its doer is the main clause's subject)
        relative = edge is not None and (edge.lemma or edge.norm) in lex.word_list("relative_pronouns")
        if relative and gov is not None and _subject_relative(edge, gov) and \
                _party_before(lex, toks, cl.left_edge, s_lo, edge):
            # ("подякував партнерам, які передали системи": a nominative relative word is the
            # clause's own subject, standing for the people before it; the main clause's
            # subject did not do it. "положення, яке передбачає блокування" is a text of the
            # main clause's subject, whose act it tells: that stays)
            relative = False
            edge = None
        if relative and edge.case == "gent" and cl.left_edge - 2 >= s_lo and toks[cl.left_edge - 2].norm == "," and \
                toks[cl.left_edge - 1].case == "nomn" and toks[cl.left_edge - 1].pos in ("NOUN", "ADJF", "PRTF"):
            # "командиру бригади, військові якої стратили полонених": the noun before a
            # possessive relative word is the clause's own subject; no one is left out
            return
        if not actors and edge is not None and (gov is not None or (enclosed and gerund_led)) and not receiving and (
                enclosed or relative or edge.norm == "де" or
                (_finite(edge) and (cl.conj is not None or all(toks[m].norm in COORD or toks[m].pos == "ADVB"
                                                               for m in range(cl.left_edge + 1, cl.lo))))) \
                and not any(_can_be(toks[m], "nomn") and toks[m].pos in ("NOUN", "NPRO") and
                            (toks[m].case == "nomn" or lemma_of_tok(toks[m]) in lex.word_list("quantity_words"))
                            and (not enclosed or tie_of(doc, m, cl.lo, i, preps).prep is None)
                            for m in range(cl.lo, cl.governor if cl.governor is not None else i)):
            # "Зеленський підписав указ, яким увів у дію ...", "прибув до Києва і провів
            # переговори": the subject left out is the one of the clause before; not after a
            # report's colon, where what follows is what is reported
            reported = cl.left_edge + 1 < len(toks) and toks[cl.left_edge + 1].norm == ":" and \
                (edge.lemma or "") in lex.word_list("report_governors")
            if not reported:     # ("Генштаб інформує: відбулося 150 зіткнень": reported, no subject left out)
                for a in order:
                    if a.start >= edge.start or a.start in skip:
                        continue
                    k = token_index_at(doc, a.start, s_lo, cl.left_edge)
                    if k is None or _private_adjective(lex, doc, a, s_lo):
                        continue
                    if edge.norm == "де" and toks[cl.left_edge - 1].norm == "," and \
                            token_index_at(doc, a.end - 1, s_lo, cl.left_edge) == cl.left_edge - 2:
                        continue     # "відвідав Брюссель, де зустрівся": the place "де" stands for
                    tie = tie_of(doc, k, s_lo, i, preps)
                    if tie.head != k and (a.etype or "") == "PER" and not _can_be(toks[k], "nomn"):
                        continue     # "посланник президента США Віткофф прибув ..., де": whose envoy he is
                    heads = [tie.head]
                    if (a.etype or "") == "PER" and a.kind == "mention" and tie.head == k:
                        # ("Петро Порошенко прибув ... і звинуватив": the dictionary reads the first
                        # name as a feminine vocative; a person's name may stand in its surname's
                        # case, "Камала Гарріс" in its first name's gender)
                        h = k
                        while h + 1 < len(toks) and toks[h + 1].start < a.end:
                            h += 1
                        heads += [h] if h != k else []
                    if not any(self._left_out_head(h, k, relative) for h in heads):
                        continue         # not the subject left out: another case, number or person
                    if tie.prep is None and a.entity not in actors + recipients:
                        # ("прибув до Києва і потрапив під обстріл": the one under fire)
                        (recipients if target_subject else actors).append(a.entity)
        if not actors and gov is not None and _finite(gov) and not receiving:
            subject = _subject_before_relative(doc, args, lex, s_lo, cl.governor)
            # ("Гутерреш, який перебував у Києві, потрапив під обстріл": the one under fire)
            if subject is not None and subject not in recipients:
                (recipients if target_subject else actors).append(subject)


def _private_adjective(lex, doc: Document, a: Arg, s_lo: int) -> bool:
    """"китайські компанії, які постачали Росії компоненти": a country's adjective on firms or
    private people (`private_body_nouns`, `private_people_nouns`) names no state that acts in
    the clause that goes on from them."""
    if a.kind != "adjective":
        return False
    toks = doc.tokens
    k = token_index_at(doc, a.start, s_lo, len(toks))
    if k is None:
        return False
    h = k + 1
    while h < len(toks) and toks[h].pos in ("ADJF", "PRTF"):
        h += 1
    if h >= len(toks):
        return False
    w = lemma_of_tok(toks[h])
    return w in lex.word_list("private_people_nouns") or w in lex.word_list("private_body_nouns")


def _predicate_adjective(toks, m: int) -> bool:
    """"Україна вдячна Польщі, яка засудила напад": a nominative adjective before a noun in
    a case it cannot share is the main clause's predicate, not an attribute of the antecedent
    (an attribute agrees with its noun), so the phrase the relative word stands for starts
    after it and the main clause's subject takes no part in the relative clause's act."""
    t = toks[m]
    if t.pos != "ADJF" or t.case != "nomn" or m + 1 >= len(toks):
        return False
    nxt = toks[m + 1]
    return nxt.is_word and nxt.pos in ("NOUN", None) and "nomn" not in _cases(nxt.text)


def _subject_before_relative(doc: Document, args: list[Arg], lex, s_lo: int, v: int) -> str | None:
    """"Угорщина, яка раніше погрожувала заблокувати рішення, зрештою його не ветувала": a name
    in the nominative, a relative clause set off by commas, then the finite verb at v with no
    nominative noun of its own before it (an object pronoun, adverbs): the name is its subject,
    when the verb agrees with it. "Українські сили, які увійшли до Курської області,
    атакували": a common noun's own adjective of a state names whose they are."""
    toks = doc.tokens
    n = relative_antecedent(doc, lex, s_lo, v)
    if n is None:
        return None
    named = next((a.entity for a in args if a.start <= toks[n].start < a.end), None)
    if named is not None or toks[n].pos != "NOUN":
        return named
    m = n - 1
    while m >= s_lo and toks[m].pos in ("ADJF", "PRTF") and _can_be(toks[m], "nomn"):
        own = next((a for a in args if a.start <= toks[m].start < a.end and a.kind == "adjective"), None)
        if own is not None:
            return own.entity
        m -= 1
    return None
