"""tokenize-uk's sentence splitter without its per-character Python loop.

`tokenize_uk.tokenize_sents_with_spans` runs choppa's SRX iterator with LanguageTool's
Ukrainian rules. One break rule has an empty before-part (before '', after '<0}': a
translation-memory marker); choppa's matcher finds that empty match at every position and
tries the after-part there, one Python iteration per character of every paragraph (a third
of segmentation time on news text). A regex search for the after-part finds the same first
position in one C call. All the rest is choppa's own iterator over tokenize-uk's own rule
document, so the sentences are tokenize-uk's (tests compare the two on varied text).
"""
from __future__ import annotations

from functools import lru_cache

from choppa.iterators import SrxTextIterator
from choppa.rule_matcher import RuleMatcher
from tokenize_uk.pipeline import SENTENCE_LANGUAGE_CODE, _get_sentence_splitter


class _Matcher(RuleMatcher):
    """choppa's matcher given its rule's compiled patterns (choppa looks them up per paragraph)."""

    __slots__ = ()

    def __init__(self, rule, text: str, before, after) -> None:
        self.rule = rule
        self.text = text
        self.text_len = len(text)
        self.before_pattern = before
        self.after_pattern = after
        self.found = True
        self._position = self._start_position = self._break_position = self._end_position = 0


class _EmptyBeforeMatcher(_Matcher):
    """A rule whose before-part is empty breaks at the first position its after-part matches."""

    __slots__ = ()

    def find(self, start: int | None = None) -> bool:
        position = self._position if start is None else start
        m = self.after_pattern.search(self.text, position) if position <= self.text_len else None
        if m is None:                   # choppa's loop ends past the text, nothing found
            self.found = False
            self._position = max(position, self.text_len + 1)
            return False
        self.found = True
        self._start_position = self._break_position = m.start()
        self._end_position = m.end()
        self._position = m.start() + 1  # a zero-width before-match steps one character on
        return True


class _Iterator(SrxTextIterator):
    def init_matchers(self) -> None:
        self.rule_matcher_list = []
        text = self.text_manager.get_text()
        for rule, cls, before, after in _break_rules(self.document, self.rule_manager):
            matcher = cls(rule, text, before, after)
            matcher.find()
            if not matcher.hit_end():
                self.rule_matcher_list.append(matcher)


@lru_cache(maxsize=None)
def _break_rules(document, rule_manager) -> tuple:
    """(rule, matcher class, compiled before, compiled after) for each break rule, in order
    (choppa's document and rule manager live for the process: tokenize-uk caches them)."""
    return tuple((rule, _Matcher if rule.before_pattern else _EmptyBeforeMatcher,
                  document.compile(rule.before_pattern), document.compile(rule.after_pattern))
                 for rule in rule_manager.break_rule_list)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text, as `tokenize_sents_with_spans` gives them."""
    document, _ = _get_sentence_splitter()
    spans, offset = [], 0
    for seg in _Iterator(document, SENTENCE_LANGUAGE_CODE, text):
        stripped = seg.strip()
        if stripped:
            lead = len(seg) - len(seg.lstrip())
            spans.append((offset + lead, offset + lead + len(stripped)))
        offset += len(seg)
    return spans
