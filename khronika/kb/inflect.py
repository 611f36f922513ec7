"""Inflected forms of knowledge-base aliases, generated rather than typed.

Each alias is given once, in the nominative; the gazetteer has to find it in any case
("Туреччиною", "Умєрова", "Офісу Президента України"). Words the pymorphy3 dictionary knows
are inflected through their lexeme; surnames and foreign names it does not know get
rule-based paradigms by ending and gender (pymorphy3 guesses those badly: "Умєрова" ->
"умєрів"). Acronyms and foreign names ending in a vowel other than -а/-я do not inflect.

All forms are returned lowercased with apostrophes and dashes unified (`norm_word`), the key
the gazetteer matches tokens by.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.morph import analyzer, case_of, is_dictionary
from ..lang.uk import load
from ..textnorm import norm_word

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
VOWELS = set("аеєиіїоуюя")
SIBILANT = set("жчшщ")
_ALTERNATION = {"г": "з", "к": "ц", "х": "с"}     # Сибіга -> Сибізі, рука -> руці
_RARE = {"Dist", "Rare", "Arch", "Slng"}

Forms = dict[str, set[str]]     # case -> forms


def _empty() -> Forms:
    return {c: set() for c in CASES}


def _fixed(word: str) -> Forms:
    return {c: {word} for c in CASES}


def is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


_INFLECTED_ACRONYM = re.compile(r"([A-ZА-ЩЬЮЯҐЄІЇ]{2,})-?([a-zа-щьюяґєії]{1,3})")


def inflected_acronym(word: str) -> str | None:
    """The acronym of a word written as one with a case or plural ending ("ЦНАПі",
    "ЦНАПами", "ЗСУшники" is no ending), else None."""
    m = _INFLECTED_ACRONYM.fullmatch(word)
    if m is None or m.group(2) not in _ACRONYM_ENDINGS:
        return None
    return m.group(1)


# the endings an acronym read as a masculine noun takes ("ЦНАПу", "ЦНАПом", "ЦНАПи")
_ACRONYM_ENDINGS = frozenset({"а", "у", "ові", "ом", "і", "е", "и", "ів", "ам", "ами", "ах", "ям", "ями", "ях", "ю", "ем"})


def _lexeme_forms(parse, number: str | None, gender: str | None = None) -> Forms:
    out = _empty()
    for f in parse.lexeme:
        t = f.tag
        case = case_of(f)       # ("секретар": the dictionary leaves the headword's case off)
        if case not in out:
            continue
        fnum = "plur" if "plur" in t.grammemes else "sing"
        if number and fnum != number:
            continue
        if gender and fnum == "sing" and t.gender and t.gender != gender:
            continue
        if "comp" in t.grammemes or "supr" in t.grammemes:
            continue
        out[case].add(f.word)
    return out


def _complete(forms: Forms) -> bool:
    return all(forms[c] for c in CASES if c != "voct")


# ---- rule paradigms -------------------------------------------------------------------
def person_rule_forms(word: str, gender: str) -> Forms:
    """Paradigm of a surname or first name by ending and gender (lowercase `word`)."""
    w = word
    out = _empty()

    def put(stem: str, endings: dict[str, tuple[str, ...]]):
        for case, ends in endings.items():
            out[case].update(stem + e for e in ends)

    last = w[-1:]
    if gender == "femn":
        if w.endswith(("ська", "цька", "зька")) or (w.endswith("а") and w[:-1].endswith(("ов", "ев", "єв", "ін", "ин", "їн"))):
            put(w[:-1], {"nomn": ("а",), "gent": ("ої",), "datv": ("ій",), "accs": ("у",),
                         "ablt": ("ою",), "loct": ("ій",), "voct": ("а",)})
        elif w.endswith("ія"):
            put(w[:-1], {"nomn": ("я",), "gent": ("ї",), "datv": ("ї",), "accs": ("ю",),
                         "ablt": ("єю",), "loct": ("ї",), "voct": ("є",)})
        elif last == "я":
            put(w[:-1], {"nomn": ("я",), "gent": ("і",), "datv": ("і",), "accs": ("ю",),
                         "ablt": ("ею",), "loct": ("і",), "voct": ("е",)})
        elif last == "а":
            _a_noun(w, out)
        else:
            return _fixed(w)
        return out
    # masculine
    if w.endswith(("ський", "цький", "зький")) or (w.endswith("ий") and len(w) > 4):
        put(w[:-2], {"nomn": ("ий",), "gent": ("ого",), "datv": ("ому",), "accs": ("ого",),
                     "ablt": ("им",), "loct": ("ому", "ім"), "voct": ("ий",)})
    elif w.endswith("ій") or (last == "й" and len(w) > 1 and w[-2] in VOWELS):
        put(w[:-1], {"nomn": ("й",), "gent": ("я",), "datv": ("ю", "єві"), "accs": ("я",),
                     "ablt": ("єм",), "loct": ("ї", "єві"), "voct": ("ю",)})
    elif last == "ь":
        put(w[:-1], {"nomn": ("ь",), "gent": ("я",), "datv": ("ю", "еві"), "accs": ("я",),
                     "ablt": ("ем",), "loct": ("і", "еві"), "voct": ("ю",)})
        if w.endswith("ець") and len(w) >= 5 and w[-4] not in VOWELS:
            # Кравець -> Кравця, Стрілець -> Стрільця: the е drops (and л softens); the forms
            # that keep it stay too, news spells both
            put(w[:-4] + ("ль" if w[-4] == "л" else w[-4]) + "ц",
                {"gent": ("я",), "datv": ("ю", "еві"), "accs": ("я",), "ablt": ("ем",),
                 "loct": ("і", "еві"), "voct": ("ю",)})
    elif last == "а":
        _a_noun(w, out)
    elif w.endswith("ія"):
        # a man's -ія surname (Georgian "Гвахарія", "Шенгелія"): -ї, -єю after the vowel
        put(w[:-1], {"nomn": ("я",), "gent": ("ї",), "datv": ("ї",), "accs": ("ю",),
                     "ablt": ("єю",), "loct": ("ї",), "voct": ("є",)})
    elif last == "я":
        put(w[:-1], {"nomn": ("я",), "gent": ("і",), "datv": ("і",), "accs": ("ю",),
                     "ablt": ("ею",), "loct": ("і",), "voct": ("е",)})
    elif last == "о" and len(w) > 2 and w[-2] not in VOWELS:
        put(w[:-1], {"nomn": ("о",), "gent": ("а",), "datv": ("у", "ові"), "accs": ("а",),
                     "ablt": ("ом",), "loct": ("у", "ові"), "voct": ("о",)})
        for c in CASES:             # Фіцо, Рубіо: foreign -о names stay as they are too
            out[c].add(w)
    elif last in VOWELS:
        return _fixed(w)
    else:
        ablt = ("ом",)
        if last in SIBILANT:
            ablt = ("ем",)
        elif last == "ц":
            ablt = ("ем", "ом")
        elif w.endswith(("ов", "ев", "єв", "ів", "ин", "ін", "їн")):
            ablt = ("им", "ом")
        put(w, {"nomn": ("",), "gent": ("а",), "datv": ("у", "ові"), "accs": ("а",),
                "ablt": ablt, "loct": ("і", "ові", "у"), "voct": ("е",)})
    return out


def _a_noun(w: str, out: Forms) -> None:
    stem = w[:-1]
    soft = stem[-1:] in SIBILANT
    gent = "і" if soft else "и"
    dat = {stem + "і"}
    if stem[-1:] in _ALTERNATION:
        dat.add(stem[:-1] + _ALTERNATION[stem[-1]] + "і")
    out["nomn"].add(w)
    out["gent"].add(stem + gent)
    out["datv"].update(dat)
    out["accs"].add(stem + "у")
    out["ablt"].add(stem + ("ею" if soft else "ою"))
    out["loct"].update(dat)
    out["voct"].add(stem + ("е" if soft else "о"))


def thing_rule_forms(word: str) -> Forms:
    """Paradigm of a place or organisation name the dictionary does not know."""
    w = word
    last = w[-1:]
    out = _empty()
    if w.endswith("ія"):
        for c, e in zip(CASES, ("я", "ї", "ї", "ю", "єю", "ї", "є")):
            out[c].add(w[:-1] + e)
    elif last == "а":
        _a_noun(w, out)
    elif last == "я":
        for c, e in zip(CASES, ("я", "і", "і", "ю", "ею", "і", "е")):
            out[c].add(w[:-1] + e)
    elif last in VOWELS:
        return _fixed(w)
    elif last == "ь":
        for c, es in zip(CASES, (("ь",), ("я", "і"), ("ю",), ("ь",), ("ем", "ю"), ("і",), ("ю",))):
            out[c].update(w[:-1] + e for e in es)
    else:
        ablt = ("ем",) if last in SIBILANT or last == "ц" else ("ом",)
        for c, es in zip(CASES, (("",), ("у", "а"), ("у", "ові"), ("",), ablt, ("і", "у"), ("е",))):
            out[c].update(w + e for e in es)
    return out


# ---- one word ---------------------------------------------------------------------------
@lru_cache(maxsize=20_000)
def _word_forms(word: str, kind: str, gender: str | None, number: str | None) -> tuple:
    out = _word_forms_uncached(word, kind, gender, number)
    return tuple((c, frozenset(out[c])) for c in CASES)


def _word_forms_uncached(word: str, kind: str, gender: str | None, number: str | None) -> Forms:
    w = norm_word(word)
    if is_acronym(word) or not any(ch.isalpha() for ch in w):
        return _fixed(w)
    if "-" in w.strip("-"):
        # hyphenated: Санкт-Петербург, Нью-Йорк, прем'єр-міністр: the last part inflects
        head, _, tail = w.rpartition("-")
        if not tail:
            return _fixed(w)
        adj_gender = _adjective_tail(head, tail) if kind == "thing" else None
        if adj_gender is not None:
            # a noun and its adjective, both declined: Кам'янка-Бузька -> Кам'янці-Бузькій,
            # Кам'янець-Подільський -> Кам'янця-Подільського
            heads = dict(_word_forms(head, kind, None, number))
            tails = dict(_word_forms(tail, "adj", adj_gender, number))
            if all(heads[c] and tails[c] for c in CASES):
                return {c: {f"{h}-{t}" for h in heads[c] for t in tails[c]} for c in CASES}
        sub = dict(_word_forms(tail, kind, gender, number))
        return {c: {f"{head}-{f}" for f in sub[c]} for c in CASES}
    parses = analyzer().parse(w)
    want_pos = "ADJF" if kind == "adj" else "NOUN"
    cands = []
    for p in parses:
        t = p.tag
        if not is_dictionary(p) or t.POS != want_pos or case_of(p) != "nomn":
            continue
        if kind == "person" and not ({"Name", "Surn", "Patr", "anim"} & set(t.grammemes)):
            continue
        if kind == "person" and gender and t.gender and t.gender != gender:
            continue
        if number and ("plur" in t.grammemes) != (number == "plur"):
            continue
        cands.append(p)
    # a dialectal or rare reading last ("сухопутні" read first as the dialectal soft
    # "сухопутній" gave "Сухопутніх військ" for "Сухопутних")
    cands.sort(key=lambda p: bool(_RARE & set(p.tag.grammemes)))
    if kind == "person":        # prefer a parse tagged as a name
        cands.sort(key=lambda p: not ({"Name", "Surn"} & set(p.tag.grammemes)))
    elif kind == "thing":       # and a thing's a parse that is no person's ("Люксембург" is
        # first the surname, whose locative "Люксембургові" left out the country's "Люксембурзі")
        cands.sort(key=lambda p: bool({"Name", "Surn", "Patr", "anim"} & set(p.tag.grammemes)))
    best = cands[0] if cands else None
    if best is not None:
        num = "plur" if "plur" in best.tag.grammemes else "sing"
        forms = _lexeme_forms(best, num, gender if kind == "adj" else None)
        if _complete(forms):
            if kind == "person":           # union with the rules: news spells both ways
                extra = person_rule_forms(w, gender or "masc")
                for c in CASES:
                    forms[c] |= extra[c]
            elif kind == "thing":
                _genitive_u(best, forms)
                for other in cands[1:]:     # the surname's forms too: news writes both
                    if other.normal_form == best.normal_form:
                        more = _lexeme_forms(other, num)
                        for c in CASES:
                            forms[c] |= more[c]
            forms["nomn"].add(w)
            return forms
    if kind == "person":
        return person_rule_forms(w, gender or "masc")
    if kind == "adj":
        return _fixed(w)
    return thing_rule_forms(w)


def _genitive_u(parse, forms: Forms) -> None:
    """A masculine inanimate noun of the second declension takes -у as well as -а in the
    genitive singular (a body, a group, a place: "Правого сектору", "сектора" of a circle);
    the dictionary lists one of them, often the -а of the common meaning, while a name is
    written with either. The -у form is the dative's, so it is added to the genitive."""
    t = parse.tag
    if t.gender != "masc" or "anim" in t.grammemes or "plur" in t.grammemes \
            or parse.word[-1:] in VOWELS:
        return
    forms["gent"] |= {f for f in forms["datv"] if f.endswith(("у", "ю")) and f[:-1] == parse.word.rstrip("ь")}


def _adjective_tail(head: str, tail: str) -> str | None:
    """The gender of `tail` when "head-tail" is a noun with its adjective after a hyphen (a
    place: "Кам'янка-Бузька", "Рава-Руська", "Переяслав-Хмельницький"), else None: the
    head is no part of a compound ("Івано-", "Нью-") but a noun of the adjective's gender."""
    if len(head) < 3 or len(tail) < 4 or not tail.endswith(("ий", "ій", "а", "я", "е")):
        return None
    adj = next((p for p in analyzer().parse(tail) if p.tag.POS == "ADJF" and p.tag.case == "nomn"
                and "plur" not in p.tag.grammemes), None)
    if adj is None or adj.tag.gender is None:
        return None
    nouns = [p for p in analyzer().parse(head) if p.tag.POS == "NOUN" and p.tag.case == "nomn"
             and "plur" not in p.tag.grammemes]
    if not any(p.tag.gender == adj.tag.gender for p in nouns):
        return None
    return adj.tag.gender


def word_forms(word: str, kind: str = "thing", gender: str | None = None,
               number: str | None = None) -> Forms:
    """case -> lowercase forms of one word. kind: person, thing (noun head), adj, fixed."""
    if kind == "fixed":
        return _fixed(norm_word(word))
    return {c: set(fs) for c, fs in _word_forms(word, kind, gender, number)}


# ---- phrases ----------------------------------------------------------------------------
def agrees_with_noun(adjs, word: str) -> bool:
    """One of the adjective readings `adjs` agrees with a dictionary noun reading of the next
    word: same case and number, and in the singular the same gender. A word that is also a
    noun ("нова", a star) is the adjective of "Нова Зеландія", "Нової Каховки"."""
    for n in analyzer().parse(norm_word(word)):
        if not is_dictionary(n) or n.tag.POS != "NOUN":
            continue
        plural = "plur" in n.tag.grammemes
        if any(a.tag.case == n.tag.case and ("plur" in a.tag.grammemes) == plural
               and (plural or a.tag.gender == n.tag.gender) for a in adjs):
            return True
    return False


def _plan(words: list[str], agree: bool = False) -> tuple[list[str], str | None, str | None]:
    """Which words inflect: leading adjectives and the first noun; the rest is fixed. With
    `agree`, a word that is a noun as well as an adjective agreeing with the next word is
    taken for the adjective."""
    kinds = []
    head_seen = False
    head_gender = head_number = None
    for n, w in enumerate(words):
        if head_seen and n >= 2 and norm_word(words[n - 1]) in ("і", "та", "й") \
                and kinds[n - 2] == "thing" and w[:1].isupper():
            kinds.append("thing")       # "Боснія і Герцеговина": both nouns inflect
            continue
        if head_seen or not any(ch.isalpha() for ch in w) or is_acronym(w):
            kinds.append("fixed")
            if is_acronym(w) and not head_seen and len(words) > 1:
                head_seen = True          # "ЄС-Україна": a fixed head keeps the rest fixed
            continue
        lw = norm_word(w)
        ps = analyzer().parse(lw)
        adj = next((p for p in ps if is_dictionary(p) and p.tag.POS == "ADJF"
                    and p.tag.case == "nomn"), None)
        noun = next((p for p in ps if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None)
        if adj is not None and w is not words[-1] and (
                noun is None or not is_dictionary(noun) or ps[0].tag.POS == "ADJF"
                or {"Surn", "Name", "Patr", "Geox"} & set(noun.tag.grammemes)
                or agree and agrees_with_noun([p for p in ps if is_dictionary(p) and p.tag.POS == "ADJF"],
                                              words[n + 1])):
            kinds.append("adj")
            continue
        kinds.append("thing")
        head_seen = True
        if noun is not None:
            head_gender = noun.tag.gender
            head_number = "plur" if "plur" in noun.tag.grammemes else "sing"
    return kinds, head_gender, head_number


_VOWEL_ENDS = frozenset("аяоеєуюіїи")
# The Arabic article (the entity layer's `family_particles`, lang/uk/kb/lexicon.yaml, and two
# more of its forms) and the words of descent inside a name, written with a capital too
# ("Тамім бін Хамад Аль Тані"): they never decline; any lower-case word inside a name is a
# particle as well ("фон", "де", "бін"), but a name joined to its article declines
# ("з Аделем аль-Джубейром")
_ARTICLES = frozenset(norm_word(w) for w in (load("kb/lexicon") or {}).get("family_particles") or ()) | \
    frozenset({"ез", "ен", "бін", "ібн", "бен", "бінт", "абу"})


def _name_particle(word: str) -> bool:
    """A word inside a person's name (not its first) that does not decline."""
    return (word[:1].islower() and "-" not in word) or norm_word(word) in _ARTICLES


def phrase_forms(words: list[str], kind: str = "thing", gender: str | None = None) -> set[tuple[str, ...]]:
    """Every inflected form of a multi-word alias, as tuples of lowercase words.

    People: every word inflects in the same case ("Володимира Зеленського"). Places and
    organisations: the head noun and the adjectives before it inflect, the words after the
    head stay as they are ("Офісу Президента України", "Сполучених Штатів Америки")."""
    if not words:
        return set()
    out: set[tuple[str, ...]] = {tuple(norm_word(w) for w in words)}
    if kind == "person":
        # an initial and a particle or article inside the name ("бін", "Аль", "фон") stay
        per_word = [word_forms(w, "fixed" if w.endswith(".") or (n and _name_particle(w)) else "person", gender)
                    for n, w in enumerate(words)]
        _combine(per_word, out)
        vowel_end = len(words) > 1 and norm_word(words[-1])[-1:] in _VOWEL_ENDS
        if vowel_end:
            # a foreign surname in a vowel is often left as it is after a declined first
            # name ("з колегою Маргусом Цахкна", "Урмасу Рейнсалу"): the name in every case
            # with the surname unchanged
            _combine(per_word[:-1] + [word_forms(words[-1], "fixed")], out)
        if len(words) > 2:
            # a name of three parts with no surname of ours ("Кім Чен Ин", "Мун Чже Ін") is
            # declined by its last word alone: "з Кім Чен Ином", "Кім Чен Ину"
            _combine([word_forms(w, "fixed") for w in words[:-1]] + per_word[-1:], out)
            # a compound first name keeps its first part ("з Абдель Фаттахом ас-Сісі",
            # "Абдул Рахману"), the rest declined as above
            first = [word_forms(words[0], "fixed")]
            _combine(first + per_word[1:], out)
            if vowel_end:
                _combine(first + per_word[1:-1] + [word_forms(words[-1], "fixed")], out)
        return out
    if len(words) == 1 and "-" not in words[0]:
        gender = _substantive_adjective(norm_word(words[0]))
        if gender is not None:      # "Суспільне" -> "на Суспільному", "Суспільного"
            forms = word_forms(words[0], "adj", gender)
            return out | {(f,) for fs in forms.values() for f in fs}
    plans: dict[tuple, tuple] = {}
    for agree in (False, True):
        # a word read both as a noun and as an adjective agreeing with the next ("Нова
        # Зеландія", "Рада Україна – НАТО"): the forms of both readings
        kinds, hg, hn = _plan(words, agree)
        plans.setdefault(tuple(kinds), (kinds, hg, hn))
    for kinds, hg, hn in plans.values():
        per_word = []
        for w, k in zip(words, kinds):
            if k == "adj":
                per_word.append(word_forms(w, "adj", hg if hn != "plur" else None, hn))
            elif k == "thing" and len(words) > 1:
                per_word.append(word_forms(w, "thing", None, None))
            else:
                per_word.append(word_forms(w, k))
        _combine(per_word, out)
    return out


def _substantive_adjective(word: str) -> str | None:
    """The gender of a one-word name the dictionary knows only as an adjective (a body named
    by a neuter adjective: "Суспільне"), else None."""
    ps = [p for p in analyzer().parse(word) if is_dictionary(p)]
    if not ps or any(p.tag.POS == "NOUN" for p in ps):
        return None
    adj = next((p for p in ps if p.tag.POS == "ADJF" and p.tag.case == "nomn"
                and "plur" not in p.tag.grammemes and p.tag.gender == "neut"), None)
    return adj.tag.gender if adj is not None else None


def _combine(per_word: list[Forms], out: set[tuple[str, ...]]) -> None:
    """Every case's forms of the words, in that case together (at most 64 per case)."""
    for c in CASES:
        combos: list[tuple[str, ...]] = [()]
        for forms in per_word:
            options = forms[c] or {next(iter(forms["nomn"]), "")}
            combos = [prev + (f,) for prev in combos for f in options]
            if len(combos) > 64:
                combos = combos[:64]
        out.update(combos)


# ---- place names ------------------------------------------------------------------------
_ADJ_PLACE = {   # nominative ending -> (stem cut, case endings); "Мирне" -> "у Мирному"
    "е": (1, {"nomn": ("е",), "gent": ("ого",), "datv": ("ому",), "accs": ("е",),
              "ablt": ("им",), "loct": ("ому", "ім"), "voct": ("е",)}),
    "ий": (2, {"nomn": ("ий",), "gent": ("ого",), "datv": ("ому",), "accs": ("ий",),
               "ablt": ("им",), "loct": ("ому", "ім"), "voct": ("ий",)}),
    "ій": (2, {"nomn": ("ій",), "gent": ("ього",), "datv": ("ьому",), "accs": ("ій",),
               "ablt": ("ім",), "loct": ("ьому", "ім"), "voct": ("ій",)}),
}
_PLURAL_PLACE = {"nomn": ("",), "gent": ("", "ів"), "datv": ("ам",), "accs": ("",),
                 "ablt": ("ами",), "loct": ("ах",), "voct": ("",)}


def _adjectival(word: str) -> bool:
    """A one-word place name built as an adjective ("Мирне", "Хмельницький", "Весела")."""
    ps = analyzer().parse(word)
    dict_adj = any(is_dictionary(p) and p.tag.POS == "ADJF" for p in ps)
    dict_noun = any(is_dictionary(p) and p.tag.POS == "NOUN" for p in ps)
    if dict_noun:
        return False
    if word.endswith(("е", "ий", "ій")):
        return True
    return dict_adj and word.endswith("а")


# the suffixes of a possessive adjective made from a name ("Часів", "Русин"; "Макрон" ->
# "Макронів"): place names open with one, and a surname's adjective ends in one
POSSESSIVE_SUFFIXES = ("ів", "їв", "ин", "їн")
_POSSESSIVE_ENDS = {"gent": ("ого",), "datv": ("ому",), "ablt": ("им",), "loct": ("ому", "ім")}


def _possessive_forms(word: str) -> Forms | None:
    """The forms of a possessive adjective in -ів/-їв/-ин/-їн that opens a place's name
    before a masculine noun ("Часів Яр" -> "Часового Яру", "Русин Яр" -> "Русиного Яру"),
    which the dictionary reads as another word ("часів", a genitive plural) or not at all:
    і of -ів becomes о (е after a hushing consonant, є after a vowel), as in "Харкова"."""
    w = norm_word(word)
    if len(w) < 4 or not w.endswith(POSSESSIVE_SUFFIXES):
        return None
    if w.endswith(("ів", "їв")):
        base = w[:-2]
        stem = base + ("є" if w.endswith("їв") else "е" if base[-1:] in "жчшщ" else "о") + "в"
    else:
        stem = w
    forms = {c: {w} for c in CASES}
    for c, ends in _POSSESSIVE_ENDS.items():
        forms[c] = {stem + e for e in ends}
    return forms


def place_forms(words: list[str]) -> set[tuple[str, ...]]:
    """Inflected forms of a place name: adjectival one-word names ("Мирне" -> "Мирному"),
    plural ones ("Бровари" -> "Броварах"), a possessive adjective before a masculine noun
    ("Часів Яр" -> "Часового Яру"), the rest as a thing phrase."""
    if len(words) != 1 or "-" in words[0]:
        forms = phrase_forms(words, "thing")
        first = _possessive_forms(words[0]) if len(words) == 2 and words[1][:1].isupper() else None
        if first is not None and any(p.tag.POS == "NOUN" and p.tag.gender == "masc" and p.tag.case == "nomn"
                                     and "plur" not in p.tag.grammemes
                                     for p in analyzer().parse(norm_word(words[1]))):
            _combine([first, word_forms(words[1], "thing")], forms)
        return forms
    w = norm_word(words[0])
    out = {(w,)}
    if _adjectival(w):
        if w.endswith("а"):
            forms = {c: set() for c in CASES}
            stem = w[:-1]
            for c, e in zip(CASES, ("а", "ої", "ій", "у", "ою", "ій", "а")):
                forms[c].add(stem + e)
        else:
            end = next(e for e in ("ий", "ій", "е") if w.endswith(e))
            cut, table = _ADJ_PLACE[end]
            forms = {c: {w[:-cut] + e for e in ends} for c, ends in table.items()}
        return out | {(f,) for fs in forms.values() for f in fs}
    if w.endswith(("и", "і")) and len(w) > 3 and not any(
            is_dictionary(p) and p.tag.POS == "NOUN" for p in analyzer().parse(w)):
        stem = w[:-1]
        return out | {(stem + e,) for ends in _PLURAL_PLACE.values() for e in ends if len(stem + e) > 2}
    forms = phrase_forms(words, "thing")
    if len(forms) == 1 and w.endswith(("ів", "їв")) and len(w) > 4:
        # a town in -ів the dictionary reads as another word ("Васильків", a genitive
        # plural): і becomes о (е after a hushing consonant, є after a vowel) in the other
        # cases, as in Харків -> Харкова, Ржищів -> Ржищева, Миколаїв -> Миколаєва
        base = w[:-2]
        stem = base + ("є" if w.endswith("їв") else "е" if base[-1:] in "жчшщ" else "о") + "в"
        forms |= {(stem + e,) for e in ("а", "у", "ом", "і", "е")}
    return forms
