"""Where a model's span runs into the sentence's own clause: a finite verb inside a name span
("Фонд керується Конституцією України" is the fund, then a clause; "Пітер Велч Заявив",
a headline's capitalised predicate, is the senator), or the conjunction that
opens the sentence at its start ("Коли ТЕС готуються ..." is "ТЕС"). No name of a person, a
body or a place holds a finite verb outside quote marks, and a sentence's first word is
capitalised whatever it is, so the span is cut there; a quoted title keeps its words
(«Як ми втратили Крим» is a work's name). A headline in capitals ("ЧОМУ ВАРТО ПОДИВИТИСЯ
СТРІЧКУ") is no name either: a span of two or more capitalised common words, outside quote
marks, is dropped."""
from __future__ import annotations

from ..morph import is_dictionary, parses, tag_view
from .span_admission import _open_quote

_OPENERS = frozenset({"CONJ", "PRCL", "ADVB"})
_NAMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})
_TENSES = frozenset({"past", "pres", "futr"})


def _verb_only(word: str) -> bool:
    ps = [p for p in parses(word) if is_dictionary(p)]
    return bool(ps) and all(tag_view(p).POS == "VERB" for p in ps)


def _told_verb(word: str, verbs: frozenset[str]) -> bool:
    """A finite verb of a person's acts or speech (`verbs`: lexicon `person_verbs`) in the
    indicative and nothing else the dictionary knows ("Заявив", "Наголошує"): the clause's
    predicate, not a word of a name. An imperative opens names of funds and campaigns
    ("Повернись живим") and stays; so does a surname the dictionary also lists as some rare
    verb ("Лайтер")."""
    ps = [p for p in parses(word.lower()) if is_dictionary(p)]
    return bool(ps) and all(tag_view(p).POS == "VERB" and _TENSES & tag_view(p).grammemes
                            and p.normal_form in verbs for p in ps)


def _opener(word: str) -> bool:
    """A conjunction, particle or adverb the dictionary knows, that is no name."""
    ps = [p for p in parses(word) if is_dictionary(p)]
    return any(tag_view(p).POS in _OPENERS for p in ps) and not any(_NAMES & tag_view(p).grammemes for p in ps)


def _shouted(toks, i: int, j: int) -> bool:
    """Two or more words in capitals, none a name or an abbreviation in the dictionary and
    at least two of them its common words, not opened by a quote mark: a headline, not an
    acronym's name."""
    words = [t for t in toks[i:j] if t.is_word]
    if len(words) < 2 or (i > 0 and toks[i - 1].text in ("«", '"', "“", "„")):
        return False
    common = 0
    for t in words:
        if _open_quote(toks, i, toks.index(t, i)):
            continue            # a quoted title inside the headline («ПАТЕРСОН») may be a name
        if not t.text.isupper():
            return False
        if len(t.text) < 3:
            continue            # "ЦЮ", "І", "З": no acronym's name either way
        ps = [p for p in parses(t.text.lower()) if is_dictionary(p)]
        if any(_NAMES & tag_view(p).grammemes or "Abbr" in tag_view(p).grammemes for p in ps):
            return False
        common += bool(ps)
    return common >= 2


def cut_clauses(st, spans: list[tuple[int, int, str]],
                verbs: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    toks = st.doc.tokens
    out = []
    for s, e, typ in spans:
        i = st.tok_at.get(s)
        if i is None or typ not in ("PER", "ORG", "LOC"):
            out.append((s, e, typ))
            continue
        j = i
        while j < len(toks) and toks[j].end <= e:
            j += 1
        if j - i > 1 and toks[i].is_word and st.sentence_initial(i) and _opener(toks[i].text) \
                and toks[i + 1].is_word and toks[i + 1].text[:1].isupper():
            i += 1
        for k in range(i + 1, j):
            t = toks[k]
            if t.is_word and t.text[:1].islower() and _verb_only(t.text) and not _open_quote(toks, i, k):
                j = k
                break
            if verbs and t.is_word and t.text[:1].isupper() and not t.text.isupper() and toks[k - 1].is_word \
                    and toks[k - 1].text[:1].isupper() and _told_verb(t.text, verbs) and not _open_quote(toks, i, k):
                j = k       # "Сенатор Пітер Велч Заявив": a capitalised predicate after the name
                break
        if any(t.is_word and t.text[:1].isupper() for t in toks[i:j]) and not _shouted(toks, i, j):
            out.append((toks[i].start, toks[j - 1].end, typ))
    return out
