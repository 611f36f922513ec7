"""One event per real happening in a document, and how sure each event is.

A happening is often named several times: announced in the lead, repeated in a quote ("Буде
зустріч делегацій"), referred back to ("Це перша така зустріч"). Mentions merge when the type
agrees, the times can be the same, the statuses do not contradict each other, and the later
mention is anaphoric (такий/цей), adds nothing new (no time, no new participant) or sits next
to it; the earlier one may also be the vague one ("Обговорюватимуть ..." before "відбудеться
зустріч делегацій ... наприкінці тижня"), and then the specific mention becomes the primary.
Distinct dates never merge.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ....chronicle.timerange import gap_days
from ..arguments.roles import SYMMETRIC
from ..arguments.states import country_ids, home_of, parties, party_count, place_country, place_state
from ..arguments.turned_strikes import turned_on_striker
from .gatherings import gathering_after_talk
from .greeted_visits import as_visit, greets_visitor
from .headlines import lead_first, states_told, under_headline
from .next_planned import next_of_planned, next_round
from .third_states import third_state_meeting
from .same_day_partners import same_day_partners
from .named_again import cause_of_harm, counted_again, done_by_their_people, named_again, repelled, taken_part_in, taking_effect, told_partners_only

# types whose sides are a blow and its receiver: the reverse is another happening
HOSTILE = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE"}

# what thanks with "цей"/"такий" may refer back to ("Дякую за цю підтримку" after a package)
THANKS_REFERENTS = {"AID", "SUPPORT", "SANCTION", "COOPERATE", "AGREE", "CONSULT"}
# the home side does not distinguish one happening from another
VAGUE_WIDTH_DAYS = 31
# how many sentences back a discussion with nothing of its own still continues the last talk
CONTINUE_REACH = 20
# how many sentences back a meeting noun that frames its clause ('На переговорах ...') looks
FRAME_REACH = 3
# decisions whose carrying out a later bare mention tells ("Допомогу буде передано"), and how
# many sentences back it looks
CARRIED_OUT = {"AID", "SANCTION"}
CARRIED_REACH = 3
# how many sentences back a hit of the same night looks for its strike
STRIKE_REACH = 3


@dataclass
class Cand:
    type: str
    mode: str | None
    lemma: str
    trig: tuple[int, int]              # char span of the trigger
    evidence: tuple[int, int]          # char span of the sentence
    sent: int
    para: int
    weight: float
    status: str = "occurred"
    status_explicit: bool | str = False   # True (a verb), "time" (from the date), False
    time: dict | None = None
    time_range: tuple[dt.date, dt.date] | None = None
    actors: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    place: str | None = None
    home_only: bool = False            # participants came only from the home fallback
    anaphoric: bool = False
    ref_only: bool = False             # "засудило атаку": names a happening told elsewhere
    question: bool = False             # "Хіба це не удар по Європі?": asks, does not report
    distinct: bool = False             # "наступний обмін": announces another happening
    next_one: bool = False             # "наступне засідання": the one to come (next_planned.py)
    aggregate: bool = False            # "майже 20 розмов": many happenings told as one
    continues: bool = False            # "Обговорили ...": what the last told talk was about
    plural_generic: bool = False       # plural noun with no specifics ("готуємо зустрічі")
    state_description: bool = False    # "обміни були активними"
    elaboration: bool = False          # rerouted figurative trigger ("удар по нафті")
    mentions: list["Cand"] = field(default_factory=list)
    home: str | None = None
    soft: set[str] = field(default_factory=set)   # added from the speaker / home side
    home_named: bool = False           # the home side is named in the clause ("Україна передасть")
    thanks_ref: bool = False           # "Дякую за цю підтримку": thanks for a happening told before
    own_partner: bool = False          # "Поспілкувався з представниками бізнесу": a partner no entity names
    consequence: bool = False          # "Пошкоджено будинок": the harm a strike did, told of what it hit
    amounts_to: bool = False           # "Це найбільший удар по армії": what something told amounts to
    demonstrative: bool = False        # "Ця домовленість ...": the noun points back at one happening
    gathering: bool = False            # "саміт", "конференція": a gathering, not one talk at it
    performed: bool = False            # "Я прошу вас ...": an act the speaker performs as he speaks
    frame_ref: bool = False            # "На переговорах ... представляв": frames its clause's act
    within_visit: bool = False         # "Під час візиту він зустрівся з ...": a frame of a visit told
    visit_place: str | None = None     # "Під час перебування у Києві": the place that frame names
    after_told: bool = False           # "Після переговорів ...": names a meeting that took place
    told_by_noun: bool = False         # "Допомогу буде передано": a noun names it (named_again.py)
    undated_time: bool = False         # "За місяць війни ...": its sentence tells a time, no day of it
    possessive_ref: bool = False       # "Її візит ...": the happening of someone just told
    both_ref: bool = False             # "Обидві зустрічі ...": the two happenings just told
    opens_sentence: bool = False       # "Засідання відкрила ...": the bare noun opens its sentence
    cause_noun: bool = False           # "Через атаку пошкоджено ...": the cause of harm told
    heading: bool = False              # "Санкції: що далі": a heading naming a topic (named_again.py)
    headline: bool = False             # told in the text's title line (headlines.py)
    repelled: bool = False             # "Воїни відбили всі атаки": the strikes repelled
    takes_effect: bool = False         # "Санкції почнуть діяти ...": a decision coming into force
    taken_part_in: bool = False        # "візьме участь у зустрічі": the gathering joined (named_again.py)
    later_day: bool = False            # "Наступного дня він ...": a day after the one told
    place_anaphor: bool = False        # "Там він провів ...": points back at a place, not a happening
    text_again: bool = False           # "Документ також підписали ...": more signers of the text told
    decree_named: bool = False         # "Указ про введення санкцій ...": the paper of an act
    strikers: frozenset = frozenset()  # kinds of the nouns that strike ("корабель обстріляв")
    struck: frozenset = frozenset()    # kind of the noun struck ("ракети уразили корабель")
    named_only: bool = False           # "Потужних ударів.": a verbless line only names a happening
    story_time: dict | None = None     # the time the story told before lends (told_time.py),
    # given only to an event undated after merging

    def participants(self, with_home: bool = False) -> set[str]:
        """Named participants; the ones inferred from a first-person speaker or the home
        side do not tell one happening from another, so they count only on request."""
        out = set(self.actors) | set(self.recipients)
        if not with_home:
            out -= self.soft
            if self.home and not self.home_named:
                out.discard(self.home)
        return out

    @property
    def specific_time(self) -> bool:
        if not self.time_range:
            return False
        return (self.time_range[1] - self.time_range[0]).days < VAGUE_WIDTH_DAYS

    @property
    def vague(self) -> bool:
        return not self.specific_time and not self.participants() and not self.place


def told_before(cands: list[Cand], n: int, reach: int):
    """The candidates before cands[n], nearest first, while they stand in its paragraph and at
    most `reach` sentences before it: the happenings a sentence may point back at."""
    c = cands[n]
    for p in reversed(cands[:n]):
        if c.sent - p.sent > reach or p.para != c.para:
            return
        yield p


def _rank(explicit: bool | str) -> int:
    return 2 if explicit is True else 1 if explicit else 0


def _status_ok(a: Cand, b: Cand) -> bool:
    if a.status == b.status or a.status_explicit is False or b.status_explicit is False:
        return True
    # "прибув ... Візит триватиме два дні": what took place goes on
    return {a.status, b.status} <= {"planned", "conditional"} or {a.status, b.status} <= {"occurred", "ongoing"}


def _time_ok(a: Cand, b: Cand) -> bool:
    if a.time_range is None or b.time_range is None:
        return True
    return gap_days(a.time_range, b.time_range) == 0


def _participants_ok(e: Cand, c: Cand) -> bool:
    pe, pc = e.participants(), c.participants()
    if not pe or not pc or pc <= pe or pe <= pc:
        return True
    if _acting_for(e, c) or _acting_for(c, e) or not _new_parties(c, e, False) or not _new_parties(e, c, False):
        # "Україна та Німеччина уклали угоду. Документ підписали Зеленський та Шольц": the
        # states one mention names are those the other's people act for (or its giver's agency
        # acts: "Єврокомісія перерахувала" after "транш від ЄС")
        return True
    # (a visit and the talks held in it are two happenings of the same people: not joined here)
    return e.status == c.status and (_covered(pc, pe) or _covered(pe, pc)) or \
        ("visit" not in (e.mode, c.mode) and _same_people(pe, pc))


def _same_people(pe: set[str], pc: set[str]) -> bool:
    """"Зеленський зустрівся з Генсеком НАТО Рютте. Рютте зустрівся з Президентом України": two
    mentions of the same sides (each side a person with the states and bodies they act for, as
    `party_count` joins them), with a person both name, tell one happening from its two sides,
    though one names the state where the other names its person ("Сибіга та Рубіо провели
    зустріч. Рубіо зустрівся з українським міністром"); a side where each names another person
    ("зустрівся також з Барро" after Macron, "Рютте зустрівся з Сибігою" after Zelensky) is
    another meeting."""
    from ....kb import get_kb
    kb = get_kb()
    person = lambda x: (k := kb.entity(x)) is not None and k.type == "PER"
    if not any(person(x) for x in pe & pc):
        return False
    groups = parties([{x} | home_of(x) for x in pe | pc])
    if len(groups) < 2:
        return False
    for g in groups:
        if not (g & pe and g & pc):
            return False          # a side only one mention names
        people_e, people_c = {x for x in g & pe if person(x)}, {x for x in g & pc if person(x)}
        if people_e and people_c and people_e != people_c:
            return False
    return True


def _acting_for(e: Cand, c: Cand) -> bool:
    """The parties the event names are the states the mention's people act for ("Україна та
    Німеччина уклали угоду. Документ підписали Зеленський та Шольц")."""
    pe = e.participants()
    return len(pe) > 1 and pe <= country_ids() and pe <= c.participants(True)


def _new_parties(c: Cand, e: Cand, with_home: bool = True) -> set[str]:
    """The parties mention c names that event e does not; an actor of c that is a body of one of
    e's actors (the knowledge base's "of" chain) is that actor, acting through its agency
    ("Україна отримала транш від ЄС. ... Європейська комісія перерахувала 4,2 мільярда євро"
    names no new giver; a state's armed forces struck are no agency of the state struck). The
    home side and the speaker count as e's with `with_home` (e.participants)."""
    pe = e.participants(with_home)
    return {x for x in c.participants() - pe
            if not (x in c.actors and any(_body_of(x, y) for y in e.actors))}


def _body_of(body: str, party: str) -> bool:
    """The body belongs to the party, directly or up its "of" chain."""
    from ....kb import get_kb
    kb = get_kb()
    e = kb.entity(body)
    for _ in range(4):
        if e is None or e.type != "ORG" or not e.of:
            return False
        if e.of == party:
            return True
        e = kb.entity(e.of)
    return False


def _covered(xs: set[str], ys: set[str]) -> bool:
    """"Атакували Харківщину дронами. Під ударом опинився Харків": every party of one mention is
    a party of the other or a place lying in one of its places (the codifier's hierarchy), so the
    city struck is part of the oblast's strike, not a party of another happening. Only for
    mentions of one status: "просуваються на Київщині ... Звільнили Ірпінь" tells a town freed
    within an advance still going on, a happening of its own."""
    return all(x in ys or any(_lies_in(x, y) for y in ys) for x in xs)


def _places_ok(e: Cand, c: Cand) -> bool:
    """"Удар по Одесі ... обстріляли Лисичанськ ... атакували Одесу": a happening has one place,
    so mentions placed in two places are two happenings, however a chain of mentions between
    them would join them; a country and a place in it ("в Україні", "в Одесі") do not clash."""
    a, b = e.place, c.place
    if not a or not b or a == b:
        return True
    countries = place_country()
    return countries.get(a) == b or countries.get(b) == a or _lies_in(a, b) or _lies_in(b, a)


def _lies_in(inner: str, outer: str) -> bool:
    """"Удар по Одесі ... На Одещині пошкоджено ...": a city and the oblast, raion or hromada
    it lies in (the codifier's hierarchy) are one place for merging, as a place and its
    country are."""
    if _within_unit(inner, outer):
        return True
    from ....kb import get_kb
    kb = get_kb()
    i, o = kb.entity(inner), kb.entity(outer)
    return i is not None and o is not None and o.type == "LOC" and o.of is None and kb.country(inner) == outer


def _one_country(a: str | None, b: str | None) -> bool:
    """Two places of one country ("Київ", "Ірпінь"), or a place and its country."""
    if not a or not b:
        return True
    from ....kb import get_kb
    kb = get_kb()
    ca, cb = kb.country(a) or a, kb.country(b) or b
    return ca == cb


def _guests_there(e: Cand, c: Cand) -> bool:
    """"Зеленський прибув до Хіросіми на саміт. Там він провів зустрічі з прем'єром Індії":
    "там" points at the place of the visit, not at the visit; a meeting there with someone
    neither the visit names nor of the visited country is a happening of its own ("Там він
    проведе переговори з Трампом" after a visit to Washington is the visit). Its place is the
    one "там" points at (time_place/there_places.py)."""
    if not c.place_anaphor:
        return False
    if e.mode != "visit":
        # ("зустріч Зеленського і Трампа. Після цього Зеленський вирушив до Лондона. Там він
        # зустрівся з Кіром Стармером": a meeting there with another partner is another meeting)
        return bool(c.participants() - e.participants(True))
    from ....kb import get_kb
    from ..arguments.states import state_of
    kb = get_kb()
    hosts = {kb.country(x) or x for x in [e.place, *e.recipients] if x}
    new = c.participants() - e.participants(True)
    for x in new:
        home = state_of(x)
        if (kb.country(x) or x) not in hosts and (home is None or home not in hosts):
            return True
    return False


def _sides_ok(e: Cand, c: Cand) -> bool:
    """"США запровадили санкції проти Росії. Японія запровадила такі санкції проти Ірану": an
    anaphor names a happening of the same kind, not the same happening, when its giver or its
    taker is another one; it joins an event only where each side it names overlaps that side of
    the event (the speaker and the home side, inferred, count as named here). A meeting has no
    giver and taker: it is told from either side ("Дуда приїхав до Києва" after "зустрівся з
    Дудою"), and "Це перша така зустріч" takes who else came from the sentences after it; but
    a mention whose acting parties are none of the event's tells another happening ("Україна
    та США підписали угоду. Лідери G7 погодилися ...")."""
    if e.type in SYMMETRIC:
        acting = set(c.actors) - c.soft
        return not acting or not e.participants() or bool(acting & e.participants(True))
    for a, b in ((e.actors, c.actors), (e.recipients, c.recipients)):
        if a and b and not set(a) & set(b):
            return False
    return True


def _reversed(e: Cand, c: Cand) -> bool:
    """"Росія пішла в наступ ... ми знищили вже сотні російських танків": a mention whose doer
    is the event's receiver (or the other way round) tells the blow returned, never the same
    happening, however near and vague it is (a meeting has no such sides, and "США заборонили
    своїм громадянам" names the sanctioning state's own people, not a sanction on it; but a
    sanction by the one the event sanctioned, none of its own sanctioners, is the answer to it:
    "Україна запровадила мита на товари з Росії. Москва заборонила імпорт сиру")."""
    if e.type == "SANCTION":
        return bool(set(c.actors) & set(e.recipients)) and not set(c.actors) & set(e.actors)
    if e.type not in HOSTILE:
        return False
    return bool(set(c.actors) & set(e.recipients) or set(c.recipients) & set(e.actors))


def _carried_out(e: Cand, c: Cand, dist: int) -> bool:
    """"Німеччина оголосила про новий пакет допомоги. ... Допомогу буде передано найближчими
    тижнями": a bare mention of the aid or sanction just decided, told as still to come with no
    party, time or place of its own, is that decision carried out, not another one ("Канада
    передасть ще гаубиці" names its giver, "Надасть також снаряди" a verb with items of its own:
    they stay apart)."""
    return e.type in CARRIED_OUT and c.told_by_noun and c.status == "planned" and e.status == "occurred" and \
        dist <= CARRIED_REACH and _no_new_party(e, c) and _sides_ok(e, c) and c.time is None and \
        not c.place and not (c.distinct or c.aggregate or e.aggregate or c.question or c.plural_generic)


def _delivered(e: Cand, c: Cand, dist: int) -> bool:
    """"Нідерланди ухвалили рішення передати Україні F-16. Літаки вже прибули в Україну": aid
    just decided, told right after as delivered with no giver, time or place of its own (or only
    the decision's), is that decision carried out: one happening, and it took place. A giver of
    its own ("Данія вже передала Україні F-16") or a count of many tells another; a decision
    dated ("очікуємо транш наступного тижня, який виділив ЄС") keeps its own status."""
    return e.type == "AID" and e.status == "planned" and c.status == "occurred" and e.status_explicit is True and \
        c.status_explicit is True and \
        dist <= CARRIED_REACH and not (set(c.actors) - c.soft - set(e.actors)) and _no_new_party(e, c) and \
        _sides_ok(e, c) and c.time is None and e.time is None and _places_ok(e, c) and \
        not (c.distinct or c.aggregate or e.aggregate or c.question or c.plural_generic or c.ref_only)


def _no_new_party(e: Cand, c: Cand) -> bool:
    """The mention names no party the event lacks: none, or only the event's own parties and
    the people who act for them ("Пісторіус" with Germany's aid)."""
    pe, pc = e.participants(True), c.participants()
    return not pc or party_count(pe | pc) == party_count(pe)


def _same_strike_hour(e: Cand, c: Cand, dist: int) -> bool:
    """"Вночі ворог атакував Сумщину. ... Три ракети влучили в підприємство у Сумах": a hit told
    for the same night (or hour, or day part) as a strike, within the area struck and by the
    same side, is that strike, though a sentence stands between ("вночі атакував Суми ... вночі
    влучили в Полтаву" strikes another town: the places differ, and two strikes stay; a strike
    on the whole country is many, and the towns told after it stay apart)."""
    told = c.time or c.story_time       # (an undated hit takes the night the story tells)
    return e.type == "ASSAULT" and dist <= STRIKE_REACH and e.specific_time and e.time is not None and \
        told is not None and told.get("value") == e.time.get("value") and \
        (c.time is None or c.time_range == e.time_range) and \
        bool(e.place and c.place) and (c.place == e.place or _within_unit(c.place, e.place)) and \
        c.participants() - {c.place} <= e.participants()


def _struck_country(e: Cand, c: Cand, dist: int) -> bool:
    """"Уночі росіяни атакували Одесу дронами. ... Загинули двоє людей. Сили ППО збили частину
    дронів": a mention of a strike a few sentences on, with no time of its own, whose only party
    the strike lacks is the country its town lies in, tells that strike as the country met it
    (the drones shot down over it), not another one."""
    if e.type != "ASSAULT" or c.specific_time or dist > STRIKE_REACH or c.aggregate or e.aggregate:
        return False
    new = _new_parties(c, e)
    towns = e.participants() | ({e.place} if e.place else set())
    return bool(new) and all(x in country_ids() and any(_lies_in(t, x) for t in towns) for x in new)


def _owned_again(e: Cand, c: Cand, dist: int) -> bool:
    """"Зустрівся з Генеральною секретаркою Ради Європи. Її візит саме в цей день ...
    символічний": a happening named by a possessive ("її", "його", "їхній") in the very next
    sentence, with no party or place of its own beyond the event's, is the one just told of
    that person (its day, told there, dates it); elsewhere ("Його візит до Вашингтона") it is
    another."""
    return c.possessive_ref and dist <= 1 and not (c.participants() - e.participants(True)) and \
        (not c.place or c.place == e.place) and not (c.aggregate or c.distinct)


def _ground_elsewhere(e: Cand, c: Cand) -> bool:
    """c tells ground taken or won back at a town other than e's place, and points back at
    nothing: another happening, as a strike on another town is (the town taken stands as the
    place, not as a party the merge would compare)."""
    return c.type == "ASSAULT" and c.mode == "ground" and bool(c.place) and c.place != e.place and \
        c.place not in e.participants() and not c.anaphoric


def _within_unit(inner: str, outer: str) -> bool:
    """A place inside an oblast, raion or hromada (the codifier's hierarchy), not merely inside
    a country: a strike on the country told in general ("обстріли української території") is
    no one strike that a hit on one town is part of."""
    from ....kb import get_kb
    o = get_kb().entity(outer)
    i = get_kb().entity(inner)
    return bool(o is not None and i is not None and o.katottg and o.katottg in i.parents)


def _lead_and_detail(e: Cand, c: Cand, dist: int) -> bool:
    """"Укренерго повідомило про нову атаку в ніч на 12 грудня. Ворог завдав ударів по трьох
    областях": a strike named with its day but with no party, next to a strike told of that same
    day or of no day, is the lead and its detail, one strike (either may come first); a night holds one wave of strikes, while a day
    may hold many talks, so only strikes join this way. Two strikes that each name their own
    parties ("Уночі вдарили по Харкову. Уночі обстріляли Суми") stay two."""
    if e.type != "ASSAULT" or dist > 1 or e.aggregate or c.aggregate:
        return False
    if any(x.undated_time and not x.time_range for x in (e, c)):
        return False      # "За місяць війни Росія випустила тисячу ракет": a span, not that night
    days = [x.time_range for x in (e, c) if x.time_range]
    if not days or any(r[0] != r[1] for r in days) or len(set(days)) > 1:
        return False
    return not (e.participants() and c.participants())


def _placed_lead(e: Cand, c: Cand, dist: int) -> bool:
    """"У Стамбулі відбувся другий раунд переговорів. Делегації України та Росії провели дві
    години переговорів": talks told first by where they were held alone, then right after by
    who held them, with no place or day of their own, are one happening (as a strike's lead and
    its detail are: `_lead_and_detail`); a gathering with talks at it, a call, a count of talks
    and talks told as another ("окремі консультації") stay apart."""
    return e.type == "CONSULT" and dist == 1 and bool(e.place) and not e.participants() and \
        bool(c.participants()) and (not c.place or c.place == e.place) and c.time is None and \
        e.mode == c.mode and not (e.gathering or c.gathering or e.aggregate or c.aggregate or
                                  c.distinct or c.own_partner or c.plural_generic)


def _other_country(e: Cand, place: str) -> bool:
    """The place lies in a country none of e's recipients is in (or is)."""
    where = place_state(place)
    struck = {place_state(x) for x in e.recipients}
    struck.discard(None)
    return where is not None and bool(struck) and where not in struck


def _talk_at_gathering(e: Cand, c: Cand) -> bool:
    """"Провели саміт у форматі Україна – Південно-Східна Європа. Були зустрічі з представниками
    Хорватії, Чорногорії": talks with partners named, told after a gathering that names none,
    are happenings of their own held there, not the gathering itself."""
    return e.gathering and not c.gathering and bool(c.participants())


def _absorb(e: Cand, c: Cand) -> None:
    """Merge mention c into event e; the more specific mention becomes the primary."""
    for g, other in ((e, c), (c, e)):
        if g.vague and not other.vague:
            # "ми готуємо важливі зустрічі" before "Третє січня – зустріч радників": the speaker
            # the vague mention got from its first person takes no part in the meeting named
            g.actors = [x for x in g.actors if x not in g.soft or x in other.actors + other.recipients]
    if (c.specific_time and not e.specific_time) or (e.vague and not c.vague):
        # swap primaries: e keeps its identity (list position), takes c's trigger/evidence
        for name in ("trig", "evidence", "sent", "lemma", "weight", "anaphoric", "plural_generic",
                     "state_description"):
            ev, cv = getattr(e, name), getattr(c, name)
            setattr(e, name, cv)
            setattr(c, name, ev)
        if c.time and (not e.time or c.specific_time):
            e.time, e.time_range = c.time, c.time_range
        if _rank(c.status_explicit) >= _rank(e.status_explicit):
            # "Завдає ударів по будинках. Сьогодні вночі гатив по станції": the dated mention
            # tells what took place; the habit before it does not decide its status
            e.status, e.status_explicit = c.status, c.status_explicit
    e.mentions.append(c)
    if e.time is None and c.time is not None:
        e.time, e.time_range = c.time, c.time_range
    if _rank(c.status_explicit) > _rank(e.status_explicit):
        e.status, e.status_explicit = c.status, c.status_explicit
    if c.ref_only or c.question:
        return
    _face_alike(e, c)
    # a side the event only implied that the mention names on that same side is named now
    # ("Зустріч Єрмака з Салліваном" / "... з радником з нацбезпеки США Джейком Салліваном": the
    # United States, implied by Sullivan, is named; "Сторони обговорили" after it turns no side)
    e.soft -= {x for named, mine in ((c.actors, e.actors), (c.recipients, e.recipients))
               for x in named if x in mine and x not in c.soft}
    for named, mine, other in ((c.actors, e.actors, e.recipients), (c.recipients, e.recipients, e.actors)):
        for x in named:
            if x in other and x in e.soft and x not in c.soft:
                # "Обмін полоненими. Росія звільнила 20 українців": a side the heading only
                # implied takes the place the mention that names it gives
                other.remove(x)
                mine.append(x)
    for x in c.actors:
        if x not in e.actors and x not in e.recipients:
            e.actors.append(x)
    for x in c.recipients:
        if x not in e.actors and x not in e.recipients:
            e.recipients.append(x)
    e.soft |= {x for x in c.soft if x not in e.participants()}
    if not e.place or (e.headline and not c.headline and e.type != "ASSAULT" and c.place
                       and c.place != e.place and _within_unit(c.place, e.place)):
        # ("Посол відвідав Харківщину" over "19 червня відвідав Харків": the title sums up, the
        # report names the town; a strike's title keeps the area its wave hit)
        e.place = c.place
    if not e.mode and not (c.mode == "multilateral" and e.recipients
                           and party_count(set(e.participants()) | set(c.participants())) < 3):
        # ("Лідери обговорили ..." after a meeting of two: the plural noun makes no summit)
        e.mode = c.mode
    e.weight = max(e.weight, c.weight)
    e.plural_generic = e.plural_generic and c.plural_generic
    e.state_description = e.state_description and c.state_description
    e.home_only = e.home_only and c.home_only
    e.home_named = e.home_named or c.home_named


def _face_alike(e: Cand, c: Cand) -> None:
    """"Стармер і Мерц прилетіли до Вашингтона. Трамп провів з ними переговори": a meeting has
    no giver and taker, so a mention may tell it from the other side; when the mention's partners
    are the event's actors and its own actors none of the event's, its sides are turned to the
    event's before they join (the host, new, was added to the guests' side)."""
    if e.type not in SYMMETRIC or c.actors == [] or c.recipients == []:
        return
    acting, taking = set(c.actors) - c.soft, set(c.recipients) - c.soft
    if taking & set(e.actors) and not taking & set(e.recipients) and not acting & set(e.actors):
        c.actors, c.recipients = c.recipients, c.actors


def _day_key(c: Cand) -> tuple | None:
    """Type, day and named participants of a mention dated to one day or finer."""
    if not c.time or not c.time_range or c.time_range[0] != c.time_range[1] or not c.participants():
        return None
    return c.type, c.time.get("value"), frozenset(c.participants())


def merge(cands: list[Cand]) -> list[Cand]:
    events: list[Cand] = []
    # the last sentence of each event, kept as it grows, and the events still within reach
    # (8 sentences): candidates come in text order, so an event out of reach stays so, and a
    # long document costs linear time (it re-read every event's mentions for every candidate)
    last: dict[int, int] = {}
    reach: list[Cand] = []
    same_day: dict[tuple, Cand] = {}
    prev = None
    for c in cands:
        if prev is not None and c.sent < prev:
            reach = list(events)            # out of order: every event back in view
        prev = c.sent
        reach = [e for e in reach if c.sent - last[id(e)] <= 8]
        c_last = max([c.sent] + [m.sent for m in c.mentions])
        target = None
        headlined = False
        nearest = next((e for e in reversed(reach) if e.type == c.type), None)
        if nearest is not None and next_round(nearest, c, c.sent - last[id(nearest)]):
            # "Відбувся другий раунд переговорів між Україною та Росією. Наступний раунд
            # відбудеться наприкінці лютого": the next round of those talks, between those sides
            c.actors, c.recipients = list(nearest.actors), list(nearest.recipients)
        for e in reversed(reach):
            last_sent = last[id(e)]
            dist = c.sent - last_sent
            if e.type != c.type or dist > 8 or _reversed(e, c):
                continue
            if under_headline(e, c, dist) and (_sides_ok(e, c) or states_told(e, c)) and _places_ok(e, c):
                # "Заява МЗС у зв'язку з ударами Росії по Одесі" / "МЗС засуджує чергові удари
                # Росії по Одесі": the title names what the lead tells
                headlined = True
                target = e
                break
            if c.after_told and e.status in ("planned", "conditional", "negated"):
                continue          # "За підсумками переговорів ..." names talks held, not a summit to come
            if c.later_day and not c.demonstrative and e.sent < c.sent:
                continue          # "Виступив на асамблеї. Наступного дня взяв участь у засіданні"
            if c.decree_named and dist <= 2 and not c.recipients and set(c.actors) & set(e.actors) and \
                    _time_ok(e, c) and _status_ok(e, c):
                # "РНБО запровадила санкції. Указ про введення санкцій підписав президент": the
                # paper of the act just told, whoever signs it on the same side
                target = e
                break
            if e.type == "ASSAULT" and any(turned_on_striker(x, c) for x in [e, *e.mentions]):
                continue          # "Корабель обстріляв Одесу. Ракети уразили корабель": the other side's
            if third_state_meeting(e, c) and not c.place_anaphor:
                continue          # "Прибув до Хіросіми. Зустрівся з прем'єром Індії": a talk of its own
            if c.demonstrative and not c.distinct and _sides_ok(e, c) and _places_ok(e, c):
                # "Зателефонував Макрону. Лідери G7 проведуть зустріч. Ці переговори ...": the
                # noun points back at the nearest happening of its type told, not at an earlier
                # one; "Президенти домовилися про обмін. Цю домовленість буде виконано завтра":
                # its verb and date tell another act (carrying it out), not a second agreement
                if not (_time_ok(e, c) and _status_ok(e, c)):
                    c.time = c.time_range = None
                    c.status, c.status_explicit = e.status, False
                target = e
                break
            if c.within_visit and dist <= FRAME_REACH and e.mode == "visit" and _time_ok(e, c) and \
                    _status_ok(e, c) and (_places_ok(e, c) or _one_country(e.place, c.place)) and \
                    _one_country(e.place, c.visit_place):
                # "Прибув до Києва з візитом. Під час візиту він зустрівся з Президентом ...
                # відвідав Ірпінь": what he did within the visit told is that visit, wherever in
                # the country it took him
                target = e
                break
            if _carried_out(e, c, dist):
                target = e
                break
            if _delivered(e, c, dist):
                e.status, e.status_explicit = "occurred", True
                target = e
                break
            if taking_effect(e, c, dist) and _sides_ok(e, c):
                # "Британія запровадила санкції. Санкції почнуть діяти наступного тижня": the
                # decision keeps its own day and status
                c.time = c.time_range = None
                c.status, c.status_explicit = e.status, False
                target = e
                break
            if cause_of_harm(e, c, dist) and _time_ok(e, c) and _status_ok(e, c) and \
                    (_places_ok(e, c) or not _placed(c.place)):
                # "Дрони атакували Київ. Через атаку пошкоджено дах у Солом'янському районі"
                # ("У Молдові через удар зникло світло": harm in another country than the one
                # struck does not place the strike)
                if c.place and _other_country(e, c.place):
                    c.place = None
                target = e
                break
            if not (_time_ok(e, c) and _status_ok(e, c) and _places_ok(e, c)):
                continue
            if taken_part_in(e, c, dist):
                # "Зустріч лідерів відбудеться в Парижі. ... Зеленський візьме участь у зустрічі"
                target = e
                break
            if greets_visitor(e, c, dist) and not _guests_there(e, c):
                # "Дуда відвідав Київ. Зеленський зустрів його на вокзалі": the host's welcome
                as_visit(e, c)
                target = e
                break
            if named_again(e, c, dist):
                # "У Брюсселі відбулося засідання Ради ЄС. Засідання відкрила Каллас"
                told_partners_only(e, c)
                target = e
                break
            if repelled(e, c, dist) or counted_again(e, c, dist) or \
                    done_by_their_people(e, c, dist, _no_new_party):
                # "Окупанти штурмували позиції. Захисники відбили всі штурми", "За день ворог
                # 12 разів бив по громаді"
                target = e
                break
            if c.frame_ref and not (c.within_visit and c.participants() - e.participants()) and \
                    dist <= FRAME_REACH and \
                    (not c.gathering or e.gathering or any(m.gathering for m in e.mentions)):
                # "Провели переговори в Джидді. На переговорах сторону представляв Єрмак": the
                # meeting that frames the clause is the one just told; its people were there ("На
                # саміті" joins a gathering told, not talks held before one)
                target = e
                break
            if e.type == "REQUEST" and e.mode != c.mode and not c.anaphoric:
                continue          # asking for a ceasefire and asking for talks are two requests
            if e.type == "REQUEST" and not c.demonstrative and set(c.recipients) - e.participants(True):
                continue          # "Закликав лідерів посилити тиск. Він також попросив країни Півдня
                #                   долучитися": whom he asks next is asked anew
            if (e.performed or c.performed) and not c.anaphoric:
                continue          # "Але я прошу вас не зупинятись": each asking as one speaks is one act
            if next_of_planned(e, c, dist, nearest):
                # "Учасники групи обговорять ... Наступне засідання запланували на середу"
                target = e
                break
            if c.distinct:
                break
            if gathering_after_talk(e, c):
                continue          # "Понеділок: зустрівся з Рютте. ... Четвер: у Римі відбулася конференція"
            if (e.aggregate or c.aggregate) and not c.anaphoric and \
                    not (c.consequence and dist <= 1 and not c.participants() and not c.specific_time):
                # a count of calls and one call of them stay two events; "Росіяни атакували
                # Харків авіабомбами. Пошкоджено будинок": the harm told next is of those strikes
                continue
            if c.elaboration and dist <= 1:
                target = e
                break
            if not c.anaphoric and not _participants_ok(e, c):
                continue
            if (c.own_partner or e.own_partner) and not c.anaphoric and \
                    not (c.own_partner and e.own_partner and c.lemma == e.lemma):
                # "Провів зустріч з Президентом Польщі. Поспілкувався також із представниками
                # бізнесу": a partner of its own, though no entity names it, makes another
                # happening; only a word that points back ("ця зустріч") joins them, or the same
                # word again ("Провів нараду з командуванням. На нараді обговорили ...")
                continue
            if _guests_there(e, c):
                # (a meeting "там" with guests of a summit is its own happening, whatever the
                # parties it shares with the visit)
                continue
            if _ground_elsewhere(e, c):
                # "Просуваються на Київщині ... Звільнили Ірпінь": the town taken is that
                # happening's own place (taken_ground), as a town struck would be its own party
                continue
            both_timed = e.specific_time and c.specific_time
            if (c.anaphoric and dist <= 8 and _sides_ok(e, c)) \
                    or (c.text_again and e.type == "AGREE" and dist <= 2) \
                    or (dist <= 0) \
                    or (not c.specific_time and not _new_parties(c, e) and dist <= 6) \
                    or (e.vague and dist <= 2 and not both_timed and not _talk_at_gathering(e, c)) \
                    or _owned_again(e, c, dist) \
                    or _same_strike_hour(e, c, dist) \
                    or _struck_country(e, c, dist) \
                    or _lead_and_detail(e, c, dist) \
                    or _placed_lead(e, c, dist) \
                    or same_day_partners(e, c, dist) \
                    or (dist <= 1 and not both_timed and _participants_ok(e, c) and
                        (c.participants() & e.participants() or _acting_for(e, c))):
                target = e
                break
        if target is None and c.continues and not c.own_partner:
            # "Провів нараду з урядовцями. ... Обговорили енергетичні питання": a discussion with no
            # time or partner of its own goes on about the last talk told, however far back
            e = next((e for e in reversed(events) if e.type == "CONSULT"), None)
            if e is not None and _status_ok(e, c) and _places_ok(e, c) and e.status == c.status and \
                    c.participants() <= e.participants() and c.sent - last[id(e)] <= CONTINUE_REACH:
                target = e
        if target is None and c.demonstrative and not c.distinct and c.participants():
            # "Цей удар по Харкову є воєнним злочином", a page after the strike on Kharkiv was
            # told: the noun points at the happening told with those parties, however far back
            target = next((e for e in reversed(events) if e.type == c.type and not _reversed(e, c) and
                           c.participants() <= e.participants() and _sides_ok(e, c) and _places_ok(e, c)
                           and _time_ok(e, c) and _status_ok(e, c)), None)
        key = _day_key(c)
        if target is None and key in same_day and not c.distinct and not c.aggregate and \
                _status_ok(same_day[key], c) and _places_ok(same_day[key], c):
            # "Говорив сьогодні з Президентом Польщі. ... Сьогодні ж одразу після розмови з
            # Президентом Польщі": the same partners on the same day, however far apart, are one
            # happening
            target = same_day[key]
        if target is None and c.thanks_ref:
            # "США оголосили новий пакет допомоги. ... Дякую за цю підтримку": the thanks name the
            # happening told just before, whatever type its own word has; it is one event
            e = next((e for e in reversed(reach) if e.type in THANKS_REFERENTS and e.sent <= c.sent), None)
            if e is not None:
                if e.type == c.type:
                    _absorb(e, c)
                else:
                    e.mentions.append(c)
                last[id(e)] = max(last[id(e)], c_last)
                continue
        if target is None and (c.question or c.amounts_to):
            continue              # a question, or what a thing told amounts to, reports no happening
        if target is None and c.both_ref and sum(e.type == c.type for e in reach) >= 2:
            continue              # "Обидві зустрічі були результативними": the two told, no third
        if target is None:
            events.append(c)
            reach.append(c)
            last[id(c)] = c_last
            if key is not None and not c.aggregate:
                same_day.setdefault(key, c)
        else:
            lead_sent = c.sent
            _absorb(target, c)
            if headlined and target.sent != lead_sent:
                lead_first(target, c)     # the lead tells it, the title names it
            if headlined:
                target.headline = False   # (the title is joined: later mentions merge as usual)
            last[id(target)] = max(last[id(target)], c_last)
    # "Санкції: що далі": a heading no mention in the text took up names a topic
    return [e for e in events if not (e.heading and not e.mentions) and not _bare_name(e)]


def _bare_name(e: Cand) -> bool:
    """"Потужних ударів.", "Нові пакети санкцій, нова допомога.", "Викрадення дітей.": a verbless
    line inside a paragraph (`Cand.named_only`) that names a happening with no party, place or
    time, that no other mention took up, reports none of its own: it goes on with what the
    sentences around it tell. A measure named in a figure ("удар по нафті"), a denial ("Жодних
    переговорів") and aid counted in its series ("За тиждень – другий транш") stay."""
    return e.named_only and not e.mentions and not e.actors and not e.recipients and e.time is None and \
        not e.place and not e.elaboration and e.status != "negated" and e.type != "AID" and \
        not e.headline


def _placed(place: str) -> bool:
    """The knowledge base knows the place, so it can tell whether it lies in another."""
    from ....kb import get_kb
    return get_kb().entity(place) is not None


def confidence(e: Cand) -> float:
    """Trigger strength, argument completeness and status certainty, for sorting and for the
    emission threshold; generic plural nouns and state descriptions sink below it."""
    score = e.weight
    if e.participants():
        score += 0.08
    if e.specific_time:
        score += 0.08
    if e.place:
        score += 0.04
    if e.status_explicit is True:
        score += 0.05
    score += 0.04 * min(2, len(e.mentions))
    if e.plural_generic and not e.participants() and not e.specific_time:
        score -= 0.3
    if e.state_description:
        score -= 0.15
    return round(max(0.05, min(0.98, score)), 3)
