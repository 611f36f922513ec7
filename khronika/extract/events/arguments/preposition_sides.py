"""The side a preposition gives a name ("з боку Росії" acts, "по Києву" is struck, "проти Росії"
is aimed at, "до Броварів" is where): one branch per preposition and event type. The case
decides only where no preposition stands (`case_sides`), so the prepositions are read apart.

A mixin of `clause_roles.ClauseRoles` (the state comes from `role_clause.RoleClause`).
"""
from __future__ import annotations

from ....document import Token
from ..grammar.clauses import _agrees, _can_be, lemma_of_tok
from ...morph import parses
from ..grammar.ties import Tie, _noun_under_prep, tie_of
from .givers import remedy_against
from .halted_supply import supply_receiver
from ..grammar.names import Arg
from .role_clause import SYMMETRIC
from .states import country_ids


class PrepositionSides:
    """`prep_side`: a name's side under its preposition."""

    def prep_side(self, a: Arg, k: int, tie: Tie, head: Token, hl: str) -> str:
        """The side of a name under preposition `tie.prep` (`head` its head word, `hl` its lemma)."""
        (doc, i, j, type_, lex, s_lo, visit, toks, cl, gov, preps) = (
         self.doc, self.i, self.j, self.type_, self.lex, self.s_lo, self.visit, self.toks, self.cl,
         self.gov, self.preps)
        p = tie.prep
        before = toks[tie.head - 2].norm if tie.head - 2 >= s_lo else ""
        if p is not None and tie.head < k and not (i <= tie.head < j) and head.pos == "NOUN" and \
                head.text.islower() and hl in lex.word_list("patient_nouns") and \
                not any(toks[m].pos == "NOUN" for m in range(tie.head + 1, k)):
            # "ордер на арешт Путіна через депортацію дітей": a name that completes another
            # act's noun under a preposition is that act's party, not this one's
            return "-"
        if p in ("у", "в") and hl in lex.word_list("escort_nouns"):
            # "Дуда у супроводі міністра прибув": one of the subject's party; after the verb
            # whose escort it is goes unsaid ("Путін прийняв Лукашенка у супроводі міністра")
            return "A" if gov is not None and tie.head < cl.governor else "-"
        if p in ("у", "в") and type_ in SYMMETRIC and toks[i].pos == "NOUN" and k < i and \
                (a.etype or "") == "PER" and gov is not None and cl.governor < i and \
                lemma_of_tok(gov) in lex.word_list("possessor_meeting_verbs") and _can_be(toks[k], "gent"):
            # "У Президента була розмова з Макроном": who had the talk holds it
            return "A"
        if p in ("на", "за") and tie.head < k and hl in lex.word_list("principal_nouns") and \
                type_ in ("ASSAULT", "COERCE", "THREATEN"):
            # "планував напад на аеропорт на замовлення російських спецслужб", "за наказом
            # Кремля": who ordered a hostile act is its doer, not its target
            return "A"
        if p in ("по", "на", "проти") and self._other_strike_noun(tie.head):
            # "удару по Києву у відповідь на атаку дронів на Москву": the target after another
            # strike noun is that strike's, not this one's, whatever this one is ("Після нападу
            # Ірану на американські кораблі США запровадили санкції": the ships' state is not
            # sanctioned)
            return "-"
        if p in ("проти", "з", "із", "зі") and type_ == "CONCEDE" and \
                lemma_of_tok(toks[i]) in lex.word_list("lifting_words"):
            return "R"           # "зняли санкції з Білорусі", "скасування санкцій проти Сирії"
        if type_ in ("PROTEST", "ACCUSE", "REJECT") and k - tie.head == 1 and \
                hl in lex.contexts["outbound_supply"] and \
                (after := next((m for m in range(k, min(len(toks), k + 6)) if toks[m].start >= a.end), None)) \
                is not None and toks[after].text.islower() and \
                toks[after].pos in ("ADJF", "NOUN") and _can_be(toks[after], "gent") and _can_be(toks[k], "datv"):
            # "протест у зв'язку з постачанням Росії іранських дронів": the one a supply goes to,
            # a dative before the goods, is not whom the protest is aimed at
            return "-"
        if p in ("з", "із", "зі", "зо"):
            if hl == "бік" and type_ in ("PROTEST", "ACCUSE", "REJECT") and tie.head > j and \
                    any(toks[m].pos == "NOUN" and toks[m].text.islower() for m in range(j, tie.head - 1)):
                # "протест через порушення кордону з боку Росії": the doer of the act protested
                # or condemned, in that act's own phrase, is the one it is aimed at
                return "R"
            if hl == "бік":
                return "A"                                   # "з боку Росії"
            if type_ == "CONSULT" and (a.etype or "") != "PER" and gov is not None and \
                    lemma_of_tok(gov) in lex.word_list("topic_verbs") and cl.governor < tie.head - 1 and \
                    any(lemma_of_tok(toks[m]) in lex.word_list("partnered_topic_nouns")
                        for m in range(max(j, cl.governor + 1), tie.head - 1)):
                # "обговорили обмін полоненими з Росією", "відносини з Китаєм": the partner of
                # the act talked about, not of the talk ("обговорив ситуацію з Макроном" talks)
                return "-"
            talk = toks[tie.head - 2] if tie.head - 2 >= cl.lo else None
            if type_ not in SYMMETRIC | {"REQUEST", "REJECT"} and talk is not None and talk.pos == "NOUN" and not (i <= tie.head - 2 < j) and \
                    (any(tr.type == "CONSULT" for tr in lex.by_lemma.get(lemma_of_tok(talk), ())) or
                     lemma_of_tok(talk) in lex.word_list("talk_frame_nouns") or talk.norm in lex.word_list("talk_frame_nouns")):
                return "-"          # "У розмові з канцлером Шольцом ... тиск на Росію": the talk's partner
                                    # ("в інтерв'ю з президентом США ... назвав Путіна вбивцею")
            if talk is not None and lemma_of_tok(talk) in lex.word_list("border_nouns"):
                return "-"          # "затримали на кордоні з Молдовою": where, not who
            if self._strife_side(tie):
                # "провела переговори з Австралією на тлі напруженості з Китаєм": the other side
                # of a strife or a tie named beside the act is none of its parties
                return "-"
            if before == "чолі" and tie.head - 4 >= cl.lo and toks[tie.head - 3].norm == "на":
                # "на чолі з Мецолою": one of the party it leads, on that party's side
                # ("прийняв делегацію Конгресу на чолі з сенатором Гремом": the guests')
                led = tie_of(doc, tie.head - 4, cl.lo, i, preps)
                if gov is not None and led.head > cl.governor and (
                        led.prep in ("з", "із", "зі", "зо") or
                        (led.prep is None and not _can_be(toks[led.head], "nomn"))):
                    return "R"
                return "A"
            if before in ("разом", "спільно", "чолі"):
                return "A"                                   # "на чолі з Мецолою": one of the party
            if type_ == "SANCTION" and (a.etype or "") == "LOC" and a.entity not in country_ids():
                return "-"                                   # "висилає консула з Познані": where he served
            if type_ == "ASSAULT" and lemma_of_tok(toks[i]) in lex.word_list("mutual_assaults"):
                return "-"                                   # "бої з окупантами": the other side of a fight
            if not _can_be(head, "ablt") and head.case == "gent" and tie.head - 2 >= cl.lo and \
                    a.entity in country_ids() and type_ != "SANCTION" and \
                    lemma_of_tok(toks[tie.head - 2]) in lex.word_list("delegation_nouns") | lex.word_list("home_roles") | \
                    lex.word_list("envoy_nouns"):
                # "Делегація зі Швеції провела переговори", "Посол з Естонії зустрівся з мером": the
                # state a party or an envoy comes from stands on that party's side
                role = tie_of(doc, tie.head - 2, cl.lo, i, preps)
                if role.prep is None and toks[role.head].case == "nomn" and gov is not None and \
                        role.head < cl.governor:
                    return "A"
                if role.prep is None and gov is not None and role.head > cl.governor and \
                        _can_be(toks[role.head], "nomn") and not _can_be(toks[role.head], "accs"):
                    return "A"       # "область відвідає делегація з Чехії": the subject after its verb
                if role.prep in ("з", "із", "зі", "зо"):
                    return "R"
                if role.prep is None and gov is not None and role.head > cl.governor and \
                        _can_be(toks[role.head], "accs") and not _can_be(toks[role.head], "nomn"):
                    return "R"       # "прийняв дипломатів з Японії": the state of the ones received
                return "-"
            if type_ == "REQUEST" and not _can_be(head, "ablt") and head.case == "gent" and tie.head > j and \
                    a.entity in country_ids() and a.entity != (lex.home or {}).get("id") and \
                    any(lemma_of_tok(toks[m]) in lex.word_list("returned_from_nouns") for m in range(j, tie.head - 1)):
                # "наполягає на поверненні депортованих дітей з Росії": the state they are to be
                # returned from is the one asked
                return "R"
            if not _can_be(head, "ablt") and head.case == "gent":
                # "з Азовсталі": whence; "блокування імпорту вугілля з Росії": whom a trade ban hits
                return "R" if type_ == "SANCTION" else "-"
            if type_ == "SANCTION" and not (talk is not None and (
                    lemma_of_tok(talk) in lex.word_list("trade_nouns") | lex.word_list("dealings_nouns"))):
                # "синхронізувала санкції з ЄС": a partner in them, not their target ("ембарго на
                # торгівлю з Росією", "операції з Росією": the one traded with is hit)
                return "-"
            return "R"
        if p == "між" and tie.head - 2 >= cl.lo and \
                lemma_of_tok(toks[tie.head - 2]) in lex.word_list("mediator_words"):
            # "запропонувала посередництво між Україною та Росією", "готовий стати посередником
            # між ...": the parties a go-between offers to bring together are its recipients,
            # never on the side of the one who offers
            return "R"
        if p == "між" and self._strife_side(tie):
            return "-"      # "Саміт пройшов на тлі напруженості між США та Китаєм": the strife's sides
        if p == "між" and toks[i].pos != "NOUN" and gov is not None and tie.head - 2 >= j and \
                toks[tie.head - 2].pos == "NOUN" and any(
                    toks[m].pos == "NOUN" and toks[m].case == "nomn" and _agrees(gov, toks[m])
                    for m in range(cl.lo, i)):
            # "Нідерланди проголосували проти ратифікації угоди між Україною та ЄС", "Сенат
            # схвалив угоду між Україною та Польщею": the parties of a noun after the verb, whose
            # subject is named, are that noun's, not the verb's
            return "-"
        if p == "між":
            # "зустріч між Україною та США"; "вогонь по дорозі між Василівкою та Кам'янським"
            # places the strike, the towns are no parties
            return "-" if type_ in ("ASSAULT", "COERCE") else "A"
        if p == "по":
            return "R" if type_ in ("ASSAULT", "COERCE") else "-"
        if p in ("на", "за") and type_ == "CONSULT" and not (i <= tie.head < j) and \
                lemma_of_tok(toks[tie.head]) in lex.word_list("invitation_nouns"):
            # "прибув до Львова на запрошення Зеленського": the host who invited receives the visit
            return "R"
        if p == "на" and type_ == "PROTEST" and hl in lex.word_list("summon_purposes") and tie.head < k and \
                lemma_of_tok(toks[i]) in lex.word_list("summon_verbs") and \
                any(lemma_of_tok(toks[m]) in lex.contexts["diplomats"] or lemma_of_tok(toks[m]) in lex.contexts["chargé"]
                    for m in range(tie.head + 1, k)):
            # "викликало на розмову посла Угорщини": the envoy after what he is summoned for is
            # the one summoned, not that talk's owner
            return "R"
        if p == "на" and type_ == "THREATEN" and a.kind in ("adjective", "demonym") and tie.head < k and \
                lemma_of_tok(toks[tie.head]) in lex.word_list("patient_nouns"):
            # "пообіцяв відповідь на вислання російських дипломатів": a response to an act done to
            # people; whose people they are is not the one threatened, but the side answering for
            # them ("відповідь на розміщення американських ракет" threatens whose missiles they are)
            return "-"
        if p == "на" and type_ == "AID" and tie.head < k and tie.head > j and a.entity in country_ids() and \
                all(toks[m].pos in ("NOUN", "ADJF") and toks[m].text.islower() and
                    (toks[m].pos == "ADJF" or _can_be(toks[m], "accs") or _can_be(toks[m], "gent"))
                    for m in range(tie.head, k)) and \
                _purpose_noun(lex, toks, tie.head, k):
            # "виділив 500 мільйонів на відновлення енергетики України", "на протиповітряну
            # оборону України", "на енергетику України" (read first as the dative of "енергетик")
            return "R"
        if p == "на" and type_ == "AGREE" and tie.head < k and tie.head > j and \
                lemma_of_tok(toks[tie.head]) in lex.word_list("stance_nouns") and \
                all(toks[m].pos in ("ADJF", "PRTF") for m in range(tie.head + 1, k)):
            return "R"           # "погодилася на пропозицію США": whose proposal is agreed to
        if p == "на":
            if type_ in ("ASSAULT", "COERCE", "SANCTION", "THREATEN") and (head.case == "accs" or not _can_be(head, "loct")):
                return "R"
            if type_ == "ACCUSE" and tie.head - 1 >= j and _can_be(head, "accs") and \
                    lemma_of_tok(toks[i]) in lex.word_list("warrant_nouns") and \
                    all(toks[m].pos in ("VERB", "ADVB", "PRCL") for m in range(j, tie.head - 1)):
                # "ордери на Шойгу", "ордер видали на Марію Львову-Бєлову": the one the warrant
                # is for, after the noun or past its verb of issuing
                return "R"
            if type_ == "ACCUSE" and tie.head > j and _can_be(head, "accs") and \
                    lemma_of_tok(toks[i]) in lex.word_list("suit_nouns"):
                return "R"       # "подала скаргу до СОТ на Польщу": whom the complaint is against
            return "-"
        if p == "проти" and type_ == "REJECT" and tie.head > j and \
                any(toks[m].pos == "NOUN" and toks[m].text.islower() for m in range(j, tie.head - 1)):
            return "-"      # "відмовилася приєднатися до санкцій проти Росії": the sanctions' target
        if p == "проти":
            return "R" if type_ in ("ASSAULT", "SANCTION", "ACCUSE", "PROTEST", "COERCE", "THREATEN", "REJECT") else "-"
        if type_ == "SANCTION" and supply_receiver(lex, toks, i, tie.head - 1, p):
            return "R"           # "припинила експорт пального до України": the state cut off
        if p == "до" and type_ == "PROTEST" and lemma_of_tok(toks[i]) in lex.word_list("summon_verbs") and \
                tie.head > i and not self.subject_found:
            return "A"           # "Посла Росії викликали до МЗС Молдови": the ministry summons
        if p in ("до", "у", "в") and type_ == "PROTEST" and hl in lex.contexts["foreign_offices"] and \
                lemma_of_tok(toks[i]) in lex.word_list("summon_verbs") | lex.word_list("summoned_forms"):
            # "У МЗС викликали посла Ірану", "До МЗС України викликано посла", "Посол був
            # викликаний до МЗС": the foreign office one is summoned to (or in) summons, before
            # the verb or after a passive one whose subject is the envoy
            return "A"
        if p == "до" and type_ == "REQUEST" and tie.head - 2 > j and \
                lemma_of_tok(toks[tie.head - 2]) in lex.contexts["membership"] and \
                not (tie.head - 3 == j and toks[j].norm == "на"):
            # "висунула умову для підтримки вступу до ЄС": where one would join, named in the
            # demand's topic, is not asked ("заявка на вступ до НАТО" is put to NATO)
            return "-"
        if p == "до":
            if visit and (a.etype or "") == "LOC":
                return "-"
            # ("до чергового засідання Ради": the meeting word past the adjectives before it)
            if tie.head < k and gov is not None and (gov.lemma or gov.norm) in lex.word_list("topic_verbs") and \
                    any(toks[m].text.islower() and lemma_of_tok(toks[m]) in lex.trigger_keys
                        for m in range(tie.head, k)):
                return "-"           # "обговорили підготовку до засідання Ради асоціації": a topic
            if gov is not None and (gov.lemma or gov.norm) in lex.word_list("topic_verbs") and \
                    j < tie.head - 1 and any(toks[m].pos == "NOUN" and toks[m].text.islower()
                                             for m in range(j, tie.head - 1)):
                return "-"           # "обговорили вступ України до ЄС": the talked-about noun's own
            if type_ != "CONSULT" and tie.head > j and any(
                    lemma_of_tok(toks[m]) in lex.word_list("visit_frame_nouns") for m in range(j, tie.head - 1)):
                return "-"           # "засудив візит Орбана до Москви": where the visit went
            if type_ == "ACCUSE" and lemma_of_tok(toks[i]) in lex.word_list("suit_nouns"):
                return "-"           # "подав скаргу до СОТ": where it is filed, not whom it accuses
            return "R" if type_ in ("REQUEST", "CONSULT", "AID", "THREATEN", "ACCUSE", "SUPPORT") else "-"
        if p == "для":
            # "погрози для Молдови": the threatened
            return "R" if type_ in ("AID", "SUPPORT", "THREATEN") else "-"
        upto = next((m for m in range(k + 1, min(cl.hi, k + 6)) if toks[m].norm == "до"), None) \
            if p == "від" else None
        if upto is not None and not any(toks[m].pos in ("VERB", "INFN") or
                                                      (toks[m].pos == "NOUN" and toks[m].text.islower())
                                                      for m in range(k + 1, upto)):
            # "від «Шахерезади» і до найменших": a range ("вимагав від Росії забезпечити доступ
            # до місця падіння": the "до" of another phrase after the verb makes none)
            return "-"
        if p == "від" and any(toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in lex.word_list("harm_nouns")
                              for m in range(tie.head, min(cl.hi, k + 3))):
            return "-"                                       # "закрити небо від російських ракет": what one is shielded from
        if p == "від" and tie.head - 2 >= s_lo and remedy_against(toks, tie.head, lex.word_list("remedy_nouns"), a):
            return "-"                                       # "партія вакцин від COVID-19": what it guards against
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
        if p == "від" and type_ in ("AID", "SUPPORT") and lemma_of_tok(toks[i]) in lex.word_list("given_up_verbs"):
            # "не відмовиться від підтримки України": what is given up (or kept) is no giver;
            # the name it is the genitive of is the one it goes to
            return "R" if tie.head < k else "-"
        if p == "від":
            if type_ == "REQUEST" and lemma_of_tok(toks[i]) in lex.word_list("ask_from_verbs"):
                return "R"                                   # "вимагає від Росії": who is asked
            # ("Від України документ підписав Кучма": on behalf of Ukraine)
            return "A" if type_ in ("AID", "ACCUSE", "THREATEN", "REQUEST", "SUPPORT", "SANCTION", "AGREE") else "-"
        if p == "за":
            nxt = toks[tie.head]
            if (nxt.lemma or nxt.norm) in ("участь",):
                return "R"
            if (nxt.lemma or nxt.norm) in ("ініціатива",):
                return "A"
            return "-"
        if p == "під" and hl == "головування":
            return "A"                                       # "під головуванням Єрмака"
        if p in ("у", "в") and type_ == "ASSAULT" and head.case == "accs" and \
                lemma_of_tok(toks[i]) in lex.word_list("invasion_words"):
            return "R"                                       # "вторглися в Грузію": the land invaded
        if p in ("у", "в", "на"):
            return "R" if hl == "формат" else "-"
        if p is not None:
            return "-"

    def _strife_side(self, tie: Tie) -> bool:
        """The name's preposition hangs on a noun of `strife_nouns` right before it that is not
        the trigger ("напруженості з Китаєм", "конфлікту між США та Китаєм"): it names a side of
        that strife or tie (a SANCTION's dealings aside: "розірвала відносини з Росією")."""
        toks, i, j, lex, cl, type_ = self.toks, self.i, self.j, self.lex, self.cl, self.type_
        n = tie.head - 2
        if n < cl.lo or i <= n < j:
            return False
        noun = toks[n]
        return noun.pos == "NOUN" and lemma_of_tok(noun) in lex.word_list("strife_nouns") and \
            not (type_ == "SANCTION" and lemma_of_tok(noun) in lex.word_list("dealings_nouns"))

    def _other_strike_noun(self, h: int) -> bool:
        """The noun nearest before the preposition at token h - 1 that tells a strike is another
        trigger than this one: the phrase hangs on it ("атаку дронів на Москву")."""
        (toks, i, j, lex, cl) = (self.toks, self.i, self.j, self.lex, self.cl)
        for m in range(h - 2, cl.lo - 1, -1):
            if i <= m < j:
                return False
            if toks[m].pos == "NOUN" and toks[m].text.islower() and \
                    any(t.type in ("ASSAULT", "COERCE") for t in lex.by_lemma.get(lemma_of_tok(toks[m]), ())):
                # (one before the trigger only under a preposition of its own, "у відповідь на
                # атаку", or when the trigger is an adjunct itself: "за п'ять днів вторгнення по
                # Україні завдали ударів" strikes Ukraine)
                return m >= j or _noun_under_prep(toks, m, cl.lo) or self.oblique
        return False


def _purpose_noun(lex, toks, lo: int, hi: int) -> bool:
    """The first noun of the phrase [lo, hi) names what aid is for (`aid_purpose_nouns`), by
    any of its dictionary readings."""
    m = next((m for m in range(lo, hi) if toks[m].pos == "NOUN"), None)
    return m is not None and bool({p.normal_form for p in parses(toks[m].text)} & lex.word_list("aid_purpose_nouns"))
