"""The side of a name that no preposition governs: its case and its agreement with the verb
decide ("Росія обстріляла Київ": the nominative acts, the accusative is struck), with the
dictionary's misreadings set right (a surname guessed plural, "Сили" read as a genitive, a
person of known gender read in that gender). `side_for` is the entry for every name of a
clause; the prepositions it hands to `preposition_sides`.

A mixin of `clause_roles.ClauseRoles` (the state comes from `role_clause.RoleClause`).
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ....document import Document
from ....kb import get_kb
from ...body_refs import former_words
from ...coref import person_gender
from ...morph import agreeing_noun, case_of, parses
from ...timex.lexicon import lexicon as timex_lexicon
from ..grammar.clauses import (COORD, _agrees, _can_be, _cases, _coordinated, _finite, _number, _number_clash,
                               lemma_of_tok, opens_next_clause)
from ..grammar.ties import Tie, tie_of
from ..grammar.marks import OPENING_MARKS
from ..grammar.names import Arg
from ..status.verb_forms import is_infinitive
from ..grammar.topic_phrases import in_topic_phrase
from .states import country_ids, place_country


def _person_gender(doc: Document, eid: str) -> str | None:
    """A person's gender from the knowledge base or the document's own entities."""
    return person_gender(get_kb(), doc, eid)



class CaseSides:
    """`side_for` and the inverted-subject test it reads."""

    def subject_after(self) -> bool:
        """A word after the verb, under no preposition, with a nominative reading of the verb's
        number: the subject of an inverted clause ("Харків обстріляли російські війська")."""
        (doc, i, j, toks, cl, gov, preps, after_subject) = (
         self.doc, self.i, self.j, self.toks, self.cl, self.gov, self.preps, self.after_subject)
        if not after_subject:
            vn = _number(gov)
            after_subject.append(vn is not None and any(
                toks[m].pos == "NOUN" and not (i <= m < j) and
                any(p.tag.case == "nomn" and ("plur" in p.tag) == (vn == "plur") for p in parses(toks[m].text)) and
                tie_of(doc, m, cl.governor + 1, -1, preps).prep is None
                for m in range(cl.governor + 1, cl.hi)))
        return after_subject[0]

    def _instrumental_doer_after(self, k: int) -> bool:
        """A name in the instrumental, under no preposition, follows the name at token k in the
        trigger noun's phrase ("бомбардування Лівану Ізраїлем"): that one did it."""
        toks, cl = self.toks, self.cl
        for m in range(k + 1, min(cl.hi, k + 5)):
            t = toks[m]
            if not t.is_word or t.pos in ("PREP", "CONJ") or _finite(t):
                return False
            if t.case == "ablt" and t.pos == "NOUN" and any(a.start <= t.start < a.end for a in self.args):
                return True
        return False

    def _impersonal_passive(self) -> bool:
        """An impersonal passive verb ("запроваджено", "ухвалено") other than the trigger
        stands in the clause, and it tells no report ("повідомлено"): the trigger is what it
        governs, and its instrumental names who did it."""
        (toks, cl, i, j) = (self.toks, self.cl, self.i, self.j)
        reports = self.lex.word_list("attribution_verbs") | timex_lexicon().report_stamp_words
        return any(toks[m].pos == "VERB" and "Impe" in (toks[m].tags or ()) and not (i <= m < j) and
                   lemma_of_tok(toks[m]) not in reports and toks[m].norm not in reports
                   for m in range(cl.lo, cl.hi))

    def side_for(self, a: Arg, k: int, tie: Tie) -> str:
        """The side ("A", "R" or "-") of name `a` at token k from its tie to the clause: the
        preposition decides (`prep_side`), else the case and the verb."""
        (doc, i, j, type_, lex, s_lo, s_hi, visit, need, toks, cl, gov, preps, receive, receiving,
         target_subject, trig_tok, passive, oblique, granted, charged, first_inf, controlled,
         gerund_led) = (
         self.doc, self.i, self.j, self.type_, self.lex, self.s_lo, self.s_hi, self.visit,
         self.need, self.toks, self.cl, self.gov, self.preps, self.receive, self.receiving,
         self.target_subject, self.trig_tok, self.passive, self.oblique, self.granted, self.charged,
         self.first_inf, self.controlled, self.gerund_led)
        head = toks[tie.head]
        if toks[k].norm in lex.word_list("possessive_pointers") and a.start == toks[k].start and \
                k + 1 < cl.hi and toks[k + 1].pos == "NOUN" and toks[k + 1].case == "nomn" and \
                cl.governor is not None and k + 1 < cl.governor and not (i <= k + 1 < j) and \
                _agrees(toks[cl.governor], toks[k + 1]):
            # "Костін повідомив, що його офіс розпочав розслідування": whose the subject is takes
            # no part by that ("його офіс", "її опоненти" act; he is not what they act on)
            return "-"
        if toks[k].pos is None and toks[k].text.isascii() and toks[k].text[:1].isalpha() and tie.prep in (None, ""):
            # a name in Latin letters has no case to read: after a common noun it names that
            # thing's make ("5 тисяч терміналів Starlink"), no party; alone before the finite
            # verb that is the trigger it is the verb's subject ("SpaceX передала Україні")
            # ("засідання лідерів G7": after people it names whose they are, a party)
            if k > cl.lo and toks[k - 1].pos == "NOUN" and toks[k - 1].text.islower() and not (i <= k - 1 < j) \
                    and "anim" not in (toks[k - 1].tags or ()):
                return "-"
            if cl.governor == i and k < i and not self.subject_found and \
                    all(toks[m].start < a.end or not toks[m].is_word for m in range(k, i)):
                self.subject_found = True
                return "A"
        if k > j and _in_condition_phrase(lex, toks, k, j):
            # "пригрозив Росії санкціями у разі нападу на Україну": who the condition names is
            # no party of the threat (nor of a promise or a plan made on it)
            return "-"
        if _decree_author(lex, toks, a, k, i):
            # "Рада підтримала указ Президента про введення воєнного стану": whose decree brings
            # the act in is the one who does it, not the one it is done to
            return "A"
        if toks[i].pos == "GRND" and cl.governor is not None and i < cl.governor < k:
            # "Виступаючи в Раді безпеки, Зеленський закликав змусити Росію": the adverbial
            # participle shares the verb's subject, not what the verb says after it
            return "-"
        if tie.case and head.case and tie.case != head.case and a.kind == "mention" and a.start <= head.start < a.end:
            # "Збройним силам України": a name opening with an adjective stands in the case the
            # adjective shares with its noun (`ties._agreed_case`), not in its first reading alone
            head = replace(head, case=tie.case, tags=((head.tags or frozenset()) - {head.case}) | {tie.case})
        if (a.etype or "") == "PER" and a.kind == "mention" and tie.head == k - 1 and not (i <= tie.head < j) \
                and head.pos == "NOUN" and lemma_of_tok(head) in lex.word_list("aide_nouns") \
                and _can_be(toks[k], "gent"):
            # "Заступник Єрмака зустрівся з послом", "Радник Зеленського Михайло Подоляк провів
            # зустріч": the aide acts; the principal who names him is no side of it
            return "-"
        if (type_ == "COERCE" or (type_ == "AID" and lemma_of_tok(trig_tok) in lex.contexts.get("evacuation", ()))) and \
                (a.etype or "") in ("ORG", "LOC") and tie.head < k and \
                not (i <= tie.head < j) and head.pos == "NOUN" and head.text.islower() and \
                "anim" in (head.tags or ()) and (_can_be(toks[k], "gent") or toks[k - 1].norm in OPENING_MARKS) and \
                all(toks[m].pos in ("NOUN", "ADJF", "PRTF") or toks[m].norm in OPENING_MARKS
                    for m in range(tie.head + 1, k)):
            # "затримало голову обласної ради": a person's office, not who is held; "евакуація
            # захисників «Азовсталі»": the place or body of the people moved out, no rescuer
            return "-"
        if type_ in ("ASSAULT", "COERCE") and tie.head < k and tie.head < i and not tie.of_trigger and \
                head.pos == "NOUN" and lemma_of_tok(head) in lex.word_list("statement_nouns"):
            return "-"          # "Заява МЗС України у зв'язку з ударами по Одесі": who states, not who is struck
        if head.pos in ("ADJF", "PRTF") and "pssv" in (head.tags or ()) and tie.head < k and \
                not (i <= tie.head < j) and _instrumental_doer(toks, tie.head, k) and \
                lemma_of_tok(head) not in lex.trigger_keys and head.norm not in lex.trigger_keys:
            if toks[i].pos == "NOUN" and (tie.head == j or (tie.head == j + 1 and toks[j].norm == ",")) and \
                    _agrees_with_noun(head, toks[j - 1]):
                return "A"      # "Ракетний удар, завданий російськими військами": the trigger's own doer
            if type_ in ("ACCUSE", "PROTEST", "REJECT") and tie.head > j and cl.governor is not None and \
                    cl.governor < j:
                # "засудив референдуми, проведені Росією": who did the act condemned is the one
                # it is aimed at
                return "R"
            return "-"          # "заява щодо загроз, створених Росією": the participle's doer
        # a person named by the head word is one person: the dictionary guesses an unknown
        # surname ("Сибіга") as a plural noun, which a singular verb would not take as subject
        # ("прибули прем'єри Італії, Канади та Бельгії": a plural role word shared by the people
        # of several states is plural indeed, whichever of them the role names)
        one_person = a.etype == "PER" and a.start <= head.start < a.end and \
            not (a.kind == "role" and head.text.islower() and head.number == "plur")
        if one_person and head.number == "plur":
            head = replace(head, number="sing", tags=head.tags - {"plur", "Pltm"})
        person_cases = None
        if one_person and a.kind != "role":
            # (an office names her by a word of its own gender: "прибули прем'єри Італії та
            # Канади" read in a woman's readings is "прем'єри" of a film, a genitive)
            # "прибула Урсула фон дер Ляєн": the dictionary reads "Урсула" first as a genitive of
            # the man's surname "Урсул"; a person of known gender is read in the readings of
            # that gender
            gender = _person_gender(doc, a.entity)
            own = [r for r in parses(head.text) if gender and gender in r.tag.grammemes and r.tag.POS == "NOUN"]
            if own and gender != head.gender:
                # (the headword of "глава", a man, carries no case: it is the nominative)
                person_cases = {c for r in own if (c := case_of(r))}
                case = "nomn" if "nomn" in person_cases else case_of(own[0])
                head = replace(head, case=case, gender=gender,
                               tags=(head.tags - {"masc", "femn", head.case}) | {gender, case})
            elif gender == "femn" and not own and head.gender != "femn" and head.pos == "NOUN":
                # "Мелоні прибула до Києва": a woman's name with no feminine reading at all is
                # a foreign one that does not decline (read "Мелоні" as a man's locative, she
                # was made the one visited): any case may stand, the nominative first
                person_cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
                head = replace(head, case="nomn", gender="femn",
                               tags=(head.tags - {"masc", "neut", head.case}) | {"femn", "nomn", "Indecl"})
        if a.etype != "PER" and tie.head < k and \
                _former_office(toks, max(s_lo, tie.head - 1), k, lex.word_list("procedure_nouns")):
            # "Колишній прем'єр-міністр Великої Британії Борис Джонсон відвідав Київ", "вирок
            # екс-голові Служби": who held an office before acts for no state or body now
            return "-"
        hl = head.lemma or head.norm
        p = tie.prep
        if controlled and p is None and not tie.of_trigger and tie.head < cl.governor and \
                head.case == "nomn" and _agrees(gov, head):
            # "Зеленський запросив Макрона відвідати Україну": who invites, lets or makes
            # another act does not do the act; an invitation's host receives the visit
            self.subject_found = True
            return "R" if type_ == "CONSULT" else "-"
        if visit and (a.etype or "") == "PER" and p is None and not tie.of_trigger and gov is not None and \
                head.case == "nomn" and _agrees(gov, head) and \
                not (("gent" in person_cases if person_cases is not None else _can_be(head, "gent")) and
                     all(_can_be(t, "gent") for t in toks[tie.head:k + 3] if a.start <= t.start < a.end)):
            # "Київ відвідав співак Боно", "Вашингтон відвідав Зеленський": a person in a
            # nominative that is no genitive (an indeclinable "Меркель" may be the one visited)
            # is the visitor, the town before the verb the place; an indeclinable first name
            # before a surname that declines is no genitive ("співак Ед Ширан")
            self.subject_found = True
            return "A"
        if type_ == "REQUEST" and tie.head > j and toks[i].pos == "NOUN" and \
                any(toks[m].norm in lex.word_list("content_marks") for m in range(j, tie.head)):
            # "Москва поставила умову: визнання анексії Криму": what follows a demand's colon or
            # dash is what it asks, and a name in it is no party asked
            return "-"
        if type_ == "REQUEST" and tie.head > i and any(is_infinitive(toks[m]) for m in range(i + 1, tie.head)):
            # "закликаю вас відвідати Київ", "Треба блокувати зв'язки російських банків": what
            # the asked act is about is neither the one asked nor the one asking (an infinitive
            # the dictionary leaves unmarked, "заборонити" a bare perfective verb, is one too)
            return "-"
        if k >= j and type_.lower() in lex.word_list("topic_phrase_types") and in_topic_phrase(toks, k, j, lex):
            return "-"          # "розмова з Сікорським щодо протидії російській агресії": the topic's
        if self.topical and not tie.of_trigger and tie.head < i:
            return "-"          # "поговорив із Сунаком про удари Росії": the talk's, not the strike's
        if oblique and p in ("з", "із", "зі", "зо") and not tie.of_trigger and tie.head < i:
            # "Місія на чолі з Гроссі прибула на станцію попри обстріли": who came with whom
            # takes no part in the strike the verb's adjunct names
            return "-"
        if p is not None:
            return self.prep_side(a, k, tie, head, hl)
        if toks[i].pos == "NOUN" and gov is not None and cl.governor < tie.head <= k < i and \
                (lemma_of_tok(gov) in lex.contexts.get("handed_over", ()) or
                 (type_ == "REQUEST" and lemma_of_tok(gov) in lex.contexts.get("put_forward", ()))) and \
                _can_be(head, "datv") and not tie.of_trigger:
            # "Україна надіслала Росії ноту протесту": a name between the verb of handing and the
            # thing handed, in the dative, is whom it is handed to; so is one a demand is put to
            # ("Туреччина висунула Швеції вимоги")
            return "R"
        if not tie.of_trigger and j < tie.head < k and head.pos == "NOUN" and not _can_be(toks[k], "nomn") and \
                all(toks[m].norm in COORD for m in range(j, tie.head)) and \
                any(toks[m].is_word for m in range(j, tie.head)) and \
                any(t.type == type_ for t in lex.by_lemma.get(hl, ())):
            # "Тривають обстріли та штурм заводу": the name hangs on another noun of the same
            # happening joined to the trigger by a conjunction, not on the verb that pair is the
            # subject of; it takes the side a complement of the trigger takes (the plant is
            # struck, it strikes nothing). A noun after a bare comma is in apposition ("Провів
            # Конгрес, засідання Конгресу"): not this.
            tie = Tie(None, tie.case, tie.head, True)
        if granted and not tie.of_trigger:
            return "R" if head.case == "nomn" else "-"
        if charged and not tie.of_trigger and tie.head < i:
            return "A" if cl.governor < tie.head and _can_be(head, "accs") else "-"
        if oblique and not tie.of_trigger and tie.prep is None and head.case == "ablt" and \
                a.kind == "mention" and trig_tok.pos == "NOUN" and k > j and \
                all(toks[m].is_word and toks[m].pos in ("NOUN", "ADJF", None) and _can_be(toks[m], "gent")
                    for m in range(j, tie.head)):
            # "Після анексії Криму Росією ...": the instrumental right after the trigger noun's
            # genitive complement names who did it, within the noun's own phrase
            return "A"
        if oblique and not tie.of_trigger:
            # "ЄС виділив допомогу постраждалим від обстрілів", "Після удару по Києву Україна
            # звернулася до НАТО": the verb a strike noun is an adjunct of tells another act; who
            # died or suffered in it ("військовий загинув унаслідок удару") was hit, what they
            # shot down or lost was not
            # ("Росія втратила літаки під час атаки на Київ": the aggressor lost, it was not hit)
            # ("Загинули троє мешканців Одеси внаслідок обстрілу": a verb of dying or suffering
            # takes no object, so the nominative after it is its subject too)
            hit = target_subject and cl.governor is not None and \
                (tie.head < cl.governor or
                 (lemma_of_tok(toks[cl.governor]) in lex.word_list("victim_verbs") and tie.prep is None and
                  tie.head < i and "nomn" in _cases(head.text))) and \
                a.entity != (lex.adversary or {}).get("id")
            # ("унаслідок обстрілів загинули шістнадцять українських дітей": the home side was hit)
            ours = a.entity == (lex.home or {}).get("id") and a.kind in ("adjective", "demonym")
            return "R" if hit or ours else "-"
        # no preposition: the case decides
        if passive and not tie.of_trigger:
            if head.case == "ablt" or (_can_be(head, "ablt") and not _can_be(head, "nomn")):
                return "A"
            if trig_tok.pos != "VERB" and trig_tok.case not in (None, "nomn"):
                return "-"           # "від погодженого керівництвом напрямку": an attribute
            if _can_be(head, "nomn") or _can_be(head, "accs"):
                return "R"
            return "-"
        if not tie.of_trigger and head.case == "ablt" and head.pos in ("NOUN", "ADJF") and a.kind == "mention" and \
                not _can_be(head, "nomn") and self._impersonal_passive():
            # "Сполученими Штатами запроваджено санкції", "Німеччиною ухвалено рішення передати":
            # the instrumental name beside an impersonal passive verb is who did what it governs
            return "A"
        if tie.of_trigger:
            if j - i > 1 and toks[i].case == "ablt" and gov is not None and gov.pos == "VERB" \
                    and tie.head >= j and (_can_be(head, "accs") or head.text[:1].isdigit() or head.pos == "NUMR"):
                # "оголосила персоною нон грата співробітника посольства Росії": the trigger is
                # the verb's predicate; the one named after it is the verb's object (counted
                # too: "оголосило персонами нон грата 18 співробітників посольства Росії")
                return "R"
            noun = next((toks[m] for m in range(tie.head, k + 1) if toks[m].pos == "NOUN"), head)
            # ("удари Ізраїлю по Лівану": a strike noun takes no dative of the one struck, so a
            # name that may be a genitive is whose strikes they are, though the dictionary reads
            # "Ізраїлю" first as a man's dative)
            owner = type_ in ("ASSAULT", "COERCE") and _can_be(noun, "gent")
            # ("іншим" is read first as a pronoun's instrumental: the noun's case decides)
            if not owner and (head.case == "datv" or (head.pos in ("ADJF", "NPRO", "PRTF", "NUMR") and noun.case == "datv")):
                return "R"                                   # "погрози іншим країнам Європи"
            if any(toks[m].pos == "NOUN" and toks[m].case == "datv" and not _can_be(toks[m], "gent")
                   for m in range(tie.head + 1, k + 1)):
                # "постачання зброї Україні": the one given to; "Дзвінок Прем'єр-міністра Японії
                # Президенту України": the one called, with the state of his office (a dative after
                # a genitive is no part of the genitive's phrase)
                return "R"
            if type_ in ("AID", "SUPPORT") and a.entity == (lex.home or {}).get("id") and _can_be(head, "gent") and \
                    not any(toks[m].case == "datv" and toks[m].pos == "NOUN" for m in range(k + 1, cl.hi)):
                # "заявив про підтримку України", "пакет допомоги України": in a report from the
                # home side, the home side after aid or support is who gets it (unless another
                # receiver follows in the dative: "допомога України Молдові")
                return "R"
            if target_subject and type_ in ("ACCUSE", "THREATEN", "REQUEST") and trig_tok.pos == "NOUN" and \
                    _can_be(noun, "gent") and a.kind in ("mention", "role") and \
                    not any(toks[m].pos == "NOUN" for m in range(j, tie.head)):
                # "Україна відкинула звинувачення Росії", "Литва відхилила вимогу Мінська": the
                # one a rebuffed charge, threat or demand belongs to made it; its subject was
                # its target
                return "A"
            if type_ in ("PROTEST", "ACCUSE") and _can_be(head, "datv") and gov is not None and \
                    cl.governor < i and (gov.lemma or gov.norm) not in receive and \
                    not any(toks[m].pos == "NOUN" for m in range(i + 1, tie.head)):
                # "МЗС висловило протест Росії", "висунули звинувачення Москві": the noun is the
                # verb's object, the name after it the addressee; the verb's subject protests
                return "R"
            if type_ == "SANCTION" and any(lemma_of_tok(toks[m]) in lex.word_list("trade_nouns")
                                           for m in range(j, k)):
                # "заборона імпорту російського СПГ": whose trade is barred is hit; the goods
                # traded take no part
                return "R" if a.entity in country_ids() or a.kind in ("adjective", "demonym") else "-"
            if type_ == "SANCTION" and lemma_of_tok(toks[i]) in lex.word_list("sanction_acts"):
                return "R"                                   # "відключення Росії", "заморожування активів Росії"
            if lemma_of_tok(toks[j - 1]) in lex.word_list("patient_nouns"):
                if a.kind not in ("adjective", "demonym"):
                    # "ордер на арешт Путіна", "викрадення мера Федорова": the act is done to
                    # the one named after it
                    return "R"
                if a.kind == "adjective":
                    # ("ордери на арешт двох російських командирів": whose people are arrested is
                    # on their side, never the one who arrests; "арешт російських активів" names
                    # no party)
                    return "R" if any(toks[m].pos == "NOUN" and "anim" in (toks[m].tags or ())
                                      for m in range(k + 1, min(s_hi, k + 3))) else "-"
            if type_ in ("ASSAULT", "COERCE"):
                # "обстріли Сум", "бомбардування українських міст", "обстріл центру": a town,
                # a region, the home side or a body is what is hit; "обстріли Російської
                # Федерації", "удару російських військ", "атаки ворога": a state strikes
                if a.kind == "adjective" and _noun_after_in(toks, k, s_hi, lex, ("projectiles",)):
                    # "після влучання двох українських ракет", "удари російських дронів": whose
                    # missiles they are struck, the home side too
                    return "A"
                if a.entity == (lex.home or {}).get("id") or a.entity in place_country():
                    return "R"
                if head.case != "ablt" and self._instrumental_doer_after(k):
                    return "R"       # "бомбардування Лівану Ізраїлем": the doer is in the instrumental
                if a.kind == "adjective" and _place_noun_after(toks, k, s_hi, lex):
                    # "штурм польського міста", "обстріли російської території": a state's
                    # adjective on a place or a building hit names the side hit ("удари російських
                    # ракет", "атаки російської армії": on a weapon or a force, the striker)
                    return "R"
                if a.kind in ("adjective", "demonym") or a.entity in country_ids() or a.etype == "PER":
                    return "A"
                if a.kind == "mention" and not any(toks[m].pos == "NOUN" for m in range(tie.head, k)) and \
                        armed_body(doc, a.entity, lex):
                    return "A"       # "внаслідок удару ЗСУ", "атаки Чорноморського флоту": a force strikes
                return "R"
            return "A"                                       # "зустріч делегацій", "санкції ЄС"
        if gov is None:
            if "infn" in (trig_tok.tags or ()) and tie.head >= j and _can_be(head, "accs") and not _can_be(head, "nomn"):
                return "R"                                   # "Радий вітати в Києві Прем'єр-міністра Естонії"
            if tie.head > i and cl.hi < s_hi and _finite(toks[cl.hi]) and cl.hi - tie.head <= 4 and \
                    any(toks[m].norm == "," for m in range(j, tie.head)) and \
                    not any(toks[m].norm in preps or not toks[m].is_word for m in range(tie.head, cl.hi)):
                # "Знаючи, що нові удари неминучі, НАТО ухвалило рішення": past the comma, the
                # subject of the next verb ("Виступаючи в ООН, Зеленський закликав": unless the
                # trigger is the adverbial participle itself, whose subject is the next verb's)
                return "A" if gerund_led and _can_be(head, "nomn") else "-"
            if _can_be(head, "nomn"):
                if tie.head > i and not tie.of_trigger and opens_next_clause(toks, a.end, k, s_hi, i):
                    # "Після нападу Росії на українські кораблі Київ звернувся до партнерів": a
                    # name right before a finite verb that agrees with it is that verb's subject
                    return "-"
                if type_ == "ASSAULT":
                    return "R"                               # "Київ – балістика, будівля Академії"
                if tie.head > i and self.subject_found:
                    return "R"                               # "Умєров на зустрічах: міністр ..."
                self.subject_found = True
                return "R" if receiving else "A"             # "Росія повинна отримати санкції"
            if head.case == "datv":
                return "A" if need else "R"
            return "-"
        after = tie.head > cl.governor
        if type_ == "CONSULT" and (gov.lemma or gov.norm) in lex.word_list("topic_verbs") and \
                not (_can_be(head, "nomn") and head.case != "gent" and not (after and _can_be(head, "accs"))
                     and _agrees(gov, head)):
            return "-"                                       # "обговорили підтримку України": the topic
        if type_ in ("ASSAULT", "COERCE") and after and tie.head < i and _can_be(head, "datv") and \
                (gov.lemma or gov.norm) in lex.word_list("dealing_verbs"):
            return "R"          # "ЗСУ завдали Росії ударів", "завдали ворогу втрат": the one dealt them
        if controlled and after and tie.head < first_inf and (_can_be(head, "accs") or _can_be(head, "datv")):
            # "Я запрошую пані Меркель відвідати Бучу": she would visit; "допомогли Україні
            # відбити атаку": who repels a strike is the one struck
            if type_ in ("ASSAULT", "COERCE") and \
                    lemma_of_tok(toks[first_inf]) in lex.word_list("target_subject_verbs"):
                return "R"
            if lemma_of_tok(toks[first_inf]) in receive:
                return "R"      # "Польща допомогла Україні отримати зброю": Ukraine gets it
            return "A"
        # "Італійці прийшли нам на допомогу": a plural noun before a plural verb that the
        # dictionary reads first as a feminine dative ("Італійці" of "Італійка") is its subject
        dative_subject = head.case == "datv" and head.pos == "NOUN" and not after and not self.subject_found and \
            gov.person != "1per" and _number(gov) == "plur" and \
            any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(head.text))
        if head.case == "datv" and not dative_subject and target_subject:
            return "A"                                       # "відповідають загарбникам на удари": theirs
        if (head.case == "datv" and not dative_subject) or \
                (type_ == "THREATEN" and _can_be(head, "datv") and not _can_be(head, "nomn")):
            return "A" if need else "R"                     # "Україні потрібні ракети", "погрожує Польщі"
        if head.case == "ablt" and type_ in ("ACCUSE", "PROTEST") and after and tie.head - 1 > cl.governor and \
                toks[tie.head - 1].pos == "NOUN" and lemma_of_tok(toks[tie.head - 1]).endswith(("ння", "ття")):
            return "R"          # "засуджує проведення Росією «виборів»": who did what is condemned
        if head.case == "ablt" and tie.head - 1 >= s_lo and \
                lemma_of_tok(toks[tie.head - 1]) in lex.word_list("act_nouns"):
            return "A"                                       # "ухвалення Сполученими Штатами пакету": its doer
        if head.case == "ablt":
            return "A" if type_ == "ASSAULT" else "-"         # "обстріляно російськими військами"
        if type_ in ("AID", "SUPPORT") and receiving and after and tie.head < k and _can_be(toks[k], "gent") and \
                any(toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in lex.contexts.get("aid", ()) | {"підтримка"}
                    for m in range(tie.head, k)):
            return "A"          # "Ми отримали допомогу Польщі": whose aid it is gave it
        if type_ in ("AID", "SUPPORT", "RETREAT") and after and head.pos == "NOUN" and \
                (head.case in ("gent", "loct") or ("Fixd" in (head.tags or ()) and self.subject_found)) and \
                _can_be(head, "datv") and not receiving and tie.head - cl.governor <= 3 and \
                not any(toks[m].pos == "NOUN" for m in range(cl.governor + 1, tie.head)):
            # "Канада надала Польщі допомогу": the dictionary reads "Польщі" first as a genitive;
            # a bare name right after a verb of giving is the one given to ("Партнери пообіцяли
            # передати ЗСУ ППО": an indeclinable one too, when the verb has its subject; people
            # held handed over, "Азербайджан передав Вірменії полонених", likewise)
            return "R"
        if type_ in ("ASSAULT", "COERCE") and not after and tie.head < k and head.pos == "NOUN" and \
                lemma_of_tok(head) in lex.word_list("weapon_agents") and \
                any(p.tag.case == "nomn" and ("plur" in p.tag) == (_number(gov) == "plur") for p in parses(head.text)):
            # "Ракети «Нептун» ЗСУ уразили крейсер": whose weapon, named in the weapon's phrase
            # before the verb it is the subject of, strikes with it
            return "A"
        # "Сили оборони знищили склад": the dictionary's first reading of "Сили" is a genitive
        # singular; before a plural verb with none other for subject, its plural nominative is it
        genitive_subject = head.case == "gent" and head.pos == "NOUN" and not after and not self.subject_found and \
            gov.person != "1per" and _number(gov) == "plur" and \
            any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(head.text))
        nom = _can_be(head, "nomn") and (head.case != "gent" or genitive_subject)
        acc = _can_be(head, "accs")
        if not acc and after and (head.text[:1].isdigit() or head.pos == "NUMR" or
                                  lemma_of_tok(head) in lex.word_list("quantity_words")):
            # "депортувала понад 19 тисяч українських дітей": a counted object (its count, then
            # the genitive) is the verb's object
            acc = True
        if gov.person in ("1per", "2per") and not one_person and head.pos == "NOUN" and \
                cl.governor is not None and toks[cl.governor].pos == "VERB" and nom:
            # "Ми закликаємо НАТО", "я не звинувачую НАТО": a verb in the first or second person
            # has "я", "ми", "ви" as its subject; a name in the nominative reading is its object
            nom = False
        if nom and acc and after and cl.left_edge is not None and cl.governor == cl.left_edge + 2 and \
                toks[cl.left_edge + 1].norm in ("та", "і", "й") and _finite(toks[cl.left_edge]) and \
                _number(toks[cl.left_edge]) == _number(gov) and not gov.text.endswith(("ся", "сь")) and \
                (tie.head - cl.governor <= 2 or all(
                    toks[m].pos in ("NUMR", "ADJF", "PRTF", "NOUN") or toks[m].norm in ("і", "й", "та", ",")
                    for m in range(cl.governor + 1, tie.head))):
            # "Кораблі ФСБ обстріляли та захопили три катери": two verbs joined right after each
            # other share the subject before the first; what follows the second is their object
            # (its whole phrase: "захопили два малі катери і рейдовий буксир ВМС України")
            nom = False
        end = k
        while end + 1 < cl.hi and toks[end + 1].start < a.end:
            end += 1
        # ("Росіяни обстріляли Успенський собор": a name opening with an adjective agrees by its noun)
        noun = head if head.pos == "NOUN" else next(
            (toks[m] for m in range(tie.head, end + 1) if toks[m].pos == "NOUN" and toks[m].case == head.case),
            # ("Кримський міст атакували": "міст" read first as a genitive of "місто"; the noun
            # of the name in a case its adjective shares)
            next((toks[m] for m in range(tie.head + 1, end + 1) if toks[m].pos == "NOUN" and
                  _agreeing_reading(head, toks[m])), head))
        if a.kind == "mention" and (a.etype or "") == "PER" and tie.head == k and end > k and \
                not {"Name", "Surn", "Patr"} & set(noun.tags or ()):
            # ("Фон дер Ляєн анонсувала": a person's name agrees by its surname, not by a particle
            # the dictionary reads as a common noun)
            noun = toks[end]
        if acc and nom and head.pos in ("ADJF", "PRTF") and \
                _nominative_noun_after(toks, tie.head, end):
            # "підписав другий президент Леонід Кучма": an adjective may read as an accusative,
            # its noun cannot ("президент" of a person is "президента" as an object)
            acc = False
        # ("Білорусь обстріляли російськими ракетами": before an impersonal plural verb of attack,
        # a singular name is what is hit even with no other subject named)
        # ("Напад Росії на Україну засудили в ООН": a name hanging on a noun of a happening of
        # another number than the verb is in the object fronted, not the subject)
        if nom and noun.pos == "NOUN" and not one_person and \
                (after or self.subject_after() or type_ in ("ASSAULT", "COERCE") or
                 (tie.head < k and lemma_of_tok(head) in lex.by_lemma)) and \
                _number_clash(gov, noun, _coordinated(doc, tie.head, end, cl.lo, cl.hi)):
            # "Харків обстріляли російські війська": not the subject; the object if it can be
            nom = False
        if after and cl.hi < s_hi and _finite(toks[cl.hi]) and cl.hi - tie.head <= 4 and \
                not any(toks[m].norm in preps or not toks[m].is_word for m in range(tie.head, cl.hi)) and \
                toks[cl.hi - 1].norm not in lex.word_list("verb_conjunctions"):
            # "..., всі вони кажуть": the next verb's subject ("заморозила активи Росії та
            # запровадила санкції": a verb joined by "та" shares the first one's subject, so the
            # name before "та" is still the first verb's object)
            return "-"
        if visit and after and (a.etype or "") == "LOC" and \
                not (toks[tie.head].pos == "NOUN" and tie.head < k and
                     ("anim" in (toks[tie.head].tags or ()) or
                      lemma_of_tok(toks[tie.head]) in lex.word_list("delegation_nouns"))):
            # "відвідати Київ": the destination ("прибули прем'єр-міністри Італії, Канади": not
            # the states of the people who came)
            return "-"
        if type_ == "REQUEST" and after and acc and end + 1 < cl.hi and \
                (toks[end + 1].pos == "INFN" or "infn" in (toks[end + 1].tags or ())):
            return "R"                                       # "Закликав Кіпр застосувати": the one asked to act
        if nom and self.hindered and tie.head < cl.governor:
            return "-"                                       # "Окупанти не дали провести евакуацію"
        if nom and acc and type_ in ("ASSAULT", "COERCE") and not after and tie.head < k and \
                cl.governor == i and head.pos == "NOUN" and head.text.islower() and \
                lemma_of_tok(head) in lex.contexts.get("struck", frozenset()) | lex.contexts.get("ground", frozenset()):
            # "позиції українських військових обстрілювали", "будинок голови громади атакували":
            # a place or a building before a verb of attack is what was hit (it strikes nothing),
            # so whose it is was struck
            return "R"
        # ("Ватикан допоміг повернути дітей": with no one helped named, the helper takes part)
        if nom and not (i > cl.governor and "infn" in (toks[i].tags or ()) and tie.head < i and
                        (gov.lemma or gov.norm) in lex.word_list("object_control_verbs") and
                        (controlled or (gov.lemma or gov.norm) not in lex.word_list("helping_verbs"))) \
                and not (after and self.subject_found and acc) and \
                (_agrees(gov, noun) or _surname_unsexed(doc, a, noun)):
            if after and acc and (type_ in ("ASSAULT", "ACCUSE", "SUPPORT", "COERCE") or visit) and \
                    tie.head - cl.governor <= 2 and self.subject_found:
                return "R"
            if after and acc and tie.head < k and cl.governor == i and head.pos == "NOUN" and \
                    "inan" in (head.tags or ()) and type_ in ("ACCUSE", "SUPPORT", "PROTEST", "REJECT"):
                # "У США підтримали рішення української влади": a thing right after the verb is
                # what is backed or condemned, and whose it is, the one it is done to
                return "R"
            self.subject_found = True
            return "R" if receiving or target_subject else "A"
        if acc:
            if visit and (a.etype or "") == "LOC" and \
                    not (tie.head < k and head.pos == "NOUN" and lemma_of_tok(head) in lex.word_list("delegation_nouns")):
                # ("Делегацію Японії прийняв Сибіга": the state of the people received is theirs)
                return "-"
            return "R"
        return "-"


def _nominative_noun_after(toks, lo: int, end: int) -> bool:
    """The noun right after the adjectives opening at token lo (up to `end`) can be a
    nominative and cannot be an accusative: "другий президент", not "другого президента"."""
    n = lo
    while n < end and toks[n].pos in ("ADJF", "PRTF"):
        n += 1
    return n > lo and toks[n].pos == "NOUN" and not _can_be(toks[n], "accs") and _can_be(toks[n], "nomn")


def _instrumental_doer(toks, part: int, k: int) -> bool:
    """The name at k is the doer a passive participle at `part` names in the instrumental, or
    the owner of that doer's noun ("завдані армією Росії", "збитків, завданих агресією Росії")."""
    if _can_be(toks[k], "ablt"):
        return True
    return k - part <= 3 and toks[part + 1].pos == "NOUN" and _can_be(toks[part + 1], "ablt") and \
        all(toks[m].pos in ("NOUN", "ADJF") for m in range(part + 1, k))


def _agrees_with_noun(part, noun) -> bool:
    """The participle has a reading in the case and number of a reading of the noun before it
    (and its gender, in the singular): it qualifies that noun."""
    return any(case_of(p) == case_of(q) and p.tag.number == q.tag.number and
               (p.tag.number == "plur" or p.tag.gender == q.tag.gender)
               for p in parses(part.text) for q in parses(noun.text) if q.tag.POS == "NOUN")


def _agreeing_reading(adj, noun) -> bool:
    """The noun has a reading that agrees with the adjective before it in case, number and
    gender ("Кримський міст": the bridge, though read first as "міст" of "місто"; "Уповноважений
    Верховної Ради": the council agrees with no reading of the title)."""
    cases = _cases(adj.text)
    if adj.number != "plur":
        return any(agreeing_noun(noun.text, c, adj.gender) for c in cases)
    return any(case_of(p) in cases and p.tag.number in ("plur", None) for p in parses(noun.text))


def _surname_unsexed(doc: Document, a, noun) -> bool:
    """An indeclinable word that is the surname of the known person it names ("Леммі оголосив",
    read by the dictionary as a woman's first name): its dictionary gender says nothing of him."""
    ent = doc.entities.get(a.entity)
    if ent is None or ent.type != "PER" or "Fixd" not in (noun.tags or ()) or not ent.name_uk:
        return False
    return ent.name_uk.split()[-1].lower() == (noun.text or "").lower() and len(ent.name_uk.split()) > 1


def _place_noun_after(toks, k: int, hi: int, lex) -> bool:
    """The noun an adjective at token k qualifies (past other adjectives) is a place or a thing
    hit by strikes (the `struck` and `ground` contexts)."""
    return _noun_after_in(toks, k, hi, lex, ("struck", "ground"))


def _noun_after_in(toks, k: int, hi: int, lex, contexts: tuple[str, ...]) -> bool:
    """The noun an adjective at token k qualifies (past other adjectives) is in one of the
    lexicon's `contexts`."""
    m = k + 1
    while m < hi and toks[m].pos in ("ADJF", "PRTF"):
        m += 1
    if m >= hi or toks[m].pos != "NOUN":
        return False
    return any(lemma_of_tok(toks[m]) in lex.contexts.get(c, frozenset()) for c in contexts)


def _former_office(toks, lo: int, hi: int, procedures: frozenset = frozenset()) -> bool:
    """A former word ("колишній", "екс-") before the office the name hangs on; not one that
    qualifies a procedure after it ("Палата попереднього провадження МКС" is the court's
    pre-trial chamber, no former office: `procedure_nouns`)."""
    words = former_words()
    return any(((t.lemma or t.norm or "").lower() in words and
                not (n + 1 < hi and (toks[n + 1].lemma or toks[n + 1].norm) in procedures)) or
               (t.norm or "").lower().split("-", 1)[0] in words and "-" in (t.norm or "")
               for n, t in enumerate(toks[lo:hi], lo))


def armed_body(doc: Document, eid: str, lex) -> bool:
    """A body whose Ukrainian name is headed by a word for armed forces ("Збройні сили
    України", "Чорноморський флот", "Національна гвардія"), or an armed group of `armed_groups`
    ("ХАМАС"): named after a strike noun it is the one that strikes, where another body
    ("обстріл адміністрації") is what is hit."""
    ent = doc.entities.get(eid)
    if ent is None or ent.type != "ORG":
        return False
    if eid in lex.word_list("armed_groups"):
        return True           # "після нападу ХАМАС": a group known to be armed
    kb_ent = get_kb().entities.get(eid)
    name = (kb_ent.name_uk if kb_ent is not None else None) or getattr(ent, "name_uk", None) or ""
    return _force_named(name, lex.word_list("armed_body_nouns"))


@lru_cache(maxsize=1024)
def _force_named(name: str, words: frozenset[str]) -> bool:
    return any(p.normal_form in words for w in name.split() for p in parses(w.strip("«»\"'").lower()))


def _decree_author(lex, toks, a: Arg, k: int, i: int) -> bool:
    """The name at k is the genitive owner of a decree noun ("указ Президента", "постанова
    уряду") whose "про" governs the trigger at i: the decree's author."""
    if k < 1 or k >= i or lemma_of_tok(toks[k - 1]) not in lex.word_list("decree_nouns") or \
            not _can_be(toks[k], "gent"):
        return False
    e = k
    while e + 1 < i and toks[e + 1].start < a.end:
        e += 1
    return e + 1 < i and toks[e + 1].norm == "про" and \
        all(toks[m].pos in ("ADJF", "PRTF") or lemma_of_tok(toks[m]) in lex.word_list("decree_act_nouns")
            for m in range(e + 2, i))


def _in_condition_phrase(lex, toks, k: int, j: int) -> bool:
    """The name at k stands in a phrase a two-word conditional marker opens ("у разі нападу
    на Україну", "на випадок вторгнення"), after the trigger (ending at j) and with no clause
    boundary between."""
    markers = {m for m in lex.word_list("conditional_markers") if " " in m}
    for m in range(k - 1, j, -1):
        if toks[m].norm in (",", ";", ":", "–", "—"):
            return False
        if m - 1 >= j and f"{toks[m - 1].norm} {toks[m].norm}" in markers:
            return True
    return False

