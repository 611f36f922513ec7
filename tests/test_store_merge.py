"""The writer's shortcut before comparing wording (`decided`) picks what the full comparison
would pick, for any wording score between each candidate's bounds."""
import random

from khronika.store.writer import MERGE_THRESHOLD, decided


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
