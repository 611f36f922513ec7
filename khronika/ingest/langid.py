"""Which language a document is in (Ukrainian, Russian or English only): the store keeps
non-Ukrainian documents, marked, but does not analyse them. The lingua detector takes a second
and ~100 MB to build, so it is built once, on first use."""
from __future__ import annotations

import re

_DETECTOR = None
_CODES = {"UKRAINIAN": "uk", "RUSSIAN": "ru", "ENGLISH": "en"}
# letters only one of the two Cyrillic languages has: a cheap, certain hint for short texts
_UK_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_RU_ONLY = re.compile(r"[ыэъёЫЭЪЁ]")


def detector():
    global _DETECTOR
    if _DETECTOR is None:
        from lingua import Language, LanguageDetectorBuilder
        _DETECTOR = (LanguageDetectorBuilder
                     .from_languages(Language.UKRAINIAN, Language.RUSSIAN, Language.ENGLISH)
                     .build())
    return _DETECTOR


def detect(text: str, default: str = "uk") -> str:
    """'uk', 'ru' or 'en'; `default` when the text says too little."""
    sample = text[:5000]
    if not re.search(r"\w", sample):
        return default
    uk, ru = len(_UK_ONLY.findall(sample)), len(_RU_ONLY.findall(sample))
    if uk >= 3 and ru == 0:
        return "uk"
    if ru >= 3 and uk == 0:
        return "ru"
    lang = detector().detect_language_of(sample)
    return _CODES.get(lang.name, default) if lang is not None else default
