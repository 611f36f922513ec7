"""Does a dependency parser find who acts and who is acted upon better than the events
layer's case-and-agreement analysis (`khronika/extract/events/arguments/roles.py`)?

    pip install ufal.udpipe            # only for this measurement (extra `parser-bench`)
    python bench/eval_parser.py                         # train on test, evaluate on dev
    python bench/eval_parser.py --train dev --eval test
    python bench/eval_parser.py --limit 200             # fewer evaluation sentences

Data: `../shared/data/ud-ukrainian-iu/` (UD Ukrainian-IU, dev and test parts only; CC BY-NC-SA
4.0, so a model trained here would carry that licence). A UDPipe 1 model (tagger + parser,
gold tokenisation) is trained in-process on one part and both analyses are scored on the
other part's gold trees.

What is scored, per finite verb V of a gold sentence and per nominal phrase N of the same
sentence (gold NOUN/PROPN/PRON heads, spans widened over their flat/compound name parts, the
way entity mentions reach the events layer):
  subj     gold: N is V's nsubj / nsubj:pass
  partner  gold: N is V's obj / iobj, or an obl introduced by "з/із/зі" (the partner, target
           or recipient of the predicate)
The parser says subj/partner when it attaches N to V with that relation; the heuristic
when `clause_roles` with V as the trigger puts N among the actors/recipients (type COOPERATE:
"до"/"для"/"на" phrases count as nothing, as in the gold definition). Both are judged on the
same pairs: precision, recall, F1 per label and recall per gold relation; `PROPN only` repeats
it for names, which is what the events layer actually receives. Speed: sentences/s of each
analysis on the evaluation part (the heuristic's figure includes our segmentation and
morphology, which the pipeline runs anyway). Figures vary with machine load.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ud-ukrainian-iu"
NOMINAL = {"NOUN", "PROPN", "PRON"}
NAME_PARTS = {"flat", "flat:name", "flat:foreign", "flat:title", "compound", "fixed"}
WITH = {"з", "із", "зі", "зо"}


@dataclass
class Tok:
    id: int
    form: str
    upos: str
    feats: str
    head: int
    deprel: str
    start: int = 0
    end: int = 0


@dataclass
class Sent:
    toks: list[Tok]
    text: str = ""
    raw: list[str] = field(default_factory=list)   # the CoNLL-U lines (for the parser)


def read_conllu(path: Path) -> list[Sent]:
    out, toks, raw = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if not line.strip():
            if toks:
                out.append(_finish(Sent(toks, raw=raw)))
            toks, raw = [], []
            continue
        raw.append(line)
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if not cols[0].isdigit():
            continue                                  # multiword ranges, empty nodes
        toks.append(Tok(int(cols[0]), cols[1], cols[3], cols[5], int(cols[6]), cols[7]))
    return out


def _finish(s: Sent) -> Sent:
    pos = 0
    for t in s.toks:
        t.start, t.end = pos, pos + len(t.form)
        pos = t.end + 1
    s.text = " ".join(t.form for t in s.toks)
    return s


def gold_label(s: Sent, n: Tok, v: Tok, heads: dict[int, int], rels: dict[int, str]) -> str | None:
    if heads[n.id] != v.id:
        return None
    rel = rels[n.id]
    if rel.startswith("nsubj"):
        return "subj"
    if rel in ("obj", "iobj"):
        return "partner"
    if rel.startswith("obl") and _case_word(s, n.id, heads, rels) in WITH:
        return "partner"
    return None


def _case_word(s: Sent, nid: int, heads: dict[int, int], rels: dict[int, str]) -> str | None:
    for t in s.toks:
        if heads[t.id] == nid and rels[t.id] == "case":
            return t.form.lower()
    return None


def gold_relation(s: Sent, n: Tok, v: Tok) -> str | None:
    """The fine gold relation for the per-relation recall (nsubj, obj, iobj, obl:з)."""
    if n.head != v.id:
        return None
    heads = {t.id: t.head for t in s.toks}
    rels = {t.id: t.deprel for t in s.toks}
    if n.deprel.startswith("nsubj"):
        return "nsubj"
    if n.deprel in ("obj", "iobj"):
        return n.deprel
    if n.deprel.startswith("obl") and _case_word(s, n.id, heads, rels) in WITH:
        return "obl:з"
    return None


def pairs(s: Sent):
    """(verb, nominal, span end) for every finite verb and nominal phrase head of the sentence."""
    verbs = [t for t in s.toks if t.upos in ("VERB", "AUX") and "VerbForm=Fin" in t.feats]
    noms = [t for t in s.toks if t.upos in NOMINAL and t.deprel not in NAME_PARTS]
    for n in noms:
        end = n.end
        for t in s.toks:                           # widen over the name's parts
            if t.head == n.id and t.deprel in NAME_PARTS and t.id > n.id:
                end = max(end, t.end)
        for v in verbs:
            if v.id != n.id:
                yield v, n, end


# ---- the parser ------------------------------------------------------------------------

def train_udpipe(sents: list[Sent], parser_iters: int):
    from ufal.udpipe import InputFormat, Model, ProcessingError, Sentence, Sentences, Trainer
    data = Sentences()
    fmt = InputFormat.newConlluInputFormat()
    fmt.setText("\n\n".join("\n".join(s.raw) for s in sents) + "\n\n")
    err = ProcessingError()
    sent = Sentence()
    while fmt.nextSentence(sent, err):
        data.append(sent)
        sent = Sentence()
    model_bytes = Trainer.train("morphodita_parsito", data, Sentences(), "none",
                                "models=1;use_lemma=0;provide_lemma=0;iterations=15",
                                f"iterations={parser_iters}", err)
    if err.occurred():
        sys.exit(f"udpipe training failed: {err.message}")
    return model_bytes


def parse_udpipe(model_bytes, sents: list[Sent]) -> list[dict[int, tuple[int, str]]]:
    import tempfile
    from ufal.udpipe import Model, Pipeline, ProcessingError
    with tempfile.NamedTemporaryFile(suffix=".udpipe") as f:
        f.write(model_bytes if isinstance(model_bytes, bytes) else model_bytes.encode("latin-1"))
        f.flush()
        model = Model.load(f.name)
    pipe = Pipeline(model, "horizontal", Pipeline.DEFAULT, Pipeline.DEFAULT, "conllu")
    err = ProcessingError()
    out = []
    for s in sents:
        res = pipe.process(" ".join(t.form for t in s.toks) + "\n", err)
        tree = {}
        for line in res.splitlines():
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                tree[int(cols[0])] = (int(cols[6]), cols[7])
        out.append(tree)
    return out


def parser_label(s: Sent, n: Tok, v: Tok, tree: dict[int, tuple[int, str]]) -> str | None:
    heads = {k: h for k, (h, _) in tree.items()}
    rels = {k: r for k, (_, r) in tree.items()}
    if n.id not in heads:
        return None
    return gold_label(s, n, v, heads, rels)


# ---- the heuristic ---------------------------------------------------------------------

def heuristic_labels(sents: list[Sent]) -> list[dict[tuple[int, int], str]]:
    sys.path.insert(0, str(ROOT))
    from khronika.document import Document
    from khronika.extract.events.arguments.roles import Arg, clause_roles
    from khronika.extract.events.lexicon.compiled import lexicon
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    lex = lexicon()
    pipe = Pipeline(Settings(pipeline=("segment", "morph")))
    out = []
    for s in sents:
        doc = pipe(Document(text=s.text, date=None))
        by_start = {t.start: k for k, t in enumerate(doc.tokens)}
        labels: dict[tuple[int, int], str] = {}
        plist = list(pairs(s))
        for v in {p[0].id: p[0] for p in plist}.values():
            i = by_start.get(v.start)
            if i is None:
                continue
            sent = next((x for x in doc.sentences if x.first_token <= i < x.last_token), None)
            if sent is None:
                continue
            args = [Arg(n.start, end, str(n.id), "mention", "PER")
                    for vv, n, end in plist if vv.id == v.id and n.start in by_start]
            actors, recipients, _, _ = clause_roles(doc, args, i, i + 1, "COOPERATE", lex,
                                                    sent.first_token, sent.last_token, set())
            for x in actors:
                labels[(v.id, int(x))] = "subj"
            for x in recipients:
                labels[(v.id, int(x))] = "partner"
        out.append(labels)
    return out


# ---- scoring -----------------------------------------------------------------------------

def score(name: str, sents: list[Sent], predict, only_propn: bool = False) -> None:
    tp, fp, fn = Counter(), Counter(), Counter()
    rel_hit, rel_n = Counter(), Counter()
    for si, s in enumerate(sents):
        heads = {t.id: t.head for t in s.toks}
        rels = {t.id: t.deprel for t in s.toks}
        for v, n, _ in pairs(s):
            if only_propn and n.upos != "PROPN":
                continue
            g = gold_label(s, n, v, heads, rels)
            p = predict(si, s, n, v)
            if g and p == g:
                tp[g] += 1
            else:
                if p:
                    fp[p] += 1
                if g:
                    fn[g] += 1
            r = gold_relation(s, n, v)
            if r:
                rel_n[r] += 1
                rel_hit[r] += p == g
    cells = []
    for lab in ("subj", "partner"):
        p = tp[lab] / (tp[lab] + fp[lab]) if tp[lab] + fp[lab] else 0.0
        r = tp[lab] / (tp[lab] + fn[lab]) if tp[lab] + fn[lab] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        cells.append(f"{lab} P {p:.3f} R {r:.3f} F1 {f:.3f} (n={tp[lab] + fn[lab]})")
    print(f"  {name:22s} " + " | ".join(cells))
    print(f"  {'':22s} recall by relation: " + ", ".join(
        f"{r} {rel_hit[r] / rel_n[r]:.3f} (n={rel_n[r]})" for r in ("nsubj", "obj", "iobj", "obl:з") if rel_n[r]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", default="test", choices=("dev", "test"))
    ap.add_argument("--eval", default="dev", choices=("dev", "test"))
    ap.add_argument("--limit", type=int, default=0, help="evaluate on the first N sentences only")
    ap.add_argument("--parser-iterations", type=int, default=10)
    ap.add_argument("--save-model", help="write the trained UDPipe model here")
    a = ap.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no treebank at {DATA}")
    try:
        import ufal.udpipe  # noqa: F401
    except ImportError:
        sys.exit("ufal.udpipe is not installed: pip install -e '.[parser-bench]'")
    train = read_conllu(DATA / f"uk_iu-ud-{a.train}.conllu")
    test = read_conllu(DATA / f"uk_iu-ud-{a.eval}.conllu")
    if a.limit:
        test = test[:a.limit]
    n_tok = sum(len(s.toks) for s in train)
    print(f"train: {a.train} part, {len(train)} sentences, {n_tok:,} tokens; "
          f"evaluate: {a.eval} part, {len(test)} sentences, {sum(len(s.toks) for s in test):,} tokens")

    t0 = time.perf_counter()
    model = train_udpipe(train, a.parser_iterations)
    print(f"udpipe training (tagger + parser, {a.parser_iterations} parser iterations): {time.perf_counter() - t0:.0f} s")
    if a.save_model:
        Path(a.save_model).write_bytes(model if isinstance(model, bytes) else model.encode("latin-1"))
    t0 = time.perf_counter()
    trees = parse_udpipe(model, test)
    p_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    heur = heuristic_labels(test)
    h_s = time.perf_counter() - t0
    print(f"speed: parser {len(test) / p_s:,.0f} sentences/s (tagging + parsing); "
          f"heuristic {len(test) / h_s:,.0f} sentences/s (segmentation + morphology + roles)")

    def by_parser(si, s, n, v):
        return parser_label(s, n, v, trees[si])

    def by_heuristic(si, s, n, v):
        return heur[si].get((v.id, n.id))

    for only in (False, True):
        print("PROPN only" if only else "all nominals (NOUN, PROPN, PRON)")
        score("udpipe parser", test, by_parser, only)
        score("case+agreement", test, by_heuristic, only)
    lab = sum(1 for si, s in enumerate(test) for t in s.toks
              if trees[si].get(t.id) == (t.head, t.deprel))
    uas = sum(1 for si, s in enumerate(test) for t in s.toks if trees[si].get(t.id, (None,))[0] == t.head)
    tot = sum(len(s.toks) for s in test)
    print(f"parser overall: UAS {uas / tot:.3f} LAS {lab / tot:.3f}")


if __name__ == "__main__":
    main()
