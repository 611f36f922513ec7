"""The document-consistency post-step of the NER model (`khronika.ner.consistency`), scored
with and without it on one fold.

    .venv/bin/python bench/ner_docvote.py --fold dev --model /tmp/dev/model.crfsuite
    .venv/bin/python bench/ner_docvote.py --fold held        # the shipped model

`--fold dev` scores the 63 documents of the training part that `bench/ner_levers.py --fold
dev` holds out (seed 1), so give it a model trained by that script on the other 250 (`--out`);
`--fold held` scores the 78 held-out documents with a model trained on the 313 others (the
shipped one). Each variant is the same model's labels, only the post-step changes.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khronika.ner import MODEL_DIR  # noqa: E402
from khronika.ner.consistency import propagate  # noqa: E402
from khronika.ner.corpus import doc_ids, load_doc, split  # noqa: E402
from khronika.ner.evaluate import format_table, score  # noqa: E402
from khronika.ner.features import doc_context  # noqa: E402
from khronika.ner.model import MODEL_FILE, NerModel, bio_to_spans, ner_sentences  # noqa: E402
from khronika.kb.matches import doc_matches  # noqa: E402

VARIANTS = {"none": None, "names": {"surnames": False}, "names+surnames": {"surnames": True}}


def fold_docs(data: Path, fold: str):
    ids = doc_ids(data)
    train_ids, held = split([i for i, _ in ids], 0.2, 0)
    if fold == "dev":
        _, held = split(sorted(train_ids), 0.2, 1)
    return [load_doc(i, stem) for i, stem in ids if i in held]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fold", choices=("dev", "held"), default="dev")
    ap.add_argument("--model", default=str(MODEL_DIR / MODEL_FILE))
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ner-uk-2.0-dev"))
    args = ap.parse_args()
    golds = fold_docs(Path(args.data), args.fold)
    model = NerModel(args.model)
    raw = []
    for g in golds:
        ranges = [(a, b) for a, b in ner_sentences(g.doc)]
        words = [[t.text for t in g.doc.tokens[a:b]] for a, b in ranges]
        ctx = doc_context(words)
        matches = doc_matches(g.doc, model._gaz.kb) if model._gaz is not None else None
        labels = [model.tag_words(ws, ctx, matches[a:b] if matches is not None else None)
                  for (a, b), ws in zip(ranges, words)]
        raw.append((g, ranges, words, labels))
    print(f"{args.fold} fold: {len(golds)} documents, model {args.model}")
    for name, kw in VARIANTS.items():
        pairs = []
        for g, ranges, words, labels in raw:
            labs = labels if kw is None else propagate(words, labels, **kw)
            pred = []
            for (a, b), lab in zip(ranges, labs):
                pred.extend(bio_to_spans(g.doc.tokens[a:b], lab))
            pairs.append((pred, g.spans))
        s = score(pairs)
        print(f"\n== {name}: micro F1 {s['micro']['f1']:.4f}")
        print(format_table(s))


if __name__ == "__main__":
    main()
