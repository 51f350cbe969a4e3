"""Calibrate the extractor's confidence on the real-article corpus (``../shared/corpus``).

Every article is predicted the way ``bench/eval_corpus.py`` predicts it (its ``predict``, with
calibration switched off so the raw scores are seen), each timeline entry carrying the highest
raw confidence of its events; predictions are paired with the gold exactly as the corpus's
scorer pairs them (``eval_corpus.pair_events``). A prediction counts as right when it is paired
with a gold event, which is what precision counts.

The fit is isotonic regression (pool adjacent violators) of right/wrong on the raw confidence,
with one pseudo-count of each outcome per pooled block so a small block never claims 0 or 1;
each block becomes a knot (mean raw confidence, share right). The knots are written to
``tracker/data/confidence_calibration.json``, which the extractor applies
(:mod:`tracker.extract.calibration`). Re-run it whenever the extractor changes:

    python bench/calibrate.py [--corpus ../shared/corpus] [--dry-run] [--jobs 2]

It prints the calibration table (raw confidence bucket, count, precision, calibrated value)
and, for the raw and the calibrated confidence, the precision among events at or above each
threshold (calibrated, "among events given confidence >= c, the share right is about c" holds).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Iterator, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import eval_corpus  # noqa: E402

from tracker.extract.calibration import CALIBRATION_FILE, SWITCH, apply_mapping, check_knots  # noqa: E402

BUCKETS = (0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


# --------------------------------------------------------------------------- the fit (pure)


def isotonic_knots(points: Sequence[tuple[float, int]], prior: float = 1.0) -> list[tuple[float, float]]:
    """Knots of the monotone (non-decreasing) fit of outcomes (0/1) on scores.

    Points with equal scores start as one block; adjacent blocks are pooled while a block's
    rate is below the one before it. A block's rate is (right + prior) / (n + 2 prior).
    """
    by_score: dict[float, list[int]] = {}
    for score, right in points:
        by_score.setdefault(round(float(score), 4), []).append(int(bool(right)))
    blocks: list[list[float]] = []  # [sum of scores, count, right]
    for score in sorted(by_score):
        outcomes = by_score[score]
        blocks.append([score * len(outcomes), len(outcomes), sum(outcomes)])
        while len(blocks) > 1 and _rate(blocks[-1], prior) <= _rate(blocks[-2], prior):
            s, n, r = blocks.pop()
            blocks[-1][0] += s
            blocks[-1][1] += n
            blocks[-1][2] += r
    return [(round(s / n, 4), round(_rate([s, n, r], prior), 4)) for s, n, r in blocks]


def _rate(block: Sequence[float], prior: float) -> float:
    return (block[2] + prior) / (block[1] + 2 * prior)


def bucket_table(points: Sequence[tuple[float, int]], knots: Sequence[tuple[float, float]]) -> list[dict[str, Any]]:
    """Per raw-confidence bucket: count, precision (share right) and mean calibrated value."""
    rows = []
    for lo, hi in zip(BUCKETS, BUCKETS[1:]):
        inside = [(c, r) for c, r in points if lo <= c < hi]
        if not inside:
            continue
        rows.append({
            "bucket": f"{lo:.1f}–{min(hi, 1.0):.1f}",
            "count": len(inside),
            "precision": round(sum(r for _, r in inside) / len(inside), 2),
            "calibrated": round(sum(apply_mapping(c, tuple(knots)) for c, _ in inside) / len(inside), 2),
        })
    return rows


def threshold_table(points: Sequence[tuple[float, int]], knots: Sequence[tuple[float, float]]) -> list[dict[str, Any]]:
    """For calibrated thresholds c: events with calibrated confidence >= c, and their precision."""
    mapped = [(apply_mapping(c, tuple(knots)), r) for c, r in points]
    rows = []
    for c in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
        kept = [r for m, r in mapped if m >= c - 1e-9]
        rows.append({"at_least": c, "count": len(kept),
                     "precision": round(sum(kept) / len(kept), 2) if kept else None})
    return rows


# --------------------------------------------------------------------------- the corpus


@contextlib.contextmanager
def entries_with_confidence() -> Iterator[None]:
    """While active, eval_corpus.predict's export carries each entry's raw confidence."""
    import tracker.app.timeline as timeline
    from tracker.projections.runner import catch_up
    from tracker.app.review.outputs import annotate_entries

    original = timeline.load_timeline

    def load(store, track=None, as_of=None):  # type: ignore[no-untyped-def]
        entries, key = original(store, track, as_of)
        catch_up(store, ["events", "review"])
        with store.engine.connect() as conn:
            annotate_entries(conn, entries)
        return entries, key

    timeline.load_timeline = load  # type: ignore[assignment]
    try:
        yield
    finally:
        timeline.load_timeline = original  # type: ignore[assignment]


def _predict(path: Path) -> tuple[str, dict[str, Any]]:
    os.environ[SWITCH] = "off"
    with entries_with_confidence():
        return eval_corpus._predict_path(path)


def collect(corpus: Path, jobs: int) -> list[tuple[float, int]]:
    """(raw confidence, right) for every prediction on the corpus."""
    scorer = eval_corpus.load_scorer(corpus)
    paths = sorted((corpus / "articles").glob("*.txt"))
    if jobs > 1 and len(paths) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            predictions = dict(pool.map(_predict, paths))
    else:
        predictions = dict(_predict(p) for p in paths)
    points = []
    for path in paths:
        stem = path.stem
        gold = json.loads((corpus / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        pred = predictions[stem]
        matched = {pi for _, pi in eval_corpus.pair_events(scorer, gold, pred)}
        for pi, event in enumerate(scorer.pred_events(pred)):
            if event.get("confidence") is None:
                raise SystemExit(f"calibrate: prediction {pi} of {stem} has no confidence")
            points.append((float(event["confidence"]), int(pi in matched)))
    return points


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=eval_corpus.DEFAULT_CORPUS)
    parser.add_argument("--dry-run", action="store_true", help="print the tables, do not write the mapping")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args(argv)
    if not (args.corpus / "articles").is_dir():
        parser.error(f"{args.corpus} has no articles/ folder")
    points = collect(args.corpus, args.jobs)
    if not points:
        raise SystemExit("calibrate: no predictions on the corpus")
    knots = check_knots(isotonic_knots(points))
    right = sum(r for _, r in points)
    print(f"{len(points)} predictions, {right} right (precision {right / len(points):.2f})\n")
    print(f"{'raw confidence':<16}{'count':>6}{'precision':>11}{'calibrated':>12}")
    for row in bucket_table(points, knots):
        print(f"{row['bucket']:<16}{row['count']:>6}{row['precision']:>11.2f}{row['calibrated']:>12.2f}")
    print(f"\n{'confidence >= c':<16}{'raw: count':>11}{'precision':>11}{'calibrated: count':>19}{'precision':>11}")
    identity = ((0.0, 0.0), (1.0, 1.0))
    for raw_row, cal_row in zip(threshold_table(points, identity), threshold_table(points, knots)):
        cells = [f"{r['count']:>{w}}{'-' if r['precision'] is None else format(r['precision'], '.2f'):>11}"
                 for r, w in ((raw_row, 11), (cal_row, 19))]
        print(f"{raw_row['at_least']:<16}" + "".join(cells))
    print("\nknots (raw -> calibrated): " + ", ".join(f"{r:.2f}->{c:.2f}" for r, c in knots))
    if not args.dry_run:
        CALIBRATION_FILE.parent.mkdir(parents=True, exist_ok=True)
        CALIBRATION_FILE.write_text(json.dumps({
            "method": "isotonic regression (pool adjacent violators, one pseudo-count per outcome)",
            "fitted_by": "bench/calibrate.py",
            "predictions": len(points),
            "knots": [list(k) for k in knots],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {CALIBRATION_FILE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
