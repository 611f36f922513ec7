"""Train the CRF on NER-UK (brat standoff) and write the model, its figures and its licence.

The held-out share is a fixed, hashed document split (`corpus.split`) so the figures are
reproducible; with `final=True` the shipped model is retrained on every document.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from ..kb.matches import doc_matches
from .corpus import bio_labels, to_bilou, doc_ids, load_doc, split
from .evaluate import format_table, score
from .features import doc_context, sentence_features
from .gazetteer import default_gazetteer
from .model import MODEL_FILE, NerModel, ner_sentences

LICENSE_TEXT = """# Licence of the shipped NER model

The files in this folder (`{model}`, `meta.json`) are a statistical model trained on
**NER-UK 2.0** by the lang-uk project (https://github.com/lang-uk/ner-uk), development
split, {trained_on}.

NER-UK 2.0 is licensed **CC BY-NC-SA 4.0** (Creative Commons Attribution-NonCommercial-
ShareAlike 4.0 International, https://creativecommons.org/licenses/by-nc-sa/4.0/). The model
is a derivative of that corpus and carries the same licence:

- **Attribution**: credit lang-uk and NER-UK 2.0 when you use or redistribute it;
- **NonCommercial**: no commercial use;
- **ShareAlike**: derivatives of the model are distributed under the same licence.

This licence covers the model files only; khronika's source code is Apache-2.0. To use
khronika commercially, delete this folder (khronika then runs without the statistical NER)
or retrain on data you may use: `khronika train-ner --data DIR`.
"""

DEFAULT_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150,
                  "feature.possible_transitions": True}


def _sequences(golds, gaz=None):
    """(words, BILOU labels, document context, KB features or None) per tagged sequence,
    the KB matches looked up once per document as at run time."""
    for g in golds:
        labels = to_bilou(bio_labels(g.doc, g.spans))
        matches = doc_matches(g.doc, gaz.kb) if gaz is not None else None
        sents = [([t.text for t in g.doc.tokens[a:b]], labels[a:b], a, b)
                 for a, b in ner_sentences(g.doc) if b > a]
        ctx = doc_context([w for w, *_ in sents])
        for words, labs, a, b in sents:
            yield words, labs, ctx, (gaz.features(words, matches[a:b]) if gaz is not None else None)


def evaluate(model: NerModel, golds) -> tuple[dict, float]:
    """Scores on `golds` and words/s of predict() (features + tagging, one thread)."""
    pairs, n_words, elapsed = [], 0, 0.0
    for g in golds:
        t0 = time.perf_counter()
        pred = model.predict(g.doc)
        elapsed += time.perf_counter() - t0
        n_words += sum(1 for t in g.doc.tokens if t.is_word)
        pairs.append((pred, g.spans))
    return score(pairs), (n_words / elapsed if elapsed else 0.0)


def train(data_dir: str | Path, out_dir: str | Path, holdout: float = 0.2, seed: int = 0,
          final: bool = False, params: dict | None = None, log=print) -> dict:
    """Train on the non-held-out documents, report held-out figures; when `final`, then
    retrain on all documents for the shipped model. Returns the meta dict written."""
    import pycrfsuite

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = doc_ids(data_dir)
    if not ids:
        raise FileNotFoundError(f"no .txt/.ann pairs under {data_dir}")
    train_ids, test_ids = split([i for i, _ in ids], holdout, seed)
    t0 = time.time()
    golds = [load_doc(i, stem) for i, stem in ids]
    train_docs = [g for g in golds if g.id in train_ids]
    test_docs = [g for g in golds if g.id in test_ids]
    log(f"{len(golds)} documents read and segmented in {time.time() - t0:.1f}s: "
        f"{len(train_docs)} train, {len(test_docs)} held out (seed {seed})")
    p = dict(DEFAULT_PARAMS, **(params or {}))
    model_path = out_dir / MODEL_FILE

    gaz = default_gazetteer()

    def fit(docs, path):
        tr = pycrfsuite.Trainer(verbose=False)
        for words, labs, ctx, kb in _sequences(docs, gaz):
            tr.append(sentence_features(words, ctx, gaz=kb), labs)
        tr.set_params(p)
        t = time.time()
        tr.train(str(path))
        log(f"trained on {len(docs)} documents in {time.time() - t:.0f}s")

    fit(train_docs, model_path)
    meta = {"model": "python-crfsuite CRF (L-BFGS), BILOU labels over khronika tokens",
            "data": "NER-UK 2.0 dev split (lang-uk), CC BY-NC-SA 4.0",
            "params": p, "seed": seed, "holdout": holdout,
            "train_documents": len(train_docs), "heldout_documents": len(test_docs),
            # the model reads the knowledge base (gazetteer features): say which one
            "gazetteer": ({"kb_entities": len(gaz.kb.entities), "kb_forms": len(gaz.kb.index)}
                          if gaz is not None else None)}
    if test_docs:
        scores, wps = evaluate(NerModel(model_path), test_docs)
        log(format_table(scores))
        log(f"predict: {wps:,.0f} words/s")
        meta["heldout_scores"] = scores
        meta["heldout_words_per_s"] = round(wps)
    trained_on = f"the {len(train_docs)} training documents (the {len(test_docs)} held out " \
                 f"with seed {seed} were used only for the figures)"
    if final and test_docs:
        fit(golds, model_path)
        trained_on = f"all {len(golds)} documents (figures were measured before, on a model " \
                     f"trained without the {len(test_docs)} held-out documents)"
    meta["trained_on"] = trained_on
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    (out_dir / "LICENSE.md").write_text(
        LICENSE_TEXT.format(model=MODEL_FILE, trained_on=trained_on), encoding="utf-8")
    return meta
