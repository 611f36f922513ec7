"""khronika's time layer against dateparser, speed and value-F1 in one run.

    python bench/bench_timex.py               # 100 speed documents
    python bench/bench_timex.py --docs 300

Quality: the timex value-F1 of both on each gold set present (../shared/gold and
../shared/gold-dev), scored with the functions of ../shared/eval/score.py. dateparser's
`search_dates(text, languages=['uk'], settings={'RELATIVE_BASE': <document date>})` hits become
SPEC timexes: the span of the found substring, type DATE, value the ISO day.

Speed: both are warmed up first on documents outside the timed set (dateparser's first calls
load its language data, which made it look 2-3x slower when timed cold), then both run on the
same documents: real statements (lines 1-100 of ../shared/data/resistinua-2022, repeated
when more are asked) when present, else the synthetic corpus of bench/corpus.py. Reported:
words/s of the timex layer alone (text already segmented and tagged, as it runs in the
pipeline), of segment+morph+timex, and of dateparser's search, all in CPU time of this process
(`time.process_time`), so that other work on a shared machine moves the figures less; the
ratio between the two taken in the same run is the figure to read.
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
from khronika.pipeline import Pipeline, collect_less_often  # noqa: E402
from khronika.settings import Settings  # noqa: E402

SHARED = HERE.parents[1] / "shared"
STATEMENTS = SHARED / "data" / "resistinua-2022" / "statements.jsonl"
FREE_LINES = 100            # lines 101-120 are held out: never read them here
WARM = 3                    # documents used only to warm both systems up
WARM_TEXT = "Завершується п'ятсот п'ятдесят дев'ятий день війни. Завтра о 10:00 нарада."


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


def quality(pipe: Pipeline, scorer, gold_dir: Path) -> dict:
    _, golds = scorer.load_gold([str(gold_dir)])
    tallies = {"khronika": scorer.Tally(), "dateparser": scorer.Tally()}
    for g in golds:
        doc = pipe(Document(text=g["text"], id=g["id"], date=parse_date(g["date"])))
        ours = {"timexes": [t.to_json() for t in doc.timexes]}
        theirs = {"timexes": dateparser_timexes(g["text"], parse_date(g["date"]))}
        scorer.score_timexes(g, ours, tallies["khronika"])
        scorer.score_timexes(g, theirs, tallies["dateparser"])
    figs = {name: scorer.figures(t)["timexes"] for name, t in tallies.items()}
    return {name: {k: f[k] for k in ("value_f1", "f1", "r", "p")} for name, f in figs.items()} \
        | {"documents": len(golds)}


def speed_docs(n: int) -> tuple[str, list[dict]]:
    if STATEMENTS.is_file():
        lines = STATEMENTS.read_text(encoding="utf-8").splitlines()[:FREE_LINES]
        pool = [json.loads(x) for x in lines if x.strip()]
        return "resistinua-2022 statements 1-100", [pool[i % len(pool)] for i in range(n + WARM)]
    return "synthetic bench/corpus.py", corpus(n + WARM)


def speed(n: int) -> dict:
    source, all_docs = speed_docs(n)
    warm, docs = all_docs[:WARM], all_docs[WARM:]
    collect_less_often()        # as `khronika analyze` does
    base = Pipeline(Settings(pipeline=("segment", "morph")))
    full = Pipeline(Settings(pipeline=("segment", "morph", "timex")))
    # both warmed on the same documents, outside the timed set; the first one is ours and holds
    # a number in words, so ukrainian-itn loads its grammars (once per process) before timing
    for d in [{"text": WARM_TEXT, "date": "2023-09-05"}] + warm:
        full(Document(text=d["text"], date=parse_date(d["date"])))
        dateparser_timexes(d["text"], parse_date(d["date"]))
    prepared = [base(Document(text=d["text"], date=parse_date(d["date"]))) for d in docs]
    words = sum(sum(t.is_word for t in d.tokens) for d in prepared)
    t0 = time.process_time()
    found = sum(len(find_timexes(d)) for d in prepared)
    layer = time.process_time() - t0
    t0 = time.process_time()
    for d in docs:
        full(Document(text=d["text"], date=parse_date(d["date"])))
    whole = time.process_time() - t0
    t0 = time.process_time()
    dp_found = sum(len(dateparser_timexes(d["text"], parse_date(d["date"]))) for d in docs)
    dp = time.process_time() - t0
    return {"source": source, "documents": len(docs), "words": words,
            "khronika_timexes": found, "dateparser_timexes": dp_found,
            "timex_layer_words_s": round(words / layer),
            "timex_layer_us_per_word": round(layer / words * 1e6, 2),
            "segment_morph_timex_words_s": round(words / whole),
            "dateparser_words_s": round(words / dp),
            "dateparser_us_per_word": round(dp / words * 1e6, 2),
            "layer_speedup_vs_dateparser": round(dp / layer, 1),
            "pipeline_speedup_vs_dateparser": round(dp / whole, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=100)
    a = ap.parse_args()
    out: dict = {}
    scorer = load_scorer()
    if scorer is None:
        print("quality: skipped (../shared/eval is not present)")
    else:
        pipe = Pipeline(Settings(pipeline=("segment", "morph", "timex")))
        for name in ("gold", "gold-dev"):
            if (SHARED / name).is_dir():
                out[f"quality_{name}"] = quality(pipe, scorer, SHARED / name)
    out["speed"] = speed(a.docs)
    print(json.dumps(out, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
