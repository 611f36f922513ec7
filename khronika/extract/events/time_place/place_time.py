"""Where and when an event happened: the place from a locative phrase ("в Женеві", "до
Варшави" for a visit; not a name in a title or a topic), the time from the clause's timex, else
the sentence's.
"""
from __future__ import annotations

import re

from ....chronicle.timerange import day_or_finer, value_range
from ....document import Document, Timex
from ..grammar.backgrounds import background_start
from ..grammar.clauses import COORD, NP_POS, _can_be, _cases, _in_timex, lemma_of_tok, subject_of_next_verb
from ...timex.datelines import report_stamp
from ..lexicon.compiled import Lexicon, lexicon
from ..grammar.marks import CLOSING_MARKS, OPENING_MARKS
from ..grammar.names import Arg, token_index_at
from .narrated_time import unanchored_hour
from ...timex.lexicon import lexicon as timex_lexicon
from .since_clauses import in_since_clause
from ..arguments.states import place_country


TIME_TYPES = ("DATE", "TIME")


RELATIVE_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def place_of(doc: Document, args: list[Arg], lo: int, hi: int, lex: Lexicon,
             visit: bool = False, trigger: int | None = None) -> tuple[str | None, set[int]]:
    """The first LOC name after в/у/на in the locative ("в Женеві", "у Туреччині") or after a
    word of nearness ("під Курськом", "біля Покровська"), or after "до" for a visit; returns the entity and the starts of the args used, which are then not
    counted as participants. `trigger`: the event's own word, whose phrase keeps its place."""
    # ("Під Курськом військові взяли в полон 20 росіян", "Біля Покровська ворог атакував":
    # a town a happening was near places it, as near_places.py keeps it for strikes)
    preps = lex.word_list("place_prepositions") | lex.word_list("near_prepositions")
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
        # (a target: "удар на Київ"), unless a visit goes there ("прибув на Київщину")
        # ("атака на Ізраїль": a name whose accusative is its nominative, read first as one, and
        # no locative, is a target too)
        target = doc.tokens[k].case == "accs" or ("accs" in _cases(doc.tokens[k].text) and
                                                  "loct" not in _cases(doc.tokens[k].text))
        if prev.norm in preps and not (prev.norm == "на" and target and not visit) and \
                not _invaded(doc, k, lo, lex) and \
                not _in_topic(doc, k - 1, lo, lex, trigger) and not _in_title(doc, k - 1, lo, lex) and \
                not _compared_within(doc, k - 1, lo, lex) and not _in_quoted_name(doc, k - 1, lo) and \
                not (trigger is not None and _of_other_happening(doc, k - 1, lo, trigger, lex)):
            return a.entity, {a.start}
    return None, set()


def _of_other_happening(doc: Document, p: int, lo: int, trigger: int, lex: Lexicon) -> bool:
    """"запровадили санкції ... після так званого референдуму в Криму": the place after the
    preposition at p follows a noun that a preposition of sequence ("після", "перед",
    "напередодні") or of background ("на тлі", "в розпал") governs, and that noun is not the trigger: it is where that other happening was, not
    where the trigger's act took place ("після зустрічі в Парижі" keeps Paris for the meeting)."""
    toks = doc.tokens
    n = p - 1
    if n > lo and n != trigger and (toks[n].pos == "PRTF" or (
            toks[n].pos == "ADJF" and {"pssv", "actv"} & set(toks[n].tags or ()))) and (
            toks[n - 1].pos == "NOUN" or (toks[n - 1].norm == "," and n - 2 >= lo and toks[n - 2].pos == "NOUN")):
        return True       # "на двох росіян, засуджених в Україні": where the participle's act was
    if _struck_site(toks, p, lo, trigger, lex):
        return True
    if n >= lo and n != trigger and p < trigger and toks[n].pos == "NOUN" and toks[n].text.islower() and \
            _next_in_list(toks, p + 1, trigger):
        return True       # "переговори в Джидді і нові обстріли": the place of the noun it follows
    if n < lo or toks[n].pos != "NOUN" or n == trigger:
        return False
    m = n - 1
    while m >= lo and toks[m].pos in ("ADJF", "PRTF") or (m >= lo and toks[m].norm == "так"):
        m -= 1
    if m >= lo and m != trigger and toks[m].norm in lex.word_list("sequence_prepositions"):
        return True
    # ("запровадили санкції в розпал кризи в Червоному морі", "на тлі війни в Україні": where the
    # background is, not where the act took place)
    return m != trigger and background_start(lex, toks, n, lo) is not None


def _next_in_list(toks, m: int, trigger: int) -> bool:
    """From the place name at m only a conjunction and the trigger's modifiers lead on to the
    trigger ("в Джидді і нові обстріли"): the trigger is the next item of a list of nouns."""
    while m < trigger and not toks[m].text.islower():
        m += 1
    rest = toks[m:trigger]
    return any(t.norm in COORD for t in rest) and all(t.norm in COORD or t.pos in ("ADJF", "PRTF") for t in rest)


def _struck_site(toks, p: int, lo: int, trigger: int, lex: Lexicon) -> bool:
    """"засуджують ракетний удар Росії по селу Гроза на Харківщині": the place after p hangs on
    the site a strike noun other than the trigger hit ("по" + the site), so it is where that
    strike was, not where the condemnation was made."""
    m = p - 1
    while m > lo and (toks[m].pos in ("NOUN", "ADJF", "PRTF") or not toks[m].text.islower()):
        if toks[m].norm in lex.word_list("strike_prepositions"):
            break
        m -= 1
    if m <= lo or toks[m].norm != "по":
        return False
    return any(k != trigger and lemma_of_tok(toks[k]) in lex.word_list("harm_nouns")
               for k in range(max(lo, m - 4), m))


def _invaded(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """"вторглися в Грузію", "вторгнення в Україну": the land after an invasion word and "в"/"у"
    in the accusative is the one invaded (a recipient), not only where it happens."""
    return k - 2 >= lo and doc.tokens[k - 1].norm in ("в", "у") and doc.tokens[k].case == "accs" and \
        lemma_of_tok(doc.tokens[k - 2]) in lex.word_list("invasion_words")


def visited_object(lex: Lexicon, doc: Document, args: list[Arg], i: int, lo: int, hi: int) -> Arg | None:
    """"а 14 березня він відвідає Оттаву": a visit verb that is the trigger itself names its
    destination as its object; that town is the place before any other town of the sentence."""
    t = doc.tokens[i]
    if t.pos != "VERB" or lemma_of_tok(t) not in lex.modes.get("CONSULT", {}).get("visit", frozenset()) \
            or not (lo <= i + 1 < hi):
        return None
    nxt = doc.tokens[i + 1]
    # ("відвідав звільнений Херсон", "відвідала прифронтовий Харків": past the words that
    # describe the town, in its accusative; "відвідав сьогодні Одесу", "відвідав у понеділок
    # Київ", "відвідав нашу Одесу": past a time said between the verb and its object and a
    # possessive or demonstrative pronoun)
    n = i + 1
    named = {a.start for a in args if a.kind == "mention"}    # "Миколаїв" parses as an adjective too
    while n < min(hi - 1, i + 5) and doc.tokens[n].start not in named and (
            doc.tokens[n].pos in ("ADJF", "PRTF", "NPRO") and "accs" in _cases(doc.tokens[n].text)
            or doc.tokens[n].is_word and _in_timex(doc, doc.tokens[n])
            or doc.tokens[n].pos == "PREP" and _in_timex(doc, doc.tokens[n + 1])
            or doc.tokens[n].pos == "ADVB" and n == i + 1):
        n += 1
    after = next((a for a in args if a.kind == "mention" and (a.etype or "") == "LOC"
                  and a.start in (nxt.start, doc.tokens[n].start)), None)
    if after is not None or i - 1 < lo:
        return after
    # "Київ відвідав президент Швейцарії", "Бучу відвідала делегація": the town fronted in the
    # accusative, the visitor after the verb in the nominative ("Делегація Польщі відвідала":
    # a genitive before the verb is the visitor's state)
    p = i - 1
    while p > lo and doc.tokens[p].pos == "ADVB":
        p -= 1                    # "Харків учора відвідав ..."
    prev = doc.tokens[p]
    # (past "й", "також" and a possessive before the visitor: "Ірпінь відвідали й ваші колеги")
    q = i + 1
    while q < min(hi - 1, i + 3) and (doc.tokens[q].pos in ("CONJ", "PRCL", "ADVB") or
                                      doc.tokens[q].pos == "NPRO" and doc.tokens[q].case == "nomn"):
        q += 1
    nxt = doc.tokens[q]
    if "accs" not in _cases(prev.text) or not (nxt.pos == "NOUN" and "nomn" in _cases(nxt.text) or
                                              nxt.pos in ("ADJF", "PRTF") and nxt.case == "nomn"):
        return None
    return next((a for a in args if a.kind == "mention" and (a.etype or "") == "LOC"
                 and a.start <= prev.start < a.end and a.end == prev.end), None)


def _in_title(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """"Посол України в Німеччині", "представник президента в Криму": the place after an
    envoy's title is part of the title (where he serves), not where the happening is."""
    titles = lex.word_list("envoy_titles")
    crossed = False
    for m in range(k - 1, max(lo, k - 5) - 1, -1):
        t = doc.tokens[m]
        if lemma_of_tok(t) in titles:
            # "зустріч в Офісі Президента в Києві": an office named as the venue is in the town
            # ("ордер на уповноважену з прав дитини в РФ": a person's title in the accusative
            # is no venue)
            return not (m > lo and doc.tokens[m - 1].norm in lex.word_list("place_prepositions") and
                        "loct" in _cases(t.text))
        if t.norm in ("з", "із") and not crossed and m < k - 1:
            crossed = True      # "уповноважена з прав дитини в РФ": the field of the title
            continue
        # over the title's owner ("України", "президента") and its adjectives
        if not t.is_word or t.pos not in ("NOUN", "ADJF") or (m < k - 1 and t.case != "gent"):
            return False
    return False


def _in_quoted_name(doc: Document, k: int, lo: int) -> bool:
    """"форум «Безпека в Мюнхені» у Празі", "фільм «Зустріч у Парижі»": a place inside the
    quoted name of a forum, a film or a law belongs to the name; it is not where anything
    happens. Only a quote opened right after a noun counts as a name: a quote after a colon or
    a dash is speech, and a place told there is the speaker's account of where."""
    depth, opener = 0, None
    for m in range(lo, k):
        t = doc.tokens[m].text
        if t in OPENING_MARKS and (depth == 0 or t not in CLOSING_MARKS):
            depth, opener = depth + 1, m
        elif t in CLOSING_MARKS and depth:
            depth -= 1
    if not depth or opener is None or opener - 1 < lo:
        return False
    before = doc.tokens[opener - 1]
    return before.is_word and before.pos == "NOUN"


def _compared_within(doc: Document, k: int, lo: int, lex: Lexicon) -> bool:
    """"Чи не єдиний у Європі відверто підтримує Путіна", "найбільша в Україні атака": after
    "єдиний", "перший" or a superlative the place is the field compared within, not where the
    happening is."""
    if k - 1 < lo:
        return False
    t = doc.tokens[k - 1]
    return lemma_of_tok(t) in lex.word_list("comparison_words") or \
        (t.pos in ("ADJF", "COMP") and t.norm.startswith("най"))


def _in_topic(doc: Document, k: int, lo: int, lex: Lexicon, trigger: int | None = None) -> bool:
    """A place phrase inside a topic ("щодо підсумків візиту в США") is the topic's place; but
    when the event is the topic's own noun ("Після зустрічі в Парижі Макрон заявив": the
    meeting), the place is its own."""
    topic = lex.word_list("topic_prepositions")
    situations = lex.word_list("situation_nouns")
    m = k - 1
    while m >= lo:
        t = doc.tokens[m]
        if m == trigger and t.pos == "NOUN":
            return False        # (a verb trigger is the topic's own verb: "обговорили відновлення мостів у ...")
        if t.norm in topic or (m == k - 1 and lemma_of_tok(t) in situations):
            return True           # ("обговорили ситуацію в Молдові": where the situation is)
        if m == k - 1 and _placed_topic(doc, m, lo, lex):
            return True
        if not (t.pos in NP_POS or t.pos is None) or not t.is_word:
            return _gathering_topic(doc, m, k, lo, lex)
        m -= 1
    return False


def _placed_topic(doc: Document, m: int, lo: int, lex: Lexicon) -> bool:
    """"обговорили війну в Україні", "обговорив з Макроном вибори в Молдові": a happening with a
    place of its own (`placed_topic_nouns`), the object of the clause's verb of discussion,
    keeps the place after it; the talk is not held there."""
    toks = doc.tokens
    if lemma_of_tok(toks[m]) not in lex.word_list("placed_topic_nouns") or \
            not (_can_be(toks[m], "accs") or _can_be(toks[m], "datv")):
        return False
    for x in range(m - 1, lo - 1, -1):
        t = toks[x]
        if not t.is_word and t.norm != ",":
            return False
        if t.pos in ("VERB", "INFN", "GRND") or \
                (t.pos in ("PRTF", "ADJF") and lemma_of_tok(t) in lex.word_list("topic_verbs")):
            # (a participle of dedication: "засідання, присвячене війні в Україні")
            return lemma_of_tok(t) in lex.word_list("topic_verbs")
    return False


def _gathering_topic(doc: Document, m: int, k: int, lo: int, lex: Lexicon) -> bool:
    """"обговорили підготовку до саміту НАТО у Вільнюсі": a place after a gathering noun inside
    the object of a verb of discussion is that gathering's place, not the talk's. `m` is where
    the plain noun phrase before the place (from `k`) stopped."""
    gatherings = lex.word_list("gathering_nouns")
    topic_verbs = lex.word_list("topic_verbs")
    toks = doc.tokens
    # the object of a verb of discussion opens right after it, at m + 1
    topic_object = m + 1 < k and toks[m].is_word and toks[m].pos in ("VERB", "INFN") and \
        lemma_of_tok(toks[m]) in topic_verbs and _can_be(toks[m + 1], "accs")
    if topic_object and toks[m + 1].pos in ("NOUN", "ADJF") and \
            any(toks[x].pos == "NOUN" and _can_be(toks[x], "gent") for x in range(m + 2, k)):
        # "обговорили безпеку судноплавства в Чорному морі": a place after the object of a verb
        # of discussion, past a genitive that the object governs, is the topic's ("обговорили
        # в Анкарі безпеку ..." places the talk; "обговорили співпрацю в Києві" may too)
        return True
    if topic_object and m + 2 == k and toks[m + 1].pos == "NOUN" and \
            lemma_of_tok(toks[m + 1]).endswith(("ння", "ття")) and \
            lemma_of_tok(toks[m + 1]) not in lex.word_list("open_topic_nouns"):
        # "обговорили розміщення в Україні сил", "обговорили відновлення в Україні енергосистеми":
        # the place of an act named by its verbal noun is the act's ("обговорили питання в
        # Києві" may place the talk)
        return True
    if not any(lemma_of_tok(doc.tokens[x]) in gatherings for x in range(m + 1, k)):
        return False
    while m >= lo:
        t = doc.tokens[m]
        if not t.is_word and t.norm != ",":
            return False      # (a comma may join the objects: "обговорили посилення ППО, підготовку саміту у Вільнюсі")
        if t.pos in ("VERB", "INFN", "GRND"):
            return lemma_of_tok(t) in topic_verbs
        m -= 1
    return False


def time_of(doc: Document, trig_start: int, clause: tuple[int, int], sent: tuple[int, int],
            exclude: list[tuple[int, int]] = (), timexes=None) -> Timex | None:
    """The timex of the trigger's clause nearest the trigger; else the sentence's first timex
    when it opens the sentence and so governs it ("Сьогодні Рустем Умєров на зустрічах ...").
    "Зараз", "цими днями" date nothing: an event gets no time rather than a guessed one, and
    a report's own dateline or stamp (`datelines.report_stamp`) dates none of what it tells,
    nor does a time before a since-clause date what the clause tells (`since_clauses`)."""
    def usable(t: Timex) -> bool:
        return t.type in TIME_TYPES and bool(t.value) and t.value not in RELATIVE_VAGUE \
            and not any(a <= t.start < b for a, b in exclude) and not _count_start(doc, t) \
            and not span_bound(doc, t) and not report_stamp(doc, t) and not unanchored_hour(doc, t) \
            and not count_anchor(doc, t, timexes) \
            and not (t.end <= trig_start and in_since_clause(doc, t.end, trig_start))
    c_lo, c_hi = clause
    s_lo, s_hi = sent
    timexes = doc.timexes if timexes is None else timexes
    in_clause = [t for t in timexes if usable(t) and t.start >= c_lo and t.end <= c_hi]
    if in_clause:
        near = min(in_clause, key=lambda t: (t.value in RELATIVE_VAGUE, abs(t.start - trig_start)))
        return _refined(doc, near, in_clause)
    in_sent = [t for t in timexes if usable(t) and t.start >= s_lo and t.end <= s_hi]
    if not in_sent:
        return None
    first = min(in_sent, key=lambda t: t.start)
    if first.start - s_lo <= 12:
        return _refined(doc, first, in_sent)
    return None


_ANCHOR_GAP = re.compile(r"\s+(\S+)\s+$")


def count_anchor(doc: Document, t: Timex, timexes) -> bool:
    """"Через тиждень після Дня Незалежності", "за два тижні до 24 лютого": the day a count
    runs from (the timex layer dated the count itself: a week after it) dates nothing that
    happens; the event takes the day counted to. Only right after a count opened by "через" or
    "за" and "після", "до" or "перед" ("з 24 лютого до 5 березня" is a range, both its days)."""
    lex = timex_lexicon()
    before = [u for u in timexes if u.end <= t.start and t.start - u.end <= 12]
    if not before:
        return False
    u = max(before, key=lambda x: x.end)
    m = _ANCHOR_GAP.fullmatch(doc.text, u.end, t.start)
    return bool(m) and m.group(1).lower() in lex.anchor_date_preps and u.type == "DATE" \
        and _word_before(doc.text, u.start) in lex.anchor_count_preps


def _word_before(text: str, at: int) -> str:
    words = text[max(0, at - 40):at].rstrip().rsplit(None, 1)
    return words[-1].lower() if words else ""


_NARROWING_GAP = re.compile(r"[\s,]*(?:[уУвВ]|на|об?)?\s*$")


def _refined(doc: Document, t: Timex, others: list[Timex]) -> Timex:
    """"торік восени", "Минулого року в березні": a year told and, right after it, the season
    or month of that year; the event is dated by the narrower one ("2024-FA", not "2024");
    so is a day by its clock time after "о" ("15 червня о 14:00")."""
    for u in others:
        if u.start >= t.end and _NARROWING_GAP.match(doc.text[t.end:u.start]) and \
                len(u.value) > len(t.value) and u.value.startswith(t.value):
            return u
    return t


def _count_start(doc: Document, t: Timex) -> bool:
    """"Перші з 2022 року переговори", "наймасованіша атака від початку року": the year is
    where a count of such events starts, not when this one happened."""
    s = doc.sentences[doc.sentence_at(t.start)]
    k = token_index_at(doc, t.start, s.first_token, s.last_token)
    if k is None or k - 2 < s.first_token:
        return False
    lex = lexicon()
    if doc.tokens[k - 1].norm not in lex.word_list("since_prepositions") | lex.word_list("after_prepositions"):
        return False
    after = token_index_at(doc, t.end - 1, k, s.last_token)
    if after is not None and after + 1 < s.last_token and doc.tokens[after + 1].norm in ("по", "до"):
        return False              # "з 10 по 12 березня": a range, not a count's start
    markers = lex.word_list("since_markers")
    # ("Це перша зустріч лідерів двох країн з початку вторгнення": the marker opens the phrase)
    for m in range(k - 2, max(s.first_token, k - 9) - 1, -1):
        marker = doc.tokens[m]
        if not marker.is_word:
            return False
        if (marker.lemma or marker.norm) in markers or marker.norm in markers or \
                (marker.pos in ("ADJF", "ADVB", "COMP") and marker.norm.startswith("най")) or \
                (marker.text[:1].isdigit() and marker.text.rstrip("йгоюмуї-").isdigit() and marker.text[-1:] in "йгоюмуї"):
            # ("це її третій візит від початку вторгнення", "5-й візит з 2022 року": an ordinal)
            return True
    return False


def span_bound(doc: Document, t: Timex) -> bool:
    """"Від початку року Росія атакувала Харків понад сто разів", "з 2022 року повернула 500
    полонених", "до кінця місяця передасть": a since- or until-phrase bounds the stretch over
    which things are counted or by which they are due; it dates no single happening, and a
    reader shown the year's first day or the month's end as the event's date is misled. Kept:
    a range's parts ("з 10 по 12 березня"), a day a change starts ("з 1 січня припинив"), the
    start of what is to come ("з квітня запровадить") and the start of the report's own day."""
    s = doc.sentences[doc.sentence_at(t.start)]
    k = token_index_at(doc, t.start, s.first_token, s.last_token)
    if k is None or k - 1 < s.first_token:
        return False
    lex = lexicon()
    prev = doc.tokens[k - 1].norm
    if prev in lex.word_list("until_prepositions"):
        # "з 10 до 12 березня": the end of a range whose start is told just before
        return not (k - 2 >= s.first_token and doc.tokens[k - 2].text[:1].isdigit())
    if prev not in lex.word_list("since_prepositions"):
        return False
    after = token_index_at(doc, t.end - 1, k, s.last_token)
    if after is not None and after + 1 < s.last_token and doc.tokens[after + 1].norm in ("по", "до"):
        return False              # a range, not a stretch from a start
    if doc.tokens[k].norm in lex.word_list("span_start_nouns"):
        # "з початку року", "від початку вторгнення"; but a stretch from the start of the
        # report's own day ("З початку доби відбулося 85 боїв") lies within that day, its date
        return not (doc.date is not None and t.value == doc.date.isoformat())
    toks = doc.tokens[s.first_token:s.last_token]
    if any(x.tense == "futr" for x in toks):
        return False
    if day_or_finer(t.value):
        return _counted_since(doc, k, after, s.last_token, lex)
    return True


def _counted_since(doc: Document, k: int, after: int | None, hi: int, lex: Lexicon) -> bool:
    """"Із 24 лютого окупанти зруйнували понад 500 шкіл", "з 1 березня повернули додому 300
    людей": a day after "з" with a count told after it starts the stretch over which the count
    runs, up to the time of writing; no one happening took place on that day. With nothing
    counted it is the day a change starts ("з 1 січня припинив транзит") and dates it."""
    if after is None:
        return False
    if not (doc.tokens[k].text[:1].isdigit() or doc.tokens[k].case == "gent"):
        return False              # ("привітала Україну з Великоднем": "з" with, no start)
    quantity = lex.word_list("since_count_words")
    for x in doc.tokens[after + 1:hi]:
        if _in_timex(doc, x):
            continue
        if x.text[:1].isdigit() or x.pos == "NUMR" or lemma_of_tok(x) in quantity or x.norm in quantity:
            return True
    return False


def gap_time(doc: Document, sent, first, copy_, m: int, dash: int) -> None:
    """A happening told again after a dash with its verb left out ("Вранці – з Туском,
    увечері – з Мелоні"): the copy takes the time written between token m and the dash; the
    first mention, if it had taken that same time, keeps the one written before the gap."""
    toks = doc.tokens
    gap = (toks[m].start, toks[dash].start)
    tx = time_of(doc, toks[m].start, gap, gap, (), sent.timexes)
    if tx is None:
        return
    copy_.time, copy_.time_range = {"value": tx.value, "mod": tx.mod}, value_range(tx.value, tx.mod)
    if first.time == copy_.time:
        before = (sent.start, toks[m].start)
        own = time_of(doc, first.trig[0], before, before, (), sent.timexes)
        first.time, first.time_range = ({"value": own.value, "mod": own.mod},
                                        value_range(own.value, own.mod)) if own else (None, None)


def struck_places(doc: Document, args: list[Arg], used: set[int], lo: int, hi: int, place: str | None,
                  recipients: list[str]) -> str | None:
    """"Тривають обстріли на Донеччині та Запоріжжі": the towns and regions listed right after
    the place of a strike (joined by commas and conjunctions only) are hit as well, so each is a
    recipient; a strike told over several places has no single place. Returns the place kept."""
    toks, towns = doc.tokens, place_country()
    first = next((a for a in args if a.start in used), None)
    if place is None or first is None:
        return place
    end = token_index_at(doc, first.end - 1, lo, hi)
    more: list[str] = []
    for a in sorted(args, key=lambda x: x.start):
        k = token_index_at(doc, a.start, lo, hi) if a.start > first.start else None
        if k is None or end is None or k <= end:
            continue
        if k == end + 1 or not all(toks[m].norm in COORD for m in range(end + 1, k)) or \
                a.kind != "mention" or a.entity not in towns or \
                (_can_be(toks[k], "nomn") and subject_of_next_verb(toks, a.end, k, hi)):
            break         # ("удар по Курську, а Київ заперечив": Kyiv opens a clause of its own)
        more.append(a.entity)
        end = token_index_at(doc, a.end - 1, k, hi)
    more = [x for x in more if x != place]
    if not more:
        return place
    recipients.extend(x for x in [place, *more] if x not in recipients)
    return None
