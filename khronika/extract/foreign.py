"""Passages in Russian inside a Ukrainian text (an address that turns to Russian speakers, a
quoted Russian phrase): found, listed in `doc.foreign_spans`, and their tokens stripped of the
Ukrainian morphology that would misread them ("можем" is no Ukrainian verb, "народ" in a
Russian sentence governs nothing here), so the entity, time, quote and event layers that run
after this one do not analyse Russian words as Ukrainian.

Cheap first: a sentence or a quoted stretch with a letter only Ukrainian has (і, ї, є, ґ) is
Ukrainian, and nearly every Ukrainian sentence has one. Only the rest (a few per cent of
sentences) go to lingua, which decides between Ukrainian and Russian; a Russian-only letter
(ы, э, ъ, ё) with no Ukrainian one settles it without lingua. The detector is built on first
need (lingua loads its models then, about 2 s once per process). Options
(`Settings.options["foreign"]`): `min_letters` (shorter stretches are left to lingua only
next to a Russian sentence, default 20),
`min_confidence` (lingua's Russian confidence to accept, default 0.8).
"""
from __future__ import annotations

import re

from ..document import Document
from ..pipeline import component
from ..settings import Settings
from ..textnorm import APOSTROPHES
from .morph import analyzer

_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
_QUOTED = re.compile(r"[«„“\"]([^«»„“”\"\n]{3,}?)[»“”\"]")
_TAIL = re.compile(r"[»“”\"][,.!?…]?\s*[—–-]\s*([^«»„“”\"—–]{3,80}?)\s*$")
_COMMA = re.compile(r",\s*")
_AFTER_COLON = re.compile(r":\s*([^:\n]{3,}?)\s*[.!?…]*\s*$")
_DETECTOR = None
# lingua's Russian confidence a short quoted phrase needs when most of its words are unknown to
# the Ukrainian dictionary (lingua gives four-word Russian phrases about 0.79)
_SHORT_CONFIDENCE = 0.7


def _detector():
    global _DETECTOR
    if _DETECTOR is None:
        from lingua import Language, LanguageDetectorBuilder
        _DETECTOR = LanguageDetectorBuilder.from_languages(
            Language.UKRAINIAN, Language.RUSSIAN).build()
    return _DETECTOR


def _ukrainian_letters(text: str) -> bool:
    return bool(_UK_ONLY.search(text)) or any(c in text for c in APOSTROPHES)


def _ru_confidence(text: str) -> float:
    for value in _detector().compute_language_confidence_values(text):
        if value.language.name == "RUSSIAN":
            return value.value
    return 0.0


def _foreign_words(text: str) -> int:
    """Words the Ukrainian dictionary does not know ("что", "мы", "слышите"): lingua alone
    takes a short Ukrainian sentence ("Посилюватися щотижнево.") for Russian."""
    known = analyzer().word_is_known
    return sum(1 for w in _WORD.findall(text.lower()) if not known(w))


def russian(text: str, min_letters: int = 20, min_confidence: float = 0.8) -> bool:
    """Whether a stretch of Cyrillic text is Russian rather than Ukrainian. Short stretches
    ("Будемо захищатися.") say too little for lingua; a Russian-only letter still counts."""
    if _ukrainian_letters(text):
        return False
    letters = len(_LETTER.findall(text))
    if _RU_ONLY.search(text) and letters >= 8:
        return True
    return (letters >= min_letters and _foreign_words(text) > 0
            and _ru_confidence(text) >= min_confidence)


def _join_or_add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    """A Russian sentence right after the last Russian span (only blank text between) lengthens
    it; any other starts a span of its own."""
    if spans and not text[spans[-1][1]:start].strip():
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def find_foreign(doc: Document, min_letters: int = 20, min_confidence: float = 0.8
                 ) -> list[tuple[int, int]]:
    """(start, end) of the Russian stretches: whole sentences, merged when adjacent, and
    quoted stretches inside Ukrainian sentences. A short sentence next to a Russian one
    ("Потому что мы – люди.") joins it on a weaker vote, as a reader would take it."""
    text = doc.text
    sents = doc.sentences
    flags = [russian(text[s.start:s.end], min_letters, min_confidence) for s in sents]
    for _ in range(2):
        for i, s in enumerate(sents):
            if flags[i] or not ((i and flags[i - 1]) or (i + 1 < len(sents) and flags[i + 1])):
                continue
            if _leans_russian(text[s.start:s.end]):
                flags[i] = True
    _russian_paragraphs(text, sents, flags)
    spans: list[tuple[int, int]] = []
    for i, sent in enumerate(sents):
        if flags[i]:
            inner = _quoted_only(text[sent.start:sent.end])
            if inner is not None:
                # "Вони кричали нам: «Уходите ...»": the quote is Russian, its frame is not
                spans.append((sent.start + inner[0], sent.start + inner[1]))
                continue
            end = sent.end - _attribution_tail(text[sent.start:sent.end])
            _join_or_add(text, spans, sent.start, end)
            continue
        chunk = text[sent.start:sent.end]
        cut = _attribution_tail(chunk) if i and flags[i - 1] else 0
        if cut and _leans_russian(chunk[:len(chunk) - cut]):
            # "«Вы можете остановить эту войну. Выходите на улицы», – сказав він.": the quote's
            # last sentence goes on in Russian up to its Ukrainian attribution
            end = sent.end - cut
            _join_or_add(text, spans, sent.start, end)
            continue
        if not _UK_ONLY.search(chunk) and not _RU_ONLY.search(chunk):
            continue    # a quoted stretch needs a Ukrainian sentence around it to stand out
        for m in _QUOTED.finditer(chunk):
            if russian(m.group(1), min_letters, min_confidence) or _short_russian(m.group(1), min_confidence):
                spans.append((sent.start + m.start(1), sent.start + m.end(1)))
        m = _AFTER_COLON.search(chunk)
        if m and not _QUOTED.search(m.group(1)) and russian(m.group(1), min_letters, min_confidence):
            # words reported after a colon without marks ("кричали російською: оккупанты,
            # уходите домой")
            spans.append((sent.start + m.start(1), sent.start + m.end(1)))
        elif not _QUOTED.search(chunk):
            tail = _russian_clause(chunk, min_letters, min_confidence)
            if tail is not None:
                # a clause reported in Russian after a Ukrainian frame ("Пєсков заявив, что
                # переговоры невозможны")
                spans.append((sent.start + tail[0], sent.start + tail[1]))
    spans.sort()
    return spans


def _short_russian(chunk: str, min_confidence: float) -> bool:
    """A short quoted phrase ("«Киев будет наш»", "«Нужно ударить по Киеву»") too short for
    `russian`: most of its words, two at least, unknown to the Ukrainian dictionary, no
    Ukrainian letter, and lingua for Russian."""
    words = _WORD.findall(chunk)
    unknown = _foreign_words(chunk)
    return not _ukrainian_letters(chunk) and len(_LETTER.findall(chunk)) >= 8 and unknown >= 2 \
        and unknown * 2 >= len(words) and _ru_confidence(chunk) >= min(min_confidence, _SHORT_CONFIDENCE)


def _leans_russian(chunk: str) -> bool:
    """The weaker vote a stretch next to a Russian sentence takes: no Ukrainian letter, a
    Russian letter or a word the Ukrainian dictionary lacks, and lingua rather for Russian."""
    return not _ukrainian_letters(chunk) and len(_LETTER.findall(chunk)) >= 4 \
        and bool(_RU_ONLY.search(chunk) or _foreign_words(chunk)) and _ru_confidence(chunk) >= 0.5


def _russian_clause(chunk: str, min_letters: int, min_confidence: float) -> tuple[int, int] | None:
    """(start, end) of the longest run of clauses closing a sentence, after a comma, that is
    Russian though the sentence opens in Ukrainian; None when there is none. A Ukrainian tail
    has a Ukrainian letter and is passed over without asking lingua."""
    end = len(chunk.rstrip().rstrip(".!?…"))
    for m in _COMMA.finditer(chunk, 0, end):
        start = m.end()
        if end - start >= 3 and russian(chunk[start:end], min_letters, min_confidence):
            return start, end
    return None


def _attribution_tail(chunk: str) -> int:
    """How much of a sentence taken for Russian is a Ukrainian attribution after a quote that
    closes in it ("... молчите», — сказав Зеленський."): the attribution and its closing mark
    stay out of the passage, so that its speech verb is read; 0 when there is none."""
    m = _TAIL.search(chunk)
    if m is None or _foreign_words(m.group(1)) or _RU_ONLY.search(m.group(1)):
        return 0
    return len(chunk) - m.start()


def _quoted_only(chunk: str) -> tuple[int, int] | None:
    """The one quoted stretch of a sentence taken for Russian, when the words around it are
    Ukrainian (no Russian letter, no word the Ukrainian dictionary lacks, lingua not for
    Russian); else None."""
    quotes = list(_QUOTED.finditer(chunk))
    if len(quotes) != 1:
        return None
    m = quotes[0]
    frame = chunk[:m.start()] + " " + chunk[m.end():]
    if len(_LETTER.findall(frame)) < 6 or _RU_ONLY.search(frame) or _foreign_words(frame):
        return None
    return (m.start(1), m.end(1)) if _ru_confidence(frame) < 0.5 else None


def _russian_paragraphs(text: str, sents, flags: list[bool]) -> None:
    """A paragraph whose sentences are mostly Russian takes the rest of its sentences with no
    Ukrainian letter ("За свою землю.", "Роддом.", "А вы?", "Даже Telegram и YouTube."): alone
    they say too little for lingua, in their paragraph a reader takes them as Russian."""
    by_para: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        by_para.setdefault(s.paragraph, []).append(i)
    for idxs in by_para.values():
        ru = sum(1 for i in idxs if flags[i])
        if ru < 2:
            continue
        rest = [i for i in idxs if not flags[i]]
        uk = [i for i in rest if _ukrainian_letters(text[sents[i].start:sents[i].end])]
        if ru > len(uk):
            for i in rest:
                chunk = text[sents[i].start:sents[i].end]
                if i not in uk and _LETTER.search(chunk):
                    flags[i] = True


@component("foreign", requires=("tokens", "morph"), provides=("foreign",))
class Foreign:
    """Pipeline component: lists Russian passages and clears their tokens' morphology."""

    def __init__(self, settings: Settings):
        self.min_letters = int(settings.option("foreign", "min_letters", 20))
        self.min_confidence = float(settings.option("foreign", "min_confidence", 0.8))

    def preload(self) -> None:
        """lingua's detector, with the models it reads on its first text (`Pipeline.preload`)."""
        _ru_confidence("Мы здесь живём и никуда не уйдём")

    def __call__(self, doc: Document) -> None:
        spans = find_foreign(doc, self.min_letters, self.min_confidence)
        if not spans:
            return
        doc.foreign_spans.extend({"start": s, "end": e, "language": "ru"} for s, e in spans)
        k = 0
        for t in doc.tokens:
            while k < len(spans) and spans[k][1] <= t.start:
                k += 1
            if k == len(spans):
                break
            if spans[k][0] <= t.start and t.end <= spans[k][1] and t.is_word:
                t.lemma = t.pos = t.case = t.number = t.gender = None
                t.tense = t.person = t.aspect = t.mood = None
                t.tags = frozenset({"foreign"})
