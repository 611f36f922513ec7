"""Exact and near-duplicate documents. An exact copy (same normalised text) has the same
content hash; a syndicated copy with a changed headline or a trailing line has a MinHash
signature close to the original's and is found through LSH over word shingles."""
from __future__ import annotations

import hashlib
import re

import numpy as np

NUM_PERM = 128
SHINGLE = 3
THRESHOLD = 0.7       # estimated Jaccard of word 3-shingles above which a text is a copy
LSH_THRESHOLD = 0.5   # looser, for candidates: LSH misses pairs near its own threshold
_WORD = re.compile(r"\w+", re.UNICODE)


def content_hash(text: str) -> str:
    norm = " ".join(text.split()).lower()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str):
    from datasketch import MinHash
    m = MinHash(num_perm=NUM_PERM, seed=1)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes):
    from datasketch import MinHash
    template = signature("")
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=template.scheme,
                   hashvalues=np.frombuffer(data, dtype=np.uint64).copy())


class NearDuplicates:
    """An LSH index of stored originals' signatures; `find` returns the id of an original this
    text nearly copies, or None."""

    def __init__(self, threshold: float = THRESHOLD):
        from datasketch import MinHashLSH
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        self.sigs: dict[str, object] = {}

    def add(self, doc_id: str, m) -> None:
        if doc_id in self.sigs:
            return
        self.lsh.insert(doc_id, m)
        self.sigs[doc_id] = m

    def remove(self, doc_id: str) -> None:
        if doc_id in self.sigs:
            self.lsh.remove(doc_id)
            del self.sigs[doc_id]

    def find(self, m) -> str | None:
        best, best_j = None, 0.0
        for cand in self.lsh.query(m):
            j = m.jaccard(self.sigs[cand])
            if j >= self.threshold and (j > best_j or (j == best_j and str(cand) < str(best))):
                best, best_j = cand, j
        return best
