"""Each name's side in a trigger's clause (`ClauseRoles.roles`, behind `arguments.clause_roles`):
the names are read in order, skipped where they name no party (a vocative, "з нашими
партнерами", "громадянина Туреччини", a building's namesake), given the side of the name they
are coordinated with, or of their tie (`case_sides`, `preposition_sides`); towns act only as
capitals; then the actors told elsewhere (`left_out_subjects`), the first person, and the owners
of a noun an infinitive trigger hangs on.

`ClauseRoles` joins the clause's state (`role_clause`) and the side rules (the mixins).
"""
from __future__ import annotations

from ....document import Document
from ...morph import parses
from .case_sides import CaseSides
from ..grammar.clauses import Clause, _can_be, _cases, coordinated_with, lemma_of_tok, vocative
from ..grammar.ties import Tie, tie_of
from .left_out_subjects import LeftOutSubjects
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, token_index_at
from .preposition_sides import PrepositionSides
from .role_clause import RoleClause, SYMMETRIC
from .owned_nouns import untied_state
from .role_predicates import role_predicate
from .route_phrases import in_route_phrase
from .struck_sites import owns_struck_site
from .states import capitals, country_ids, place_country
from ..grammar.groups import people_origin


def _infn(t) -> bool:
    """The dictionary marks the word an infinitive (its own part of speech or the mark)."""
    return t.pos == "INFN" or "infn" in (t.tags or ())


def noun_owners(doc: Document, args: list[Arg], i: int, gov: int | None, lex: Lexicon) -> list[str]:
    """The genitive owners of the noun an infinitive trigger hangs on ("намагань Росії
    наступати", "спроби ворога прорватися", "рішення ЄС запровадити"): the names right before
    the infinitive, after a common noun that is not the clause's verb; [] for an infinitive
    under its verb ("Україна готова підписати")."""
    toks = doc.tokens
    if toks[i].pos == "NOUN" and i > 0 and _infn(toks[i - 1]):
        i -= 1          # "рішення Трампа провести саміт": the noun the infinitive carries out
    t = toks[i]
    if not _infn(t) or gov is None or gov >= i:
        return []
    owners: list[str] = []
    m = i - 1
    while m > gov:
        w = toks[m]
        inside = [a for a in args if a.start <= w.start < a.end]
        if inside:
            owners = [x.entity for x in inside if x.entity not in owners] + owners
        elif not (w.pos in ("ADJF", "PRTF") and w.case == "gent") and \
                not (owners and w.pos == "NOUN" and w.case == "gent" and
                     lemma_of_tok(w) in lex.word_list("body_owner_nouns")):
            # ("рішення уряду Грузії відмовитися": the body's noun before the state is the owner's)
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


def _under_preposition(toks, i: int, lo: int) -> bool:
    """The trigger noun at i is the object of a preposition, simple ("після нападу") or made
    with a noun ("на випадок нападу", "у разі атаки")."""
    if toks[i].pos != "NOUN":
        return False
    if i - 1 >= lo and toks[i - 1].pos == "PREP":
        return True
    return i - 2 >= lo and toks[i - 2].pos == "PREP" and toks[i - 1].pos == "NOUN" and toks[i - 1].text.islower()


def _dative_only(t) -> bool:
    """The word reads as a dative and as neither a nominative nor a genitive (nor declines)."""
    cases = _cases(t.text)
    return "datv" in cases and not cases & {"nomn", "gent", "accs"} and "Indecl" not in (t.tags or ()) and \
        "Fixd" not in (t.tags or ())


def _dative_name(toks, k: int, end: int) -> bool:
    """Every word of the name from token k to offset `end` reads as a dative only: "Гайді
    Тальявіні" is no dative for its foreign first name alone ("Гайді" reads as one)."""
    m = k
    while m < len(toks) and toks[m].start < end:
        if toks[m].is_word and not _dative_only(toks[m]):
            return False
        m += 1
    return True


def _under_condition(toks, i: int, lo: int, lex: Lexicon) -> bool:
    """The trigger noun at i follows a preposition of condition ("у разі", "на випадок":
    `conditional_markers`)."""
    return toks[i].pos == "NOUN" and i - 2 >= lo and \
        f"{toks[i - 2].norm} {toks[i - 1].norm}" in lex.word_list("conditional_markers")


def _reaction_to_a_plan(toks, i: int, gov: int | None, lex: Lexicon) -> bool:
    """The act (an infinitive, or a noun after one: "провести саміт") hangs on a noun that
    takes an infinitive ("рішення", "намір"), the object of a verb of reaction
    (`reaction_verbs`) right before it."""
    j = i if _infn(toks[i]) else i - 1 if i > 0 and toks[i].pos == "NOUN" and _infn(toks[i - 1]) else None
    if j is None or j < 2 or toks[j - 1].pos != "NOUN" or \
            lemma_of_tok(toks[j - 1]) not in lex.word_list("infinitive_nouns"):
        return False
    verbs = lex.word_list("reaction_verbs")
    return any(lemma_of_tok(toks[m]) in verbs for m in range(max(0, j - 4), j - 1)
               if toks[m].pos == "VERB")


def _reacted_plan(toks, i: int, hi: int, lex: Lexicon) -> int | None:
    """The infinitive of a plan a verb of reaction takes as its object ("засудив рішення
    Угорщини заблокувати виділення Україні коштів"): the index of the infinitive, after which
    the names are the plan's parties, not the reaction's (the plan's owner is before it)."""
    if toks[i].pos != "VERB" or lemma_of_tok(toks[i]) not in lex.word_list("reaction_verbs"):
        return None
    nouns = lex.word_list("infinitive_nouns")
    for m in range(i + 1, min(hi, i + 4)):
        if toks[m].pos == "NOUN" and lemma_of_tok(toks[m]) in nouns:
            for x in range(m + 1, min(hi, m + 6)):
                if _infn(toks[x]):
                    return x
                if not toks[x].is_word or toks[x].pos in ("VERB", "PREP", "CONJ"):
                    return None
            return None
        if not toks[m].is_word or toks[m].pos in ("VERB", "CONJ"):
            return None
    return None


class ClauseRoles(RoleClause, CaseSides, PrepositionSides, LeftOutSubjects):
    """The roles of the names in one trigger's clause."""

    def _town_side(self, a: Arg, k: int, tie: Tie, side: str) -> str:
        """A town or region is where, not who: it is hit by a strike, and acts only as a capital
        standing for its state, the subject of a finite verb ("Москва погрожує", "звернулися до
        Москви"); "захисники Маріуполя", "евакуювали до Броварів", "Обстріляли Луцьк та
        Івано-Франківськ" name no party."""
        type_, lex, visit, toks, gov = self.type_, self.lex, self.visit, self.toks, self.gov
        # ("Поліція затримала двох чоловіків у Бучі": a town where someone is taken into custody
        # is where it happened, not what was coerced)
        hit = type_ == "ASSAULT" or (type_ == "COERCE" and lemma_of_tok(self.trig_tok) not in lex.word_list("custody_words"))
        capital = a.entity in capitals()
        # ("Київ — за переговори": a capital before the dash of a verbless stance is its subject)
        stance = gov is None and k + 2 < len(toks) and toks[k + 1].norm in ("–", "—", "-") and \
            toks[k + 2].norm in lex.word_list("stance_for") | lex.word_list("stance_against")
        subject = tie.prep is None and not tie.of_trigger and (gov is not None or stance) and tie.head == k and \
            _can_be(toks[k], "nomn")
        if capital and tie.of_trigger and tie.head == k and not hit and \
                lemma_of_tok(self.trig_tok) in lex.word_list("stance_nouns"):
            return side           # "на прохання Києва": the trigger noun's own capital is its state
        head = toks[tie.head]
        if side == "A" and capital and tie.prep is None and tie.head < k and \
                head.pos in ("ADJF", "PRTF") and "pssv" in (head.tags or ()) and _can_be(toks[k], "ablt"):
            # "звинувачення, висунуті Москвою": a capital that did what a passive participle
            # tells stands for its state, as a subject would
            return side
        if capital and not hit and self._capital_people(k, tie):
            return side           # "делегації Києва та Москви", "переговори між Києвом і Москвою"
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
        nouns = [m for m in range(tie.head, k) if toks[m].pos == "NOUN"]
        if capital and not tie.of_trigger and len(nouns) == 1 and \
                ((lem := lemma_of_tok(toks[nouns[0]])) in lex.word_list("stance_nouns")
                 or lem in lex.word_list("pointed_act_nouns")):
            # "відхилив вимогу Мінська": whose demand a capital's is, its state's; "засудив дії
            # Москви", "агресію Москви": whose act it is, too
            return side
        if tie.of_trigger or nouns:
            return "-"            # "евакуація Маріуполя", "захисників Маріуполя", "мера Мелітополя"
        if tie.prep is not None and not capital:
            return "-"            # "до Броварів", "з Маріуполя"
        return side

    def _capital_people(self, k: int, tie: Tie) -> bool:
        """A capital names its state's people ("делегації Києва та Москви", "з представниками
        Вашингтона": `state_people_nouns` before it in the genitive) or one of the pair a meeting
        or an exchange is held between ("між Києвом і Москвою"); a mayor or the residents of a
        capital are the town's ("мер Києва", "жителі Москви")."""
        toks, args = self.toks, self.args
        c = coordinated_with(self.doc, tie.head, self.cl.lo) if tie.prep is None and tie.head == k else None
        if c is not None and self.toks[c].pos == "NOUN" and \
                any(a.start <= toks[c].start < a.end and a.entity in capitals() for a in args):
            # ("Києва та Москви": the second capital stands where the first does)
            k = c
            tie = tie_of(self.doc, c, self.cl.lo, self.i, self.lex.word_list("prepositions"),
                         self.lex.word_list("partner_nouns"))
        if tie.prep == "між":
            return self.type_ in SYMMETRIC or self.type_ == "RETREAT"
        if tie.prep not in (None, *self.lex.word_list("partner_prepositions")):
            return False
        nouns = [m for m in range(tie.head, k) if toks[m].pos == "NOUN" and
                 not any(a.start <= toks[m].start < a.end for a in args)]
        return len(nouns) == 1 and lemma_of_tok(toks[nouns[0]]) in self.lex.word_list("state_people_nouns")

    def roles(self) -> tuple[list[str], list[str], Clause, bool]:
        """(actors, recipients, clause, first_person_actor); see `arguments.clause_roles`."""
        (doc, args, i, j, type_, lex, s_lo, s_hi, skip, need, toks, cl, gov, preps, controlled,
         decided, pair_heads, actors, recipients) = (
         self.doc, self.args, self.i, self.j, self.type_, self.lex, self.s_lo, self.s_hi, self.skip,
         self.need, self.toks, self.cl, self.gov, self.preps, self.controlled, self.decided,
         self.pair_heads, self.actors, self.recipients)
        home_id = (lex.home or {}).get("id")
        order = sorted(args, key=lambda a: a.start)
        own_doers: set[int] = set()     # the genitive doers of a trigger noun under a preposition
        for a in order:
            if a.start in skip:
                continue
            k = token_index_at(doc, a.start, s_lo, s_hi)
            if k is None or not (cl.lo <= k < cl.hi) or (i <= k < j):
                continue
            if in_route_phrase(doc, args, k, cl.lo, lex):
                decided[k] = "-"            # "міст між Ямполем і Косеуцями": no party
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
            if a.kind == "role" and k > cl.lo and toks[k].case == "gent" and toks[k - 1].pos == "NOUN" and \
                    (toks[k - 1].text.islower() or k - 1 == s_lo and not {"Surn", "Name"} & set(toks[k - 1].tags or ())) \
                    and "anim" in (toks[k - 1].tags or ()) and \
                    not any(b.start <= toks[k - 1].start < b.end for b in args):
                continue          # "з радником президента США": the adviser, not the president
            if a.kind == "pronoun" and toks[k].pos in ("ADJF", "NPRO") and k + 1 < cl.hi and \
                    (toks[k + 1].lemma or "") in lex.word_list("partner_nouns"):
                continue                                         # "з нашими партнерами": not us
            if a.entity == home_id and k > cl.lo and toks[k].case == "gent" and \
                    ((toks[k - 1].lemma or "") in lex.word_list("home_friend_nouns") or
                     any(p.normal_form in lex.word_list("home_friend_nouns") for p in parses(toks[k - 1].text))):
                # ("щирого друга України": the dictionary's first reading of "друга" is "другий")
                continue                                         # "з друзями України": not us
            if _can_be(toks[k], "gent") and k > cl.lo and (a.entity in country_ids() or a.entity == home_id) and \
                    (toks[k - 1].lemma or "") in lex.word_list("citizen_nouns"):
                # ("Громадяни Ізраїлю": the dictionary reads the name first as a man's, in the dative)
                continue                                         # "поранено громадянина Туреччини": a person's country
            if a.entity in country_ids() and people_origin(lex, toks, k, cl.lo) and \
                    (toks[k - 2].text.islower() or k - 2 == s_lo) and \
                    not (type_ == "REQUEST" and any(lemma_of_tok(toks[m]) in lex.word_list("returned_from_nouns")
                                                    for m in range(max(j, k - 5), k - 2))):
                # "загинули студенти з Марокко", "Лікарі з Ізраїлю надали допомогу": people from a
                # country are not that state, struck or giving (its envoys and leaders are:
                # `partner_nouns`, `envoy_nouns`); people whose return from it is asked are held
                # there ("наполягає на поверненні дітей з Росії")
                continue
            if (a.etype or "") == "PER" and k > cl.lo and _can_be(toks[k], "gent") and \
                    (toks[k - 1].lemma or toks[k - 1].norm) in lex.word_list("named_after"):
                continue                                         # "музей Марії Приймаченко": the name of a building
            if k > cl.lo + 1 and toks[k - 1].norm in lex.word_list("origin_prepositions") and \
                    (lemma_of_tok(toks[k - 2]) in lex.word_list("private_people_nouns") or
                     (lemma_of_tok(toks[k - 2]) in lex.word_list("peer_nouns") and
                      any(lemma_of_tok(toks[x]) in lex.word_list("private_people_nouns") for x in range(cl.lo, i)))):
                # "з туристами з Польщі", "Вчені співпрацюють з колегами з Німеччини": where
                # private people (or the peers of private people) come from, no party
                continue
            if a.kind == "adjective":
                h = k + 1
                private = lex.word_list("private_people_nouns") | lex.word_list("private_body_nouns")
                while h < cl.hi and toks[h].pos in ("ADJF", "PRTF") and lemma_of_tok(toks[h]) not in private:
                    h += 1       # ("Українські вчені": the noun the dictionary reads first as an adjective)
                if h < cl.hi and h != i and (toks[h].lemma or toks[h].norm) in lex.word_list("topic_nouns"):
                    continue                                     # "Російське питання": a topic, no party
                if type_ == "AID" and k > i and h < cl.hi and (toks[h].lemma or toks[h].norm) in lex.word_list("made_goods"):
                    continue                                     # "передала американські ракети": where they were made
                if h < cl.hi and h != i and lemma_of_tok(toks[h]) in private and (
                        k < i or type_ in SYMMETRIC or type_.lower() in lex.word_list("personal_object_types")):
                    # "Німецькі туристи відвідали Львів", "Американські місіонери закликали": people
                    # of a country who do not act for it are not that state; nor are its companies
                    # ("Турецька компанія Baykar передала дрони"), nor a partner of a talk or a deal
                    # ("уклала угоду з польським банком"); a state's banks sanctioned or struck
                    # after the trigger stand for it ("заморозила активи російських банків"); one
                    # accused, sentenced or detained is that person or firm alone ("засудив
                    # українського режисера", "звинуватив російську компанію"; `personal_object_types`)
                    continue
            if a.kind in ("adjective", "demonym") and k < i and all(
                    toks[m].pos in ("ADJF", "PRTF") or not toks[m].is_word for m in range(k + 1, i)) and \
                    not (a.kind == "demonym" and toks[k].case == "datv" and toks[i].pos == "NOUN") and \
                    (toks[i].pos == "NOUN" or "nomn" in _cases(toks[k].text) or
                     (a.kind == "adjective" and toks[i].pos != "VERB") or
                     (_infn(toks[i]) and
                      "datv" in _cases(toks[k].text))):
                # "російських ударів" ("ворогу ударів": dealt); before a verb a nominative acts
                # ("Росіяни вдарили"), or a dative before an infinitive ("вдасться ворогу
                # просунутись"), not an object ("Привітати українців приїхав прем'єр Канади");
                # an adjective before a finite verb acts only if it can be nominative ("Російські
                # військові обстріляли"), not in the genitive of an object whose verb has no
                # subject ("позиції українських військових обстрілювали": they were shelled)
                side = "A"
                if toks[i].pos != "NOUN" and "nomn" in _cases(toks[k].text):
                    # "Росіяни обстріляли українські позиції": the verb has its subject, so a
                    # nominative-looking phrase after it is its object
                    self.subject_found = True
            else:
                # (a name after a trigger of several words, "ордер на арешт Путіна", "захопили в
                # полон мера Федорова", hangs on its last word, not on a preposition inside it;
                # after a verb phrase it is the verb's object, not a noun's complement)
                last = j - 1 if k >= j else i
                tie = tie_of(doc, k, cl.lo, last, preps, lex.word_list("partner_nouns"))
                # ("телефонна розмова Зеленського та Моді": a noun with its adjective is still a
                # noun, whose genitives are its parties)
                if last != i and tie.of_trigger and toks[i].pos != "NOUN" and \
                        not (toks[i].pos in ("ADJF", "PRTF") and toks[last].pos == "NOUN"):
                    tie = Tie(tie.prep, tie.case, tie.head, False)
                # "на американські кораблі США запровадили": a state after a thing its adjective
                # already gives to a state opens its own phrase (owned_nouns.py)
                tie = untied_state(args, toks, a, k, tie, cl.lo)
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
                        if side == "-":
                            # "з прем'єром Британії Кіром Стармером і президентом Молдови": the
                            # name after a role was left as a repeat; the role's side holds
                            named = next((b.entity for b in args if b.start <= toks[c].start < b.end), None)
                            side = "A" if named in actors else "R" if named in recipients else "-"
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
                if side is None and pair_heads and type_ in SYMMETRIC and tie.prep is None and \
                        not tie.of_trigger and k >= j and toks[i].pos == "NOUN" and i - 1 >= cl.lo and \
                        toks[i - 1].pos == "PREP":
                    # "Після розмови Зеленського та Макрона Франція оголосила ...": a meeting
                    # under a preposition with its own parties in the genitive; the verb's
                    # subject after it tells what followed, not who met
                    side = "-"
                if side is None:
                    side = self.side_for(a, k, tie)
                    if side == "A" and type_ in SYMMETRIC and (tie.of_trigger or tie.prep == "між"):
                        pair_heads.update(range(k, k + 1 + max(0, len(doc.text[a.start:a.end].split()) - 1)))
                    if side == "A" and tie.prep is None and not tie.of_trigger and tie.head < k and \
                            toks[tie.head].pos == "NOUN" and _dative_name(toks, k, a.end):
                        # "Постачання зброї Україні призупинили": a name in the dative inside the
                        # subject's phrase is whom its noun goes to, not who acts
                        side = "R"
                    if side == "A" and tie.of_trigger and _under_preposition(toks, i, cl.lo):
                        own_doers.add(k)
                    elif side == "A" and tie.prep is None and not tie.of_trigger and \
                            _under_preposition(toks, i, cl.lo) and role_predicate(doc, args, cl, i, lex):
                        # "на переговорах гарантами можуть стати Німеччина, Канада": the subject of a
                        # role's link verb is named for the role, not for the talks (role_predicates.py)
                        side = "-"
                    elif side == "A" and type_ not in SYMMETRIC and type_ != "SANCTION" and tie.prep is None and \
                            not tie.of_trigger and tie.head >= j and \
                            ((own_doers and min(own_doers) < tie.head) or _under_condition(toks, i, cl.lo, lex)):
                        # "На випадок нападу Росії Литва готує укриття", "У разі атаки Литва
                        # відповість": a happening under a preposition with its own doer in the
                        # genitive, or one only feared; the verb's subject after it acts in the
                        # clause, not in the happening ("Під тиском санкцій Канади Іран урізав": the
                        # one a sanction presses is its recipient, sanction_causes.py)
                        side = "-"
                if side == "A" and type_ == "ASSAULT" and owns_struck_site(lex, toks, k, tie, i, j):
                    side = "R"        # "ураження арсеналу ворога": whose depot was hit
                if side in ("A", "R") and a.entity in place_country():
                    side = self._town_side(a, k, tie, side)
            end_k = k
            while end_k + 1 < cl.hi and toks[end_k + 1].start < a.end:
                end_k += 1
            for m in range(k, end_k + 1):
                decided[m] = side
            if side == "A" and a.entity not in actors and a.entity not in recipients:
                actors.append(a.entity)
            elif side == "R" and a.entity not in actors and a.entity not in recipients:
                recipients.append(a.entity)
        self.left_out_subjects(order)
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
        if not fp_actor and any(toks[m].norm in lex.word_list("first_person_agents") and toks[m - 1].norm not in preps
                                for m in range(max(cl.lo, 1), cl.hi)) and self._impersonal_passive():
            fp_actor = True                          # "Нами ухвалено рішення": by us, in the passive
        if need and any(toks[m].norm in ("нам", "мені") for m in range(cl.lo, cl.hi)):
            fp_actor = True                                      # "нам потрібна ваша підтримка"
        if type_ in ("AID", "SUPPORT") and actors and \
                any(toks[m].norm in lex.word_list("first_person_datives") and toks[m - 1].norm not in preps
                    for m in range(max(cl.lo, 1), cl.hi)):
            # "Британія надає нам зброю", "партнери, які передали нам літаки": the first person
            # given to is a side too (speaker.first_person_side reads it as the receiver)
            fp_actor = True
        if controlled or self.topical:
            # "я запрошую ... відвідати": the one invited acts, not the speaker; "Ми говорили з
            # Польщею про атаки": who talks of a strike takes no part in it
            fp_actor = False
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
        elif _reaction_to_a_plan(toks, i, cl.governor, lex):
            # "Орбан привітав рішення провести саміт у Будапешті": who welcomes or condemns a
            # plan, its owner untold, is not the one who carries it out
            fp_actor = False
            actors = [x for x in actors if any(a.entity == x and a.start > toks[i].start for a in args)]
        plan = _reacted_plan(toks, i, cl.hi, lex)
        if plan is not None and recipients:
            # who the plan is made for or against is no party of the reaction to it
            after_plan = {a.entity for a in args if a.start > toks[plan].start} - \
                {a.entity for a in args if a.start < toks[plan].start}
            recipients = [x for x in recipients if x not in after_plan] or recipients
        if toks[i].pos in ("VERB", "INFN") and lemma_of_tok(toks[i]) in lex.word_list("invite_verbs"):
            # "Блінкен запросив Кулебу до Вашингтона": the one invited is the one who comes,
            # the one who invites receives him (the first person who invites is left to neither)
            actors, recipients = recipients, actors
            fp_actor = False
        # a town acts only as a capital standing for its state: a subject shared with the verb
        # before ("Львів прийняв переселенців і передав допомогу") or an antecedent is no more
        towns, caps = place_country(), capitals()
        for x in [x for x in actors if x in towns and x not in caps]:
            actors.remove(x)
            if type_ in ("ASSAULT", "COERCE") and x not in recipients:
                recipients.append(x)
        return actors, recipients, cl, fp_actor
