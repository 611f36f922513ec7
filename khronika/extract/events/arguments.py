"""Who acts and who receives: each name's side from its tie to the trigger's clause
(`clause_roles`), the owners a trigger noun's genitive names, and whom a condition is aimed at.

Roles are kept simple on purpose (the scorer and the chronicle use the participant set):
a name in the nominative, or in the genitive right after a trigger noun ("зустріч делегацій
України та США"), or a demonym/adjective ("російських ударів") acts; the rest receive.

What they read lives in its own module: the names (`names`), the clause's grammar
(`clauses`), the place and the time (`place_time`), states and parties (`states`); their
names stay importable from here for the callers that import them from `arguments`.
"""
from __future__ import annotations

from dataclasses import replace

from ...document import Document
from ...kb import get_kb
from ..morph import parses
from .clauses import (CLAUSE_CONJ, COORD, Clause, NP_POS, Tie, _agrees, _can_be, _cases, _coordinated,
                      _finite, _np_word, _number, _number_clash, clause_of_trigger, coordinated_with,
                      lemma_of_tok, tie_of, vocative)
from .lexicon import Lexicon
from .names import Arg, args_in, token_index_at
from .place_time import RELATIVE_VAGUE, TIME_TYPES, place_of, time_of
from .states import (capitals, country_ids, entity_for, home_entity, named_affiliations, party_count,
                     place_country, state_of)
from .status import _adjunct_strike, granted_request



def _person_gender(doc: Document, eid: str) -> str | None:
    """A person's gender from the knowledge base or the document's own entities."""
    return get_kb().gender(eid) or (doc.meta.get("entities_local", {}).get(eid) or {}).get("gender")


# the names moved to clauses, names, place_time and states stay importable from here
__all__ = ["SYMMETRIC", "condition_subjects", "noun_owners", "clause_roles", "Arg", "CLAUSE_CONJ", "COORD",
           "Clause", "NP_POS", "RELATIVE_VAGUE", "TIME_TYPES", "Tie", "_agrees", "_cases", "_finite",
           "args_in", "capitals", "clause_of_trigger", "coordinated_with", "country_ids", "entity_for",
           "home_entity", "lemma_of_tok", "named_affiliations", "party_count", "place_country", "place_of",
           "state_of", "tie_of", "time_of", "token_index_at", "vocative"]


SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


def condition_subjects(doc: Document, args: list[Arg], lo: int, trig: int, lex: Lexicon) -> list[str]:
    """"Якщо Путін не зупиняється, санкції не зупиняться": the subject of the condition a
    sanction or threat hangs on is the one it is aimed at."""
    toks = doc.tokens
    markers = lex.word_list("conditional_markers")
    start = next((m for m in range(trig - 1, lo - 1, -1) if toks[m].norm in markers), None)
    if start is None:
        return []
    end = next((m for m in range(start + 1, trig) if toks[m].norm in (",", ";", ":")), trig)
    out = []
    for a in args:
        k = token_index_at(doc, a.start, start + 1, end)
        if k is None:
            continue
        tie = tie_of(doc, k, start + 1, -1, lex.word_list("prepositions"))
        if tie.prep is None and toks[tie.head].case == "nomn" and a.entity not in out:
            out.append(a.entity)
    return out


def noun_owners(doc: Document, args: list[Arg], i: int, gov: int | None, lex: Lexicon) -> list[str]:
    """The genitive owners of the noun an infinitive trigger hangs on ("намагань Росії
    наступати", "спроби ворога прорватися", "рішення ЄС запровадити"): the names right before
    the infinitive, after a common noun that is not the clause's verb; [] for an infinitive
    under its verb ("Україна готова підписати")."""
    toks = doc.tokens
    t = toks[i]
    if not (t.pos == "INFN" or "infn" in (t.tags or ())) or gov is None or gov >= i:
        return []
    owners: list[str] = []
    m = i - 1
    while m > gov:
        w = toks[m]
        inside = [a for a in args if a.start <= w.start < a.end]
        if inside:
            owners = [x.entity for x in inside if x.entity not in owners] + owners
        elif not (w.pos in ("ADJF", "PRTF") and w.case == "gent"):
            break
        m -= 1
    if not owners or m <= gov:
        return []
    head = toks[m]
    # only a noun that takes an infinitive ("намагання", "спроба", "рішення"); "запрошую друзів
    # України відвідати Київ": the object of the verb, who is asked to act
    if head.pos != "NOUN" or any(a.start <= head.start < a.end for a in args) or \
            lemma_of_tok(head) not in lex.word_list("infinitive_nouns"):
        return []
    # the owners stand in the genitive after the head noun
    first = next(k for k in range(m + 1, i) if toks[k].is_word)
    return owners if "gent" in _cases(toks[first].text) or toks[first].case == "gent" else []


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


def clause_roles(doc: Document, args: list[Arg], i: int, j: int, type_: str, lex: Lexicon,
                 s_lo: int, s_hi: int, skip: set[int], visit: bool = False,
                 clause: Clause | None = None, need: bool = False
                 ) -> tuple[list[str], list[str], Clause, bool]:
    """(actors, recipients, clause, first_person_actor): each name's side from its tie to the
    trigger's clause; names outside the clause or tied as place, topic or reporter take no
    part."""
    toks = doc.tokens
    cl = clause or clause_of_trigger(doc, i, j, s_lo, s_hi, lex)
    gov = toks[cl.governor] if cl.governor is not None else None
    preps = lex.word_list("prepositions")
    receive = lex.word_list("receive_verbs")
    # "Агресор має отримати нові санкції": the verb a trigger noun is the object of may be an
    # infinitive under the finite one
    # "Україна має отримати зброю": a receiving infinitive under a verb its subject controls
    receiving = (gov is not None and (gov.lemma or gov.norm) in receive) or \
        ((toks[i].lemma or toks[i].norm) in receive and
         (gov is None or (gov.lemma or gov.norm) in lex.word_list("subject_control_verbs"))) or (
        toks[i].pos == "NOUN" and
        any((toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())) and (toks[m].lemma or toks[m].norm) in receive
            for m in range(cl.lo if cl.governor is None else cl.governor + 1, i)))
    # "ЗСУ відбили атаки", "міста зазнають ударів": the subject is what was struck
    target_subject = gov is not None and type_ in ("ASSAULT", "COERCE") and \
        (gov.lemma or gov.norm) in lex.word_list("target_subject_verbs") and \
        not ((gov.lemma or gov.norm) in lex.word_list("halt_verbs") and cl.governor > 0 and
             toks[cl.governor - 1].norm in lex.word_list("negators"))
    # "Київ було атаковано Росією", "коридори заблоковані окупантами": in a passive the
    # instrumental is the doer and the subject (or the object of an impersonal form) is done to
    trig_tok = toks[i]
    passive = (trig_tok.pos == "VERB" and "Impe" in (trig_tok.tags or ())) or \
        (trig_tok.pos in ("ADJF", "ADJS", "PRTF") and "pssv" in (trig_tok.tags or ()))
    # a strike noun under a preposition of cause or time ("від обстрілів", "унаслідок удару",
    # "під час атаки") is an adjunct: its attacker is in its own phrase, not the verb's subject
    oblique = False
    if trig_tok.pos == "NOUN" and type_ in ("ASSAULT", "COERCE") and gov is not None:
        # (with no verb, "Одеса і Миколаїв – після ударів по енергооб'єктах": the towns are hit)
        m = i - 1
        while m > s_lo and toks[m].pos in ("ADJF", "PRTF") or (m > s_lo and toks[m].norm in ("-", "–")):
            m -= 1
        before = toks[m].norm if m >= s_lo else ""
        two = (toks[m - 1].norm + " " + before) if m - 1 >= s_lo else before
        oblique = before in lex.word_list("adjunct_prepositions") or two in lex.word_list("adjunct_prepositions")
    # "Радбез ООН збереться на прохання України": the clause's subject is the one asked
    granted = type_ == "REQUEST" and gov is not None and i - 1 >= s_lo and granted_request(doc, i, lex)
    # "Росія звинуватила Україну в атаці на Бєлгород": the accused did the act charged, the
    # accuser takes no part in it
    charged = trig_tok.pos == "NOUN" and gov is not None and cl.governor < i and \
        (gov.lemma or gov.norm) in lex.word_list("charge_verbs") and \
        _adjunct_strike(doc, i, lex, "charge_prepositions")
    # "Запрошую пані Меркель відвідати Бучу", "змусили людей покинути місто": the object of a
    # verb of control does what the infinitive trigger after it says
    # ("Ніщо не завадить агресору завдавати ударів", "дозволити Росії обстрілювати міста": a
    # dative object does it too, and the trigger may be the noun the infinitive governs)
    first_inf = next((m for m in range(cl.governor + 1, i + 1) if toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())),
                     None) if gov is not None and i > cl.governor else None
    controlled = first_inf is not None and (gov.lemma or gov.norm) in lex.word_list("object_control_verbs") and \
        any(toks[m].pos in ("NOUN", "NPRO") and (_can_be(toks[m], "accs") or _can_be(toks[m], "datv"))
            for m in range(cl.governor + 1, first_inf))
    # "Виступаючи в ООН, Зеленський ...", "Перебуваючи з візитом у Києві, Туск ...": an adverbial
    # participle, or the visit it is on, has the subject of the verb it depends on
    g_edge = cl.left_edge if cl.left_edge is not None and toks[cl.left_edge].pos == "GRND" else None
    gerund_led = trig_tok.pos == "GRND" or (
        g_edge is not None and visit and not any(toks[m].norm == "," for m in range(g_edge, i)))
    decided: dict[int, str] = {}        # token index -> "A", "R" or "-"
    pair_heads: set[int] = set()        # the first of a symmetric pair ("між України та США")
    actors: list[str] = []
    recipients: list[str] = []
    # "11 вересня терористи атакували Сполучені Штати": a common noun before the verb, in the
    # nominative and agreeing with it, is the subject; a name after the verb is then its object
    subject_found = gov is not None and gov.person != "1per" and any(
        toks[m].pos == "NOUN" and toks[m].case == "nomn" and toks[m].text[:1].islower() and
        not (i <= m < j) and not any(a.start <= toks[m].start < a.end for a in args) and
        _agrees(gov, toks[m]) and not _number_clash(gov, toks[m], _coordinated(doc, m, m, cl.lo, cl.hi)) and
        tie_of(doc, m, cl.lo, i, preps).prep is None
        for m in range(cl.lo, cl.governor))

    after_subject: list[bool] = []

    def subject_after() -> bool:
        """A word after the verb, under no preposition, with a nominative reading of the verb's
        number: the subject of an inverted clause ("Харків обстріляли російські війська")."""
        if not after_subject:
            vn = _number(gov)
            after_subject.append(vn is not None and any(
                toks[m].pos == "NOUN" and not (i <= m < j) and
                any(p.tag.case == "nomn" and ("plur" in p.tag) == (vn == "plur") for p in parses(toks[m].text)) and
                tie_of(doc, m, cl.governor + 1, -1, preps).prep is None
                for m in range(cl.governor + 1, cl.hi)))
        return after_subject[0]

    def side_for(a: Arg, k: int, tie: Tie) -> str:
        nonlocal subject_found
        head = toks[tie.head]
        # a person named by the head word is one person: the dictionary guesses an unknown
        # surname ("Сибіга") as a plural noun, which a singular verb would not take as subject
        one_person = a.etype == "PER" and a.start <= head.start < a.end
        if one_person and head.number == "plur":
            head = replace(head, number="sing", tags=head.tags - {"plur", "Pltm"})
        person_cases = None
        if one_person:
            # "прибула Урсула фон дер Ляєн": the dictionary reads "Урсула" first as a genitive of
            # the man's surname "Урсул"; a person of known gender is read in the readings of
            # that gender
            gender = _person_gender(doc, a.entity)
            own = [r for r in parses(head.text) if gender and gender in r.tag.grammemes and r.tag.POS == "NOUN"]
            if own and gender != head.gender:
                person_cases = {c for r in own if (c := r.tag.case)}
                case = "nomn" if "nomn" in person_cases else own[0].tag.case
                head = replace(head, case=case, gender=gender,
                               tags=(head.tags - {"masc", "femn", head.case}) | {gender, case})
        hl = head.lemma or head.norm
        p = tie.prep
        if controlled and p is None and not tie.of_trigger and tie.head < cl.governor and \
                head.case == "nomn" and _agrees(gov, head):
            # "Зеленський запросив Макрона відвідати Україну": who invites, lets or makes
            # another act does not do the act; an invitation's host receives the visit
            subject_found = True
            return "R" if type_ == "CONSULT" else "-"
        if visit and (a.etype or "") == "PER" and p is None and not tie.of_trigger and gov is not None and \
                head.case == "nomn" and _agrees(gov, head) and \
                not (("gent" in person_cases if person_cases is not None else _can_be(head, "gent")) and
                     all(_can_be(t, "gent") for t in toks[tie.head:k + 3] if a.start <= t.start < a.end)):
            # "Київ відвідав співак Боно", "Вашингтон відвідав Зеленський": a person in a
            # nominative that is no genitive (an indeclinable "Меркель" may be the one visited)
            # is the visitor, the town before the verb the place; an indeclinable first name
            # before a surname that declines is no genitive ("співак Ед Ширан")
            subject_found = True
            return "A"
        if type_ == "REQUEST" and tie.head > i and \
                any(toks[m].pos == "INFN" or "infn" in (toks[m].tags or ()) for m in range(i + 1, tie.head)):
            # "закликаю вас відвідати Київ", "Треба блокувати зв'язки російських банків": what
            # the asked act is about is neither the one asked nor the one asking
            return "-"
        before = toks[tie.head - 2].norm if tie.head - 2 >= s_lo else ""
        if p in ("з", "із", "зі", "зо"):
            if hl == "бік":
                return "A"                                   # "з боку Росії"
            talk = toks[tie.head - 2] if tie.head - 2 >= cl.lo else None
            if type_ not in SYMMETRIC | {"REQUEST", "REJECT"} and talk is not None and talk.pos == "NOUN" and not (i <= tie.head - 2 < j) and \
                    any(tr.type == "CONSULT" for tr in lex.by_lemma.get(lemma_of_tok(talk), ())):
                return "-"          # "У розмові з канцлером Шольцом ... тиск на Росію": the talk's partner
            if before in ("разом", "спільно", "чолі"):
                return "A"                                   # "на чолі з Мецолою": one of the party
            if type_ == "SANCTION" and (a.etype or "") == "LOC" and a.entity not in country_ids():
                return "-"                                   # "висилає консула з Познані": where he served
            if type_ == "ASSAULT" and lemma_of_tok(toks[i]) in lex.word_list("mutual_assaults"):
                return "-"                                   # "бої з окупантами": the other side of a fight
            if not _can_be(head, "ablt") and head.case == "gent" and tie.head - 2 >= cl.lo and \
                    a.entity in country_ids() and type_ != "SANCTION" and \
                    lemma_of_tok(toks[tie.head - 2]) in lex.word_list("delegation_nouns") | lex.word_list("home_roles"):
                # "Делегація зі Швеції провела переговори": the state a party comes from stands on
                # that party's side
                role = tie_of(doc, tie.head - 2, cl.lo, i, preps)
                if role.prep is None and toks[role.head].case == "nomn" and gov is not None and \
                        role.head < cl.governor:
                    return "A"
                if role.prep in ("з", "із", "зі", "зо"):
                    return "R"
                return "-"
            if not _can_be(head, "ablt") and head.case == "gent":
                # "з Азовсталі": whence; "блокування імпорту вугілля з Росії": whom a trade ban hits
                return "R" if type_ == "SANCTION" else "-"
            return "R"
        if p == "між":
            # "зустріч між Україною та США"; "вогонь по дорозі між Василівкою та Кам'янським"
            # places the strike, the towns are no parties
            return "-" if type_ in ("ASSAULT", "COERCE") else "A"
        if p == "по":
            return "R" if type_ in ("ASSAULT", "COERCE") else "-"
        if p == "на":
            if type_ in ("ASSAULT", "COERCE", "SANCTION", "THREATEN") and (head.case == "accs" or not _can_be(head, "loct")):
                return "R"
            return "-"
        if p == "проти":
            return "R" if type_ in ("ASSAULT", "SANCTION", "ACCUSE", "PROTEST", "COERCE", "THREATEN", "REJECT") else "-"
        if p == "до" and type_ == "PROTEST" and lemma_of_tok(toks[i]) in lex.word_list("summon_verbs") and \
                tie.head > i and not subject_found:
            return "A"           # "Посла Росії викликали до МЗС Молдови": the ministry summons
        if p == "до":
            if visit and (a.etype or "") == "LOC":
                return "-"
            # ("до чергового засідання Ради": the meeting word past the adjectives before it)
            if tie.head < k and gov is not None and (gov.lemma or gov.norm) in lex.word_list("topic_verbs") and \
                    any(toks[m].text.islower() and lemma_of_tok(toks[m]) in lex.trigger_keys
                        for m in range(tie.head, k)):
                return "-"           # "обговорили підготовку до засідання Ради асоціації": a topic
            return "R" if type_ in ("REQUEST", "CONSULT", "AID", "THREATEN", "ACCUSE", "SUPPORT") else "-"
        if p == "для":
            # "погрози для Молдови": the threatened
            return "R" if type_ in ("AID", "SUPPORT", "THREATEN") else "-"
        if p == "від" and any(toks[m].norm == "до" for m in range(k + 1, min(cl.hi, k + 6))):
            return "-"                                       # "від «Шахерезади» і до найменших": a range
        if p == "від" and any(toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in lex.word_list("harm_nouns")
                              for m in range(tie.head, min(cl.hi, k + 3))):
            return "-"                                       # "закрити небо від російських ракет": what one is shielded from
        if p == "від" and type_ == "SANCTION" and lemma_of_tok(toks[i]) in lex.word_list("sanction_acts"):
            return "-"                                       # "відключення Росії від SWIFT": what one is cut off from
        if p == "від" and a.kind in ("adjective", "demonym") and type_ in ("AID", "SUPPORT"):
            # "з доходів від заморожених російських активів": a country's adjective gives only
            # when the noun it qualifies is someone ("від американських друзів", "від
            # російської сторони"), not a thing
            noun = next((toks[m] for m in range(k + 1, min(cl.hi, k + 4)) if toks[m].pos == "NOUN"), None)
            if noun is None or not ("anim" in (noun.tags or ()) or lemma_of_tok(noun) in
                                    lex.word_list("agent_nouns") | lex.word_list("adjective_parties")):
                return "-"
        if p == "від":
            if type_ == "REQUEST" and lemma_of_tok(toks[i]) in lex.word_list("ask_from_verbs"):
                return "R"                                   # "вимагає від Росії": who is asked
            return "A" if type_ in ("AID", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "SANCTION") else "-"
        if p == "за":
            nxt = toks[tie.head]
            if (nxt.lemma or nxt.norm) in ("участь",):
                return "R"
            if (nxt.lemma or nxt.norm) in ("ініціатива",):
                return "A"
            return "-"
        if p == "під" and hl == "головування":
            return "A"                                       # "під головуванням Єрмака"
        if p in ("у", "в", "на"):
            return "R" if hl == "формат" else "-"
        if p is not None:
            return "-"
        if granted and not tie.of_trigger:
            return "R" if head.case == "nomn" else "-"
        if charged and not tie.of_trigger and tie.head < i:
            return "A" if cl.governor < tie.head and _can_be(head, "accs") else "-"
        if oblique and not tie.of_trigger:
            # "ЄС виділив допомогу постраждалим від обстрілів", "Після удару по Києву Україна
            # звернулася до НАТО": the verb a strike noun is an adjunct of tells another act; who
            # died or suffered in it ("військовий загинув унаслідок удару") was hit, what they
            # shot down or lost was not
            # ("Росія втратила літаки під час атаки на Київ": the aggressor lost, it was not hit)
            hit = target_subject and cl.governor is not None and tie.head < cl.governor and \
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
        if tie.of_trigger:
            noun = next((toks[m] for m in range(tie.head, k + 1) if toks[m].pos == "NOUN"), head)
            # ("іншим" is read first as a pronoun's instrumental: the noun's case decides)
            if head.case == "datv" or (head.pos in ("ADJF", "NPRO", "PRTF", "NUMR") and noun.case == "datv"):
                return "R"                                   # "погрози іншим країнам Європи"
            if type_ in ("AID", "SUPPORT") and k > tie.head and toks[k].case == "datv" and \
                    not _can_be(toks[k], "gent"):
                return "R"                                   # "постачання зброї Україні": the one given to
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
            if type_ in ("ASSAULT", "COERCE"):
                # "обстріли Сум", "бомбардування українських міст", "обстріл центру": a town,
                # a region, the home side or a body is what is hit; "обстріли Російської
                # Федерації", "удару російських військ", "атаки ворога": a state strikes
                if a.entity == (lex.home or {}).get("id") or a.entity in place_country():
                    return "R"
                if a.kind in ("adjective", "demonym") or a.entity in country_ids() or a.etype == "PER":
                    return "A"
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
                if type_ == "ASSAULT":
                    return "R"                               # "Київ – балістика, будівля Академії"
                if tie.head > i and subject_found:
                    return "R"                               # "Умєров на зустрічах: міністр ..."
                subject_found = True
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
        dative_subject = head.case == "datv" and head.pos == "NOUN" and not after and not subject_found and \
            gov.person != "1per" and _number(gov) == "plur" and \
            any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(head.text))
        if head.case == "datv" and not dative_subject and target_subject:
            return "A"                                       # "відповідають загарбникам на удари": theirs
        if (head.case == "datv" and not dative_subject) or \
                (type_ == "THREATEN" and _can_be(head, "datv") and not _can_be(head, "nomn")):
            return "A" if need else "R"                     # "Україні потрібні ракети", "погрожує Польщі"
        if head.case == "ablt" and tie.head - 1 >= s_lo and \
                lemma_of_tok(toks[tie.head - 1]) in lex.word_list("act_nouns"):
            return "A"                                       # "ухвалення Сполученими Штатами пакету": its doer
        if head.case == "ablt":
            return "A" if type_ == "ASSAULT" else "-"         # "обстріляно російськими військами"
        if type_ in ("AID", "SUPPORT") and receiving and after and tie.head < k and _can_be(toks[k], "gent") and \
                any(toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in lex.contexts.get("aid", ()) | {"підтримка"}
                    for m in range(tie.head, k)):
            return "A"          # "Ми отримали допомогу Польщі": whose aid it is gave it
        if type_ in ("AID", "SUPPORT") and after and head.pos == "NOUN" and head.case in ("gent", "loct") and \
                _can_be(head, "datv") and not receiving and tie.head - cl.governor <= 3 and \
                not any(toks[m].pos == "NOUN" for m in range(cl.governor + 1, tie.head)):
            # "Канада надала Польщі допомогу": the dictionary reads "Польщі" first as a genitive;
            # a bare name right after a verb of giving is the one given to
            return "R"
        # "Сили оборони знищили склад": the dictionary's first reading of "Сили" is a genitive
        # singular; before a plural verb with none other for subject, its plural nominative is it
        genitive_subject = head.case == "gent" and head.pos == "NOUN" and not after and not subject_found and \
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
        end = k
        while end + 1 < cl.hi and toks[end + 1].start < a.end:
            end += 1
        # ("Росіяни обстріляли Успенський собор": a name opening with an adjective agrees by its noun)
        noun = head if head.pos == "NOUN" else next(
            (toks[m] for m in range(tie.head, end + 1) if toks[m].pos == "NOUN" and toks[m].case == head.case), head)
        if nom and noun.pos == "NOUN" and not one_person and (after or subject_after()) and \
                _number_clash(gov, noun, _coordinated(doc, tie.head, end, cl.lo, cl.hi)):
            # "Харків обстріляли російські війська": not the subject; the object if it can be
            nom = False
        if after and cl.hi < s_hi and _finite(toks[cl.hi]) and cl.hi - tie.head <= 4 and \
                not any(toks[m].norm in preps or not toks[m].is_word for m in range(tie.head, cl.hi)):
            return "-"                                       # "..., всі вони кажуть": the next verb's subject
        if visit and after and (a.etype or "") == "LOC" and \
                not (toks[tie.head].pos == "NOUN" and "anim" in (toks[tie.head].tags or ()) and tie.head < k):
            # "відвідати Київ": the destination ("прибули прем'єр-міністри Італії, Канади": not
            # the states of the people who came)
            return "-"
        if type_ == "REQUEST" and after and acc and end + 1 < cl.hi and \
                (toks[end + 1].pos == "INFN" or "infn" in (toks[end + 1].tags or ())):
            return "R"                                       # "Закликав Кіпр застосувати": the one asked to act
        if nom and not (i > cl.governor and "infn" in (toks[i].tags or ()) and tie.head < i and
                        (gov.lemma or gov.norm) in lex.word_list("object_control_verbs")) \
                and not (after and subject_found and acc) and _agrees(gov, head):
            if after and acc and (type_ in ("ASSAULT", "ACCUSE", "SUPPORT", "COERCE") or visit) and \
                    tie.head - cl.governor <= 2 and subject_found:
                return "R"
            subject_found = True
            return "R" if receiving or target_subject else "A"
        if acc:
            if visit and (a.etype or "") == "LOC":
                return "-"
            return "R"
        return "-"

    def _town_side(a: Arg, k: int, tie: Tie, side: str) -> str:
        """A town or region is where, not who: it is hit by a strike, and acts only as a capital
        standing for its state, the subject of a finite verb ("Москва погрожує", "звернулися до
        Москви"); "захисники Маріуполя", "евакуювали до Броварів", "Обстріляли Луцьк та
        Івано-Франківськ" name no party."""
        hit = type_ in ("ASSAULT", "COERCE")
        capital = a.entity in capitals()
        subject = tie.prep is None and not tie.of_trigger and gov is not None and tie.head == k and \
            _can_be(toks[k], "nomn")
        if side == "A" and (not (capital and subject) or visit):
            return "R" if hit else "-"      # ("Київ відвідав співак Боно": a town visited visits no one)
        if hit and side == "R" and any(toks[m].pos == "NOUN" and "anim" in (toks[m].tags or ()) and
                                       lemma_of_tok(toks[m]) not in lex.word_list("citizen_nouns")
                                       for m in range(tie.head, k)):
            # "викрали мера Мелітополя": the town names his office, it is not hit ("Жителі Одеси
            # ховалися від обстрілів": its people stand for it)
            return "-"
        if hit:
            return side
        if tie.of_trigger or any(toks[m].pos == "NOUN" for m in range(tie.head, k)):
            return "-"            # "евакуація Маріуполя", "захисників Маріуполя", "мера Мелітополя"
        if tie.prep is not None and not capital:
            return "-"            # "до Броварів", "з Маріуполя"
        return side

    home_id = (lex.home or {}).get("id")
    order = sorted(args, key=lambda a: a.start)
    for a in order:
        if a.start in skip:
            continue
        k = token_index_at(doc, a.start, s_lo, s_hi)
        if k is None or not (cl.lo <= k < cl.hi) or (i <= k < j):
            continue
        if vocative(doc, a, k, s_lo, s_hi, lex):
            # "Шановний Президенте, ...", "НАТО, закрийте небо!": the one addressed is no subject;
            # a name addressed with a plea is the one asked, a role word addressed names nobody
            # the text can resolve ("Президенте" is the host's president, not the speaker's)
            side = "R" if type_ == "REQUEST" and a.kind == "mention" else "-"
            for m in range(k, k + 1):
                decided[m] = side
            if side == "R" and a.entity not in actors + recipients:
                recipients.append(a.entity)
            continue
        if a.kind == "pronoun" and toks[k].pos in ("ADJF", "NPRO") and k + 1 < cl.hi and \
                (toks[k + 1].lemma or "") in lex.word_list("partner_nouns"):
            continue                                         # "з нашими партнерами": not us
        if a.entity == home_id and k > cl.lo and toks[k].case == "gent" and \
                ((toks[k - 1].lemma or "") in lex.word_list("home_friend_nouns") or
                 any(p.normal_form in lex.word_list("home_friend_nouns") for p in parses(toks[k - 1].text))):
            # ("щирого друга України": the dictionary's first reading of "друга" is "другий")
            continue                                         # "з друзями України": not us
        if toks[k].case == "gent" and k > cl.lo and (a.entity in country_ids() or a.entity == home_id) and \
                (toks[k - 1].lemma or "") in lex.word_list("citizen_nouns"):
            continue                                         # "поранено громадянина Туреччини": a person's country
        if (a.etype or "") == "PER" and k > cl.lo and _can_be(toks[k], "gent") and \
                (toks[k - 1].lemma or toks[k - 1].norm) in lex.word_list("named_after"):
            continue                                         # "музей Марії Приймаченко": the name of a building
        if a.kind == "adjective":
            h = k + 1
            while h < cl.hi and toks[h].pos in ("ADJF", "PRTF"):
                h += 1
            if h < cl.hi and h != i and (toks[h].lemma or toks[h].norm) in lex.word_list("topic_nouns"):
                continue                                     # "Російське питання": a topic, no party
            if type_ == "AID" and k > i and h < cl.hi and (toks[h].lemma or toks[h].norm) in lex.word_list("made_goods"):
                continue                                     # "передала американські ракети": where they were made
        if a.kind in ("adjective", "demonym") and k < i and all(
                toks[m].pos in ("ADJF", "PRTF") or not toks[m].is_word for m in range(k + 1, i)) and \
                not (a.kind == "demonym" and toks[k].case == "datv" and toks[i].pos == "NOUN"):
            side = "A"                                       # "російських ударів" ("ворогу ударів": dealt)
        else:
            tie = tie_of(doc, k, cl.lo, i, preps, lex.word_list("partner_nouns"))
            if tie.prep in ("у", "в", "на") and (a.etype or "") == "PER" and tie.head < k:
                # "вітав у Варшаві канцлера Німеччини", "зустрів у Києві Президента Польщі": a
                # town's name governs no person after it; the person is the verb's own object
                town = next((b for b in args if b is not a and (b.etype or "") == "LOC" and
                             b.start <= toks[tie.head].start < b.end and b.end <= a.start), None)
                if town is not None:
                    after = next((m for m in range(tie.head, k + 1) if toks[m].start >= town.end), None)
                    if after is not None:
                        tie = tie_of(doc, k, after, i, preps, lex.word_list("partner_nouns"))
            p = tie.head - 1
            if tie.prep in ("з", "із", "зі") and p - 1 >= cl.lo and toks[p].norm == tie.prep and \
                    _can_be(toks[tie.head], "gent") and \
                    (toks[p - 1].lemma or "") in lex.word_list("partner_nouns"):
                # "зустрілися з колегами зі Сполучених Штатів": the country the partners come
                # from stands where they stand ("делегація повернулася з Білорусі" is a place left)
                outer = tie_of(doc, p - 1, cl.lo, i, preps, lex.word_list("partner_nouns"))
                if outer.prep in ("з", "із", "зі", "зо"):
                    tie = outer
            side = None
            if tie.prep is None and not tie.of_trigger:
                c = coordinated_with(doc, tie.head, cl.lo)
                if c is not None and c in decided:
                    side = decided[c]
                    if c in pair_heads:
                        side = "R"        # "зустріч делегацій України та США": the first acts
            if side is None and tie.prep is None and not tie.of_trigger and tie.head - 2 >= cl.lo and \
                    toks[tie.head - 1].norm in ("-", ":") and _can_be(toks[tie.head], "ablt") and \
                    _can_be(toks[k], "ablt"):
                # "з друзями України – Президентом Туреччини Ердоганом": the phrase after the dash
                # names the partners of the "з" phrase before it (its head, not a genitive in it:
                # "з Салліваном – радником Президента США")
                before = tie_of(doc, tie.head - 2, cl.lo, i, preps)
                if before.prep in ("з", "із", "зі", "зо"):
                    side = "R"
            if side is None:
                side = side_for(a, k, tie)
                if side == "A" and type_ in SYMMETRIC and (tie.of_trigger or tie.prep == "між"):
                    pair_heads.update(range(k, k + 1 + max(0, len(doc.text[a.start:a.end].split()) - 1)))
            if side in ("A", "R") and a.entity in place_country():
                side = _town_side(a, k, tie, side)
        end_k = k
        while end_k + 1 < cl.hi and toks[end_k + 1].start < a.end:
            end_k += 1
        for m in range(k, end_k + 1):
            decided[m] = side
        if side == "A" and a.entity not in actors and a.entity not in recipients:
            actors.append(a.entity)
        elif side == "R" and a.entity not in actors and a.entity not in recipients:
            recipients.append(a.entity)
    if not actors and recipients and type_ in SYMMETRIC and cl.left_edge is not None \
            and toks[cl.left_edge].norm == "що":
        # "Зеленський заявив, що відбудеться зустріч із прем'єром Польщі": the one who
        # announces a meeting with someone is its other party
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
    edge = toks[cl.left_edge] if cl.left_edge is not None else None
    if edge is not None and gov is not None and (edge.lemma or edge.norm) in lex.word_list("relative_pronouns") \
            and edge.case == "nomn" and cl.left_edge - 1 > s_lo and toks[cl.left_edge - 1].norm == ",":
        # "Львів та інші міста, які піддаються атакам": the relative word is the subject and
        # stands for the noun phrase before the comma
        m = cl.left_edge - 2
        while m >= s_lo and (_np_word(toks[m]) or toks[m].norm in COORD - {","}) and toks[m].is_word:
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
            if a.entity not in actors + recipients:
                (actors if side == "A" else recipients).append(a.entity)
    # ("Зеленський, виступаючи в ООН, закликав ...": an adverbial participle's phrase between
    # commas stands inside its verb's clause; the subject before it is the verb's)
    enclosed = edge is not None and edge.pos == "GRND" and cl.left_edge - 1 > s_lo and \
        toks[cl.left_edge - 1].norm == ","
    if not actors and edge is not None and (gov is not None or (enclosed and gerund_led)) and not receiving and (
            enclosed or
            (edge.lemma or edge.norm) in lex.word_list("relative_pronouns") or edge.norm == "де" or
            (_finite(edge) and (cl.conj is not None or all(toks[m].norm in COORD or toks[m].pos == "ADVB"
                                                           for m in range(cl.left_edge + 1, cl.lo))))) \
            and not any(_can_be(toks[m], "nomn") and toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn"
                        and (not enclosed or tie_of(doc, m, cl.lo, i, preps).prep is None)
                        for m in range(cl.lo, cl.governor if cl.governor is not None else i)):
        # "Зеленський підписав указ, яким увів у дію ...", "прибув до Києва і провів
        # переговори": the subject left out is the one of the clause before
        for a in order:
            if a.start >= edge.start or a.start in skip:
                continue
            k = token_index_at(doc, a.start, s_lo, cl.left_edge)
            if k is None:
                continue
            tie = tie_of(doc, k, s_lo, i, preps)
            if tie.prep is None and toks[tie.head].case == "nomn" and a.entity not in actors + recipients:
                actors.append(a.entity)
    # first person: "я говорив", "ми закликаємо", "у мене була зустріч", a verb in the first person
    fp_actor = False
    fp_words = lex.word_list("first_person")
    for m in range(cl.lo, cl.hi):
        t = toks[m]
        if t.norm in fp_words and t.pos == "NPRO":
            prev = toks[m - 1].norm if m > cl.lo else ""
            if t.case == "nomn" or prev in ("у", "в"):
                fp_actor = True
    if gov is not None and gov.person == "1per" and not controlled:
        fp_actor = True
    if need and any(toks[m].norm in ("нам", "мені") for m in range(cl.lo, cl.hi)):
        fp_actor = True                                      # "нам потрібна ваша підтримка"
    if type_ in ("AID", "SUPPORT") and actors and \
            any(toks[m].norm in lex.word_list("first_person_datives") and toks[m - 1].norm not in preps
                for m in range(max(cl.lo, 1), cl.hi)):
        # "Британія надає нам зброю", "партнери, які передали нам літаки": the first person
        # given to is a side too (speaker.first_person_side reads it as the receiver)
        fp_actor = True
    if controlled:
        fp_actor = False          # "я запрошую ... відвідати": the one invited acts, not the speaker
    owners = noun_owners(doc, args, i, cl.governor, lex)
    if owners:
        # "Готуємося до нових намагань Росії наступати": an infinitive that hangs on a noun with a
        # genitive owner is the owner's act; the verb's subject (or "ми") only expects it
        fp_actor = False
        actors = [x for x in actors if x in owners or
                  any(a.entity == x and a.start > toks[i].start for a in args)]
        recipients = [x for x in recipients if x not in owners or
                      any(a.entity == x and a.start > toks[i].start for a in args)]
        actors += [x for x in owners if x not in actors and x not in recipients]
    # a town acts only as a capital standing for its state: a subject shared with the verb
    # before ("Львів прийняв переселенців і передав допомогу") or an antecedent is no more
    towns, caps = place_country(), capitals()
    for x in [x for x in actors if x in towns and x not in caps]:
        actors.remove(x)
        if type_ in ("ASSAULT", "COERCE") and x not in recipients:
            recipients.append(x)
    return actors, recipients, cl, fp_actor
