"""Sides other than the speaker's: the adversary named by common words ("ворог", "окупанти")
and assumed for strikes on the home side, a strike's target place, a visit's destination,
names that are a topic's partner or a weapon's make rather than a party, the doer and the
undergoer of a passive, and the words that keep a host country from being the side met.
"""
from __future__ import annotations

from ....document import Document
from ....kb import get_kb
from ..grammar.clauses import _cases, opens_next_clause
from ..grammar.ties import tie_of
from ..context import DocContext
from .asset_owners import asset_owners
from .home_units import home_unit_doer, unknown_doer
from ..lexicon.compiled import Lexicon
from ..grammar.names import Arg, token_index_at
from .states import capitals, country_ids, entity_for, home_entity, named_affiliations, office_seat_state, party_count, place_country, place_state, seats, state_of
from ..triggers.finder import SentenceView, lemma_of


def known_to_kb(doc: Document, eid: str) -> bool:
    ent = doc.entities.get(eid)
    return ent is not None and (ent.kb or bool(ent.wikidata))



def adversary_words(lex: Lexicon, doc: Document, sent: SentenceView, args: list, home: str | None,
                    outside: list) -> list:
    """"ворог", "окупанти", "агресор", "ворожі удари": in a report from the home side these
    name the adversary; they take a side by the same grammar as a name."""
    words = lex.word_list("adversary_words")
    groups = lex.word_list("armed_group_words")
    adv_id = (lex.adversary or {}).get("id")
    # ("Москва постачає бойовикам зброю", "бойовики та російські війська": where the sentence
    # names the adversary itself, the armed men are its proxies beside it, not it)
    if home and lex.adversary and groups & sent.lemma_set and _war_theatre(doc, lex) and \
            not any(a.entity == adv_id or capitals().get(a.entity) == adv_id for a in args):
        words = words | {lem for k in range(sent.lo, sent.hi)
                         if (lem := lemma_of(doc.tokens[k])) in groups and not _own_party(doc, args, k, sent.hi)}
    if not (home and lex.adversary and words & sent.lemma_set):
        return args
    adv = None
    extra = []
    for k in range(sent.lo, sent.hi):
        t = doc.tokens[k]
        # "На Покровському напрямку ворог атакував": a name the recogniser ran on into the
        # lowercase word after it ("Покровському напрямку ворог", known to no knowledge
        # base) is no name of a party or a place
        swallowed = [a for a in args if a.start < t.start < a.end and t.text[:1].islower()
                     and lemma_of(t) in words and not known_to_kb(doc, a.entity)]
        if swallowed:
            args = [a for a in args if a not in swallowed]
        if lemma_of(t) in words and not any(r[0] <= t.start < r[1] for r in outside) \
                and not any(a.start <= t.start < a.end for a in args):
            adv = adv or home_entity(doc, lex, lex.adversary)
            extra.append(Arg(t.start, t.end, adv, "demonym", "LOC"))
    return sorted(args + extra, key=lambda a: a.start) if extra else args



def _war_theatre(doc: Document, lex: Lexicon) -> bool:
    """The document is one of the war in Donbas (`armed_group_theatre`): it names a place of
    Donetsk or Luhansk oblast, one of the so-called republics, or a word for the theatre. Asked
    once a document."""
    found = doc.meta.get("_war_theatre")
    if found is None:
        marks = lex.word_list("armed_group_theatre")
        codes = tuple(m.upper() for m in marks if m[:2] == "ua" and m[2:].isdigit())
        found = any(e.id in marks or (e.katottg or "").startswith(codes) for e in doc.entities.values()) or \
            any(lemma_of(t) in marks for t in doc.tokens if t.is_word)
        doc.meta["_war_theatre"] = found
    return found


def _own_party(doc: Document, args: list, k: int, hi: int) -> bool:
    """The armed men at token k are named for a party of their own: a name right after them
    (adjectives, "так званої" and quote marks between: "бойовики ХАМАС", "терористи так званої
    «ДНР»") or an adjective of a state right before ("палестинські бойовики")."""
    toks = doc.tokens
    if any(a.kind == "adjective" and a.end <= toks[k].start and toks[k - 1].start < a.end for a in args if k > 0):
        return True
    m = k + 1
    while m < hi and (toks[m].pos in ("ADJF", "PRTF") or toks[m].norm in ("«", "\"", "„")):
        m += 1
    return m < hi and any(a.start <= toks[m].start < a.end for a in args)


def home_possessions(lex: Lexicon, doc: Document, sent: SentenceView, args: list, home: str | None,
                     type_: str) -> list:
    """"бити по наших містах", "обстрілює нашу територію", "по нашій енергетичній
    інфраструктурі" (adjectives between): in a report from the home side, a
    strike on "our" towns, land or people strikes the home side; the phrase takes a side by
    the same grammar as its name would ("по Україні"). "Наших захисників атакували": the home
    side's fighters are struck the same way, unless the form can be the subject ("наші воїни
    атакували"), who strike rather than are struck. Only for strikes and coercion: "наша
    держава" elsewhere is told by the first person already."""
    if type_ not in ("ASSAULT", "COERCE") or not home or "наш" not in sent.lemma_set:
        return args
    towns = place_country()
    # "обстріли нашого міста Харків", "по нашій державі, ракетним ударом по Полтавській
    # області": the home town named is the one struck; the home side would only stand beside it
    # (the fighters who repel a strike near a town are still the side struck: _repel_subject)
    town_named = any(a.kind == "mention" and towns.get(a.entity) == home for a in args)
    nouns = lex.word_list("home_possession_nouns")
    fighters = lex.word_list("home_fighter_nouns")
    toks = doc.tokens
    extra = []
    for k in range(sent.lo, sent.hi - 1):
        t, h = toks[k], k + 1
        while h < min(sent.hi - 1, k + 3) and toks[h].pos in ("ADJF", "PRTF"):
            h += 1        # "нашу енергетичну інфраструктуру", "наші прикордонні громади"
        n = toks[h]
        repel = lemma_of(n) in fighters and "nomn" in _cases(n.text) and _repel_subject(lex, toks, h, sent.hi)
        # ("Наших оборонців обстріляли під Вугледаром": fighters are struck where a town is
        # named too; the town is where they fought, not a possession struck in their stead)
        struck = repel or (lemma_of(n) in fighters and "nomn" not in _cases(n.text)) or \
            (not town_named and lemma_of(n) in nouns)
        if lemma_of(t) == "наш" and n.pos == "NOUN" and struck and \
                not any(a.start <= n.start < a.end or a.start <= t.start < a.end for a in args):
            extra.append(Arg(t.start, n.end, home, "adjective", "LOC"))
        elif lemma_of(t) == "наш" and lemma_of(n) in fighters and "nomn" in _cases(n.text) and \
                _striking_subject(lex, toks, h, sent.hi) and \
                not any(a.start <= n.start < a.end or a.start <= t.start < a.end for a in args):
            # "Наші захисники знищили ворожий склад": the home side's fighters who strike
            # are the home side striking, as "Українські захисники" would be (read as its
            # people, not as a possession struck: `struck_possessions`)
            extra.append(Arg(t.start, n.end, home, "demonym", "LOC"))
    return sorted(args + extra, key=lambda a: a.start) if extra else args


def _subject_verb(toks: list, h: int, hi: int, between: tuple[str, ...]):
    """The first verb after the fighters at h whose subject they can be: only words of the
    parts of speech `between` (and no comma or dash) may stand before it; None if another
    word comes first."""
    for m in range(h + 1, min(hi, h + 5)):
        t = toks[m]
        if t.pos == "VERB":
            return t
        if t.pos not in between or t.norm in (",", "–", "-"):
            return None
    return None


def _striking_subject(lex: Lexicon, toks: list, h: int, hi: int) -> bool:
    """The fighters at h are the subject of the clause's first verb, a plural one that does
    not make its subject the one struck ("Наші захисники знищили склад", not "наші воїни
    відбили атаки": `_repel_subject`)."""
    t = _subject_verb(toks, h, hi, ("ADVB", "PRCL"))
    return t is not None and lemma_of(t) not in lex.word_list("target_subject_verbs") and "plur" in (t.tags or ())


def _repel_subject(lex: Lexicon, toks: list, h: int, hi: int) -> bool:
    """"Наші захисники відбили 20 атак", "наші воїни стримують наступ": the fighters named
    are the subject of the clause's first verb, and that verb makes its subject the one struck
    (`target_subject_verbs`), so the home side is the target, not the striker. Only the words
    that can stand between a subject and its verb (adverbs, a time word) may come first."""
    t = _subject_verb(toks, h, hi, ("ADVB", "NOUN", "ADJF", "PRCL"))
    return t is not None and lemma_of(t) in lex.word_list("target_subject_verbs") and "plur" in (t.tags or ())


def on_home_ground(recipients: list[str], place: str | None, home: str | None) -> bool:
    """The happening's target or place is the home side or one of its towns."""
    towns = place_country()
    return bool(home) and any(x == home or towns.get(x) == home for x in recipients + ([place] if place else []))


def striker_of_home(lex: Lexicon, doc: Document, recipients: list[str], place: str | None,
                    home: str | None, lo: int | None = None, i: int | None = None) -> list[str]:
    """"Вдень знов удар по Одесі": in this domain a strike on the home side or its towns
    with no attacker named is the adversary's, unless a unit of the home side makes it
    ("Десантники 80-ї бригади увійшли до Куп'янська": home_units)."""
    if not (lex.adversary and home and on_home_ground(recipients, place, home)) or \
            home_unit_doer(lex, doc, lo, i) or unknown_doer(lex, doc, lo, i):
        return []
    adv = home_entity(doc, lex, lex.adversary)
    return [adv] if adv and adv not in recipients else []



def struck_home(lex: Lexicon, doc: Document, lo: int, i: int, hi: int, actors: list[str], recipients: list[str],
                place: str | None, home: str | None) -> list[str]:
    """"Противник завдав 41 авіаційного удару", "Ворог 14 разів атакував наші позиції біля
    Авдіївки": a report that calls the striker by the adversary's common name ("ворог",
    "противник", "окупанти", `adversary_words`) speaks from the home side, and a strike of the
    adversary that names no one hit, nor a place abroad, falls on the home side (the
    converse of `striker_of_home`)."""
    if recipients or not actors or not (lex.adversary and home):
        return []
    adv = home_entity(doc, lex, lex.adversary)
    if any(x != adv for x in actors) or (place and not on_home_ground([], place, home)):
        return []
    words = lex.word_list("adversary_words")
    if not any(lemma_of(doc.tokens[m]) in words for m in range(lo, i)):
        return []
    if any(t.norm in lex.word_list("target_prepositions") for t in doc.tokens[i + 1:hi]):
        return []       # ("Окупанти вдарили по місту": a target told but not resolved is left open)
    return [home]


def target_place(doc: Document, args: list, i: int, c_hi: int, actors: list[str],
                 home: str | None, lex: Lexicon) -> str | None:
    """A strike's place is its target town or region ("атакували Одесу", "удар по
    інфраструктурі Київщини"): the first place name after the trigger in its clause; not a
    whole country the attacks fall on ("по Україні"), nor an attacker."""
    a = target_arg(doc, args, i, c_hi, home, lex)
    return a.entity if a is not None else None


def target_arg(doc: Document, args: list, i: int, c_hi: int, home: str | None, lex: Lexicon):
    """The name `target_place` reads, so that the towns listed after it ("атакувала Київ,
    Харків і Одесу") are found hit as well."""
    start = doc.tokens[i].start
    for a in args:
        if a.kind != "mention" or (a.etype or "") != "LOC" or not (start < a.start < c_hi):
            continue
        if a.entity in country_ids() and a.entity not in place_country():
            continue          # "обстрілів Російської Федерації": a state is no place hit
        if a.entity == home or any(b.entity == a.entity and b.start < start for b in args):
            continue
        if _from_area(lex, doc, args, a, i):
            continue          # "здійснили з території Бєлгородської області": whence, not where
        k = token_index_at(doc, a.start, i, len(doc.tokens))
        if k is not None and opens_next_clause(doc.tokens, a.end, k, len(doc.tokens), i) and \
                doc.tokens[k - 1].norm not in lex.word_list("prepositions"):
            continue          # "... на кораблі Київ звернувся до партнерів": the next verb's subject
        if k is not None and _sanction_target(lex, doc.tokens, k, i):
            continue          # "Після нападу Ірану ... Вашингтон запровадив санкції проти Тегерана"
        return a
    return None


def _sanction_target(lex: Lexicon, toks, k: int, i: int) -> bool:
    """The name at k stands after "проти" right after a sanction's noun later than the strike
    at i: the sanction's target, not the town the strike hit."""
    if k - 2 <= i or toks[k - 1].norm != "проти":
        return False
    noun = toks[k - 2]
    return noun.pos == "NOUN" and noun.text.islower() and \
        any(t.type == "SANCTION" for t in lex.by_lemma.get(lemma_of(noun), ()))


def _from_area(lex: Lexicon, doc: Document, args: list, a, i: int) -> bool:
    """The name stands after an origin preposition of the strike's own phrase, directly, under
    an area noun or after another name it qualifies ("з Криму", "з території Білорусі", "з
    боку окупованого Донецька"); not one of another verb ("обстріли не дали вивезти людей з
    Бородянки": the town is where the strike fell)."""
    toks = doc.tokens
    k = token_index_at(doc, a.start, 0, len(toks))
    if k is None:
        return False
    m = k - 1
    areas = lex.word_list("origin_area_nouns")
    named = lambda t: any(b is not a and b.start <= t.start < b.end for b in args)
    while m > i and (toks[m].pos in ("ADJF", "PRTF") or lemma_of(toks[m]) in areas or named(toks[m])):
        m -= 1
    return m > i and toks[m].norm in lex.word_list("origin_prepositions") and \
        not any((toks[x].pos in ("VERB", "INFN") or "infn" in (toks[x].tags or ())) and
                lemma_of(toks[x]) not in lex.word_list("light_verbs") for x in range(i + 1, m))


def line_label(doc: Document, args: list, lo: int, i: int) -> str | None:
    """"Білопільська громада: ворог скинув дві КАБ": a regional report's line opening with a
    town, community or district and a colon tells what happened there; the label is the
    place of a strike told after the colon."""
    toks = doc.tokens
    first = next((a for a in args if a.kind == "mention" and (a.etype or "") == "LOC" and
                  a.start == toks[lo].start), None)
    if first is None or first.entity in country_ids() and first.entity not in place_country():
        return None
    k = next((m for m in range(lo, i) if toks[m].start >= first.end), None)
    return first.entity if k is not None and toks[k].text == ":" and k < i else None



def reporter_town(lex: Lexicon, doc: Document, args: list, lo: int, i: int) -> str | None:
    """"Мер Полтави повідомив про влучання в адмінбудівлю": a strike with no place of its own
    reported by the head of a town or region named before it is in that town or region."""
    toks = doc.tokens
    heads = lex.word_list("town_heads")
    towns = place_country()
    for a in args:
        if a.start >= toks[i].start or a.entity not in towns or (a.etype or "") != "LOC":
            continue
        k = token_index_at(doc, a.start, lo, i)
        if k is not None and k > lo and lemma_of(toks[k - 1]) in heads:
            return a.entity
    return None


def visited(lex: Lexicon, doc: Document, sent: SentenceView) -> str | None:
    """"відвідає Варшаву": the place name right after a visit verb."""
    visit = lex.modes.get("CONSULT", {}).get("visit", frozenset())
    for k in range(sent.lo, sent.hi - 1):
        if doc.tokens[k].pos == "VERB" and lemma_of(doc.tokens[k]) in visit:
            nxt = doc.tokens[k + 1]
            for a in sent.args:
                if a.kind == "mention" and (a.etype or "") == "LOC" and a.start == nxt.start:
                    return a.entity
    return None



def topic_partners(ctx: DocContext, doc: Document, sent: SentenceView, args: list, cl, i: int) -> set[str]:
    """"обговорили переговорний процес з Росією": a name after "з" that hangs on a topic
    noun is the topic's partner, not the event's; a name in a topic subject takes no part."""
    toks = doc.tokens
    preps = ctx.lex.word_list("prepositions")
    out: set[str] = set()
    for a in args:
        k = token_index_at(doc, a.start, cl.lo, cl.hi)
        if k is None:
            continue
        if ctx.find.topic_name(doc, sent, k):
            out.add(a.entity)           # "Допомога Україні була питанням номер один"
            continue
        tie = tie_of(doc, k, cl.lo, i, preps)
        if tie.prep in ("з", "із", "зі", "зо"):
            z = next((m for m in range(tie.head - 1, cl.lo - 1, -1) if toks[m].norm == tie.prep), None)
            if z is not None and ctx.find.topic_partner(doc, sent, z):
                out.add(a.entity)
    return out



def goods_names(lex: Lexicon, doc: Document, sent: SentenceView, args: list) -> list:
    """"дві системи Patriot", "танки Leopard", "літаки F-16": a name right after a word for
    weapons or goods is their make, no party (a state there, "зброя України", is whose)."""
    goods = lex.word_list("made_goods")
    kinds = lex.word_list("make_kind_nouns")
    toks = doc.tokens
    out = []
    for a in args:
        k = token_index_at(doc, a.start, sent.lo + 1, sent.hi)
        ent = doc.entities.get(a.entity)
        # (a make is written in Latin letters or with digits: "з танків Запорізьку АЕС" is
        # what the tanks shelled)
        if k is not None and a.kind == "mention" and lemma_of(toks[k - 1]) in goods and \
                (ent is None or ent.type != "LOC") and \
                any(("a" <= c.lower() <= "z") or c.isdigit() for c in doc.text[a.start:a.end]):
            continue
        if k is not None and a.kind == "mention" and (ent is None or ent.type != "LOC") and (
                lemma_of(toks[k - 1]) in kinds or
                (k - 2 >= sent.lo and not toks[k - 1].is_word and lemma_of(toks[k - 2]) in kinds)):
            continue              # "кораблі класу «Ада»", "ракети типу «Нептун»": a make's name
        out.append(a)
    return out



def passive_sides(lex: Lexicon, doc: Document, args: list, cl, type_: str) -> tuple[list[str], list[str]]:
    """"Маріуполь заблоковано", "місто заблоковане російськими військами", "ракет випущено
    Росією по наших містах": a passive's doer stands in the instrumental, what undergoes it
    is its subject (or object of a form in -но) or, for a strike, a place after по/на ("порти
    на Чорному морі заблоковані": the sea is where), or, for what is given, the dative
    ("Україні виділено кредит"); a name in another case ("вторгнення Росії") takes no side."""
    toks = doc.tokens
    preps = lex.word_list("prepositions")
    targets = lex.word_list("target_prepositions") if type_ == "ASSAULT" else frozenset()
    # "Україні виділено 500 млн євро", "Литві передано генератори": what is given goes to the
    # name in the dative
    # (or after `grant_recipient_prepositions`, "для України виділено", "проти Росії
    # запроваджено"; the giver after `giver_prepositions`, "передано від Німеччини"; the
    # dative is the phrase's head, "Уряду Молдови виділено")
    given = type_.lower() in lex.word_list("given_types")
    to_preps = lex.word_list("grant_recipient_prepositions") if given else frozenset()
    from_preps = lex.word_list("giver_prepositions") if given else frozenset()
    actors: list[str] = []
    recipients: list[str] = []
    for a in args:
        k = token_index_at(doc, a.start, cl.lo, cl.hi)
        if k is None:
            continue
        tie = tie_of(doc, k, cl.lo, -1, preps)
        case = toks[k].case
        loc = (a.etype or "") == "LOC"
        if (tie.prep is None and case == "ablt") or tie.prep in from_preps:
            side = actors
        elif loc and (tie.prep is None and case in ("nomn", "accs") or tie.prep in targets):
            side = recipients
        elif given and tie.prep is None and (case == "datv" or
                                             ("datv" in _cases(toks[tie.head].text) and
                                              "nomn" not in _cases(toks[tie.head].text))):
            side = recipients
        elif tie.prep in to_preps:
            side = recipients
        else:
            continue
        if a.entity not in actors + recipients:
            side.append(a.entity)
    return actors, recipients



def _side_state(eid: str, date) -> str:
    """The side a party makes in a visit away from home: a person's state on `date`, a place's
    country, else the party itself (a state or a body). Visits count their sides this way, so
    one reading serves both the count and who travels."""
    return state_of(eid, date) or place_country().get(eid) or eid


def guests_only(actors: list[str], recipients: list[str], home: str | None, host: str, date,
                acts_for: dict[str, str] | None) -> bool:
    """The named sides are one besides the host, so the host is the one met ("перемовини в
    Албанії"). A foreign visitor at home is one side with the body they act for ("Урсула фон
    дер Ляєн", "Європейська комісія"; a person and his body share a home, `party_count`); away
    from home each side is counted by its state, and the home side's own bodies stay apart
    (ministers "у Брюсселі" meet NATO, not Belgium); foreign travellers alone do not bring the
    home side along. `acts_for`: whom a person the knowledge base does not know acts for, as
    the text tells it ("Президент Фінляндії Александер Стубб")."""
    ids = set(actors + recipients)
    if host == home:
        return party_count(ids | {host}, date, acts_for) <= 2
    sides = {_side_state(x, date) for x in ids}
    # the home side counts as one of the sides away unless the ones who travel are all
    # foreign: "Канцлер Німеччини прибув до Варшави" in a report from the home side is
    # Germany's visit to Poland, with no side of ours
    # (a traveller of no known state, "Олег Скрипка відвідає", may be one of ours)
    kb = get_kb()
    sides_of = {_side_state(x, date) for x in actors}
    away = bool(actors) and home not in sides_of and \
        all(x in country_ids() or getattr(kb.entity(x), "type", None) == "ORG" for x in sides_of)
    return len((sides | ({home} if home and not away else set())) - {host}) <= 1


def hosted_only(lex: Lexicon, visit: bool = False) -> frozenset[str]:
    """Words that make talks meet sides other than the country they are held in: the sides'
    own delegations or groups, a summit or forum, a mediator. A delegation that visits
    ("Делегація Конгресу США прибула до Києва") is met by its host: for a visit only a
    summit or a mediator does it."""
    modes = lex.modes.get("CONSULT", {})
    return (frozenset() if visit else lex.word_list("meeting_side_words")) | \
        modes.get("multilateral", frozenset()) | modes.get("third-party", frozenset())


def participle_givers(lex: Lexicon, doc: Document, args: list, lo: int, hi: int) -> list[str]:
    """"гаубиці, передані Норвегією", "надана Німеччиною система", "передані Данією та
    Норвегією літаки": the name in the instrumental right after a passive participle of giving
    is the one who gave. The participle's phrase may stand outside the trigger's clause (after
    a comma) and its name would else be read by the verb of the clause: "Україна отримала
    гаубиці, передані Норвегією" made Norway a receiver."""
    words = lex.word_list("giving_participles")
    toks = doc.tokens
    out: list[str] = []
    prev_end = None                 # the end of the last giver, for a list after it
    for a in sorted(args, key=lambda a: a.start):
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or k - 1 < lo or "ablt" not in _cases(toks[k].text):
            continue
        before = toks[k - 1]
        listed = prev_end is not None and before.norm in ("і", "й", "та", ",") and \
            k - 2 >= lo and toks[k - 2].end == prev_end
        if listed or (lemma_of(before) in words and "pssv" in (before.tags or ())):
            if a.entity not in out:
                out.append(a.entity)
            prev_end = a.end
    return out


def instrument_makes(lex: Lexicon, doc: Document, args: list, lo: int, hi: int) -> set[str]:
    """"вдарили по мосту німецькими гаубицями", "ЗСУ американськими HIMARS знищили склад": a
    state's adjective on the weapons a strike is made with (the instrumental) tells where they
    were made; the state neither strikes nor is struck. Only states named nowhere else in the
    sentence ("Німеччина передала гаубиці, і ЗСУ німецькими гаубицями ..." keeps Germany), and
    not the adversary: in this domain its weapons are its own ("міста, розбомблені російськими
    ракетами": Russia bombed them)."""
    toks = doc.tokens
    goods = lex.word_list("made_goods")
    adversary = (lex.adversary or {}).get("id")
    makes: set[str] = set()
    other: set[str] = set()
    for a in args:
        k = token_index_at(doc, a.start, lo, hi)
        if k is None:
            continue
        h = k + 1
        while h < hi and toks[h].pos in ("ADJF", "PRTF"):
            h += 1
        if a.kind == "adjective" and a.entity != adversary and h < hi and toks[k].case == "ablt" and \
                (("ablt" in _cases(toks[h].text) and lemma_of(toks[h]) in goods) or
                 any("a" <= c.lower() <= "z" for c in toks[h].text)):
            makes.add(a.entity)
        else:
            other.add(a.entity)
    return makes - other


def named_aside(lex: Lexicon, doc: Document, args: list, lo: int, hi: int, type_: str,
                actors: list[str], recipients: list[str]) -> tuple[list[str], list[str]]:
    """The sides once the names told aside are set right: the giver a participle names gives
    what is given ("Україна отримала гаубиці, передані Норвегією": Norway gives, before it was
    read as a receiver with the verb's subject) and takes no part in another act ("Система
    Patriot, передана США, збила ракету"); a weapon's make takes no part at all."""
    if given := participle_givers(lex, doc, args, lo, hi):
        recipients = [x for x in recipients if x not in given]
        actors = (given if type_ in ("AID", "SUPPORT") else []) + [x for x in actors if x not in given]
    if makes := instrument_makes(lex, doc, args, lo, hi):
        actors, recipients = [x for x in actors if x not in makes], [x for x in recipients if x not in makes]
    if owners := asset_owners(lex, doc, args, lo, hi, type_):
        # "коштів з доходів від заморожених активів Росії": whose assets fund it is no side
        actors, recipients = [x for x in actors if x not in owners], [x for x in recipients if x not in owners]
    return actors, recipients


def visit_host(lex: Lexicon, doc: Document, sent: SentenceView, type_: str, mode: str | None,
               place: str | None, needs, home: str | None, actors: list[str], recipients: list[str]) -> str | None:
    """The state hosting a visit or talks, added to the recipients when it is the one met:
    "візит до Вашингтона", "прибув до Варшави": the town visited is the place, its country the
    host; talks in a town ("зустріч у Женеві") are only held there."""
    if type_ == "CONSULT" and mode == "visit":
        for x in list(recipients):
            st = office_seat_state(lex, x)
            if st and st not in actors + recipients:
                recipients.append(entity_for(doc, st))    # "прибув до Білого дому": to the US
    host = place_state(place) if mode == "visit" or place in country_ids() else None
    if place in seats():
        host = None           # "прибув до Брюсселя": the EU's or NATO's seat, not a visit to Belgium
    if host is None and place is None and "foreign_agent" in needs:
        host = home           # "Привітати українців приїхав прем'єр Канади": he came to us
    if host is None and home and not recipients and place_country().get(place) == home:
        host = home           # "Посланець Китаю провів переговори у Києві": no partner named, we host
    # (the home state hosts only a foreign visitor: "Фредеріксен прибула до Одеси"; not the
    # home side's own people travelling at home, "Зеленський відвідав Харків")
    foreign_guest = bool(actors) and all(_side_state(x, doc.date) not in (home, None) for x in actors)
    # (several foreign guests who come visit the home side together are each its guests: "До
    # Києва прибули прем'єр-міністри Італії та Канади"; talks at home between two foreign sides
    # are only held there)
    if host and any(_side_state(x, doc.date) == host for x in actors):
        # "Президентка Мая Санду прийняла в Кишиневі міністра України": a host who acts is met
        # in her own state; it is no party received
        return None
    if host and type_ == "CONSULT" and (host != home or foreign_guest) and host not in actors + recipients and \
            ((mode == "visit" and host == home and foreign_guest and not recipients) or
             # ("Зеленський разом із Макроном відвідав Берлін": guests of two states who travel
             # together visit the host, as one guest does)
             (mode == "visit" and host != home and not recipients and bool(actors) and
              all(_side_state(x, doc.date) not in (host, None) for x in actors)) or
             guests_only(actors, recipients, home, host, doc.date, named_affiliations(doc, sent.args, sent.lo, sent.hi))) and \
            not (hosted_only(lex, visit=(mode == "visit")) & sent.lemma_set):
        # "перемовини в Албанії": with no other side named, the host country is the one met;
        # "переговори делегацій України та Росії у Білорусі" (two sides named), "на переговорах
        # у Білорусі групи домовилися", "саміт у Литві": the host is only the place
        recipients.append(entity_for(doc, host))
        return host
    return None
