"""At scale: two thousand generated entries (the shapes of the test articles, with syndicated
copies), caught up in chunks of every size with corrections and manual overrides in between,
give the same tables as one rebuild, and the entries equal clustering everything at once.
SQLite and PostgreSQL."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

import tracker.projections.runner as runner
from tracker.events import merge, retraction, split
from tracker.projections.runner import catch_up, rebuild
from tracker.store import NewEntry, open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.make_store import generate  # noqa: E402

from test_projections import assert_entries_match_global_clustering, snapshot  # noqa: E402


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "scale.sqlite3")


def test_chunked_catch_up_equals_rebuild_on_thousands_of_entries(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    monkeypatch.setattr(runner, "CHUNK", 317)  # chunks that cut articles and stories anywhere
    store = open_store(url)
    batches = list(generate(2000, seed=5))
    ids: list[str] = []
    for i in range(0, len(batches), 40):
        for result in store.append_many(batches[i : i + 40]):
            ids += result.event_ids
        if rng.random() < 0.5:
            catch_up(store)
        if rng.random() < 0.3:  # corrections among the appends
            store.append([NewEntry("event_retracted", retraction(rng.choice(ids), "wrong"), "user:test")])
        if rng.random() < 0.1:
            store.append([NewEntry("events_merged", merge(rng.sample(ids, 2), "same"), "user:test")])
        if rng.random() < 0.1:
            store.append([NewEntry("event_split", split(rng.choice(ids), "different"), "user:test")])
    catch_up(store)
    incremental = snapshot(store)
    assert len(incremental["timeline_entries"]) > 100
    rebuild(store)
    assert snapshot(store) == incremental
    assert_entries_match_global_clustering(store)
    store.close()
