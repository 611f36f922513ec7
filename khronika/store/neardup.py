"""Near-duplicate lookup on disk: each original's LSH bands are rows of `near_bands`, so a
new process asks the index instead of loading every stored signature first (4 s at 5,000
documents, growing with the store), and several ingest processes share one index."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..ingest.dedupe import bands, closest, from_bytes
from .bulk import insert_many
from .models import DocumentRow, NearBandRow


def find(session: Session, sig, also=()) -> str | None:
    """The stored original this signature nearly copies, or None. `also`: more (id,
    signature) candidates (the originals of an ingest not written yet), judged with the
    stored ones, so the closest wins wherever it is."""
    cands = list(also)
    ids = session.scalars(select(NearBandRow.doc_id).where(
        NearBandRow.bucket.in_(bands(sig))).distinct()).all()
    if ids:
        rows = session.execute(select(DocumentRow.id, DocumentRow.minhash).where(
            DocumentRow.id.in_(ids), DocumentRow.minhash.is_not(None))).all()
        cands += [(i, from_bytes(b)) for i, b in rows]
    return closest(sig, cands)


def add(session: Session, doc_id: str, sig) -> None:
    """The document's bands, at once (the next document's lookup must see them): on
    PostgreSQL one statement, not one INSERT per band."""
    insert_many(session, NearBandRow.__table__,
                [{"bucket": b, "doc_id": doc_id} for b in sorted(set(bands(sig)))], copy=False)
