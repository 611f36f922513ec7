"""Speed of the quote layer alone: documents are segmented and analysed once, then the
`quotes` component runs over them; prints docs/s and words/s of that layer. The `foreign`
component (Russian passages, lingua) is timed the same way on the same documents, its first
call (lingua loading its models) apart.

    .venv/bin/python bench/bench_quotes.py [N]
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus  # noqa: E402

from khronika.document import Document  # noqa: E402
from khronika.extract.foreign import Foreign  # noqa: E402
from khronika.extract.quotes import Quotes  # noqa: E402
from khronika.pipeline import Pipeline, collect_less_often  # noqa: E402
from khronika.settings import Settings  # noqa: E402


def main(n: int = 300) -> None:
    collect_less_often()        # as `khronika analyze` does
    base = Pipeline(Settings(pipeline=("segment", "morph")))
    docs = [base(Document(d["text"])) for d in corpus(n, paragraphs=24)]
    words = sum(sum(1 for t in d.tokens if t.is_word) for d in docs)
    quotes = Quotes(Settings())
    t0, c0 = time.perf_counter(), time.process_time()
    found = 0
    for d in docs:
        d.quotes = []
        quotes(d)
        found += len(d.quotes)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    # CPU time is reported too: the machine is shared, wall time swings with the load
    print(f"quotes layer: {len(docs)} docs, {words / len(docs):.0f} words/doc, {found} quotes, "
          f"wall {dt:.2f} s = {len(docs) / dt:.0f} docs/s, cpu {cpu:.2f} s = {len(docs) / cpu:.0f} "
          f"docs/s, {words / cpu:.0f} words/s")
    foreign = Foreign(Settings())
    t0 = time.perf_counter()
    foreign(base(Document("Хочу еще раз обратиться к тем, кто сейчас меня слушает в Москве.")))
    first = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    spans = 0
    for d in docs:
        d.foreign_spans = []
        foreign(d)
        spans += len(d.foreign_spans)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"foreign (Russian passages): first call {first:.2f} s (lingua models), then {spans} "
          f"spans, wall {dt:.2f} s, cpu {cpu:.2f} s = {words / max(cpu, 1e-9):.0f} words/s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
