"""What the local namer asks of the tokens around a name span: a person's rank or a place
right before it, an award title, a quoted name's case, a noun it depends on, where a name
ends, clause and function words. Plain functions of the tokens, shared by every part of
`LocalNamer` (span admission, people, things), so they hold no state of their own."""
from __future__ import annotations

import re
from functools import lru_cache

from ...kb.base import KBEntity, Surface
from ...textnorm import APOSTROPHES, norm_word
from ..morph import is_dictionary, parses, tag_view
from .nominative import _ODD_ENDINGS, name_parse, name_readings
from . import guards, russian
from .body_spans import _head_lemma


_UKRAINIAN_LETTERS = re.compile(f"[іїєґІЇЄҐ{APOSTROPHES}]")
_MARKED = {"Infr", "Rare", "Slng", "Arch", "Dist"}    # readings a plain text rarely means
_FEMININE_OBLIQUE = ("ою", "ею", "єю", "ої", "ської", "цької", "є", "і", "е")


_VOWELS = set("аеєиіїоуюяь" + APOSTROPHES)


def _person_before_place(st, i: int, j: int) -> int | None:
    """Where a model span that opens with a first name and a surname runs on into a place
    the gazetteer found ("Тараса Мельничука України", read as one body) must end: at the
    place, the words before it a person's name. None when the span is no such thing."""
    toks = st.doc.tokens
    k = next((k for k in range(i + 2, min(j, i + 4)) if st.covered[k] is not None), None)
    if k is None:
        return None
    m = st.covered[k]
    if m.type != "LOC" or m.start != toks[k].start or m.end > toks[j - 1].end:
        return None
    words = toks[i:k]
    if not all(t.is_word and t.text[:1].isupper() and st.covered[i + n] is None for n, t in enumerate(words)):
        return None
    if name_parse(words[0].text) is None or any(is_dictionary(p) and tag_view(p).POS != "NOUN"
                                                 for p in parses(words[1].text)):
        return None
    return k


def _rank(tok, ranks: set[str]) -> bool:
    """A military rank opening a span the model took for a name ("Генерал Міхац"): the
    rank is not the name (and, before it, says that a person is named)."""
    return tok.norm in ranks or any(is_dictionary(p) and p.normal_form in ranks for p in parses(tok.text))


def _surname_in_case(word: str, first: str) -> bool:
    """The dictionary reads `word` as a surname in a case the first name after it takes
    ("Мельнику Сергію": a surname as well as a miller, both in the dative)."""
    cases = {tag_view(p).case for p in name_readings(first)}
    return any(is_dictionary(p) and "Surn" in tag_view(p).grammemes and tag_view(p).case in cases
               for p in parses(word))


def _genitive_at(toks, k: int, end: int) -> bool:
    """Some word of the place name from token k to `end` can be a genitive ("України",
    "Києва"), or the dictionary does not know it ("США", "Ла-Маншу")."""
    while k < len(toks) and toks[k].end <= end:
        t = toks[k]
        if t.is_word and (not _is_dict_word(t.text) or any(tag_view(p).case == "gent" for p in parses(t.text))):
            return True
        k += 1
    return False


def _is_dict_word(word: str) -> bool:
    return any(is_dictionary(p) for p in parses(word))


def _first_names(e: KBEntity) -> set[str]:
    """The first names the KB writes a person with, in Cyrillic."""
    return {n.split()[0] for n in (e.name_uk, *e.aliases) if len(n.split()) > 1} | set(e.first_names)


def _bare_stem(word: str) -> bool:
    """A guessed nominative that no Ukrainian noun ends in: a consonant and then ц or ць
    ("Салтівц", "Кременць"), or a cluster the surname rules reject too ("Салтівк",
    "Салтівкоя"); but "рк" ends "Йорк" and "Парк"."""
    bare = word[:-1] if word.endswith("ць") else word
    return (len(bare) > 2 and bare[-1] == "ц" and bare[-2] not in _VOWELS) \
        or (word.endswith(_ODD_ENDINGS) and not word.endswith("рк"))


_STOPS = {".", "!", "?", "…", "...", ";"}
_LIST_WORDS = {",", "та", "і", "й", "або", "чи", "и"}
_OPENING, _CLOSING = set("«„“\"'"), set("»“”\"'")


_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*")


@lru_cache(maxsize=20_000)
def _lemmas(word: str) -> frozenset[str]:
    return frozenset([word, *(p.normal_form for p in parses(word))])


@lru_cache(maxsize=4)
def _title_heads(titles: tuple) -> frozenset[str] | None:
    """The lemmas of the first words of the award titles (None if a title has no word)."""
    if not all(titles):
        return None
    return frozenset().union(*(_lemmas(t[0]) for t in titles))


def _after_award(toks, i: int, j: int, titles) -> int:
    """Where the name starts after an honorary title the span begins with (the lexicon's
    `award_titles`, matched word by word on a shared lemma): "Героя України Скакуна"
    leaves "Скакуна"; a span that is only the title leaves nothing (its place name, the
    gazetteer's, stays). Else i."""
    heads = _title_heads(tuple(titles))
    if heads is not None:   # most spans: the first word shares a lemma with no title's first,
        for k in range(i, j):   # told from that word alone, before the span's words are read
            first = _WORD.search(toks[k].norm)
            if first is not None:
                if _lemmas(first.group()).isdisjoint(heads):
                    return i
                break
    parts = [(k, w) for k in range(i, j) for w in _WORD.findall(toks[k].norm)]
    for title in titles:
        if len(parts) >= len(title) and all(_lemmas(t) & _lemmas(w) for (_, w), t in zip(parts, title)):
            return parts[len(title) - 1][0] + 1
    return i


def _russian_a_form(kb, word: str) -> list[Surface] | None:
    """The KB people whose -а surname a word spells in its Russian dative or locative
    ("Кулебе", "Кулебой"), which Ukrainian texts quoting Russian sources keep: found through
    the Ukrainian form ("Кулебі"), never kept as a nominative of its own."""
    for form in russian._a_noun_forms(word)[:1]:
        hits = [s for s in kb.index.get((norm_word(form),)) or () if kb.entities[s.entity].type == "PER"]
        if hits:
            return hits
    return None


def _quoted_case(st, i: int, j: int) -> str | None:
    """The case of a one-word name quoted alone, from the word before the quote: a noun it
    names ("газета «Правда»", "написом «Преса»") leaves it in the nominative; a preposition
    ("з «Града»", "на «Пуск»") never governs the nominative; a count or a plural adjective
    ("кілька «Іскандерів»") makes it "counted", a plural of one thing's name. None elsewhere."""
    toks = st.doc.tokens
    if j - i != 1 or not guards.quoted_alone(st, i, j) or i < 2 or toks[i - 2].sentence != toks[i].sentence:
        return None
    ps = [p for p in parses(toks[i - 2].text) if is_dictionary(p)]
    if not ps or not toks[i - 2].text[:1].islower():
        return None
    if all(tag_view(p).POS == "PREP" for p in ps):
        return "oblique"
    # a count or a plural adjective before a name of a thing makes it plural, and never a
    # nominative plural in news ("кілька «Іскандерів»", "російських «Іскандерів»")
    count = any(tag_view(p).POS == "NUMR" or (tag_view(p).POS == "NPRO" and "plur" in tag_view(p).grammemes) for p in ps)
    plural = all(tag_view(p).POS == "ADJF" and "plur" in tag_view(p).grammemes and tag_view(p).case in ("gent", "accs", "loct")
                 for p in ps)
    if (count or plural) and toks[i].norm.endswith(("ів", "їв", "ей")):
        return "counted"
    if all(tag_view(p).POS == "NOUN" and not _NAMES & set(tag_view(p).grammemes) for p in ps):
        return "nomn"
    return None


_NAMES = {"Name", "Surn", "Patr", "Geox"}


def _after_noun(st, i: int, j: int) -> str | None:
    """"gent" for a name of several words right after a common noun of its sentence
    ("рішення Ради міністрів Польщі"): a noun governs a genitive after it, so the name's
    first word is read as a singular genitive before a plural nominative. None elsewhere."""
    toks = st.doc.tokens
    if j - i < 2 or i < 1 or toks[i - 1].sentence != toks[i].sentence or not toks[i - 1].is_word:
        return None
    ps = [p for p in parses(toks[i - 1].text) if is_dictionary(p)]
    if ps and all(tag_view(p).POS == "NOUN" and not _NAMES & set(tag_view(p).grammemes)
                  and "Abbr" not in tag_view(p).grammemes for p in ps):
        return "gent"
    return None


def _token_after(st, end: int) -> int | None:
    """The index of the first token that starts at or after `end`, or None."""
    toks = st.doc.tokens
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < end:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) else None


def _name_end(toks, i: int, j: int) -> int:
    """Where a model's span really ends: a name does not run past the end of its sentence
    ("Будинок з химерами. – Ред." is "Будинок з химерами"), nor end in a closing quote it
    never opened ("Золота Зірка »")."""
    for k in range(i + 1, j):
        t = toks[k]
        if t.sentence != toks[i].sentence or (
                t.text in _STOPS and not (toks[k - 1].is_word and len(toks[k - 1].text) == 1)):
            j = k
            break
    while j > i and not toks[j - 1].is_word and (
            toks[j - 1].text not in _CLOSING or not any(toks[k].text in _OPENING for k in range(i, j - 1))):
        if toks[j - 1].text.endswith(".") and len(toks[j - 1].text) > 1:
            break               # an initial written as one token ("А.")
        j -= 1
    return j


def _agree_one(adjs, noun) -> bool:
    """An adjective reading agrees with this noun reading (case, number, singular gender)."""
    plural = "plur" in tag_view(noun).grammemes
    return any(tag_view(a).case == tag_view(noun).case and (plural or ("plur" not in tag_view(a).grammemes
                                                            and tag_view(a).gender == tag_view(noun).gender))
               for a in adjs)


def _singular_nominative(noun):
    """The nominative singular of a noun read in the plural ("морів" -> "море"): the
    dictionary tags singular forms by gender, so `inflect({"sing"})` finds none."""
    return next((f for f in noun.lexeme if tag_view(f).case == "nomn" and "plur" not in tag_view(f).grammemes), None)


def _next_patronymic(toks, i: int) -> set[str]:
    """The lemmas of a patronymic right after a first name ("Володимиру Олександровичу")."""
    k = i + 1
    if k >= len(toks) or toks[k].sentence != toks[i].sentence or not toks[k].text[:1].isupper():
        return set()
    return {norm_word(p.normal_form) for p in parses(toks[k].text) if "Patr" in tag_view(p).grammemes}


@lru_cache(maxsize=1 << 15)
def _clause_word(word: str) -> bool:
    """A word the dictionary reads only as a verb, conjunction, preposition or adverb."""
    ps = [p for p in parses(word) if is_dictionary(p)]
    return bool(ps) and all(tag_view(p).POS in ("VERB", "INFN", "CONJ", "PREP", "ADVB", "GRND") for p in ps)


@lru_cache(maxsize=1 << 15)
def _function_word(word: str) -> bool:
    """A sentence-initial word that is a conjunction, preposition, particle, pronoun or adverb
    ("І", "А", "Ось"): never the first name or surname of someone named before."""
    return any(is_dictionary(p) and tag_view(p).POS in ("CONJ", "PREP", "PRCL", "NPRO", "ADVB", "INTJ")
               for p in parses(word))


def _head_before_body(st, i: int, j: int, typ: str) -> int | None:
    """Where a model's span of a place or body ends when the gazetteer has taken its tail as
    a KB body in the genitive ("Святогірську лавру | Української православної церкви",
    "Собор | Православної церкви України"): the capitalised words before it are a name of
    their own, and the body keeps its link. None when the span is not of that shape."""
    toks = st.doc.tokens
    if typ not in ("ORG", "LOC"):
        return None
    m = next((st.covered[k] for k in range(i, j) if st.covered[k] is not None), None)
    if m is None or m.type != "ORG" or m.end != toks[j - 1].end:
        return None
    s = st.tok_at.get(m.start)
    ent = st.doc.entities.get(m.entity)
    if s is None or s - i < 2 or ent is None or not ent.kb \
            or any(st.covered[k] is not None for k in range(i, s)) \
            or not all(st.covered[k] is m for k in range(s, j)):
        return None
    if not toks[i].text[:1].isupper() or st.sentence_initial(i) or not _genitive_at(toks, s, m.end):
        return None
    if any(toks[k].is_word and _head_lemma(toks[k].text) for k in range(i, s)):
        return None         # "Головне управління внутрішньої безпеки СБУ": a body's unit,
                            # named with its parent body (`body_spans` takes it whole)
    return s
