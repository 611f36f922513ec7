"""A synthetic benchmark corpus built from the bundled examples: paragraphs of the example
documents recombined (seeded), so documents have news-like length and vocabulary."""
from __future__ import annotations

import json
import random
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def example_docs() -> list[dict]:
    docs = []
    for line in (EXAMPLES / "news.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            docs.append(json.loads(line))
    return docs


def corpus(n: int = 2000, seed: int = 7, paragraphs: int = 20) -> list[dict]:
    """`n` documents of `paragraphs` paragraphs each (~300 words), with dates."""
    rng = random.Random(seed)
    pool = [p for d in example_docs() for p in d["text"].split("\n\n") if p.strip()]
    dates = [d["date"] for d in example_docs()]
    return [{"id": f"bench-{i}", "date": rng.choice(dates),
             "text": "\n\n".join(rng.choice(pool) for _ in range(paragraphs))} for i in range(n)]
