"""Confidence calibration: the fit is monotone, the shipped mapping is monotone and applied by
the extractor's output step, and a fixed toy mapping transforms an event's confidence."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tracker.articles import Article
from tracker.errors import ValidationError
from tracker.extract import calibration, extract_events
from tracker.extract.calibration import apply_mapping, calibrated, check_knots, load_knots
from tracker.extract.mentions.registry import ActorRegistry

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from calibrate import bucket_table, isotonic_knots, threshold_table  # noqa: E402

TEXT = "Steve Witkoff a rencontré Kirill Dmitriev samedi à Miami."


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


def extract(registry: ActorRegistry) -> list[float]:
    events = extract_events(Article(text=TEXT, lang="fr", published=dt.date(2025, 12, 21)), registry)
    assert events
    return [e.confidence for e in events]


def test_pooling_example() -> None:
    # scores 0.2 (right), 0.5 (wrong, wrong), 0.8 (right): 0.2 and 0.5 pool into one block
    knots = isotonic_knots([(0.2, 1), (0.5, 0), (0.5, 0), (0.8, 1)])
    assert knots == [(0.4, 0.4), (0.8, 0.6667)]
    assert check_knots(knots)


@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 1)), min_size=1, max_size=60))
def test_fit_is_monotone_and_inside_the_unit_interval(points: list[tuple[float, int]]) -> None:
    knots = check_knots(isotonic_knots(points))  # raises unless increasing and inside [0, 1]
    values = [apply_mapping(x / 100, knots) for x in range(101)]
    assert all(a <= b + 1e-12 for a, b in zip(values, values[1:]))
    assert all(0 < k[1] < 1 for k in knots)  # pseudo-counts: never certain


def test_mapping_checks_and_interpolation() -> None:
    knots = check_knots([(0.4, 0.2), (0.8, 0.6)])
    assert (apply_mapping(0.1, knots), apply_mapping(0.6, knots), apply_mapping(0.95, knots)) == (0.2, pytest.approx(0.4), 0.6)
    for bad in ([], [(0.5, 0.5), (0.4, 0.6)], [(0.4, 0.6), (0.5, 0.5)], [(0.5, 1.5)]):
        with pytest.raises(ValidationError):
            check_knots(bad)


def test_tables() -> None:
    points = [(0.45, 0), (0.55, 1), (0.75, 1), (0.75, 0), (0.85, 1)]
    knots = isotonic_knots(points)
    rows = {r["bucket"]: r for r in bucket_table(points, knots)}
    assert (rows["0.7–0.8"]["count"], rows["0.7–0.8"]["precision"]) == (2, 0.5)
    assert threshold_table(points, knots)[0] == {"at_least": 0.3, "count": 5, "precision": 0.6}


def test_shipped_mapping_is_monotone_and_applied(registry: ActorRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    knots = load_knots()
    assert knots is not None and check_knots(knots) == knots
    monkeypatch.setenv(calibration.SWITCH, "off")
    raw = extract(registry)
    monkeypatch.delenv(calibration.SWITCH)
    assert extract(registry) == [calibrated(c, knots) for c in raw]


def test_toy_mapping_transforms_an_events_confidence(registry: ActorRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(calibration.SWITCH, "off")
    raw = extract(registry)
    monkeypatch.delenv(calibration.SWITCH)
    monkeypatch.setattr(calibration, "_shipped_knots", lambda: ((0.0, 0.1), (1.0, 0.3)))
    assert extract(registry) == [round(0.1 + 0.2 * c, 2) for c in raw]
