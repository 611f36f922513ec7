"""Nominative forms of names the knowledge base does not know: the dictionary's lemma where it
has one, else the surname ending rules that also generate KB forms (so the nominative found
here inflects back into the form seen in the text)."""
from __future__ import annotations

from functools import lru_cache

from ...kb.inflect import CASES, person_rule_forms
from ...textnorm import norm_word
from ..morph import inflect, is_dictionary, parses, tag_view

_OBLIQUE_ENDINGS = ("а", "у", "ові", "ом", "ем", "им", "і", "е", "ого", "ому", "ім", "ю", "ою", "ої", "ій")
# a consonant cluster that ends feminine -ка nouns, or -оя/-ой: a stem cut short, not a name
_ODD_ENDINGS = ("вк", "нк", "чк", "шк", "жк", "рк", "лк", "ск", "тк", "дк", "мк", "пк", "оя", "ой", "ея", "єя", "оь", "еь", "аь", "иь", "уь")
_A_ONLY = ("ою", "ею", "єю")     # instrumental of an -а/-я noun only, whatever the gender
_CONSONANT_OK = ("ов", "ев", "єв", "ів", "ін", "ин", "ук", "юк", "ак", "як", "ич", "ець")


def _cyrillic(word: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in word)


def _cap(word: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    parts, likes = word.split("-"), like.split("-")
    if len(parts) == len(likes) > 1:       # "Жаном-Люком" -> "Жан-Люк"
        return "-".join(_cap(p, lk) for p, lk in zip(parts, likes))
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _all_forms(forms) -> set[str]:
    out: set[str] = set()
    for c in CASES:
        out |= forms[c]
    return out


@lru_cache(maxsize=1 << 15)
def plain_word(word: str) -> bool:
    """A word the dictionary knows only as a common word ("Сьогодні", "Рішення")."""
    ps = parses(word)
    return bool(ps) and all(is_dictionary(p) and not ({"Name", "Surn", "Patr", "Geox", "Abbr"} & set(tag_view(p).grammemes))
                            for p in ps)


def _proper_paradigm(p) -> bool:
    """The dictionary lists proper nouns ("франкфурт", "дунай", "рада" the council) in
    paradigms of their own, whose gender is a grammeme of the whole lexeme ("NOUN,masc,inan
    nomn"); a common noun's gender is a grammeme of each form ("NOUN,inan masc,nomn")."""
    return tag_view(p).POS == "NOUN" and str(p.tag).split(" ")[0].count(",") >= 2


@lru_cache(maxsize=1 << 15)
def common_noun_only(word: str) -> bool:
    """A word the dictionary knows, and only as common words: no proper-noun paradigm and no
    name or place tag ("Уряду", "Сенату", "Голокосту"; not "Франкфурт", "Дунай", "Рада")."""
    ps = parses(word)
    return bool(ps) and all(is_dictionary(p) and not _proper_paradigm(p)
                            and not ({"Name", "Surn", "Patr", "Geox", "Abbr"} & set(tag_view(p).grammemes))
                            for p in ps)


@lru_cache(maxsize=1 << 15)
def common_reading(word: str) -> bool:
    """The dictionary also reads the word as a common word ("Віра": faith, "Рада": council)."""
    return any(is_dictionary(p) and tag_view(p).POS is not None
               and not ({"Name", "Surn", "Patr", "Geox", "Abbr"} & set(tag_view(p).grammemes))
               for p in parses(word))


def name_readings(word: str) -> list:
    """The dictionary's readings of the word as a first name. The dictionary does not tag
    every form of every name ("Володимир" in the nominative is only an animate noun, its
    genitive "Володимира" is a name): an animate reading whose genitive is a name counts."""
    ps = [p for p in parses(word) if is_dictionary(p)]
    out = [p for p in ps if "Name" in tag_view(p).grammemes]
    if out:
        return out
    for p in ps:
        if tag_view(p).POS == "NOUN" and "anim" in tag_view(p).grammemes and tag_view(p).case == "nomn" \
                and not {"Surn", "Patr"} & set(tag_view(p).grammemes):
            g = inflect(p, {"gent"})
            if g is not None and any(is_dictionary(x) and "Name" in tag_view(x).grammemes
                                     and x.normal_form == p.normal_form for x in parses(g.word)):
                out.append(p)
    return out


@lru_cache(maxsize=1 << 15)
def name_parse(word: str):
    """The dictionary parse of a first name, or None."""
    out = name_readings(word)
    return out[0] if out else None


def _cases(case) -> tuple[str, ...]:
    """The cases a name may be in: one, several (a first name "Остапові" is a dative or a
    locative), or any but the vocative (a name in news is addressed only after "пане")."""
    if case is None:
        return tuple(c for c in CASES if c != "voct")
    return (case,) if isinstance(case, str) else tuple(case)


@lru_cache(maxsize=1 << 15)
def guess_person_nominative(w: str, gender: str, oblique: bool | None, case=None) -> str:
    """Nominative of a surname (lowercase) that the rules can inflect into `w` (in `case`, a
    case or a tuple of cases, when the name around it tells the case: a patronymic or a
    first name does). A vocative reading counts only when asked for: "Мамуладзе" is no
    "Мамуладз" addressed."""
    cases = _cases(case)
    cands: list[tuple[str, bool]] = []
    for cut in range(0, 4):
        stem = w[:len(w) - cut] if cut else w
        for add in ("", "а", "я", "ий", "ь", "й", "о", "ець"):
            c = stem + add
            if len(c) < 3 or any(c == x for x, _ in cands):
                continue
            forms = person_rule_forms(c, gender)
            if any(w in forms[x] for x in cases):
                cands.append((c, w in forms["nomn"]))
    if case is not None and all(c == w or c.endswith(_ODD_ENDINGS) for c, _ in cands):
        return w            # only stems no name ends in ("Сорокоь"): the case given was wrong
    if not cands:
        return w
    as_is = any(c == w and nom for c, nom in cands) and not w.endswith(_A_ONLY + ("ої",))
    others = [c for c, _ in cands if c != w]
    if as_is and (oblique is False or not others):
        return w
    if as_is and oblique is None and (gender == "femn" or not w.endswith(_OBLIQUE_ENDINGS)):
        return w
    if not others:
        return w

    def score(c: str) -> tuple:
        adj = c.endswith(("ський", "цький", "зький", "ська", "цька", "зька")) \
            or (c.endswith("ий") and w.endswith(("ого", "ому")))     # "Дозірчому" -> "Дозірчий"
        return (not (adj and w.endswith(("ого", "ому", "им", "ім", "ою", "ої", "ій", "у"))),
                c.endswith(_ODD_ENDINGS),          # never a nominative: "Бородянк", "Кравчинськоя"
                # "Гордієві": Гордій's dative before Гордієв's locative
                w.endswith(("ові", "еві", "єві")) and w not in person_rule_forms(c, gender)["datv"],
                not c.endswith(_CONSONANT_OK),
                # a person is named in the dative far more often than in the locative:
                # "Вересі" is Вереса's dative before Верес's locative
                case is not None and "datv" in cases and w not in person_rule_forms(c, gender)["datv"],
                c[-1:] in "аяоь" and gender == "masc" and not w.endswith(_A_ONLY),
                abs(len(c) - len(w)))
    return sorted(others, key=score)[0]


_OBLIQUE = frozenset(CASES) - {"nomn", "voct"}
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Abbr"}


def context_agreement(word: str | None) -> tuple[frozenset[str] | None, str | None]:
    """The cases (and, for a feminine-only noun, the gender) a name must take after `word`: a
    preposition never governs the nominative ("з Петром", "для Павла"); a person noun in
    apposition shares the name's case ("майора Павла Сбитова" is a genitive, not the woman
    Pavla Sbytova; "Українка Олександра" a feminine nominative). A masculine rank noun tells
    no gender ("сержанту Дерусовій"). (None, None) when the word says nothing."""
    if not word:
        return None, None
    ps = [p for p in parses(word) if is_dictionary(p)]
    if not ps:
        return None, None
    if all(tag_view(p).POS == "PREP" for p in ps):
        return _OBLIQUE, None
    person = [p for p in ps if tag_view(p).POS == "NOUN" and "anim" in tag_view(p).grammemes
              and not _NAME_TAGS & set(tag_view(p).grammemes)]
    if person and all(tag_view(p).POS == "NOUN" and tag_view(p).case for p in ps):
        genders = {tag_view(p).gender for p in person}       # "Майора", "Українка" are surnames too
        # a noun in apposition to one person is singular: "судді Вересі" is no plural
        # nominative "судді"
        cases = frozenset(tag_view(p).case for p in ps if "plur" not in tag_view(p).grammemes) \
            or frozenset(tag_view(p).case for p in ps)
        return cases, ("femn" if genders == {"femn"} else None)
    return None, None


def verb_agreement(word: str | None) -> tuple[frozenset[str] | None, str | None]:
    """The case and gender a name takes before `word` when that word is a verb in the past
    tense, singular: its subject, a nominative of the verb's gender ("Олександра Махова
    заявила" is Oleksandra Makhova, "Олександра Махова заявив" nobody's genitive). (None,
    None) when the word is no such verb."""
    if not word:
        return None, None
    ps = [p for p in parses(word) if is_dictionary(p)]
    verbs = [p for p in ps if tag_view(p).POS == "VERB" and "past" in tag_view(p).grammemes
             and "plur" not in tag_view(p).grammemes and tag_view(p).gender in ("masc", "femn")]
    if not verbs or len(verbs) != len(ps) or len({tag_view(p).gender for p in verbs}) != 1:
        return None, None
    return frozenset({"nomn"}), verbs[0].tag.gender


_ATTRIBUTION_MARKS = frozenset("–—-,")


def inverted_subject(verb: str | None, mark: str | None,
                     speech_verbs: frozenset[str]) -> tuple[frozenset[str] | None, str | None]:
    """The case and gender of a name right after a speech verb that follows a dash or a comma
    ("«...», – сказала Олександра Махова", "..., – додав він"): the quote's attribution puts the
    speaker after the verb, in the nominative of the verb's gender (not Oleksandr Makhov's
    genitive). A verb after other words may take the name as its object ("повідомила
    Олександра Махова" is also "told Oleksandr Makhov"): (None, None) then."""
    if not verb or mark not in _ATTRIBUTION_MARKS:
        return None, None
    ps = [p for p in parses(verb) if is_dictionary(p)]
    if not ps or not all(tag_view(p).POS == "VERB" and p.normal_form in speech_verbs for p in ps):
        return None, None
    return verb_agreement(verb)


def first_name_parse(first: str, surname: str, cases: frozenset[str] | None = None,
                     gender: str | None = None):
    """The first name's parse in the case its surname allows: "Мар'яна Беца" is the feminine
    nominative, not the genitive of "Мар'ян", because "Беца" can be a nominative. `cases` and
    `gender` (from `context_agreement`) narrow the readings first when some fit them."""
    names = name_readings(first)
    if not names:
        return None
    fit = [p for p in names if (cases is None or tag_view(p).case in cases)
           and (gender is None or tag_view(p).gender == gender)]
    every = [p for p in names if "plur" not in tag_view(p).grammemes and tag_view(p).case != "voct"]
    names = fit or names
    # a person's surname is animate: "Білоус" read as an inanimate accusative says nothing
    sps = [p for p in parses(surname) if tag_view(p).case]
    sps = [p for p in sps if "inan" not in tag_view(p).grammemes] or sps
    # the surname's (case, gender) readings: "Махова" is Makhov's genitive or Makhova's
    # nominative, so "Олександра Махова" agrees either way and the first name's own order
    # decides (a verb or preposition around it narrowed `cases`/`gender` above); a man's
    # surname ending in a consonant is a woman's in every case ("Ярослава Білоус": Yaroslava,
    # since Yaroslav's genitive would decline the surname)
    spairs = {(tag_view(p).case, tag_view(p).gender) for p in sps}
    if any(tag_view(p).gender == "masc" and tag_view(p).case == "nomn" and "Surn" in tag_view(p).grammemes for p in sps) \
            and surname[-1:].lower() not in "аяоеєиіїуюйь":
        spairs |= {(c, "femn") for c in ("nomn", "gent", "datv", "accs", "ablt", "loct")}
    # "Петро" is Petro before Petra's vocative; one person's name is no plural ("Ярослави");
    # "Наталі" is Наталя's genitive before the undeclined Natalie
    names = [p for p in names if "plur" not in tag_view(p).grammemes] or names
    names.sort(key=lambda p: (tag_view(p).case == "voct", "Fixd" in tag_view(p).grammemes))
    for p in names:
        if (tag_view(p).case, tag_view(p).gender) in spairs or (tag_view(p).case, None) in spairs:
            return p
    # the words around read the name one way, a surname the dictionary knows cannot take it:
    # a person noun is followed by a genitive as often as by its apposition ("радник Петра
    # Гнатюка" is Petro's adviser, not Petra Hnatiuka)
    sure = {(tag_view(p).case, tag_view(p).gender) for p in sps if is_dictionary(p) and "Surn" in tag_view(p).grammemes}
    for p in every:
        if (tag_view(p).case, tag_view(p).gender) in sure:      # (a surname the dictionary knows)
            return p
    scases = {c for c, _ in spairs}
    for p in names:
        if tag_view(p).case in scases:
            return p
    return names[0]


@lru_cache(maxsize=1 << 15)
def surname_nominative(word: str, gender: str, oblique: bool | None, case=None) -> str:
    """Nominative (lowercase) of one surname word: the dictionary's surname lemma, else the
    ending rules. `case` is a case or a tuple of the cases the name around it allows."""
    if case is None and oblique is False:
        case = "nomn"
    cases = _cases(case)
    surns = [p for p in parses(word) if is_dictionary(p) and "Surn" in tag_view(p).grammemes
             and (tag_view(p).gender in (None, gender)) and tag_view(p).case in cases]
    # "Савичеві": Савич's dative before Савичев's locative (news names people in the dative)
    surns.sort(key=lambda p: tag_view(p).case != "datv")
    surn = surns[0] if surns else None
    if surn is None and case == "nomn" and oblique is False and any(
            is_dictionary(p) and "Surn" in tag_view(p).grammemes for p in parses(word)):
        return norm_word(word)      # "Петро Макарів": a nominative name, not Макар's plural
    if surn is not None:
        base = surn.normal_form
        if gender == "femn" and base.endswith("ий"):
            base = base[:-2] + "а"
        return base
    if gender == "masc":
        # a surname that is a place's name ("Тараса Дніпра"): the place's lemma, where the
        # surname rules inflect it into the same form (the rules alone take "Дніпр"), of a
        # place that is no neuter one: "Шапакіна" of "шапакіно" is Шапакін's genitive
        for p in parses(word):
            if is_dictionary(p) and _proper_paradigm(p) and tag_view(p).case in cases \
                    and tag_view(p).gender != "neut" \
                    and tag_view(p).case != "nomn" and not {"plur", "Fixd", "Abbr"} & set(tag_view(p).grammemes) \
                    and p.normal_form != norm_word(word) \
                    and norm_word(word) in person_rule_forms(p.normal_form, gender)[tag_view(p).case]:
                return p.normal_form
    if case is not None:
        got = guess_person_nominative(norm_word(word), gender, oblique, case)
        if got != norm_word(word) or case == "nomn":
            return got
        # the words around may mislead ("розповіла посадовцю Сорокою"): the dictionary's
        # surname in any case, then the rules in any case
        surn = next((p for p in parses(word) if is_dictionary(p) and "Surn" in tag_view(p).grammemes
                     and tag_view(p).gender in (None, gender) and tag_view(p).case != "voct"), None)
        if surn is not None:
            return surn.normal_form[:-2] + "а" if gender == "femn" and surn.normal_form.endswith("ий") \
                else surn.normal_form
    return guess_person_nominative(norm_word(word), gender, oblique)


def surname_forms(surname: str, gender: str):
    """Case forms of a surname; a double surname inflects both parts in the same case."""
    parts = surname.split("-")
    if len(parts) < 2:
        return person_rule_forms(surname, gender)
    per = [person_rule_forms(p, gender) for p in parts]
    out = {}
    for c in CASES:
        combos = [""]
        for f in per:
            combos = [(a + "-" if a else "") + b for a in combos for b in (f[c] or {""})]
        out[c] = set(combos)
    return out


@lru_cache(maxsize=1 << 15)
def patronymic_parse(word: str):
    """The dictionary parse of a patronymic ("Миколайовичу", "Василівна"), or None."""
    return next((p for p in parses(word) if is_dictionary(p) and "Patr" in tag_view(p).grammemes), None)


def full_name_parts(words: list[str]):
    """A name with a patronymic, in either order: "Прізвище Ім'я По-батькові" (award lists,
    decrees) or "Ім'я По-батькові Прізвище". Returns the nominative (surname, first name,
    patronymic) and the gender, the patronymic's case and gender deciding the others ("Нуца
    Руслана Василівна" is a woman in the nominative, "Скакуна Віталія Володимировича" a man
    in the genitive); None for any other shape."""
    if len(words) != 3:
        return None
    if patronymic_parse(words[2]) is not None and name_parse(words[1]) is not None:
        s, f, p = words
    elif patronymic_parse(words[1]) is not None and name_parse(words[0]) is not None:
        f, p, s = words
    else:
        return None
    pats = [x for x in parses(p) if is_dictionary(x) and "Patr" in tag_view(x).grammemes]
    firsts = name_readings(f)
    for pp in pats:
        fp = next((x for x in firsts if tag_view(x).case == tag_view(pp).case and tag_view(x).gender == tag_view(pp).gender), None)
        if fp is None:
            continue
        gender = tag_view(pp).gender or "masc"
        pn = inflect(pp, {"nomn"})
        fn = inflect(fp, {"nomn"})
        oblique = tag_view(pp).case != "nomn"
        sn = "-".join(_cap(surname_nominative(part, gender, oblique, tag_view(pp).case), part)
                      for part in s.split("-"))
        return sn, _cap((fn or fp).word, f), _cap((pn or pp).word, p), gender
    return None
