"""The clause's grammar the sides are read from, over pymorphy3's readings: the clause a
trigger stands in and the verb governing it (`clause_of_trigger`), coordination, agreement of
subject and verb, and names in the vocative (addressed, no party).

These are the questions every layer of the event rules asks of a word or a stretch of words
(what cases can this form have, is it a finite verb, does this verb agree with that noun,
where does this clause end), so they live in one module that knows nothing of the walk from
a name to what governs it (`tie_of`): that walk is built over them and lives in `ties`, which
imports from here and never the reverse.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate
from functools import lru_cache

from ....document import Document, Token
from ...morph import case_of, parses, readings
from ..lexicon.compiled import Lexicon
from .names import Arg, token_starts


@lru_cache(maxsize=100_000)
def _cases(word: str) -> frozenset[str]:
    """Every case a word form can have ("Будапешт" is nominative or accusative). Kept per
    form (a pure function of the string): the event rules ask it of the same few words of a
    sentence over and over, ~25 times a candidate."""
    return frozenset(c for c in map(case_of, readings(word)) if c)


@lru_cache(maxsize=50_000)
def _case_numbers(word: str) -> frozenset[tuple[str, bool]]:
    """Every (case, plural) a word form can have: "доби" is a nominative only in the plural.
    Kept per form, as `_cases`."""
    return frozenset((c, "plur" in p.tag) for p in readings(word) if (c := case_of(p)))


CLAUSE_CONJ = {"і", "й", "та", "а", "але", "проте", "однак", "тому", "тож"}


COORD = {",", "і", "й", "та", "а", "також", "чи", "або"}


NP_POS = {"NOUN", "ADJF", "ADJS", "PRTF", "NUMR", "NPRO"}


def _in_timex(doc: Document, t: Token) -> bool:
    """The token starts inside a time expression. The starts are kept per document: the
    phrase walks ask it of every word they pass. Each time expression takes the token starts
    in its span by bisection (testing every token against every time expression cost a
    long document tokens x expressions: 2% of the pipeline on official statements)."""
    cached = doc.meta.get("_timex_token_starts")
    if cached is None or cached[0] != len(doc.timexes):
        at = token_starts(doc)
        starts = frozenset(s for tx in doc.timexes
                           for s in at[bisect_left(at, tx.start):bisect_left(at, tx.end)])
        cached = (len(doc.timexes), starts)
        doc.meta["_timex_token_starts"] = cached
    return t.start in cached[1]


def _in_name(doc: Document, t: Token) -> bool:
    """The token lies inside a name the entity layer found ("Александер де Кроо": its "де" is
    a name particle, not the "де" that opens a clause). The spans are kept per document,
    sorted by start, as `_in_timex` keeps its starts."""
    cached = doc.meta.get("_name_spans")
    if cached is None or cached[0] != len(doc.mentions):
        spans = sorted((m.start, m.end) for m in doc.mentions)
        # the furthest end of the names begun so far: a token is inside one when before it
        cached = (len(doc.mentions), [a for a, _ in spans], list(accumulate((b for _, b in spans), max)))
        doc.meta["_name_spans"] = cached
    _, starts, reach = cached
    k = bisect_right(starts, t.start) - 1
    return k >= 0 and t.start < reach[k]


def _any_infinitive(t: Token) -> bool:
    """Some reading of the word is an infinitive ("розколоти" is read first as an imperative)."""
    return t.pos == "INFN" or "infn" in (t.tags or ()) or any("infn" in p.tag.grammemes for p in parses(t.text))


def light_infinitive(word: str, light: frozenset[str]) -> bool:
    """The word can be the infinitive of a light verb ("вести", "провести"), whatever reading
    the tagger chose for it in its sentence ("небажанням Кремля вести переговори": a noun)."""
    return any("infn" in p.tag.grammemes and p.normal_form in light for p in parses(word))


def _finite(t: Token) -> bool:
    return t.pos == "VERB" and bool(t.tense) and "infn" not in (t.tags or ())


def telling_word(toks: list[Token], lo: int, k: int, is_head, between: tuple[str, ...]) -> int | None:
    """The word that tells the trigger at token k: the trigger itself when `is_head` takes it,
    or the word whose object the trigger noun is ("завдали авіаудару", "провівши переговори"),
    with at most two words of the `between` parts of speech in between; else None."""
    if is_head(toks[k]):
        return k
    if toks[k].pos != "NOUN":
        return None
    m = k - 1
    while m >= lo and k - m <= 3 and toks[m].is_word and toks[m].pos in between:
        m -= 1
    return m if m >= lo and is_head(toks[m]) else None


def _np_word(t: Token) -> bool:
    """A word that can stand inside a noun phrase chain (names the morphology does not know
    are capitalised words or abbreviations)."""
    if not t.is_word:
        return t.norm in ("«", "»", '"', "'", "\u201c", "\u201d")
    return t.pos in NP_POS or t.pos is None


def _subject_of_next_verb(toks: list[Token], k: int) -> bool:
    """The name at token k (a word or two of a capitalised name after it) stands right before a
    finite verb that agrees with it."""
    v = k + 1
    while v < len(toks) and v <= k + 3 and toks[v].is_word and toks[v].text[:1].isupper():
        v += 1
    return v < len(toks) and _finite(toks[v]) and _agrees(toks[v], toks[k])


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
        if "nomn" in want and _subject_of_next_verb(toks, k):
            return None     # "Виступаючи в ООН, Зеленський закликав": the subject of the verb after it
        if toks[k].pos in ("ADJF", "PRTF") and {"pssv", "actv"} & set(toks[k].tags or ()):
            return None     # "збитків, завданих агресією Росії": a participle's phrase qualifies the noun
        x = m
        while x >= lo and toks[x].is_word and toks[x].pos not in ("PREP", "VERB", "CONJ") and m - x < 6:
            cases = _cases(toks[x].text)
            if toks[x].text.isupper() and x - 1 >= lo and toks[x - 1].pos == "NOUN":
                cases = {"gent"}     # "у Генасамблеї ООН, Зеленський": an acronym after a noun is its genitive
            if toks[x].pos in ("NOUN", "ADJF", "NPRO", None) and cases & want:
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


def _person_named(doc: Document, t) -> bool:
    """A person's name that can be a nominative ("а Сибіга провів": the dictionary reads the
    surname first as a plural noun, which does not agree with the verb)."""
    if "nomn" not in _cases(t.text):
        return False
    for m in doc.mentions:
        if m.start == t.start and m.entity:
            ent = doc.entities.get(m.entity)
            return ent is not None and ent.type == "PER"
    return False


def for_now(doc: Document, k: int, lo: int, hi: int, lex: Lexicon) -> bool:
    """"поки що", "Шольц поки відмовляється": the adverb "for now", no clause of a wish or a
    time ("поки ми воюємо") that would part the verb from its subject."""
    toks = doc.tokens
    if toks[k].norm not in lex.word_list("for_now_blockers"):
        return False
    if k + 1 < hi and toks[k + 1].norm == "що":
        return True
    before = toks[k - 1] if k > lo else None
    return before is not None and before.is_word and \
        ((before.case == "nomn" and before.pos == "NOUN") or _person_named(doc, before)) and \
        k + 1 < hi and (_finite(toks[k + 1]) or toks[k + 1].norm == "не")


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
            while m < s_hi and toks[m].norm not in subs and \
                    (toks[m].norm not in (";", ",", ":") or _name_list_comma(toks, m, s_hi)):
                if _finite(toks[m]):
                    gov = m
                    break
                m += 1
    a = min(i, gov) if gov is not None else i
    b = max(j - 1, gov) if gov is not None else j - 1
    lo, edge, conj = a, None, None
    while lo - 1 >= s_lo:
        t = toks[lo - 1]
        if (_finite(t) and lo - 1 != gov) or (t.norm in subs and not _in_timex(doc, t) and not _in_name(doc, t)
                                               and not for_now(doc, lo - 1, s_lo, s_hi, lex)) \
                or t.norm == ";" \
                or t.pos == "GRND":
            # ("Три роки тому делегації ... зустрілися": "тому" of a time expression opens no clause)
            edge = lo - 1
            break
        if t.norm in (",", "-", "–", "—") and gov is not None and gov == lo and \
                (toks[gov].lemma or "") in lex.word_list("attribution_verbs"):
            # "Туреччина готова прийняти переговори, заявив Ердоган після розмови з Путіним":
            # the words before an attribution verb after a comma are what was said, not its clause
            edge = lo - 1
            break
        if t.norm == "," and gov is not None and gov >= lo and _condition_behind(toks, lo - 2, s_lo, lex) and \
                any(x.pos in ("NOUN", "NPRO") and x.case == "nomn" for x in toks[lo:gov]):
            # "Якщо Росія вдарить по енергетиці, Україна завдасть ударів": the condition before the
            # comma is a clause of its own, and so is the one with a subject of its own after it
            edge = lo - 1
            break
        opener = lo + 2 if t.norm == "," and gov is not None and lo + 2 <= gov and \
            f"{toks[lo].norm} {toks[lo + 1].norm}" in lex.word_list("adverbial_phrases") else lo
        if t.norm == "," and gov is not None and gov >= opener and _finite(toks[gov]) and \
                toks[opener].pos in ("NOUN", "NPRO") and toks[opener].case == "nomn" and \
                _agrees(toks[gov], toks[opener]) and _finite_before(toks, lo - 2, s_lo, subs):
            # ("..., у відповідь Польща підняла в повітря винищувачі": past a set adverbial phrase)
            # "Росія звинуватила Україну в обстрілі, Київ ці звинувачення відкинув": after a comma
            # a subject of its own opens a clause of its own; the object before is the other verb's
            edge = lo - 1
            break
        if t.norm == "," and gov is not None and gov > lo and _finite(toks[gov]) and \
                toks[lo].norm in lex.word_list("adversative_conjunctions") and \
                lo + 1 < gov and toks[lo + 1].norm not in lex.word_list("conjunction_joiners") and \
                not any(x.norm == "," for x in toks[lo:gov]) and \
                (any((x.pos in ("NOUN", "NPRO") and x.case == "nomn" and _agrees(toks[gov], x)) or
                     _person_named(doc, x) for x in toks[lo + 1:gov]) or
                 _said_in_body(toks, lo + 1, gov, s_lo, subs)):
            # "Ми готові до всього, але вчора ворог атакував Одесу": after a comma and "але" a
            # subject of its own opens a clause of its own, though the one before has no verb
            # (and so does a body told as a place with an impersonal plural, "проте в ЗСУ це
            # спростували", after a clause with a verb of its own)
            # (not an aside closed by a comma: "Сили оборони, але не лише вони, відбили ...")
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
    kinds = {x.type for x in lex.by_lemma.get(lemma_of_tok(toks[i]), ())}   # the trigger's types
    while hi < s_hi:
        t = toks[hi]
        if (_finite(t) and hi != gov) or (t.norm in subs and not _in_timex(doc, t) and not _in_name(doc, t)) \
                or t.norm == ";" \
                or t.pos == "GRND":
            break
        if own_rel is not None and not t.is_word and t.norm in (",", "–", "—", "-", ":"):
            break
        if t.norm in ("–", "—", "-") and hi + 1 < s_hi and toks[hi + 1].norm in CLAUSE_CONJ:
            break                                 # "Вони захопили Крим – а ми нібито винуваті"
        if t.norm in ("і", "й", "та") and hi > j and hi + 1 < s_hi and hi + 1 != gov and \
                (toks[hi + 1].pos == "INFN" or "infn" in (toks[hi + 1].tags or ())) and \
                any(toks[m].is_word and not _any_infinitive(toks[m]) for m in range(j, hi)):
            # "пообіцяли посилити тиск на Росію та підтримувати Україну": an infinitive joined
            # after the trigger's own words tells another act, with its own object ("надати та
            # доставити зброю Україні" shares it: nothing stands between; nor do infinitives listed
            # one after another, "шантажувати, розколювати й послаблювати європейців")
            break
        if gov is None and t.norm in (":", "–", "—", "-") and _verb_ahead(toks, hi + 1, s_hi, kinds, lex):
            # "Удар по Дніпру: окупанти застосували ракети": a verbless heading ends at the
            # colon or dash when the clause after it tells the same kind of happening with a
            # verb; its subject is that verb's, who struck, not a target ("Санкції проти Росії:
            # ЄС ухвалив пакет" tells the sanction by no verb of its own: it stays one clause)
            break
        if t.norm == "," and hi + 1 < s_hi and toks[hi + 1].norm in CLAUSE_CONJ and \
                not (hi + 2 < s_hi and toks[hi + 2].norm == "також"):
            break                                 # "..., і зараз Секретар РНБО на шляху в Європу"
        if t.norm == "," and gov is not None and gov < hi and _verb_ahead(toks, hi + 1, s_hi) and \
                _condition_behind(toks, gov, s_lo, lex):
            break      # "Якщо Росія атакує Київ, ми відповімо": the words before the next verb are its own
        hi += 1
    return Clause(lo, hi, gov, edge, conj)


def _name_list_comma(toks: list[Token], m: int, hi: int) -> bool:
    """The comma at m joins two names of one oblique case ("Зустріч Зеленського, Путіна, Макрона
    та Меркель відбулася в Парижі"): a list of the noun's owners, not the end of its clause;
    "Після зустрічі з Макроном, Шольц заявив" opens a subject of its own (nominative)."""
    if not (0 < m and m + 1 < hi and toks[m - 1].text[:1].isupper() and toks[m + 1].text[:1].isupper()):
        return False
    return bool((_cases(toks[m - 1].text) & _cases(toks[m + 1].text)) - {"nomn"})


def _finite_before(toks: list[Token], k: int, lo: int, subs) -> bool:
    """A finite verb of a main clause between `lo` and `k` (none after a subordinator)."""
    while k >= lo:
        if toks[k].norm in subs:
            return False
        if _finite(toks[k]):
            return not any(toks[m].norm in subs for m in range(lo, k))
        k -= 1
    return False


def _verb_ahead(toks: list[Token], k: int, hi: int, kinds: set[str] | None = None,
                lex: Lexicon | None = None) -> bool:
    """A finite verb between k and the next comma, dash or colon: the stretch is a clause of
    its own, not more of a list. With `kinds` (and `lex`), only a verb that can tell a
    happening of one of those types counts: the clause after a heading's colon tells the
    heading's own happening."""
    while k < hi and toks[k].norm not in (",", ";", ":", "-"):
        if _finite(toks[k]) and (kinds is None or kinds & {t.type for t in lex.by_lemma.get(lemma_of_tok(toks[k]), ())}):
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
    # (only a word with no other reading: "НАТО" reads first as the vocative of "Ната"; and
    # not after a preposition: "з Метте Фредеріксен" is a foreign name, no address)
    if any(toks[m].pos == "NOUN" and _cases(toks[m].text) == {"voct"} for m in range(k, end + 1)) \
            and not (k > s_lo and toks[k - 1].pos == "PREP"):
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
    return t.case == case or "Indecl" in (t.tags or ()) or (case in _cases(t.text) and t.case in (None, "nomn", "accs", "gent", "datv", "loct", "ablt"))


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
                and not _common_gender_surname(noun) and "Abbr" not in (noun.tags or ()) and \
                not ("Fixd" in (noun.tags or ()) and len(noun.text) > 1 and noun.text.isupper()) and \
                not (verb.gender == "femn" and noun.gender == "masc" and "anim" in (noun.tags or ()) and
                     not {"Surn", "Name", "Patr"} & set(noun.tags or ())) and \
                not any(p.tag.gender == verb.gender and case_of(p) == noun.case for p in readings(noun.text)):
            # ("Глава держави провів": "глава", a chapter first in the dictionary, is also a man)
            # (an abbreviation takes the gender of its expansion's head, which the dictionary
            # guesses from another expansion: "МКС видав" is the court, not the space station;
            # one it does not mark as such, written in capitals, too: "ДТЕК передав")
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
    # every nominative reading of the word ("Українці" reads first as a locative singular); the
    # dictionary gives some nouns' nominative with no case at all ("завод", "склад"), which the
    # tagger reads as the nominative too
    nums = {("plur" if "plur" in p.tag else "sing") for p in parses(noun.text)
            if p.tag.case == "nomn" or (p.tag.case is None and p.tag.POS == "NOUN")}
    if not nums:
        return False
    if vn == "plur":
        return "plur" not in nums and not coordinated
    return "sing" not in nums


def opens_next_clause(toks: list[Token], end: int, k: int, hi: int, trig: int) -> bool:
    """The capitalised name starting at token k (ending at offset `end`) stands right before a
    finite verb it agrees with, after the trigger at `trig` has had its own target under "на",
    "по" or "проти": the subject of a clause of its own ("Після нападу Росії на кораблі Київ
    звернувся до партнерів": Kyiv turns to the partners, it was not hit; "Внаслідок удару
    Харків залишився без світла", with no target told, is the town hit)."""
    if not any(toks[m].norm in ("на", "по", "проти") for m in range(trig + 1, k)) or \
            any(toks[m].norm in (":", "–", "—", "-") for m in range(trig + 1, k)):
        return False      # (after a heading's colon the subject may tell the heading's own act:
                          # "Санкції проти Білорусі: Канада ухвалила новий пакет обмежень")
    return subject_of_next_verb(toks, end, k, hi)


def _said_in_body(toks: list[Token], k: int, gov: int, s_lo: int, subs) -> bool:
    """"у Києві відкинули", "в ЗСУ це спростували": right after the conjunction at k - 1 a body
    or a capital under "у"/"в" with an impersonal plural verb stands for who acts, and the
    words before the comma have a verb of their own."""
    return toks[k].norm in ("у", "в") and "plur" in (toks[gov].tags or ()) and \
        _finite_before(toks, k - 3, s_lo, subs)


def subject_of_next_verb(toks: list[Token], end: int, k: int, hi: int) -> bool:
    """The capitalised name starting at token k (ending at offset `end`) stands right before a
    finite verb it agrees with: the subject of that verb's clause, however the words before it
    would join it to a list ("удар по Курську, а Київ заперечив")."""
    e = k
    while e + 1 < hi and toks[e + 1].start < end:
        e += 1
    if e + 1 >= hi or not toks[k].text[:1].isupper():
        return False
    v = e + 1
    while v + 1 < min(hi, e + 4) and toks[v].is_word and toks[v].pos in ("ADVB", "PRCL", "NPRO"):
        v += 1            # ("а Київ це заперечив", "а Київ також звернувся")
    return _finite(toks[v]) and _agrees(toks[v], toks[k])
