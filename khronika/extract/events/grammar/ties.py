"""The tie of a name to the clause (`tie_of`: its preposition and case), the walk the sides of
an event are read from. It is one long walk with the helpers only it needs (the title over a
prepositional complement, the edges of the document's mentions), kept apart from the clause
boundaries and agreement in `clauses`, whose word-level questions it asks at every step.

Each name (mention or ref) is traced back through its noun phrase ("з Президентом Фінляндії
Стуббом": Стуббом <- Фінляндії <- Президентом <- з) to the preposition or case that ties it to
the clause; a name coordinated with another ("Канади, Хорватії та Люксембургу") shares its tie.
The tie decides the side: the nominative subject of the governing verb acts, "з" + instrumental
is the partner, dative / "до" / a strike's target receives; a place ("у Києві"), a topic
("щодо Росії"), the subject of another verb ("повідомив голова ОВА") take no part.
"""
from __future__ import annotations

from dataclasses import dataclass

from ....document import Document, Token
from ...morph import parses
from ..lexicon.compiled import lexicon
from .clauses import COORD, _agrees, _can_be, _case_numbers, _cases, _finite, _in_timex, _np_word, _number
from .marks import CLOSING_MARKS, OPENING_MARKS

# third-person possessives, genitive forms of the personal pronouns ("його країна", "її уряд")
OWNER_PRONOUNS = {"його", "її", "їх"}


@dataclass
class Tie:
    prep: str | None       # the preposition heading the phrase, lowercased
    case: str | None       # the case of the phrase's head word
    head: int              # token index of the phrase's head (leftmost word of the chain)
    of_trigger: bool       # the phrase hangs on the trigger noun ("зустріч делегацій України")

def _edges(doc: Document) -> tuple[int, frozenset[int], frozenset[int]]:
    """(count, ends, starts) of the document's mentions. The walk asks for each name of each
    trigger, so the edges are kept with the document (rebuilt when its mentions change), not in
    module state another document's analysis could overwrite."""
    edges = doc.meta.get("_mention_edges")
    if edges is None or edges[0] != len(doc.mentions):
        edges = (len(doc.mentions), frozenset(x.end for x in doc.mentions), frozenset(x.start for x in doc.mentions))
        doc.meta["_mention_edges"] = edges
    return edges


def _mention_edges(doc: Document, end: int, start: int) -> bool:
    """A mention of the document ends at `end` and another starts at `start`."""
    edges = _edges(doc)
    return end in edges[1] and start in edges[2]


def _people_apart(doc: Document, end: int, start: int) -> bool:
    """One person's name ends at `end` and another person's begins at `start`: "За
    посередництва Олександра Лукашенка Пригожин погодився" (two people side by side are two
    phrases, however a guessed reading lets the second decline)."""
    people = doc.meta.get("_person_edges")
    if people is None or people[0] != len(doc.mentions):
        per = [x for x in doc.mentions if x.type == "PER"]
        people = (len(doc.mentions), {x.end: x.entity for x in per}, {x.start: x.entity for x in per})
        doc.meta["_person_edges"] = people
    a, b = people[1].get(end), people[2].get(start)
    return a is not None and b is not None and a != b


def _place_then_acronym(doc: Document, end: int, nxt) -> bool:
    """"Після анексії Криму США запровадили санкції": a place's name ends at `end` and a
    name written as an acronym ("США", "ЄС", "НАТО") starts the next word. The acronym
    declines in no case, so it reads as the place's genitive, but a place governs no name after
    it: the acronym opens a phrase of its own."""
    if not (nxt.text.isupper() and len(nxt.text) > 1):
        return False
    places = doc.meta.get("_place_ends")
    if places is None or places[0] != len(doc.mentions):
        places = (len(doc.mentions), frozenset(x.end for x in doc.mentions if x.type == "LOC"))
        doc.meta["_place_ends"] = places
    return end in places[1] and nxt.start in _edges(doc)[2]


def _name_before_title(doc: Document, t: Token, nxt: Token) -> bool:
    """A person's name ends with `t` and a common noun of a person follows in a case the name
    cannot take: "прийняв у Києві Зеленський прем'єр-міністра Польщі" (a subject after its
    verb, then the object); the surname's adjective reading ("Зеленський" as an accusative)
    makes no phrase of the two."""
    if not (nxt.pos == "NOUN" and nxt.text[:1].islower() and "anim" in (nxt.tags or ())) or \
            not (t.text[:1].isupper() and t.end in _person_ends(doc)):
        return False
    own = {p.tag.case for p in parses(t.text) if "NOUN" in p.tag and ("Surn" in p.tag or "Name" in p.tag)}
    return bool(own) and not own & _cases(nxt.text)


def _person_ends(doc: Document) -> frozenset[int]:
    """Where the document's person mentions end (kept with the document, as `_edges`)."""
    ends = doc.meta.get("_person_ends")
    if ends is None or ends[0] != len(doc.mentions):
        ends = (len(doc.mentions), frozenset(x.end for x in doc.mentions if x.type == "PER"))
        doc.meta["_person_ends"] = ends
    return ends[1]


def _settlement_kind(t) -> bool:
    """A noun of a settlement's kind in any reading ("селі" is read first as "сель")."""
    kinds = lexicon().word_list("settlement_kind_nouns")
    return (t.lemma or t.norm) in kinds or any(p.normal_form in kinds for p in parses(t.text))


def _noun_under_prep(toks, m: int, lo: int) -> bool:
    """Whether the noun at m stands in a prepositional phrase (adjectives between), or under
    one made of a preposition and a noun ("на тлі атаки", "в результаті удару"; the noun after
    it a genitive: "в Гаазі члени НАТО погодилися" is a place, then the subject)."""
    noun = toks[m]
    m -= 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF", "NUMR"):
        m -= 1
    if m > lo and toks[m].pos == "NOUN" and toks[m - 1].pos == "PREP" and \
            (_can_be(toks[m], "loct") or f"{toks[m - 1].norm} {toks[m].norm}" in lexicon().word_list("frame_prepositions")):
        # ("під час зустрічі": a preposition made with a noun in the accusative)
        return _can_be(noun, "gent")
    return m >= lo and toks[m].pos == "PREP"


def _after_condition(toks, m: int, lo: int) -> bool:
    """The noun at m follows a preposition of condition made with a noun ("на випадок атаки",
    "у разі нападу": `conditional_markers`)."""
    return m - 2 >= lo and toks[m - 2].pos == "PREP" and \
        f"{toks[m - 2].norm} {toks[m - 1].norm}" in lexicon().word_list("conditional_markers")


def _agreed_case(toks, head: int) -> str | None:
    """The case an adjective opening a phrase shares with its noun, when the dictionary's first
    reading of the adjective is another: "Збройним силам України" is a dative ("силам"), though
    "Збройним" alone reads first as an instrumental. None when the word is no adjective, no noun
    follows within three words, or the two share no single case and number."""
    t = toks[head]
    if t.pos not in ("ADJF", "PRTF"):
        return None
    n = head + 1
    while n < min(len(toks), head + 4) and toks[n].pos in ("ADJF", "PRTF"):
        n += 1
    if n >= len(toks) or n >= head + 4 or toks[n].pos != "NOUN":
        return None
    shared = {c for c, _ in _case_numbers(t.text) & _case_numbers(toks[n].text)}
    return next(iter(shared)) if len(shared) == 1 and t.case not in shared else None


def tie_of(doc: Document, k: int, lo: int, trig: int, preps: frozenset[str],
           partner_words: frozenset[str] = frozenset()) -> Tie:
    """Walk left from token k over its noun phrase to what governs it; the phrase's case is
    the one its opening adjective shares with its noun (`_agreed_case`)."""
    tie = _walk(doc, k, lo, trig, preps, partner_words)
    case = _agreed_case(doc.tokens, tie.head)
    return tie if case is None else Tie(tie.prep, case, tie.head, tie.of_trigger)


def _walk(doc: Document, k: int, lo: int, trig: int, preps: frozenset[str],
          partner_words: frozenset[str] = frozenset()) -> Tie:
    """Walk left from token k over its noun phrase to what governs it."""
    toks = doc.tokens
    head = k
    m = k - 1
    if toks[k].pos == "NPRO" and "pers" in (toks[k].tags or ()) and _cases(toks[k].text) <= {"nomn"}:
        # "Напередодні він", "Після цього він", "За два місяці вони": a nominative personal
        # pronoun is a phrase of its own
        m = lo - 1
    elif toks[k].norm in ("його", "її", "їх") and k > lo and toks[k - 1].pos == "NOUN" and k + 1 < len(toks) and \
            toks[k + 1].sentence == toks[k].sentence and _finite(toks[k + 1]):
        # "У Білому домі його прийняв Байден": a personal pronoun right before a finite verb is
        # its object, not a genitive of the noun before it (a possessive stands before its noun)
        m = lo - 1
    adverb_preps = lexicon().word_list("adverb_prepositions")
    focus = lexicon().word_list("focus_particles")
    while m >= lo:
        t = toks[m]
        if m == trig:
            # a noun trigger's complement ("зустріч делегацій"); a verb's object is no part of it
            h = toks[head]
            if t.pos == "NOUN" and h.pos == "NOUN" and h.text[:1].isupper() and h.case == "nomn" and \
                    not _can_be(h, "gent") and _number(t) and _number(h) and _number(t) != _number(h):
                # ("на удари Україна атакувала": a nominative of another number is no complement)
                return Tie(None, h.case, head, False)
            if t.pos == "NOUN" and h.text[:1].isupper() and h.case == "nomn" and not _can_be(h, "gent") and \
                    k + 1 < len(toks) and _finite(toks[k + 1]) and _agrees(toks[k + 1], h):
                # ("Перший транш Україна отримала": a fronted object, then the subject and its verb)
                return Tie(None, h.case, head, False)
            if t.pos == "NOUN" and h.text[:1].isupper() and h.case == "nomn" and not _can_be(h, "gent") and \
                    _noun_under_prep(toks, m, lo):
                # ("Через масований обстріл Молдова скликала": a noun under a preposition takes no
                # nominative complement; the name opens the clause's subject)
                return Tie(None, h.case, head, False)
            if t.pos == "NOUN" and h.text[:1].isupper() and h.case == "nomn" and _after_condition(toks, m, lo) and \
                    k + 1 < len(toks) and _finite(toks[k + 1]) and _agrees(toks[k + 1], h):
                # ("На випадок атаки Литва готує укриття": the name read as a nominative before
                # its verb opens the clause's subject, though the dictionary lets it decline)
                return Tie(None, h.case, head, False)
            return Tie(None, toks[head].case, head, t.pos not in ("VERB", "INFN", "GRND"))
        if toks[head].pos in ("NOUN", "ADJF", "PRTF") and t.norm in adverb_preps and \
                not _can_be(toks[head], "gent"):
            # "Напередодні лідери Франції приїхали", "Напередодні російські кораблі захопили": an
            # adverb here, it governs no genitive
            break
        if t.norm in ("у", "в") and m + 1 <= head and toks[m + 1].norm == "справах" and m - 1 >= lo and \
                (toks[m - 1].lemma or "") in lexicon().word_list("affairs_titles"):
            # "викликало тимчасового повіреного у справах Росії": the chargé d'affaires' title is
            # one phrase with the state after it
            head = m = m - 1
            m -= 1
            continue
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
        # (a straight '"' right before the name opens it too: 'товариства "Українська залізниця"')
        if (t.norm in OPENING_MARKS or t.norm == '"') and m + 1 == head and m - 1 >= lo and \
                toks[m - 1].pos == "NOUN" and (
                (toks[m - 1].lemma or "") in lexicon().word_list("quoted_name_heads") or
                (toks[m - 1].text.islower() and toks[head].pos == "NOUN" and _cases(toks[head].text) and
                 "nomn" not in _cases(toks[head].text))):
            # "члена партії «Свобода»", "щодо газопроводу «Північний потік»": a quoted name after
            # the noun of its kind stands in that noun's phrase, whatever its case; "захисників
            # «Азовсталі»": so does one that declines after any noun
            head = m - 1
            m -= 2
            continue
        if t.norm in focus and m + 1 == head and m - 1 >= lo:
            # "висунули обвинувачення ще трьом військовим РФ": a particle before the phrase is
            # no part of it, nor its head
            m -= 1
            continue
        if t.norm in CLOSING_MARKS and m + 1 == head and toks[head].pos in ("NOUN", None) and \
                (_can_be(toks[head], "gent") or toks[head].text.isupper()) and \
                (q := _quoted_after_kind(toks, m, lo)) is not None:
            # "Ракети «Нептун» ЗСУ уразили": a genitive after a quoted name that follows the
            # noun of its kind hangs on that noun, past the name
            head = q
            m = q - 1
            continue
        if not _np_word(t) or t.norm in COORD:
            break
        if t.pos in ("NOUN", "ADJF") and _people_apart(doc, t.end, toks[m + 1].start):
            break             # ("з Зеленським Макрон": a surname the dictionary reads as an adjective)
        if t.text[:1].isupper() and _place_then_acronym(doc, t.end, toks[m + 1]):
            break
        if m + 1 == head and _name_before_title(doc, t, toks[head]):
            break
        if t.pos == "NOUN" and m + 1 == head and toks[head].text[:1].isupper() and \
                _settlement_kind(t):
            # "в селі Гроза", "у місті Суми": a settlement's name after the noun of its kind
            # stays in the nominative, yet it is that noun's apposition, under its preposition
            head = m
            m -= 1
            continue
        if t.is_word and _in_timex(doc, t) and (t.pos is None or not _in_timex(doc, toks[head])):
            # "11:05 Прем'єр-міністр засудив": a clock time opening a line heads no name; nor
            # does any time expression ("Три роки тому делегації ...": "три" read as a verb;
            # "на Різдво Росія атакувала", "У понеділок Зеленський прибув")
            break
        if t.pos == "NPRO" and "pers" in (t.tags or ()) and t.case != "gent":
            break             # "з ним оборонну підтримку": a personal pronoun is a phrase of its own
        if t.pos == "NPRO" and t.case is None:
            break             # "чому Ізраїль не запровадив": "why", no case, heads no noun
        h, nxt = toks[head], toks[m + 1]
        if t.pos == "NOUN" and t.text.islower() and "inan" in (t.tags or ()) and m + 1 == head and \
                h.text[:1].isupper() and h.case == "nomn" and not _can_be(h, "gent") and \
                k == head and k + 1 < len(toks) and _finite(toks[k + 1]) and _agrees(toks[k + 1], h):
            # "Окремий документ Росія підписала з Туреччиною", "Держава Ізраїль підписала угоду":
            # the name right before the verb that agrees with it is its subject, a phrase of its
            # own, whatever common noun stands before it (a fronted object or the kind of the
            # name); "Місто Київ зазнало атаки" agrees with the kind, which stays its head
            break
        if t.pos == "NOUN" and t.text.islower() and m + 1 == head == k and h.text[:1].isupper() and \
                _can_be(h, "nomn") and _noun_under_prep(toks, m, lo) and k + 1 < len(toks) and \
                _finite(toks[k + 1]) and _agrees(toks[k + 1], h):
            # "Після переговорів Рубіо зателефонував Лаврову": a name that may be a nominative,
            # between a noun under a preposition and a finite verb agreeing with it, opens the
            # verb's subject (an indeclinable name reads as that noun's genitive too)
            break
        if t.pos == "NOUN" and nxt.pos in ("NOUN", "ADJF") and t.text[:1].isupper() and nxt.text[:1].islower() \
                and nxt.case not in (None, "gent") and t.case != nxt.case:
            break             # "з Олафом Шольцом постачання зброї": a name governs no common noun after it
        if t.pos == "NOUN" and nxt.pos == "NOUN" and t.text[:1].isupper() and nxt.text[:1].islower() \
                and _after_place_preposition(toks, m, lo) and _can_be(t, "loct") \
                and (_can_be(nxt, "nomn") or _can_be(nxt, "accs")) and t.end in _edges(doc)[1]:
            # "У Джидді делегації України та США провели", "У Саудівській Аравії делегації": a
            # place named after "у" governs no common noun after it, which may open the subject
            # (read as a genitive in the walk), or a fronted object ("В Анкарі посла Росії
            # викликали до МЗС")
            break
        if t.pos in ("NOUN", "ADJF") and nxt.pos == "NOUN" and \
                (t.text[:1].isupper() and t.end in _edges(doc)[1] or
                 t.pos == "NOUN" and _after_place_preposition(toks, m, lo)) and \
                (nxt.lemma or "") in lexicon().word_list("delegation_nouns") | lexicon().word_list("owned_people_nouns") \
                and _plural_subject(toks, m + 1, k):
            # "за посередництва Туреччини делегації України та Росії провели": a delegation noun
            # after a name, read as its genitive, is the plural subject of the verb after it; so
            # after a place ("в Мінську", which the dictionary also reads as an adjective, or
            # "у Біловезькій пущі", a place no list names)
            break
        if t.pos == "NOUN" and nxt.pos == "NOUN" and nxt.case == "nomn" and _number(t) != _number(nxt) and \
                not _cases(nxt.text) & {"gent", "datv", "ablt", "loct"}:
            # "У відповідь окупанти відкрили вогонь": a noun's complement is in an oblique case,
            # and an apposition shares its number; a bare nominative of another number after it
            # opens a phrase of its own
            break
        if t.pos == "NOUN" and h.pos in ("ADJF", "PRTF") and h.case not in (None, "gent") and t.case != h.case:
            break             # "день цієї війни російські снаряди": an adjective opens its own phrase
        if t.pos in ("ADJF", "PRTF") and h.pos == "NOUN" and t.text[:1].isupper() and h.text[:1].islower() and \
                t.case and h.case and not (_cases(t.text) & _cases(h.text)):
            break             # "з Зеленським війну Росії": a surname read as an adjective agrees with no noun
                              # of another case
        if t.pos == "NOUN" and h.pos in ("ADJF", "PRTF") and h.case != "gent" and \
                _number(t) and _number(h) and _number(t) != _number(h):
            break             # "на цей день російські війська": nor does one of another number
        if t.pos == "NPRO" and m + 1 == head and h.pos in ("NOUN", "ADJF") and h.text[:1].isupper() and \
                _can_be(h, "nomn") and m - 1 >= lo and toks[m - 1].pos == "PREP" and \
                (t.lemma or "") in ("цей", "той", "це", "те"):
            # "Після цього Умєров провів ...", "Крім того Зеленський ...": a demonstrative under a
            # preposition is a whole phrase ("afterwards"), the name in the nominative after it
            # opens the subject, though a surname may also read as an accusative it shares
            break
        if t.pos == "NPRO" and h.pos == "NOUN" and h.case and t.case and h.case != t.case and \
                not (_case_numbers(t.text) & _case_numbers(h.text)):
            # "До цього Норвегія виділила": a pronoun agrees with its noun in case and number
            # ("Після цього прем'єр поговорив": "прем'єр" is a genitive only as the plural of
            # "прем'єра")
            break
        if t.pos in ("NOUN", "NUMR") and h.pos == "NOUN" and h.case and t.case and h.case != t.case \
                and not _can_be(h, "gent") and not (h.text.isupper() and _cases(t.text) & _cases(h.text)) \
                and not {c for c in _case_numbers(t.text) & _case_numbers(h.text) if c[0] != "voct"}:
            # (an acronym in apposition, "поліції України КОРД", is read in any case it shares)
            # "24 лютого Росія": a name in another case than the noun before it ("на напрямку
            # окупанти": a vocative reading shared by both joins no phrase)
            title = _title_over_complement(doc, m, h, lo)
            if title is None:
                title = _title_over_genitive(doc, m, h, lo)
            if title is None:
                break
            head = m = title     # "з кандидатом у президенти Дональдом Трампом"
            m -= 1
            continue
        if t.pos == "NOUN" and h.pos == "NOUN" and t.case == "gent" and h.case == "nomn" and \
                t.text.islower() and h.text.islower() and not _can_be(h, "gent") and \
                not (_case_numbers(t.text) & _case_numbers(h.text)):
            break             # "Минулої доби ворог": "доби" is a nominative only in the plural
        if h.text[:1].isupper() and not h.text.isupper() and h.case == "nomn" and (
                (t.text.isupper() and len(t.text) > 1 and _cases(h.text) <= {"nomn", "voct", "accs"}) or
                ("Fixd" in (t.tags or ()) and t.text[:1].isupper() and not _cases(h.text) & {"ablt", "loct", "datv"})):
            # "На полях саміту НАТО Зеленський": a name in the nominative after an acronym or
            # an indeclinable name ("На зустрічі з Рубіо Сибіга наголосив") opens its own phrase
            break
        if t.text[:1].isupper() and t.pos == "NOUN" and h.pos == "NOUN" and h.text[:1].isupper() and \
                m + 1 == head and h.case == "nomn" and not _can_be(t, "nomn") and \
                _subject_before_verb(toks, head, k) and \
                (not _can_be(h, "gent") or _place_then_person(doc, t, h)):
            # "Під час візиту до Києва Макрон зустрівся": a name in the nominative right before
            # its agreeing verb, after a name in another case (a town's, which governs no
            # person), is that verb's subject
            break
        if t.pos == "NOUN" and h.pos == "NOUN" and t.text[:1].isupper() and h.text[:1].isupper() and \
                not h.text.isupper() and "inan" in (t.tags or ()) and t.case == h.case == "nomn" and \
                not _can_be(h, "gent"):
            break             # "під час атаки на Київ Росія застосувала": two names side by side,
                              # both nominative, are two phrases (a title is animate: "Президент Зеленський")
        if t.pos == "NOUN" and h.pos == "NOUN" and t.text.islower() and h.text[:1].isupper() and \
                h.case == "nomn" and not _can_be(h, "gent") and _number(t) and _number(h) and \
                _number(t) != _number(h):
            break             # "У відповідь на удари Україна атакувала": a name in the nominative
                              # of another number is no complement of the noun before it
        if t.pos == "NOUN" and t.case == "gent" and h.text[:1].isupper() and m - 1 >= lo and \
                toks[m - 1].pos in ("NPRO", "ADJF", "CONJ", "PRCL") and \
                (t.lemma or "") in lexicon().word_list("uncounted_nouns"):
            break             # "Того ж дня США оголосили": a genitive of time heads no name after it
        if t.pos == "NOUN" and m - 1 >= lo and h.text[:1].isupper() and \
                f"{toks[m - 1].norm} {t.norm}" in lexicon().word_list("adverbial_phrases"):
            break             # "У відповідь Іран випустив": a set phrase governs no name after it
        if t.text[:1].isupper() and h.text[:1].isupper() and not h.text.isupper() and m + 1 == head and \
                h.pos == "NOUN" and \
                "Fixd" not in (h.tags or ()) and _mention_edges(doc, t.end, h.start) and \
                "nomn" in (hc := _cases(h.text)) and not hc - {"nomn", "accs", "voct", "gent"}:
            break             # "на обстріли Харкова Сили оборони вдарили": a name that can be the
                              # nominative, right after another name, opens its own phrase
        if t.norm in OWNER_PRONOUNS and t.pos == "NPRO":
            # "його країна передасть", "з її урядом": the owner's genitive says whose; the phrase
            # keeps the case of its noun (a preposition before it still governs the phrase)
            m -= 1
            continue
        if t.is_word:
            head = m
        m -= 1
    return Tie(None, toks[head].case, head, False)


def _plural_subject(toks, n: int, k: int) -> bool:
    """The noun at token n can be a nominative plural and the first finite verb after token k
    (before a comma or the sentence's end) is plural: it is that verb's subject."""
    if not any(p.tag.case == "nomn" and "plur" in p.tag for p in parses(toks[n].text)):
        return False
    for m in range(k + 1, min(len(toks), k + 12)):
        if toks[m].norm in (",", ".", ";", ":", "!", "?"):
            return False
        if _finite(toks[m]):
            return _number(toks[m]) == "plur"
    return False


def _after_place_preposition(toks, m: int, lo: int) -> bool:
    """The name at token m follows "у", "в" or "на" with only its own adjectives between
    ("у Джидді", "у Саудівській Аравії")."""
    p = m - 1
    while p >= lo and toks[p].pos in ("ADJF", "PRTF") and toks[p].text[:1].isupper():
        p -= 1
    return p >= lo and toks[p].norm in ("у", "в", "на")


def _subject_before_verb(toks, head: int, k: int) -> bool:
    """The name at head, alone or first of names joined by "і"/"та"/"й"/a comma ("Макрон і
    Шольц"), stands right before a finite verb that agrees with it (plural after a list)."""
    n = max(head, k) + 1
    joined = False
    while n < len(toks) and n <= head + 8 and (toks[n].norm in ("і", "й", "та", ",") or
                                                (toks[n].text[:1].isupper() and toks[n].pos in ("NOUN", None))):
        joined = joined or toks[n].norm in ("і", "й", "та", ",")
        n += 1
    if n >= len(toks) or not _finite(toks[n]):
        return False
    return _number(toks[n]) == "plur" if joined else _agrees(toks[n], toks[head])


def _place_then_person(doc: Document, t: Token, h: Token) -> bool:
    """The token t stands in a place's mention and h in a person's: a town's name governs no
    person's name after it ("до Києва Макрон")."""
    kinds = {m.type for m in doc.mentions if m.start <= t.start < m.end}
    return "LOC" in kinds and any(m.start <= h.start < m.end and m.type == "PER" for m in doc.mentions)


def _quoted_after_kind(toks, close: int, lo: int) -> int | None:
    """The lowercase noun right before a quoted name of up to three words that ends at the
    closing mark `close` ("ракети «Нептун»", "комплекси «Іскандер-М»"), or None."""
    m = close - 1
    while m >= lo and m >= close - 3 and toks[m].norm not in OPENING_MARKS:
        if not toks[m].is_word and toks[m].norm not in ("-",):
            return None
        m -= 1
    if m - 1 < lo or toks[m].norm not in OPENING_MARKS:
        return None
    kind = toks[m - 1]
    # (the kind's noun in lowercase, or opening the sentence: "Ракети «Нептун» ЗСУ")
    return m - 1 if kind.pos == "NOUN" and (kind.text[:1].islower() or m - 1 == lo) else None


def _title_over_genitive(doc: Document, m: int, name: Token, lo: int) -> int | None:
    """"з головою турецької розвідки Ібрагімом Каліном": a person's title (an animate common
    noun in the name's oblique case) with a genitive complement of up to three lower-case words
    between them heads the name's phrase, as the prepositional complement does
    (`_title_over_complement`). The index of the title word, or None."""
    if not name.text[:1].isupper() or name.case in (None, "nomn", "gent"):
        return None
    toks = doc.tokens
    x = m
    while x >= max(lo, m - 2) and toks[x].is_word and toks[x].text.islower() and \
            toks[x].pos in ("NOUN", "ADJF") and toks[x].case == "gent":
        x -= 1
    if x == m or x < lo:
        return None
    title = toks[x]
    if title.pos == "NOUN" and title.text.islower() and "anim" in (title.tags or ()) and \
            title.case == name.case:
        return x
    return None


def _title_over_complement(doc: Document, m: int, name: Token, lo: int) -> int | None:
    """"з кандидатом у президенти Дональдом Трампом", "з кандидатом на посаду президента
    Трампом": a title noun (or an adjective used as one) in the name's case, with a
    prepositional complement of up to three words between them (or two, the first in the
    genitive), heads the name's phrase. The index of the title word, or None."""
    if not name.text[:1].isupper() or name.case in (None, "nomn", "gent"):
        return None
    toks = doc.tokens
    # (up to two such complements: "на уповноважену з прав дитини в РФ Марію Львову-Бєлову")
    for _ in range(2):
        x = m
        while x >= max(lo, m - 3) and toks[x].is_word and toks[x].pos in ("NOUN", "ADJF", None):
            x -= 1
        if x - 1 < lo or toks[x].pos != "PREP":
            return None
        title = toks[x - 1]
        # (a title may be an adjective used as a noun: "на уповноважену з прав дитини Марію
        # Львову-Бєлову")
        if title.pos in ("NOUN", "ADJF") and title.text.islower() and name.case in _cases(title.text):
            return x - 1
        if title.pos != "NOUN" or not title.text.islower() or title.case != "gent":
            return None     # (only a genitive goes on a complement: "з прав дитини в РФ")
        m = x - 1
    return None
