"""Calibrated confidence: the extractor's raw score mapped to the share of such events that
turn out right.

A monotone mapping fitted by ``bench/calibrate.py`` on the real-article corpus (isotonic
regression of "matched a gold event" on the raw confidence) is kept in
``tracker/data/confidence_calibration.json`` as knots ``[[raw, calibrated], ...]`` with raw and
calibrated values both non-decreasing. Between knots the mapping is linear, outside them it is
flat, so it stays monotone: ranking by confidence is unchanged, only the numbers come to mean
something ("0.8" is right about four times in five).

It is applied in one place, :func:`tracker.extract.drafts.to_draft`. Setting
``TRACKER_CONFIDENCE_CALIBRATION=off`` yields the raw scores (what the fit itself needs).
"""

from __future__ import annotations

import bisect
import functools
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tracker.errors import ValidationError

CALIBRATION_FILE = Path(__file__).resolve().parent.parent / "data" / "confidence_calibration.json"
SWITCH = "TRACKER_CONFIDENCE_CALIBRATION"

Knots = tuple[tuple[float, float], ...]


def check_knots(knots: Sequence[Sequence[float]]) -> Knots:
    """Validate a mapping: at least one knot, values in [0, 1], raw strictly and calibrated
    weakly increasing (so the mapping is monotone)."""
    out = tuple((float(r), float(c)) for r, c in knots)
    if not out:
        raise ValidationError("a calibration needs at least one knot")
    for raw, cal in out:
        if not (0.0 <= raw <= 1.0 and 0.0 <= cal <= 1.0):
            raise ValidationError(f"calibration knot ({raw}, {cal}) lies outside [0, 1]")
    for (r0, c0), (r1, c1) in zip(out, out[1:], strict=False):
        if r1 <= r0 or c1 < c0:
            raise ValidationError("calibration knots must increase (raw strictly, calibrated weakly)")
    return out


def apply_mapping(raw: float, knots: Knots) -> float:
    """The calibrated value of ``raw``: linear between knots, flat beyond the first and last."""
    xs = [k[0] for k in knots]
    if raw <= xs[0]:
        return knots[0][1]
    if raw >= xs[-1]:
        return knots[-1][1]
    i = bisect.bisect_right(xs, raw)
    (x0, y0), (x1, y1) = knots[i - 1], knots[i]
    return y0 + (y1 - y0) * (raw - x0) / (x1 - x0)


@functools.lru_cache(maxsize=4)
def load_knots(path: str = str(CALIBRATION_FILE)) -> Knots | None:
    """The shipped mapping, or None when no calibration file exists yet."""
    p = Path(path)
    if not p.exists():
        return None
    data: Any = json.loads(p.read_text(encoding="utf-8"))
    return check_knots(data["knots"])


@functools.lru_cache(maxsize=1)
def _shipped_knots() -> Knots | None:
    """The shipped mapping, read once per process (it is applied to every extracted event)."""
    return load_knots()


def calibrated(raw: float, knots: Knots | None = None) -> float:
    """The confidence to store for an extracted event (raw when calibration is off or absent)."""
    if os.environ.get(SWITCH, "").strip().lower() in ("off", "0", "no", "false"):
        return raw
    knots = knots if knots is not None else _shipped_knots()
    if knots is None:
        return raw
    return round(apply_mapping(raw, knots), 2)
