"""Document-level consistency of the CRF's labels: a name the model tagged in one sentence is
tagged the same way where it comes back in the same document.

The CRF sees one sentence at a time. A name met once with a telling context ("директор ТОВ
«Альфа»", "пан Петренко") and again in a sentence that gives no clue ("Петренко не
відповів") is found the first time and missed the second. News repeats its names, so the
document itself is the best evidence: every capitalised run of words whose lemmas match a
tagged name (any case form: "Петренка", "Петренком") and that the model left untagged gets
that name's type, and a person's surname alone gets the person's. Only untagged words are
filled in: a tag the model did give is never changed (a country is LOC in one sentence and
an actor ORG in another, and both are right).
"""
from __future__ import annotations

from ..extract.morph import analyse

# Words that may stand inside a name key without a capital ("Кабінет міністрів України",
# "ТОВ «Альфа»") are matched as they are; a run to fill must still open with a capital.
_QUOTES = frozenset("«»„“”\"")


def _key(word: str) -> str:
    """A word as a name key: its lemma lower-cased (every case form of a name meets), the
    form itself for a word the dictionary does not parse."""
    if not any(ch.isalpha() for ch in word):
        return word
    a = analyse(word)
    return (a.lemma if a is not None and a.lemma else word).lower()


def _spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, end, type) token spans of BIO/BILOU labels, as `model.bio_to_spans` reads
    them (a stray I- or L- opens a span)."""
    out, cur = [], None
    for k, lab in enumerate(labels):
        if lab == "O":
            if cur:
                out.append(tuple(cur))
            cur = None
            continue
        tag, typ = lab.split("-", 1)
        if tag in ("I", "L") and cur and cur[2] == typ:
            cur[1] = k + 1
        else:
            if cur:
                out.append(tuple(cur))
            cur = [k, k + 1, typ]
    if cur:
        out.append(tuple(cur))
    return out


def _label(n: int, typ: str) -> list[str]:
    if n == 1:
        return ["U-" + typ]
    return ["B-" + typ] + ["I-" + typ] * (n - 2) + ["L-" + typ]


def propagate(sents: list[list[str]], labels: list[list[str]], surnames: bool = True,
              max_len: int = 6) -> list[list[str]]:
    """`labels` (one list per sentence, BILOU or BIO) with the document's tagged names filled
    in where the model left the same name untagged. A key tagged with two types takes the
    more frequent (a tie: none is filled in). `surnames`: the last word of a tagged person
    of two or more words also fills a capitalised one-word run ("Петренко" after "Іван
    Петренко")."""
    # per name key, its votes: type -> count ("PER~": a surname alone, counted apart)
    keys: dict[tuple[str, ...], dict[str, int]] = {}
    for words, labs in zip(sents, labels):
        if labs.count("O") == len(labs):
            continue                    # most sentences: no name (counted in C)
        for a, b, typ in _spans(labs):
            if b - a > max_len or not words[a][:1].isupper():
                continue
            votes = keys.setdefault(tuple([_key(w) for w in words[a:b]]), {})
            votes[typ] = votes.get(typ, 0) + 1
            if surnames and typ == "PER" and b - a >= 2 and words[b - 1][:1].isupper() \
                    and len(words[b - 1]) > 2:
                votes = keys.setdefault((_key(words[b - 1]),), {})
                votes["PER~"] = votes.get("PER~", 0) + 1
    if not keys:
        return labels
    chosen: dict[tuple[str, ...], str] = {}
    for key, votes in keys.items():
        full = {t: c for t, c in votes.items() if t != "PER~"} or votes
        if len(full) > 1:
            ranked = sorted(full.values(), reverse=True)
            if ranked[0] == ranked[1]:
                continue                # a tie: no vote
        chosen[key] = max(full, key=full.get).rstrip("~")
    lengths = sorted({len(k) for k in chosen}, reverse=True)
    # a name's first word shares its first two letters with its lemma ("Києва", "київ"): a
    # word that shares them with no name's first word is passed over without a lemma lookup
    heads = frozenset(k[0][:2] for k in chosen)
    out = []
    for words, labs in zip(sents, labels):
        n = len(words)
        starts = [i for i, w in enumerate(words) if w[:1].isupper() and labs[i] == "O"
                  and w[:2].lower() in heads]
        if not starts:
            out.append(labs)            # no untagged capital a name may open: nothing to fill
            continue
        labs = list(labs)
        keys = [None] * n               # each word's key, looked up once
        for i in starts:
            if labs[i] != "O":
                continue                # filled as part of a name before it
            if i > 1 and labs[i - 1] == "O" and words[i - 1][:1].isupper():
                continue    # inside a capitalised run the model left whole: not a name of ours
            for L in lengths:
                if i + L > n or any(lab != "O" for lab in labs[i:i + L]):
                    continue
                if not words[i + L - 1][:1].isupper() and words[i + L - 1] not in _QUOTES:
                    continue
                for k in range(i, i + L):
                    if keys[k] is None:
                        keys[k] = _key(words[k])
                typ = chosen.get(tuple(keys[i:i + L]))
                if typ is not None:
                    # a run that goes on with a capitalised word is a longer name
                    if i + L < n and labs[i + L] == "O" and words[i + L][:1].isupper():
                        continue
                    labs[i:i + L] = _label(L, typ)
                    break
        out.append(labs)
    return out
