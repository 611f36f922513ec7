"""Names in Russian passages (`khronika.extract.foreign` marks their tokens).

The statistical model learnt Ukrainian: in a Russian sentence it tags "Украину", "Донбасс",
"Ведь", "Очень", "Российской Федерации" as people. The Russian dictionary of pymorphy3 reads
them for what they are. A span there stays a person only when a word of it is a first name or
surname in that dictionary (or a word it does not know: most surnames), and none is a place;
a place becomes a place; anything else is dropped. Loaded on first need (about 0.3 s)."""
from __future__ import annotations

from functools import lru_cache

_RU = None
_NAME = {"Name", "Surn", "Patr"}


def _analyzer():
    global _RU
    if _RU is None:
        import pymorphy3
        _RU = pymorphy3.MorphAnalyzer(lang="ru")
    return _RU


def _dictionary(p) -> bool:
    return p.methods_stack[0][0].__class__.__name__ == "DictionaryAnalyzer"


@lru_cache(maxsize=20000)
def reading(word: str) -> tuple[str, str]:
    """('name' | 'place' | 'word' | 'unknown', Russian lemma) of the best Russian parse."""
    ps = _analyzer().parse(word)
    if not ps:
        return "unknown", word
    p = ps[0]
    tags = set(p.tag.grammemes)
    if not _dictionary(p):
        return ("name" if _NAME & tags else "unknown"), p.normal_form
    if "Geox" in tags:
        return "place", p.normal_form
    if _NAME & tags:
        return "name", p.normal_form
    return "word", p.normal_form


def known_russian_word(word: str) -> bool:
    """A word the Russian dictionary knows as a common word or a place ("Украину")."""
    return reading(word)[0] in ("place", "word")


def judge(words: list[str], typ: str) -> tuple[str | None, str]:
    """What a model span of Russian words is: (type or None to drop, Russian nominative)."""
    kinds = [reading(w) for w in words]
    lemma = " ".join(_cap(lem, w) for (_, lem), w in zip(kinds, words))
    if any(k == "place" for k, _ in kinds):
        return ("LOC" if len(words) == 1 else None), lemma
    if typ == "PER":
        ok = any(k in ("name", "unknown") for k, _ in kinds) \
            and all(k != "word" for k, _ in kinds[-1:])
        return ("PER" if ok else None), _person(words) if ok else lemma
    return None, lemma


def _person(words: list[str]) -> str:
    """Nominative of a Russian name, the surname in the first name's gender ("Лии
    Ахеджаковой" -> "Лия Ахеджакова")."""
    ps = [_analyzer().parse(w)[0] for w in words]
    gender = next((p.tag.gender for p in ps if "Name" in p.tag.grammemes), None)
    out = []
    for p, w in zip(ps, words):
        f = p.inflect({"nomn", gender}) if gender in ("masc", "femn") and "Surn" in p.tag.grammemes \
            else None
        out.append(_cap((f.word if f else p.normal_form), w))
    return " ".join(out)


def _cap(lemma: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return lemma.upper()
    return "-".join(p[:1].upper() + p[1:] for p in lemma.split("-")) if like[:1].isupper() else lemma


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
        if "Name" in ra.tag.grammemes and _dictionary(ra) and reading(b.text)[0] in ("name", "unknown") \
                and "Name" not in rb.tag.grammemes \
                and (ra.tag.case == rb.tag.case or "Fixd" in rb.tag.grammemes):
            out.append((a.start, b.end, "PER"))
    return out
