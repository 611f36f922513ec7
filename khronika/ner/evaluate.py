"""Exact-span precision/recall/F1 per type, the measure NER-UK results are quoted in."""
from __future__ import annotations

from collections import Counter

TYPES = ("PER", "ORG", "LOC", "MISC")


def score(pairs) -> dict[str, dict[str, float]]:
    """pairs: iterable of (predicted spans, gold spans) per document, spans (start, end, type).
    Returns {type: {p, r, f1, tp, pred, gold}} for each type and "micro"."""
    tp, npred, ngold = Counter(), Counter(), Counter()
    for pred, gold in pairs:
        gset = set(gold)
        for s in set(pred):
            npred[s[2]] += 1
            if s in gset:
                tp[s[2]] += 1
        for s in gset:
            ngold[s[2]] += 1
    out = {}
    for t in TYPES + ("micro",):
        if t == "micro":
            a, p, g = sum(tp.values()), sum(npred.values()), sum(ngold.values())
        else:
            a, p, g = tp[t], npred[t], ngold[t]
        prec = a / p if p else 0.0
        rec = a / g if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[t] = {"p": prec, "r": rec, "f1": f1, "tp": a, "pred": p, "gold": g}
    return out


def format_table(scores: dict) -> str:
    lines = [f"{'type':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for t, s in scores.items():
        lines.append(f"{t:6} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f} {s['gold']:6d}")
    return "\n".join(lines)
