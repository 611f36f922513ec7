"""What a trigger's clause says about roles before any name is read: the clause and its verb,
whether the verb receives ("має отримати"), whether its subject is what is struck ("зазнають
ударів"), a passive, a strike noun as an adjunct ("від обстрілів"), a granted request, a
charge, a verb of control ("запросив ... відвідати"), an adverbial participle, and whether a
common noun is already the subject. Each name's side (`case_sides`, `preposition_sides`) reads
these, so they are worked out once per clause.

`RoleClause` is the state `clause_roles.ClauseRoles` and its mixins share. The rules were one
function reading these as locals; each method opens by unpacking the state it reads, so the
rules read as before.
"""
from __future__ import annotations

from ....document import Document
from ..grammar.clauses import Clause, _agrees, _can_be, _coordinated, _finite, _in_timex, _number, _number_clash, clause_of_trigger
from ..grammar.ties import tie_of
from ..grammar.opening_subjects import opening_subject, weapon_subject
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg
from ..grammar.topic_phrases import in_topic_phrase
from .invitations import passed_invitation
from ..status.predicate_cues import _adjunct_strike, granted_request, left_unanswered
from ...morph import parses

# the types whose named parties all act ("зустріч делегацій України та США")
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}


class RoleClause:
    """The trigger, its clause and what the clause's grammar says about roles."""

    def __init__(self, doc: Document, args: list[Arg], i: int, j: int, type_: str, lex: Lexicon,
                 s_lo: int, s_hi: int, skip: set[int], visit: bool = False,
                 clause: Clause | None = None, need: bool = False):
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
                 toks[cl.governor - 1].norm in lex.word_list("negators")) and \
            not ((gov.lemma or gov.norm) in lex.word_list("answer_with_verbs") and
                 toks[i].pos == "NOUN" and toks[i].case == "ablt")
        # "Київ відкинув ці звинувачення", "Мінськ відхилив вимогу": who rebuffs a charge, a
        # threat or a demand is the one it was aimed at, never the one who made it
        target_subject = target_subject or (
            gov is not None and toks[i].pos == "NOUN" and type_ in ("ACCUSE", "THREATEN", "REQUEST") and
            (gov.lemma or gov.norm) in lex.word_list("rebuff_verbs"))
        # "Під санкції потрапили Рогозін і Сурков", "Росія зазнала нових санкцій": who falls
        # under sanctions is the one sanctioned
        target_subject = target_subject or (
            gov is not None and type_ == "SANCTION" and (gov.lemma or gov.norm) in lex.word_list("sanction_target_verbs"))
        # "за атакою стоять спецслужби Росії": who stands behind an act is the one accused
        target_subject = target_subject or (type_ == "ACCUSE" and gov is not None and cl.governor == i and
                                            (gov.lemma or gov.norm) in lex.word_list("behind_verbs"))
        # ("Кремль відповідає ударами": what one answers with, in the instrumental, one strikes)
        # "Київ було атаковано Росією", "коридори заблоковані окупантами": in a passive the
        # instrumental is the doer and the subject (or the object of an impersonal form) is done to
        trig_tok = toks[i]
        passive = (trig_tok.pos == "VERB" and "Impe" in (trig_tok.tags or ())) or \
            (trig_tok.pos in ("ADJF", "ADJS", "PRTF") and "pssv" in (trig_tok.tags or ()))
        # a strike noun under a preposition of cause or time ("від обстрілів", "унаслідок удару",
        # "під час атаки") is an adjunct: its attacker is in its own phrase, not the verb's subject
        oblique = topical = False
        if trig_tok.pos == "NOUN" and type_ in ("ASSAULT", "COERCE") and gov is not None:
            # (with no verb, "Одеса і Миколаїв – після ударів по енергооб'єктах": the towns are hit)
            m = i - 1
            while m > s_lo and toks[m].pos in ("ADJF", "PRTF") or (m > s_lo and toks[m].norm in ("-", "–")):
                m -= 1
            before = toks[m].norm if m >= s_lo else ""
            two = (toks[m - 1].norm + " " + before) if m - 1 >= s_lo else before
            oblique = before in lex.word_list("adjunct_prepositions") or two in lex.word_list("adjunct_prepositions")
            # "Путін пообіцяв відповісти на удари по Криму": the strikes an answer is promised to
            # are another's, the promise's subject is none of their sides (when the verb of
            # answering governs the clause, "Україна відповіла на удари", its subject was struck)
            oblique = oblique or (before == "на" and m - 1 >= s_lo and m - 1 != cl.governor and
                                  (toks[m - 1].pos == "INFN" or "infn" in (toks[m - 1].tags or ())) and
                                  (toks[m - 1].lemma or toks[m - 1].norm) in lex.word_list("answer_with_verbs"))
            # "Ми не залишимо цей удар без відповіді": who promises the answer did not strike
            oblique = oblique or left_unanswered(doc, i, cl.lo, cl.hi, lex)
            # "Зеленський поговорив із Сунаком про удари Росії", "розмова з Туском щодо ударів
            # по Львову": a strike talked about; who talks, and with whom, takes no part in it
            # ("щодо постачання зброї та протидії атакам Росії": further on in the topic too; not
            # pressure, "обговорили тиск на Росію", which those who talk of it may well exert)
            topical = type_ == "ASSAULT" and in_topic_phrase(toks, i, cl.lo, lex)
            # "Під ударом були три громади", "під обстрілом опинилося село": what is under the
            # strike is its target, the clause's subject
            # ("Гутерреш потрапив під ракетний обстріл", "опинилися під ударом": under fire)
            if before == "під" and (trig_tok.case in ("ablt", "accs") or _can_be(trig_tok, "ablt") or
                                   _can_be(trig_tok, "accs")):
                target_subject = True
        # "Радбез ООН збереться на прохання України": the clause's subject is the one asked
        granted = type_ == "REQUEST" and gov is not None and i - 1 >= s_lo and granted_request(doc, i, lex)
        # "Росія звинуватила Україну в атаці на Бєлгород": the accused did the act charged, the
        # accuser takes no part in it
        charged = trig_tok.pos == "NOUN" and gov is not None and cl.governor < i and \
            (gov.lemma or gov.norm) in lex.word_list("charge_verbs") and \
            (_adjunct_strike(doc, i, lex, "charge_prepositions") or
             # "звинуватив Росію в підготовці ударів": the act charged through a noun of doing it
             (i - 1 > cl.governor and (toks[i - 1].lemma or "") in lex.word_list("charged_doing_nouns") and
              _adjunct_strike(doc, i - 1, lex, "charge_prepositions")))
        # "Запрошую пані Меркель відвідати Бучу", "змусили людей покинути місто": the object of a
        # verb of control does what the infinitive trigger after it says
        # ("Ніщо не завадить агресору завдавати ударів", "дозволити Росії обстрілювати міста": a
        # dative object does it too, and the trigger may be the noun the infinitive governs)
        first_inf = next((m for m in range(cl.governor + 1, i + 1) if toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())),
                         None) if gov is not None and i > cl.governor else None
        controlled = first_inf is not None and (gov.lemma or gov.norm) in lex.word_list("object_control_verbs") and \
            any(toks[m].pos in ("NOUN", "NPRO") and (_can_be(toks[m], "accs") or _can_be(toks[m], "datv"))
                for m in range(cl.governor + 1, first_inf))
        # "Посол передав президенту Бразилії запрошення відвідати Київ": an invitation passed on
        # to someone in the dative is theirs to take up, as if the one passing it had invited
        controlled = controlled or passed_invitation(toks, cl.governor, first_inf, lex)
        # "Окупанти не дали провести евакуацію", "Росія завадила вивезти людей": who hinders an
        # act, or does not let it happen, does not do it; its doer is someone the clause leaves
        # unnamed, so the subject stands on neither side of the act
        # ("Росія дозволила провести обмін" lets others do it too; "дала згоду провести обмін"
        # agrees to take part: the infinitive must follow the verb with no noun between)
        hindered = first_inf is not None and not controlled and \
            (gov.lemma or gov.norm) in lex.word_list("preventing_verbs") | lex.word_list("permitting_verbs") and \
            not any(toks[m].pos in ("NOUN", "NPRO") for m in range(cl.governor + 1, first_inf))
        # "Окупанти зірвали евакуацію", "заблокували доставку допомоги": who wrecks help meant
        # for others does not give it ("Росія зірвала переговори": a party of the talks still)
        hindered = hindered or (type_ == "AID" and trig_tok.pos == "NOUN" and gov is not None and
                                cl.governor < i and (gov.lemma or gov.norm) in lex.word_list("wrecking_verbs"))
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
        # nominative and agreeing with it, is the subject (not one of a time: "Три роки тому"); a name after the verb is then its object
        # (so is a demonym, "Хусити атакували американський есмінець": the ship is the object)
        subject_found = gov is not None and gov.person != "1per" and any(
            toks[m].pos == "NOUN" and toks[m].case == "nomn" and (toks[m].text[:1].islower() or m == s_lo) and
            not (i <= m < j) and not _in_timex(doc, toks[m]) and not any(a.start <= toks[m].start < a.end and a.kind != "demonym" for a in args) and
            _agrees(gov, toks[m]) and not _number_clash(gov, toks[m], _coordinated(doc, m, m, cl.lo, cl.hi)) and
            not (_number(gov) == "plur" and _singular_by_modifier(toks, m, cl.lo)) and
            tie_of(doc, m, cl.lo, i, preps).prep is None
            for m in range(cl.lo, cl.governor))
        subject_found = subject_found or (
            gov is not None and gov.person != "1per" and opening_subject(doc, args, cl, i, j, gov, preps))
        subject_found = subject_found or (
            gov is not None and type_ in ("ASSAULT", "COERCE") and _finite(gov) and
            weapon_subject(doc, args, cl, i, j, gov, preps, lex.word_list("weapon_agents")))
        # ("Українські сили, які увійшли до області, атакували російські позиції": the subject
        # stands before the relative clause, so the nominative after the verb is its object)
        subject_found = subject_found or (
            gov is not None and gov.person != "1per" and cl.governor < i + 1 and _finite(gov) and
            relative_antecedent(doc, lex, s_lo, cl.governor) is not None)
        # ("Кремль заперечив свою провину і звинуватив Київ у провокації", "Російські
        # прикордонники обстріляли і захопили кораблі ВМС України": a verb joined by a
        # conjunction to the finite verb before it shares that verb's subject, told before it,
        # so a name after it that reads as nominative or accusative is its object)
        subject_found = subject_found or (
            gov is not None and gov.person != "1per" and _finite(gov) and _joined_subject(doc, cl, gov, s_lo, preps))


        after_subject: list[bool] = []
        self.doc = doc
        self.args = args
        self.i = i
        self.j = j
        self.type_ = type_
        self.lex = lex
        self.s_lo = s_lo
        self.s_hi = s_hi
        self.skip = skip
        self.visit = visit
        self.clause = clause
        self.need = need
        self.toks = toks
        self.cl = cl
        self.gov = gov
        self.preps = preps
        self.receive = receive
        self.receiving = receiving
        self.target_subject = target_subject
        self.trig_tok = trig_tok
        self.passive = passive
        self.oblique = oblique
        self.topical = topical
        self.granted = granted
        self.charged = charged
        self.first_inf = first_inf
        self.controlled = controlled
        self.hindered = hindered
        self.g_edge = g_edge
        self.gerund_led = gerund_led
        self.decided = decided
        self.pair_heads = pair_heads
        self.actors = actors
        self.recipients = recipients
        self.after_subject = after_subject
        self.subject_found = subject_found


def _joined_subject(doc: Document, cl: Clause, gov, s_lo: int, preps) -> bool:
    """The clause's verb is joined by a conjunction (`cl.conj`) to the finite verb that ends the
    clause before it, in the same number (and gender, in the past), and a noun in the
    nominative under no preposition agreeing with it stands before that verb: their shared
    subject."""
    toks = doc.tokens
    if cl.left_edge is None or cl.left_edge <= s_lo or cl.governor is None:
        return False
    if cl.conj is None:
        # a conjunction right after the verb before ("обстріляли і захопили") sets no `conj`:
        # nothing but it and adverbs may stand between the two verbs
        between = toks[cl.left_edge + 1:cl.governor]
        if not any(t.norm in ("і", "й", "та") for t in between) or \
                not all(t.norm in ("і", "й", "та") or t.pos == "ADVB" for t in between):
            return False
    first = toks[cl.left_edge]
    if not _finite(first) or _number(first) != _number(gov) or \
            (first.tense == "past" and gov.tense == "past" and first.gender != gov.gender):
        return False
    return any(toks[m].pos == "NOUN" and toks[m].case == "nomn" and _agrees(gov, toks[m]) and
               not _number_clash(gov, toks[m], _coordinated(doc, m, m, s_lo, cl.left_edge)) and
               tie_of(doc, m, s_lo, cl.left_edge, preps).prep is None
               for m in range(s_lo, cl.left_edge))


def _singular_by_modifier(toks, m: int, lo: int) -> bool:
    """"Це рішення підтримали і США", "Цю заяву засудили також ОАЕ": a noun whose modifier
    right before it has no plural nominative reading is singular there, though the noun alone
    reads as a plural ("рішення"); it is the fronted object of a plural verb, not its subject,
    so the name after the verb is. ("Ці рішення", "нові рішення" may still be plural.)"""
    if m - 1 < lo:
        return False
    # (the modifier must agree with a singular reading of the noun: "що більше люди
    # протестують" holds no modifier of "люди", which has none)
    genders = {p.tag.gender for p in parses(toks[m].text)
               if p.tag.POS == "NOUN" and "plur" not in p.tag and p.tag.case in ("nomn", "accs")}
    mods = [p for p in parses(toks[m - 1].text) if p.tag.POS in ("NPRO", "ADJF", "PRTF")]
    return any(p.tag.gender in genders for p in mods) and \
        not any(p.tag.case in ("nomn", None) and "plur" in p.tag for p in mods)


def relative_antecedent(doc: Document, lex: Lexicon, s_lo: int, v: int) -> int | None:
    """The finite verb at v has its subject before a relative clause set off by commas
    ("Угорщина, яка раніше погрожувала ..., зрештою підтримала", "Українські сили, які увійшли
    до області, атакували"): the index of the nominative word right before the comma that
    opens the relative clause, when the verb agrees with it and no nominative noun or finite
    verb of its own stands between the closing comma and the verb; else None."""
    toks = doc.tokens
    rel = lex.word_list("relative_pronouns")
    close = next((m for m in range(v - 1, s_lo, -1) if toks[m].norm == ","), None)
    if close is None or any(toks[m].pos == "NOUN" and toks[m].case == "nomn" or _finite(toks[m])
                            for m in range(close + 1, v)):
        return None
    opener = next((m for m in range(close - 1, s_lo, -1) if toks[m].norm == ","), None)
    if opener is None or opener + 1 >= close or opener - 1 < s_lo or \
            (toks[opener + 1].lemma or toks[opener + 1].norm) not in rel or toks[opener + 1].case != "nomn":
        return None
    name = toks[opener - 1]
    if name.case == "nomn" and _agrees(toks[v], name):
        return opener - 1
    # ("сили", "війська": read first as a genitive singular, a nominative plural before a
    # plural verb)
    if _number(toks[v]) == "plur" and name.pos == "NOUN" and \
            any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(name.text)):
        return opener - 1
    return None
