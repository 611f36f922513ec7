"""Speech frames in Russian passages ("Пєсков прокоментував санкції. Он написал, что ..."): the
foreign layer strips a Russian sentence of the Ukrainian morphology that would misread it, so
the sentence's speech verb and subject pronoun say nothing to this layer. While the layer
runs, those words alone, a verb only with a subject pronoun or a name right before it, (`speech.yaml`, `russian_frames`, by their lemma in pymorphy3's Russian
dictionary) read as their Ukrainian equivalents, with the verb's tense, gender and number, so
the Ukrainian patterns find the content clause after "что" and its speaker; the readings are
taken back when the layer is done, and no later layer sees them."""
from __future__ import annotations

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from ...document import Document, Token
from ..morph import russian_analyzer
from .lexicon import Lexicon, tokens_in

_FIELDS = ("norm", "lemma", "pos", "case", "number", "gender", "tense", "person", "aspect", "mood", "tags")


@lru_cache(maxsize=4096)
def _parse(word: str) -> tuple[str, str | None, frozenset]:
    """(Russian lemma, part of speech, grammemes) of the best Russian parse."""
    p = russian_analyzer().parse(word)[0]
    return p.normal_form, p.tag.POS, frozenset(p.tag.grammemes)


def _reading(lex: Lexicon, tok: Token) -> dict | None:
    """The Ukrainian reading of a Russian speech verb or subject pronoun, None for any other
    word."""
    lemma, pos, tags = _parse(tok.text.lower())

    def pick(*names: str) -> str | None:
        return next((g for g in names if g in tags), None)
    if pos == "VERB" and lemma.replace("ё", "е") in lex.russian_verbs:
        return {"lemma": lex.russian_verbs[lemma.replace("ё", "е")], "pos": "VERB",
                "number": pick("sing", "plur"), "gender": pick("masc", "femn", "neut"),
                "tense": pick("past", "pres", "futr"), "person": pick("1per", "2per", "3per"),
                "aspect": pick("perf", "impf"), "mood": pick("indc", "impr"),
                "tags": tok.tags | tags}
    uk = lex.russian_pronouns.get(tok.norm)
    if uk is not None and pos == "NPRO":
        return {"norm": uk, "lemma": uk, "pos": "NPRO", "case": "nomn", "number": pick("sing", "plur"),
                "gender": pick("masc", "femn", "neut"), "tags": tok.tags | tags}
    return None


@contextmanager
def russian_frames(doc: Document, lex: Lexicon) -> Iterator[None]:
    """Within the block, the speech verbs of the document's Russian passages that have a
    subject pronoun or a name right before them, and those pronouns, read as Ukrainian (see
    the module's docstring)."""
    saved: list[tuple[Token, tuple]] = []
    try:
        for span in doc.foreign_spans:
            toks = tokens_in(doc, span["start"], span["end"])
            for k, tok in enumerate(toks):
                if not tok.is_word or "foreign" not in tok.tags:
                    continue
                got = _reading(lex, tok)
                if got is None or got["pos"] != "VERB" or got["person"] in ("1per", "2per"):
                    continue
                subject = _subject(doc, lex, toks, k)
                if subject is None:
                    continue    # "Там говорят, что ...", "кому сказали, что ...": no one named
                for t, reading in ((tok, got), (subject, _reading(lex, subject))):
                    if reading is not None and not any(t is u for u, _ in saved):
                        saved.append((t, tuple(getattr(t, f) for f in _FIELDS)))
                        for f, v in reading.items():
                            setattr(t, f, v)
        yield
    finally:
        for tok, values in saved:
            for f, v in zip(_FIELDS, values):
                setattr(tok, f, v)


def _subject(doc: Document, lex: Lexicon, toks: list[Token], k: int) -> Token | None:
    """The subject right before the verb at `toks[k]`, in its clause (a word or two may stand
    between: "Он также написал"), or right after it ("», — сказал Песков", "— заявил он"): a
    subject pronoun of `russian_frames`, or a word of a person's or a body's name; None when
    there is none."""
    if k + 1 < len(toks) and toks[k + 1].is_word and (toks[k + 1].norm in lex.russian_pronouns or any(
            m.start == toks[k + 1].start and m.type in ("PER", "ORG") for m in doc.mentions)):
        return toks[k + 1]
    for j in range(k - 1, max(-1, k - 4), -1):
        t = toks[j]
        if not t.is_word:
            return None
        if t.norm in lex.russian_pronouns:
            return t
        if any(m.end == t.end and m.type in ("PER", "ORG") for m in doc.mentions):
            return t
    return None


def in_foreign(doc: Document, start: int, end: int) -> bool:
    """Whether the stretch lies inside a passage the foreign layer marked Russian."""
    return any(f["start"] <= start and end <= f["end"] + 1 for f in doc.foreign_spans)


def foreign_lead(doc: Document, pos: int) -> bool:
    """Whether the words of its sentence before the quote at `pos` are Russian ("В ответ в
    Кремле заявили: «...»"): a frame this layer cannot read names someone it does not see,
    so neither the speaker before nor the sentence before says who speaks."""
    if not doc.sentences or not doc.foreign_spans:
        return False
    sent = doc.sentences[doc.sentence_at(pos)]
    words = [t for t in tokens_in(doc, sent.start, pos) if t.is_word]
    return bool(words) and all("foreign" in t.tags for t in words)
