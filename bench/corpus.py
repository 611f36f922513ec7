"""The benchmark corpus: news-like documents whose vocabulary grows the way a real archive's
does, so caches (morphology, NER features, search terms) and near-duplicate detection meet
what they would meet in production.

Paragraphs come from the bundled examples (the events, quotes and times khronika looks for),
the first 100 resistinua-2022 statements and, when `../shared/data/ner-uk-2.0-dev/` is present,
its press and investigative texts (benchmarks only; never fixtures). Each document is then
varied: people of the knowledge base swapped for one another in the same grammatical case,
one-word places likewise, numbers, days and years redrawn. A share of documents are
syndicated copies of an earlier one (a new headline line, a trailing sentence), as news is.

    from corpus import corpus
    docs = corpus(2000)        # [{"id", "date", "title", "text"}], seeded, ~340 words each

The old generator recombined 8 example documents: 361 distinct words in 2,000 documents made
morphology look 10x cheaper than on real text. So the statements are required: the shared data
is looked for in `KHRONIKA_SHARED` or `../shared` beside this tree, and a corpus without them
fails (`ToyCorpusError`) instead of quietly timing a toy; `KHRONIKA_BENCH_TOY=1` allows the
examples-only corpus, said on stderr. Without the NER-UK texts the corpus is news paragraphs
only, also said on stderr.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = Path(os.environ.get("KHRONIKA_SHARED") or ROOT.parent / "shared") / "data"
STATEMENTS = SHARED / "resistinua-2022" / "statements.jsonl"
NER_UK = SHARED / "ner-uk-2.0-dev"
FREE_STATEMENTS = 100           # lines 101-120 are held out: never read here



class ToyCorpusError(RuntimeError):
    """The realistic texts are absent: the corpus would be the examples' few paragraphs."""


_NUM = re.compile(r"(?<![\w.])\d+(?![\w])")
_WORD = re.compile(r"[А-ЯІЇЄҐA-Z][а-яіїєґ'’ʼa-z-]+")


def example_docs() -> list[dict]:
    docs = []
    for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(json.loads(line))
    return docs


def _paragraphs(text: str, max_words: int = 140) -> list[str]:
    out = []
    for p in re.split(r"\n\s*\n|\n(?=\S)", text):
        p = " ".join(p.split())
        if len(p.split()) < 6:
            continue
        words = p.split(" ")
        for i in range(0, len(words), max_words):     # long paragraphs cut at sentence ends
            piece = " ".join(words[i:i + max_words])
            if len(piece.split()) >= 6:
                out.append(piece)
    return out


@lru_cache(maxsize=1)
def pools() -> tuple[list[str], list[str]]:
    """(news paragraphs: examples and statements, other paragraphs: NER-UK texts)."""
    news = [p for d in example_docs() for p in _paragraphs(d["text"])]
    if not STATEMENTS.is_file():
        # run from a tree with no ../shared beside it (a worktree under /tmp): the examples
        # alone repeat a few hundred words, which makes morphology and the caches look cheap
        if os.environ.get("KHRONIKA_BENCH_TOY") != "1":
            raise ToyCorpusError(
                f"bench/corpus.py: {STATEMENTS} not found, so the benchmark corpus would be a toy "
                "made of the examples alone; set KHRONIKA_SHARED to the shared folder, or "
                "KHRONIKA_BENCH_TOY=1 to run on the toy corpus anyway")
        print(f"bench/corpus.py: {STATEMENTS} not found: a TOY corpus of the examples alone "
              "(KHRONIKA_BENCH_TOY=1); its figures are not realistic", file=sys.stderr)
    else:
        with STATEMENTS.open(encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= FREE_STATEMENTS:
                    break
                if line.strip():
                    news.extend(_paragraphs(json.loads(line).get("text") or ""))
    other = []
    if not NER_UK.is_dir():
        print(f"bench/corpus.py: {NER_UK} not found: news paragraphs only, no other press text",
              file=sys.stderr)
    else:
        for p in sorted(NER_UK.rglob("*.txt")):
            # one sentence a line, tokens spaced: joined into paragraphs of running text
            lines = [_detok(x) for x in p.read_text(encoding="utf-8", errors="replace").splitlines()
                     if x.strip()]
            cur: list[str] = []
            for line in lines:
                cur.append(line)
                if sum(len(x.split()) for x in cur) >= 70:
                    other.append(" ".join(cur))
                    cur = []
            if sum(len(x.split()) for x in cur) >= 20:
                other.append(" ".join(cur))
    return news, other


def _detok(line: str) -> str:
    line = re.sub(r"\s+([.,;:!?)»%])", r"\1", " ".join(line.split()))
    return re.sub(r"([(«])\s+", r"\1", line)


@lru_cache(maxsize=1)
def _swaps() -> tuple[dict[str, tuple[str, str]], dict[tuple[str, str], list[str]]]:
    """form -> (group, case) for surnames of KB people (by gender) and one-word KB places,
    and (group, case) -> forms of every member, to swap one name for another in the same case."""
    import yaml

    from khronika.kb.inflect import person_rule_forms, word_forms
    kb = ROOT / "khronika" / "lang" / "uk" / "kb"
    by_form: dict[str, tuple[str, str]] = {}
    members: dict[tuple[str, str], list[str]] = {}

    def add(group: str, forms: dict[str, set[str]]):
        for case, fs in forms.items():
            for f in fs:
                by_form.setdefault(f, (group, case))
                members.setdefault((group, case), []).append(f)

    people = yaml.load((kb / "people.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for e in people.get("entities") or []:
        parts = (e.get("uk") or "").split()
        gender = {"m": "masc", "f": "femn"}.get(e.get("gender"))
        if len(parts) >= 2 and gender and parts[-1][:1].isupper():
            add("surname-" + gender, person_rule_forms(parts[-1].lower(), gender))
    places = yaml.load((kb / "places.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    for e in places.get("entities") or []:
        parts = (e.get("uk") or "").split()
        if len(parts) == 1 and parts[0][:1].isupper():
            add("place", word_forms(parts[0], "thing"))
    for k in members:
        members[k] = sorted(set(members[k]))
    return by_form, members


def _cap(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def vary(text: str, rng: random.Random) -> str:
    """Swap names and places in the same case, redraw numbers (years stay plausible)."""
    by_form, members = _swaps()
    chosen: dict[str, str] = {}       # one document swaps a name consistently

    def name(m: re.Match) -> str:
        w = m.group()
        key = by_form.get(w.lower())
        if key is None:
            return w
        pool = members.get(key) or [w.lower()]
        pick = chosen.setdefault(w.lower(), rng.choice(pool))
        return _cap(pick, w)

    def number(m: re.Match) -> str:
        s = m.group()
        n = int(s)
        if len(s) == 4 and 1900 <= n <= 2100:
            return str(rng.randint(2014, 2026))
        if len(s) <= 2 and 1 <= n <= 31:
            return str(rng.randint(1, 28))
        return str(rng.randint(10 ** (len(s) - 1), 10 ** len(s) - 1))

    return _NUM.sub(number, _WORD.sub(name, text))


def corpus(n: int = 2000, seed: int = 7, paragraphs: int | None = None, words: int = 340,
           copies: float = 0.05) -> list[dict]:
    """`n` documents of about `words` words (or `paragraphs` paragraphs), dated over 2024-2025,
    about half of their paragraphs news (events, quotes), the rest other press text."""
    rng = random.Random(seed)
    news, other = pools()
    start = dt.date(2024, 1, 1)
    docs: list[dict] = []
    for i in range(n):
        if docs and rng.random() < copies:          # a syndicated copy of a recent report
            src = rng.choice(docs[-50:])
            text = src["text"] + "\n\n" + vary(rng.choice(news), rng)
            docs.append({"id": f"bench-{i}", "date": src["date"],
                         "title": "Передрук: " + (src["title"] or ""), "text": text})
            continue
        parts, count = [], 0
        while (count < words) if paragraphs is None else (len(parts) < paragraphs):
            p = vary(rng.choice(news if not other or rng.random() < 0.55 else other), rng)
            parts.append(p)
            count += len(p.split())
        date = start + dt.timedelta(days=rng.randrange(730))
        docs.append({"id": f"bench-{i}", "date": date.isoformat(),
                     "title": " ".join(parts[0].split()[:8]), "text": "\n\n".join(parts)})
    return docs


if __name__ == "__main__":
    import sys
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    docs = corpus(n)
    forms = {w.lower() for d in docs for w in re.findall(r"\w+", d["text"])}
    total = sum(len(d["text"].split()) for d in docs)
    print(f"{n} documents, {total / n:.0f} words each, {len(forms):,} distinct word forms")
