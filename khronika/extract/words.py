r"""tokenize-uk's word tokenizer without its per-token chain of substitutions.

`tokenize_uk.tokenize_words_with_spans` runs LanguageTool's Ukrainian word tokenizer: it hides
dots, commas, colons and spaces that must not split a word behind private-use characters,
splits the text at its delimiters, and then puts every hidden character back with thirteen
`str.replace` calls (and one per URL) on every token, spaces included: on news text that
chain costs about as much as the rest of the tokenizer. A token that holds none of the hidden
characters comes out of the chain unchanged, so only the tokens that hold one go through it,
in the library's own order. Hiding and splitting are the library's own calls, so the tokens
and spans are tokenize-uk's (tests compare the two on varied text).

The hiding step passes some of its patterns to `regex.sub` as strings (about four calls a
sentence); the `regex` module then looks each up in its compiled-pattern cache, which costs
about twice the substitution itself on a sentence (~15 us a call, a sixth of segmentation on
news text). `_CompiledOnce` gives the library the same module with those string patterns
compiled once: the same pattern and flags, so the same compiled program and the same text.

A few of its patterns run on every sentence although a match needs a pair of characters that
news text seldom holds (`NUMBER_MISSING_SPACE`, a third of the hiding step, needs a lower-case
letter right before a digit: "ст5"). `_Gated` puts a search for that pair in front of each:
where it finds none, the pattern cannot match and its `sub` would return the text unchanged.
Its trim of trailing space (`[\s]*$` over tokenize-uk's own space list) is `str.rstrip` over
the same characters. `stock()` gives the library back as it ships (tests, benchmarks).

The rest of its patterns (some forty a sentence, mostly abbreviations and initials after a
dot) seldom match either, but each `sub` with a template ("\\1.\\2") first has `regex` fetch
the compiled template through a Python-level cache, whether or not anything matches: a sixth
of the hiding step. `_SearchFirst` searches first (the same pattern from the same position,
so it finds a match exactly where `sub` would) and returns the text as it is when none.
"""
from __future__ import annotations

import re
from contextlib import contextmanager

from tokenize_uk import tokenize_uk as _tk
from tokenize_uk.pipeline import _WORD_TOKENIZER, NON_CONTENT_CHARS

# what `UkrainianWordTokenizer.tokenize` puts back, in its order (URLs come last, per text)
_RESTORE = (
    (_tk.DECIMAL_COMMA_SUBST, ","),
    (_tk.NON_BREAKING_SLASH_SUBST, "/"),
    (_tk.NON_BREAKING_COLON_SUBST, ":"),
    (_tk.NON_BREAKING_SPACE_SUBST, " "),
    (_tk.LEFT_BRACE_SUBST, "("),
    (_tk.RIGHT_BRACE_SUBST, ")"),
    (_tk.LEFT_ANGLE_SUBST, "<"),
    (_tk.RIGHT_ANGLE_SUBST, ">"),
    (_tk.SLASH_SUBST, "/"),
    (_tk.NON_BREAKING_DOT_SUBST, "."),
    (_tk.SOFT_HYPHEN_WRAP_SUBST, _tk.SOFT_HYPHEN_WRAP),
    (_tk.NON_BREAKING_PLACEHOLDER, ""),
    (_tk.NON_BREAKING_PLACEHOLDER2, ""),
)

class _CompiledOnce:
    """The `regex` module, whose `sub` compiles a string pattern once per process."""

    def __init__(self, module) -> None:
        self._module = module
        self._compiled: dict[tuple[str, int], object] = {}

    def sub(self, pattern, repl, string, count=0, flags=0, *args, **kwargs):
        if args or kwargs or not isinstance(pattern, str):
            return self._module.sub(pattern, repl, string, count, flags, *args, **kwargs)
        if pattern == _TRAILING_SPACE and repl == "" and not count and not flags:
            return string.rstrip(_SPACES)
        compiled = self._compiled.get((pattern, flags))
        if compiled is None:
            if len(self._compiled) >= 256:      # the library's patterns are a fixed few
                self._compiled.clear()
            compiled = self._compiled[pattern, flags] = self._module.compile(pattern, flags)
        return compiled.sub(repl, string, count)

    def __getattr__(self, name: str):
        return getattr(self._module, name)


class _Gated:
    """A library pattern behind a search for what every one of its matches holds."""

    __slots__ = ("pattern", "gate")

    def __init__(self, pattern, gate: str) -> None:
        self.pattern = pattern
        self.gate = _tk.re.compile(gate, pattern.flags).search   # the pattern's own flags

    def sub(self, repl, string, count=0):
        if self.gate(string) is None:
            return string
        return self.pattern.sub(repl, string, count)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


_SPACES = _tk.HORIZONTAL_SPACE + _tk.VERTICAL_SPACE
_TRAILING_SPACE = "[" + _SPACES + "]*$"      # the string adjust_text_for_tokenizing trims with
# a library pattern and the characters every match of it holds side by side
_GATES = {
    # ...[а-яїієґ])([0-9]+...: the group's last letter, then the digits
    "NUMBER_MISSING_SPACE": "[а-яїієґ][0-9]",
    # one of the odd apostrophes between the two letters
    "WEIRD_APOSTROPH_PATTERN": "[\"\u201d\u201f`\u00b4]",
    # ([а-яіїє]-)([«"„])...: the hyphen, then the opening quote
    "COMPOUND_WITH_QUOTES1": "-[«\"„]",
    # ...([»\"“])(-[а-яіїє]): the closing quote, then the hyphen
    "COMPOUND_WITH_QUOTES2": "[»\"“]-",
    # \d{1,3}([space][\d]{3})+: a digit, a space, a digit
    "DECIMAL_SPACE_PATTERN": "\\d[" + _tk.HORIZONTAL_SPACE + "]\\d",
}


class _SearchFirst:
    """A library pattern whose `sub` returns the text as it is when the pattern finds nothing
    in it, before `regex` looks the replacement template up."""

    __slots__ = ("pattern", "search")

    def __init__(self, pattern) -> None:
        self.pattern = pattern
        self.search = pattern.search

    def sub(self, repl, string, count=0):
        if self.search(string) is None:
            return string
        return self.pattern.sub(repl, string, count)

    def __getattr__(self, name: str):
        return getattr(self.pattern, name)


# the library's compiled patterns that `adjust_text_for_tokenizing` only ever calls `sub` on
# (and that no gate above covers already)
_SEARCH_FIRST = (
    "DECIMAL_COMMA_PATTERN", "DASH_NUMBERS_PATTERN", "N_DASH_SPACE_PATTERN", "N_DASH_SPACE_PATTERN2",
    "YEAR_WITH_R", "WORDS_WITH_BRACKETS_PATTERN", "DOTTED_NUMBERS_PATTERN3", "DOTTED_NUMBERS_PATTERN",
    "ABBR_DOT_NAR_PATTERN_1", "ABBR_DOT_NAR_PATTERN_2", "ABBR_DOT_2_SMALL_LETTERS_PATTERN",
    "ABBR_DOT_VO_PATTERN1", "ABBR_DOT_VO_PATTERN2", "ABBR_DOT_VO_PATTERN3", "ABBR_DOT_ART_PATTERN",
    "ABBR_DOT_MAN_PATTERN", "ABBR_DOT_TYS_PATTERN1", "ABBR_DOT_TYS_PATTERN2", "ABBR_DOT_LAT_PATTERN",
    "ABBR_DOT_PROF_PATTERN", "ABBR_DOT_GUB_PATTERN", "ABBR_DOT_DASH_PATTERN",
    "INITIALS_DOT_PATTERN_SP_2", "INITIALS_DOT_PATTERN_SP_1", "INITIALS_DOT_PATTERN_RSP_2",
    "INITIALS_DOT_PATTERN_RSP_1", "ABBR_DOT_KUB_SM_PATTERN", "ABBR_DOT_S_G_PATTERN",
    "ABBR_DOT_CHL_KOR_PATTERN", "ABBR_DOT_PN_ZAH_PATTERN", "ABBR_DOT_I_T_P_PATTERN",
    "ABBR_DOT_I_T_CH_PATTERN", "ABBR_DOT_T_ZV_PATTERN", "ABBR_DOT_RED_AVT_PATTERN",
    "ABBR_DOT_NON_ENDING_PATTERN", "ABBR_DOT_NON_ENDING_PATTERN_2", "INVALID_MLN_DOT_PATTERN",
    "WEB_ENTITIES", "WEB_ENTITIES2", "ABBR_DOT_ENDING_PATTERN", "COLON_NUMBERS_PATTERN",
    "BRACE_IN_WORD_PATTERN", "XML_TAG_PATTERN", "APOSTROPHE_BEGIN_PATTERN", "APOSTROPHE_END_PATTER",
)
_SEARCH_FIRST = tuple(name for name in _SEARCH_FIRST if hasattr(getattr(_tk, name, None), "sub"))
_STOCK = {"re": _tk.re, **{name: getattr(_tk, name) for name in (*_GATES, *_SEARCH_FIRST)}}

if getattr(_tk.re, "__name__", "") == "regex":
    _FAST = {"re": _CompiledOnce(_tk.re),
             **{name: _Gated(getattr(_tk, name), gate) for name, gate in _GATES.items()},
             **{name: _SearchFirst(getattr(_tk, name)) for name in _SEARCH_FIRST}}
    for _name, _value in _FAST.items():
        setattr(_tk, _name, _value)
else:   # pragma: no cover - a release without the `regex` module: left as it ships
    _FAST = dict(_STOCK)


@contextmanager
def stock():
    """tokenize-uk as it ships (its patterns and its `regex` lookup), for comparisons."""
    for name, value in _STOCK.items():
        setattr(_tk, name, value)
    try:
        yield
    finally:
        for name, value in _FAST.items():
            setattr(_tk, name, value)


_HIDDEN = re.compile("[" + "".join(re.escape(k) for k, _ in _RESTORE) + "]")
_BREAK = _tk.BREAKING_PLACEHOLDER
_SPLIT = _tk.SPLIT_CHARS_REGEX


def _restore(token: str, urls: dict[str, str]) -> str:
    for hidden, char in _RESTORE:
        token = token.replace(hidden, char)
    for k, v in urls.items():
        token = token.replace(k, v)
    return token


def word_spans(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end) of each word of text, as `tokenize_words_with_spans` gives them.
    The library's split keeps every delimiter as a token and drops empty pieces; a regex split
    on its delimiter pattern (one group: the delimiter) gives the same pieces with empty
    strings between adjacent delimiters, in one C call instead of a Python loop over matches."""
    urls: dict[str, str] = {}
    if text.strip():
        text, urls = _WORD_TOKENIZER.adjust_text_for_tokenizing(text)
    if urls:
        hidden = re.compile("[" + "".join(re.escape(k) for k, _ in _RESTORE)
                            + "".join(map(re.escape, urls)) + "]").search
    else:
        hidden = _HIDDEN.search if _HIDDEN.search(text) else None
    spans: list[tuple[str, int, int]] = []
    offset = 0
    for token in _SPLIT.split(text):
        if token == " ":            # the commonest token: a plain space, never content
            offset += 1
            continue
        if not token or token == _BREAK:
            continue
        if hidden is not None and hidden(token):
            token = _restore(token, urls)
        end = offset + len(token)
        if token.strip(NON_CONTENT_CHARS):
            spans.append((token, offset, end))
        offset = end
    return spans
