"""Paragraphs, sentences and tokens with offsets into the original text.

tokenize-uk does the work (abbreviations such as "р.", "див.", "т. ч." and «» stay right; its
sentence splitter through `sentences.py`, which drops a per-character loop, its word tokenizer
through `words.py`, which drops a per-token chain of substitutions);
this module keeps its spans pointing into the original characters (tokenize-uk returns
normalised apostrophes in its token strings), splits words joined by an en or em dash
("Україна–НАТО", "5–7") and a paragraph-initial speech dash ("-Починаємо") from the word.
"""
from __future__ import annotations

import re
from functools import lru_cache

import tokenize_uk

from ..document import Document, Paragraph, Sentence, Token
from ..pipeline import component
from ..settings import Settings
from ..textnorm import norm_word
from .morph import dictionary_parses

try:    # the fast path reaches into choppa's and tokenize-uk's internals (both unpinned)
    from .sentences import sentence_spans
except (ImportError, AttributeError):     # pragma: no cover - a release that moved them
    def sentence_spans(text: str) -> list[tuple[int, int]]:
        return [(s, e) for _, s, e in tokenize_uk.tokenize_sents_with_spans(text)]
try:
    from .words import word_spans
except (ImportError, AttributeError):     # pragma: no cover - a release that moved them
    word_spans = tokenize_uk.tokenize_words_with_spans

_WORDLIKE = re.compile(r"\w", re.UNICODE)
_INNER_DASH = re.compile(r"[–—―‒]")
_DASH_CHARS = frozenset("–—―‒")
_LINE = re.compile(r"[^\n]+")
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"     # pasted web text ends lines with them


@lru_cache(maxsize=1 << 17)
def _word_form(word: str) -> tuple[str, bool]:
    """The norm of a token and whether it holds a letter or digit, once per distinct form."""
    return norm_word(word), bool(_WORDLIKE.search(word))


def _blank(ch: str) -> bool:
    return ch.isspace() or ch in _INVISIBLE


def paragraphs(text: str) -> list[Paragraph]:
    """Each non-blank line is a paragraph (news sites print one paragraph a line)."""
    out = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and _blank(text[start]):
            start += 1
        while end > start and _blank(text[end - 1]):
            end -= 1
        if end > start:
            out.append(Paragraph(start, end))
    return out


def _split_inner_dashes(word: str, start: int) -> list[tuple[str, int, int]]:
    if len(word) < 3 or _DASH_CHARS.isdisjoint(word) or not _INNER_DASH.search(word[1:-1]):
        return [(word, start, start + len(word))]
    parts, pos = [], 0
    for m in _INNER_DASH.finditer(word):
        if m.start() == 0 or m.end() == len(word):
            continue
        if m.start() > pos:
            parts.append((word[pos:m.start()], start + pos, start + m.start()))
        parts.append((m.group(), start + m.start(), start + m.end()))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], start + pos, start + len(word)))
    return parts


def tokenize(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Word spans of text[start:end] as (original slice, start, end)."""
    piece = text[start:end]
    if _DASH_CHARS.isdisjoint(piece):       # most sentences: no word to split at a dash
        return [(piece[s:e], s + start, e + start) for _, s, e in word_spans(piece)]
    out = []
    for _, s, e in word_spans(piece):
        s += start
        e += start
        out.extend(_split_inner_dashes(text[s:e], s))
    return out


_LETTER_STOP = re.compile(r"[^\W\d_]\.")


def _final_letter(tokens: list[Token], first: int) -> None:
    """A sentence that ends in a capital letter with its full stop after a capitalised word
    ("... повідомив Ван І."): tokenize-uk reads "І." as an initial, but an initial stands
    before a surname, never last, so the letter is the name's last word and the stop ends
    the sentence; split as a letter and a stop, the name is the same as mid-sentence
    ("Ван І") and not a second entity with the stop in it."""
    last = tokens[-1]
    if len(last.text) != 2 or len(tokens) - first < 2 or not _LETTER_STOP.fullmatch(last.text) \
            or not last.text[0].isupper():
        return      # (the length first: most sentences end in a one-character stop)
    prev = tokens[-2]
    if not prev.is_word or not prev.text[:1].isupper() or prev.end == last.start:
        return
    letter = last.text[0]
    tokens[-1] = Token(last.start, last.start + 1, letter, _word_form(letter)[0], last.sentence, True)
    tokens.append(Token(last.start + 1, last.end, ".", _word_form(".")[0], last.sentence, False))


# (the space first, its two letters looked behind from after it: a pattern that opens with a
# look-behind tries it at every character of every paragraph, one that opens with a space
# only where a space is; the same matches, a third of the time)
_LETTER_THEN_WORD = re.compile(r" (?<=[^\W\d_]{2} )([^\W\d_])\. +([^\W\d_][\w'’ʼ-]*)")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"})


def _common_word(word: str) -> bool:
    """A word the dictionary reads only as a common word, never as a name."""
    ps = dictionary_parses(word.lower())
    return bool(ps) and not any(_NAME_TAGS & set(p.tag.grammemes) for p in ps)


def _letter_breaks(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The splitter's sentences, broken after a capital letter with its stop that ends a
    name ("зустрів Ван І. Переговори тривали"): tokenize-uk keeps it as an initial, but an
    initial stands before a surname, and a capitalised common word that no name reads
    ("Переговори") is no surname, so the stop ends the sentence. A middle initial before a
    surname ("Джон Ф. Кеннеді", "Ігор В. Коваль": "Коваль" is a surname too) stays."""
    out = []
    for s, e in spans:
        start = s
        for m in _LETTER_THEN_WORD.finditer(piece, s, e):
            if not m.group(1).isupper() or not m.group(2)[:1].isupper() \
                    or (len(m.group(2)) == 1 and piece[m.end(2):m.end(2) + 1] == "."):
                continue        # another initial after it ("В. І. Сидоренку"): a name goes on
            before = piece[:m.start()].split()[-1:]
            if not before or not before[0][:1].isupper() or not _common_word(m.group(2)):
                continue
            out.append((start, m.end(1) + 1))
            start = m.start(2)
        out.append((start, e))
    return out


_NEXT_WORD = re.compile(r"([^\W\d_][\w'’ʼ-]*)( \.)?")


def _listed_common_word(word: str) -> bool:
    """A word the dictionary itself lists, only as a common word: a surname it does not hold
    ("Тимошук") is guessed from a listed ending (a prefix cut off), and such a guess says
    nothing."""
    ps = [p for p in dictionary_parses(word.lower()) if len(p.methods_stack) == 1]
    return bool(ps) and not any(_NAME_TAGS & set(p.tag.grammemes) for p in ps)


def _spaced_initials(piece: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The splitter's sentences joined again across an initial whose stop stands apart
    ("хімік А . Купер", "О . М . Бутлеров"), as text tokenized in advance writes every stop:
    the splitter ends a sentence at "А ." where it keeps "А. Купер" whole. The same test as
    the letter before a stop written close (`_letter_breaks`): the stop goes on into a name,
    another initial or a capitalised word no common word reads; before a common word
    ("група А . Наступного") it ends the sentence."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            if pe - ps >= 3 and piece[pe - 1] == "." and piece[pe - 2] == " " \
                    and piece[pe - 3].isupper() and (pe - 3 == ps or piece[pe - 4].isspace()):
                m = _NEXT_WORD.match(piece, s)
                if m and m.group(1)[:1].isupper() and (
                        (len(m.group(1)) == 1 and m.group(2)) or
                        (len(m.group(1)) > 1 and not _listed_common_word(m.group(1)))):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


def segment(doc: Document) -> None:
    text = doc.text
    doc.paragraphs = paragraphs(text)
    doc.sentences, doc.tokens = [], []
    tokens, add = doc.tokens, doc.tokens.append
    for p_index, para in enumerate(doc.paragraphs):
        para_text = text[para.start:para.end]
        for s, e in _letter_breaks(para_text, _spaced_initials(para_text, sentence_spans(para_text))):
            s += para.start
            e += para.start
            while s < e and _blank(text[s]):
                s += 1
            while e > s and _blank(text[e - 1]):
                e -= 1
            if s >= e:
                continue
            first = len(tokens)
            sent = len(doc.sentences)
            piece = text[s:e]
            if _DASH_CHARS.isdisjoint(piece):   # `tokenize` without its list of triples
                for _, ws, we in word_spans(piece):
                    word = piece[ws:we]
                    norm, wordlike = _word_form(word)
                    add(Token(ws + s, we + s, word, norm, sent, wordlike))
            else:
                for word, ws, we in tokenize(text, s, e):
                    norm, wordlike = _word_form(word)
                    add(Token(ws, we, word, norm, sent, wordlike))
            if len(tokens) == first:        # nothing but marks tokenize-uk drops
                continue
            _final_letter(tokens, first)
            doc.sentences.append(Sentence(s, e, p_index, first, len(tokens)))


@component("segment", provides=("paragraphs", "sentences", "tokens"))
class Segmenter:
    def __init__(self, settings: Settings):
        self.settings = settings

    def __call__(self, doc: Document) -> None:
        segment(doc)
