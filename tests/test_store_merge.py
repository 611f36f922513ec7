"""The writer's shortcut before comparing wording (`decided`) picks what the full comparison
would pick, for any wording score between each candidate's bounds; the match profiles it
keeps are read again once changed in the store; its candidate cut keeps the likeliest."""
import random

from khronika.store.writer import MERGE_THRESHOLD, decided
from test_store_support import sqlite_store, store  # noqa: F401  (fixtures)


def full_loop(ranked, scores):
    """`_best`'s loop: the earliest of the highest scores at or above the threshold."""
    best, best_s = None, MERGE_THRESHOLD
    for (bound, i, _), s in zip(ranked, scores):
        if bound < best_s:
            break
        if s >= best_s and (best is None or s > best_s):
            best, best_s = i, s
    return best


def test_decided_agrees_with_comparing_every_wording():
    rng = random.Random(3)
    grid = [round(x * 0.05, 2) for x in range(21)]      # ties are common, as with rounded scores
    shortcuts = 0
    for _ in range(4000):
        n = rng.randint(1, 6)
        highs = sorted((rng.choice(grid[12:]) for _ in range(n)), reverse=True)
        lows = [rng.choice([g for g in grid if g <= h]) for h in highs]
        ranked = [(h, i, None) for i, h in enumerate(highs)]
        sure, floor = decided(ranked, lows)
        for _ in range(8):
            scores = [rng.choice([g for g in grid if lo <= g <= hi]) for lo, hi in zip(lows, highs)]
            want = full_loop(ranked, scores)
            if sure is not None:
                assert want == sure
            else:
                kept = [(r, s) for r, s in zip(ranked, scores) if r[0] >= floor]
                assert full_loop([r for r, _ in kept], [s for _, s in kept]) == want
        shortcuts += sure is not None
    assert shortcuts > 100          # the shortcut is taken, not only allowed


def test_a_clear_winner_needs_no_wording():
    ranked = [(0.95, 0, None), (0.7, 1, None), (0.65, 2, None)]
    assert decided(ranked, [0.72, 0.45, 0.4]) == (0, 0.72)
    # the runner-up could reach the winner's lowest score and comes later: still the first
    assert decided(ranked, [0.70, 0.45, 0.4]) == (0, 0.70)
    # an earlier candidate could tie the best lowest score: the wording decides
    assert decided(ranked, [0.5, 0.7, 0.4])[0] is None
    # nobody is sure of the threshold: compare, but only who can reach it
    assert decided(ranked, [0.5, 0.4, 0.3]) == (None, MERGE_THRESHOLD)


def _two_talks(store):
    import datetime as dt

    from khronika.ingest.readers import RawDoc
    from test_store_support import DATA
    for name, day in (("talks", 4), ("talks-followup", 5)):
        store.add_document(RawDoc(text=(DATA / "folder" / f"{name}.txt").read_text(encoding="utf-8"),
                                  id=name, date=dt.date(2025, 12, day)))


def _candidates_of(store, doc_id: str):
    """The writer's candidates for one of this document's reports, as a new report of it
    would meet them."""
    from sqlalchemy import select

    from khronika import chronicle
    from khronika.store import writer
    from khronika.store.models import DocEventRow, DocumentRow
    s = store.session()
    row, date = s.execute(select(DocEventRow, DocumentRow.date)
                          .join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
                          .where(DocEventRow.doc_id == doc_id)).first()
    record = writer._record(chronicle, s, row, date)
    cands, bounds = writer._candidates(chronicle, s, record, set())
    assert bounds == [chronicle.similarity_bounds(record, p) for p in cands]
    assert [b[1] for b in bounds] == sorted((b[1] for b in bounds), reverse=True)
    return s, {p.id: p for p in cands}


def test_a_profile_changed_in_the_store_meanwhile_is_read_again(store):
    """The writer keeps the match profiles it read or wrote; one that changed since (another
    process merged a report into it, or a batch rolled back) is read from the store again."""
    from sqlalchemy import Text, cast, select

    from khronika.store.models import ChronicleEventRow
    from khronika.store.writer import _profiles
    _two_talks(store)
    s = store.session()
    crow = s.scalar(select(ChronicleEventRow).where(ChronicleEventRow.n_sources == 2))
    text = s.scalar(select(cast(ChronicleEventRow.profile, Text)).where(ChronicleEventRow.id == crow.id))
    # the profile the writer saved is kept at the version the candidate query will read
    assert _profiles(s)[crow.id][0] == (2, crow.updated_at, text)
    s.close()
    s, cands = _candidates_of(store, "talks")
    joint = next(p for p in cands.values() if p.n == 2)
    assert _profiles(s)[joint.id][1] is joint           # kept: read without decoding
    assert "Q-other" not in joint.parts
    # another process merges a report naming someone else into it
    crow = s.get(ChronicleEventRow, joint.id)
    crow.profile = dict(crow.profile, p=sorted(set(crow.profile["p"]) | {"Q-other"}), n=3)
    crow.n_sources = 3
    s.commit()
    s.close()
    s, cands = _candidates_of(store, "talks")
    assert "Q-other" in cands[joint.id].parts and cands[joint.id].n == 3
    assert s.scalar(select(ChronicleEventRow.n_sources).where(ChronicleEventRow.id == joint.id)) == 3
    s.close()


def test_the_ranking_puts_first_who_could_score_highest_by_the_same_keys():
    """Candidates come ranked by the score they could reach, bounded with the keys the
    comparison itself uses (Wikidata items where known): an event that named the report's
    two parties under other documents' ids is first, before one naming one of them and
    someone else."""
    import datetime as dt
    import json

    from khronika import chronicle
    from khronika.store import writer
    day = dt.date(2025, 12, 4)
    record = chronicle.EventRecord(
        doc_id="d", doc_date=day,
        event={"id": "e1", "type": "CONSULT", "status": "occurred", "actors": ["umerov"],
               "recipients": ["fidan"], "place": None, "time": None},
        entities={"umerov": {"wikidata": "Q100"}, "fidan": {"wikidata": "Q200"}})

    def row(cid, parts):
        prof = {"p": parts, "pl": [], "m": [], "r": [day.isoformat()] * 2, "l": day.isoformat(),
                "s": [1], "n": 1}
        return (cid, day, day, 1, None, json.dumps(prof), "CONSULT", None, "occurred", None, None)
    rows = [row("ev-a-one-party", ["Q100", "Q999"]), row("ev-b-both", ["Q100", "Q200"])]
    lo, hi = chronicle.candidate_window(record)
    ranked = writer._ranked(chronicle, record, rows, {}, lo, hi)
    assert [r[0] for _, r, _ in ranked] == ["ev-b-both", "ev-a-one-party"]
    assert ranked[0][0] == chronicle.similarity_bounds(record, writer._light(rows[1]))
    assert all(b[1] >= writer.MERGE_THRESHOLD for b, _, _ in ranked)


def test_ranking_bounds_from_the_light_row_equal_the_full_profiles(sqlite_store):
    """`_light` (the candidate row's columns and profile text) bounds the score as the full
    profile does, so ranking before reading events in full loses nothing."""
    from sqlalchemy import select

    from khronika import chronicle
    from khronika.chronicle.profile import MatchProfile
    from khronika.store import writer
    from khronika.store.models import ChronicleEventRow, DocEventRow, DocumentRow
    _two_talks(sqlite_store)
    s = sqlite_store.session()
    undated, _, full = writer._candidate_queries()
    rows = s.execute(undated, {"types": ["CONSULT"]}).all()
    assert rows
    fulls = {r.id: MatchProfile.from_row(r, r.profile)
             for r in s.execute(full, {"ids": [r[0] for r in rows]})}
    for doc_id in ("talks", "talks-followup"):
        for ev, date in s.execute(select(DocEventRow, DocumentRow.date)
                                  .join(DocumentRow, DocumentRow.id == DocEventRow.doc_id)
                                  .where(DocEventRow.doc_id == doc_id)).all():
            record = writer._record(chronicle, s, ev, date)
            for r in rows:
                assert chronicle.similarity_bounds(record, writer._light(r)) == \
                    chronicle.similarity_bounds(record, fulls[r[0]])
    assert s.scalar(select(ChronicleEventRow.id).where(ChronicleEventRow.profile.is_(None))) is None
    s.close()
