"""khronika's time layer against dateparser on the gold documents, in one run.

    python bench/bench_timex.py               # gold from ../shared/gold, 200 speed docs
    python bench/bench_timex.py --docs 500

Quality: the timex value-F1 of both on the gold, scored with the functions of
../shared/eval/score.py (dateparser's `search_dates(text, languages=['uk'],
settings={'RELATIVE_BASE': <document date>})` hits become SPEC timexes: the span of the found
substring, type DATE, value the ISO day). Speed: documents/s and words/s of the timex layer
alone (text already segmented and tagged, as it runs in the pipeline), of segment+morph+timex,
and of dateparser's search on the same synthetic documents (bench/corpus.py). Skips cleanly
when ../shared is absent (quality) — the speed part runs anyway.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import corpus  # noqa: E402
from khronika.document import Document, parse_date  # noqa: E402
from khronika.extract.timex import find_timexes  # noqa: E402
from khronika.pipeline import Pipeline  # noqa: E402
from khronika.settings import Settings  # noqa: E402

SHARED = HERE.parents[1] / "shared"


def load_scorer():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("khronika_gold_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def dateparser_timexes(text: str, date: dt.date | None) -> list[dict]:
    """SPEC-shaped timexes from dateparser's search (offsets found left to right)."""
    from dateparser.search import search_dates
    settings = {"RELATIVE_BASE": dt.datetime.combine(date, dt.time())} if date else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = search_dates(text, languages=["uk"], settings=settings) or []
    out, pos = [], 0
    for sub, when in hits:
        k = text.find(sub, pos)
        if k < 0:
            k = text.find(sub)
        if k < 0:
            continue
        pos = k + len(sub)
        out.append({"start": k, "end": k + len(sub), "text": sub, "type": "DATE",
                    "value": when.date().isoformat(), "mod": None})
    return out


def quality(pipe: Pipeline, scorer) -> dict:
    gold_dir = SHARED / "gold"
    _, golds = scorer.load_gold([str(gold_dir)])
    tallies = {"khronika": scorer.Tally(), "dateparser": scorer.Tally()}
    for g in golds:
        doc = pipe(Document(text=g["text"], id=g["id"], date=parse_date(g["date"])))
        ours = {"timexes": [t.to_json() for t in doc.timexes]}
        theirs = {"timexes": dateparser_timexes(g["text"], parse_date(g["date"]))}
        scorer.score_timexes(g, ours, tallies["khronika"])
        scorer.score_timexes(g, theirs, tallies["dateparser"])
    return {name: scorer.figures(t)["timexes"] for name, t in tallies.items()} | {"documents": len(golds)}


def speed(n: int) -> dict:
    docs = corpus(n)
    base = Pipeline(Settings(pipeline=("segment", "morph")))
    full = Pipeline(Settings(pipeline=("segment", "morph", "timex")))
    prepared = [base(Document(text=d["text"], date=parse_date(d["date"]))) for d in docs]
    words = sum(sum(t.is_word for t in d.tokens) for d in prepared)
    t0 = time.perf_counter()
    found = sum(len(find_timexes(d)) for d in prepared)
    layer = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        full(Document(text=d["text"], date=parse_date(d["date"])))
    whole = time.perf_counter() - t0
    k = max(1, min(len(docs), 20))       # dateparser is slow: time a sample
    t0 = time.perf_counter()
    dp_found = sum(len(dateparser_timexes(d["text"], parse_date(d["date"]))) for d in docs[:k])
    dp = (time.perf_counter() - t0) / k * len(docs)
    return {"documents": len(docs), "words": words, "khronika_timexes": found,
            "timex_layer_docs_s": round(len(docs) / layer, 1),
            "timex_layer_words_s": round(words / layer),
            "segment_morph_timex_docs_s": round(len(docs) / whole, 1),
            "dateparser_docs_s": round(len(docs) / dp, 2),
            "dateparser_words_s": round(words / dp),
            "dateparser_sample_docs": k, "dateparser_timexes_in_sample": dp_found,
            "layer_speedup_vs_dateparser": round(dp / layer, 1),
            "pipeline_speedup_vs_dateparser": round(dp / whole, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    a = ap.parse_args()
    out: dict = {}
    scorer = load_scorer()
    if scorer is None or not (SHARED / "gold").is_dir():
        print("quality: skipped (../shared/eval and ../shared/gold are not present)")
    else:
        out["quality"] = quality(Pipeline(Settings(pipeline=("segment", "morph", "timex"))), scorer)
    out["speed"] = speed(a.docs)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
