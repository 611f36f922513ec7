"""Token features for the CRF: word form, shape, affixes, pymorphy3 analysis, and the same
for the neighbours, plus whether the token sits inside «» quotes.

Everything that depends on the word alone is computed once per distinct surface
(lru_cache), already prefixed for each window position, so a sentence costs little more
than list concatenation: that keeps prediction far above 40k words/s on one core.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.morph import analyse, parses, tag_view

_NAME_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Abbr", "Fixd"})

_OPEN_QUOTES = frozenset("«„“")
_CLOSE_QUOTES = frozenset("»“”")
_CYR = re.compile(r"[а-яґєіїА-ЯҐЄІЇ]")
_LAT = re.compile(r"[a-zA-Z]")


def shape(word: str) -> str:
    """Long shape (Xxxxx -> Xx after collapsing runs) and letter classes."""
    if word.isalpha():      # most words: lower or title case, told without a loop per letter
        if word.islower():
            return "x"      # (no letter of a lower-case string is upper case)
        if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
            return "Xx" if len(word) > 1 else "X"
    out = []
    for ch in word:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)[:6]


def _word_core(word: str) -> list[str]:
    """Features of a word that its neighbours also see (a compact subset)."""
    low = word.lower()
    # (a word of letters only, most of them, is answered without a look at each letter)
    a = analyse(word) if word.isalpha() or any(ch.isalpha() for ch in word) else None
    f = ["w=" + low, "sh=" + shape(word), "s3=" + low[-3:]]
    if a is not None:
        f.append("lem=" + a.lemma)
        f.append("pos=" + str(a.pos))
        if a.case:
            f.append("case=" + a.case)
    if word[:1].isupper():
        f.append("cap")
    return f


def word_parts(word: str) -> tuple[list[str], list[str]]:
    """The features of a word before any window position's prefix: its own list and the
    `_word_core` subset its neighbours see (`word_features` prefixes them; the tagger
    filters them without building the prefixed strings it has no weight for)."""
    low = word.lower()
    core = _word_core(word)
    own = list(core)
    own += ["s2=" + low[-2:], "s4=" + low[-4:], "s5=" + low[-5:],
            "p2=" + low[:2], "p3=" + low[:3], "p4=" + low[:4], "len=%d" % min(len(word), 12)]
    if word.isupper() and len(word) > 1:
        own.append("allcap")
    if not word.isalpha() and any(ch.isdigit() for ch in word):   # no letter is a digit
        own.append("digit")
    if "-" in word or "–" in word:
        own.append("hyphen")
    if _LAT.search(word):
        own.append("latin")
        if _CYR.search(word):
            own.append("mixed")
    if word[:1].isupper():
        a = analyse(word)
        seen = set()
        for p in parses(word):
            seen |= tag_view(p).grammemes & _NAME_TAGS
        own.extend("any" + t for t in sorted(seen))
        own.extend("best" + t for t in sorted(a.tags & _NAME_TAGS))
        if a.pos is None:
            own.append("unk")
    return own, core


# the neighbours' window positions and, for the two words away, the core features they see
POSITIONS = ("-1", "+1", "-2", "+2")
SMALL = ("w=", "sh=", "pos=")


@lru_cache(maxsize=20_000)
def word_features(word: str) -> tuple[tuple[str, ...], ...]:
    """(own, prev1, next1, prev2, next2) feature lists of a word, prefixed per position.
    A small cache for training and tests: the tagger builds its own filtered, encoded copy
    from `word_parts` (`NerModel._word_features`), and a full copy here cost ~2.8 KB per
    distinct word, the largest share of a long run's memory (khronika analyze passed 600 MB
    at 6,000 news documents)."""
    own, core = word_parts(word)
    prev1 = tuple("-1" + x for x in core)
    next1 = tuple("+1" + x for x in core)
    small = [x for x in core if x.startswith(SMALL)]
    prev2 = tuple("-2" + x for x in small)
    next2 = tuple("+2" + x for x in small)
    return tuple(own), prev1, next1, prev2, next2


def doc_context(sents: list[list[str]]) -> tuple[frozenset, frozenset]:
    """What the whole document says about a word's case: forms seen in lower case (a common
    word capitalised at a sentence start) and forms capitalised inside a sentence (a name
    even where it opens one)."""
    lower, cap_mid = set(), set()
    for words in sents:
        for i, w in enumerate(words):
            if w[:1].islower():
                lower.add(w)
            elif i > 0 and w[:1].isupper() and words[i - 1] not in _OPEN_QUOTES:
                cap_mid.add(w.lower())
    return frozenset(lower), frozenset(cap_mid)


_MARKS = ("doclow", "doccap", "BOS", "EOS", "inq", "first")


@lru_cache(maxsize=1 << 16)
def as_bytes(attr: str) -> bytes:
    """An attribute as python-crfsuite stores it (UTF-8), encoded once per distinct string."""
    return attr.encode("utf-8")


def _same(attr: str) -> str:
    return attr


@lru_cache(maxsize=4)
def _known_bigrams(known: frozenset) -> tuple[frozenset, frozenset]:
    """The word pairs whose "bi+=" and "bi-=" attributes the model weighs."""
    return (frozenset(a[4:] for a in known if a.startswith("bi+=")),
            frozenset(a[4:] for a in known if a.startswith("bi-=")))


def sentence_features(words: list[str], ctx: tuple[frozenset, frozenset] | None = None,
                      wf_fn=word_features, known: frozenset | None = None,
                      gaz: list[tuple[str, ...]] | None = None, *,
                      encoded: bool = False) -> list[list]:
    """Feature list per token of one sentence; `ctx` is `doc_context` of its document and
    `gaz` the sentence's `Gazetteer.features` (KB matches), when there is a knowledge base.
    At run time `wf_fn` and `known` drop attributes the model has no weight for: crfsuite
    looks every attribute string up, so unknown ones only cost time. `encoded`: every
    attribute as UTF-8 bytes (then `wf_fn` gives bytes too): python-crfsuite encodes each
    str attribute again on every call, ~40% of its tagging time; the attributes, their
    order and so the tags are the same."""
    enc = as_bytes if encoded else _same
    doclow, doccap, bos, eos, inq, first = map(enc, _MARKS)
    wf = [wf_fn(w) for w in words]
    lows = [w.lower() for w in words]
    caps = [w[:1].isupper() for w in words]
    n = len(words)
    last = n - 1
    # the bigram across each gap, as the left word's "bi+" and the right word's "bi-"
    pairs = [lows[i] + "|" + lows[i + 1] for i in range(last)]
    if known is None:
        bplus = [enc("bi+=" + p) for p in pairs]
        bminus = [enc("bi-=" + p) for p in pairs]
    else:
        kplus, kminus = _known_bigrams(known)
        bplus = [enc("bi+=" + p) if p in kplus else None for p in pairs]
        bminus = [enc("bi-=" + p) if p in kminus else None for p in pairs]
    if ctx is not None:
        low_ctx, cap_ctx = ctx
    out = []
    in_quote = False
    qhead = rhead = ""
    qhead_ok = rhead_ok = False
    for i in range(n):
        w = words[i]
        f = list(wf[i][0])
        cap = caps[i]
        if i > 0:
            b = bminus[i - 1]
            if b is not None:
                f.append(b)
        if i < last:
            b = bplus[i]
            if b is not None:
                f.append(b)
        if ctx is not None and cap:
            low = lows[i]
            if low in low_ctx:
                f.append(doclow)
            if low in cap_ctx:
                f.append(doccap)
        if i == 0:
            f.append(bos)
        else:
            f += wf[i - 1][1]
            if i > 1:
                f += wf[i - 2][3]
        if i == last:
            f.append(eos)
        else:
            f += wf[i + 1][2]
            if i < n - 2:
                f += wf[i + 2][4]
        if w in _OPEN_QUOTES and not (w == "“" and in_quote):
            in_quote = True
            qhead = "qh=" + (lows[i - 1] if i > 0 else "^")
            qhead_ok = known is None or qhead in known
            if qhead_ok:
                qhead = enc(qhead)
        elif in_quote:
            if w in _CLOSE_QUOTES:
                in_quote = False
            else:
                f.append(inq)
                if qhead_ok:
                    f.append(qhead)
        if cap:
            if i == 0 or not caps[i - 1]:
                rhead = "rh=" + (lows[i - 1] if i > 0 else "^")
                rhead_ok = known is None or rhead in known
                if rhead_ok:
                    rhead = enc(rhead)
            if rhead_ok:
                f.append(rhead)
        if i == 0 or (i == 1 and not words[0][:1].isalnum()):
            f.append(first)
        if gaz is not None:
            g = gaz[i]
            if g:
                f += map(enc, g) if encoded else g
            if i > 0 and gaz[i - 1]:
                f.append(enc("-1" + gaz[i - 1][-1]))
            if i < last and gaz[i + 1]:
                f.append(enc("+1" + gaz[i + 1][-1]))
        out.append(f)
    return out
