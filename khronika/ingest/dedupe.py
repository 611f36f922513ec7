"""Exact and near-duplicate documents. An exact copy (same normalised text) has the same
content hash; a syndicated copy with a changed headline or a trailing line has a MinHash
signature close to the original's and is found through LSH over word shingles."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

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


@lru_cache(maxsize=1)
def _lsh_params() -> tuple[int, int]:
    from datasketch import MinHashLSH
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def bands(m) -> list[int]:
    """The LSH band buckets of a signature as signed 64-bit integers (the store's
    `near_bands`): two signatures that share one are candidates, as in datasketch's index
    with the same threshold and permutations."""
    b, r = _lsh_params()
    hv = np.asarray(m.hashvalues, dtype=np.uint64)
    out = []
    for i in range(b):
        digest = hashlib.blake2b(hv[i * r:(i + 1) * r].tobytes(), digest_size=8,
                                 person=b"khr-band", salt=bytes([i])).digest()
        out.append(int.from_bytes(digest, "big", signed=True))
    return out


def closest(m, candidates, threshold: float = THRESHOLD):
    """The id of the candidate (id, signature) with the highest estimated Jaccard at or above
    the threshold (ties: the smaller id), or None."""
    best, best_j = None, 0.0
    for cand, sig in candidates:
        j = m.jaccard(sig)
        if j >= threshold and (j > best_j or (j == best_j and str(cand) < str(best))):
            best, best_j = cand, j
    return best


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

    def candidates(self, m) -> list:
        """(id, signature) of the originals sharing an LSH band with `m`."""
        return [(c, self.sigs[c]) for c in self.lsh.query(m)]

    def find(self, m) -> str | None:
        return closest(m, self.candidates(m), self.threshold)
