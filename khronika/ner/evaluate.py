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


def error_kinds(pred, gold) -> list[tuple[str, tuple[int, int, str], tuple[int, int, str] | None]]:
    """Each wrong span of one document by kind, so a lever is chosen where the errors are:
    "type" (the gold extent, another type), "border" (overlaps a gold span of its type but
    ends or starts elsewhere), "border+type" (overlaps one of another type), "spurious"
    (overlaps none) for a predicted span; "missed" for a gold span no prediction overlaps.
    Returns (kind, span, the gold span it is set against or None)."""
    gset, pset = set(gold), set(pred)
    out = []
    for s in sorted(pset - gset):
        over = [g for g in gset if g[0] < s[1] and s[0] < g[1]]
        same = [g for g in over if g[:2] == s[:2]]
        typed = [g for g in over if g[2] == s[2]]
        if same:
            out.append(("type", s, same[0]))
        elif typed:
            out.append(("border", s, typed[0]))
        elif over:
            out.append(("border+type", s, over[0]))
        else:
            out.append(("spurious", s, None))
    for g in sorted(gset - pset):
        if not any(p[0] < g[1] and g[0] < p[1] for p in pset):
            out.append(("missed", g, None))
    return out
