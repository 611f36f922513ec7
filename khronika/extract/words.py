"""tokenize-uk's word tokenizer without its per-token chain of substitutions.

`tokenize_uk.tokenize_words_with_spans` runs LanguageTool's Ukrainian word tokenizer: it hides
dots, commas, colons and spaces that must not split a word behind private-use characters,
splits the text at its delimiters, and then puts every hidden character back with thirteen
`str.replace` calls (and one per URL) on every token, spaces included: on news text that
chain costs about as much as the rest of the tokenizer. A token that holds none of the hidden
characters comes out of the chain unchanged, so only the tokens that hold one go through it,
in the library's own order. Hiding and splitting are the library's own calls, so the tokens
and spans are tokenize-uk's (tests compare the two on varied text).
"""
from __future__ import annotations

import re

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
