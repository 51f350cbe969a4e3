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
    assert_entry_blocks_are_the_first_occurrences_blocks(store)
    rebuild(store)
    assert snapshot(store) == incremental
    assert_entries_match_global_clustering(store)
    store.close()


def assert_entry_blocks_are_the_first_occurrences_blocks(store) -> None:
    """``timeline_entry_blocks`` holds exactly the blocking keys of every live entry's first
    occurrence, with its modality group and window: the rows of ``timeline_blocks`` whose
    occurrence is the first of its entry, as migration 0007 fills it."""
    import json

    from sqlalchemy import and_, select

    from tracker.projections.timeline.dedup import modality_group
    from tracker.projections.timeline.tables import timeline_blocks as b
    from tracker.projections.timeline.tables import timeline_entries as e
    from tracker.projections.timeline.tables import timeline_entry_blocks as eb
    from tracker.projections.timeline.tables import timeline_occurrences as o

    with store.engine.connect() as conn:
        kept = set(conn.execute(select(eb.c.event_type, eb.c.modality, eb.c.bucket, eb.c.block_key, eb.c.window_start,
                                       eb.c.window_end, eb.c.entry_id)).all())
        wanted = set(conn.execute(
            select(b.c.event_type, o.c.payload, b.c.bucket, b.c.block_key, o.c.window_start, o.c.window_end,
                   b.c.event_id)
            .join(o, o.c.event_id == b.c.event_id)
            .where(and_(o.c.entry_id == o.c.event_id, o.c.retracted.is_(False)))
        ).all())
        wanted = {(r[0], modality_group(json.loads(r[1])["modality"]), *r[2:]) for r in wanted}
        entries = set(conn.execute(select(e.c.entry_id)).scalars())
    assert kept == wanted
    assert len({r[-1] for r in kept}) > 100 and {r[-1] for r in kept} <= entries


@pytest.fixture(params=[("sqlite", 6000), ("postgres", 2000)], ids=["sqlite", "postgres"])
def sized_url(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, int]:
    backend, events = request.param
    if backend == "postgres":
        request.applymarker(pytest.mark.postgres)
        return request.getfixturevalue("pg_url"), events
    return str(tmp_path / "batched.sqlite3"), events


def test_batched_appends_equal_entry_by_entry_on_thousands_of_entries(
    sized_url: tuple[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without manual merges or splits, runs of appends take the batched path (one lookup per
    chunk, an index in memory for the chunk's own occurrences): caught up in chunks that cut
    articles and syndicated stories anywhere, with retractions and amendments among the
    appends, it gives the same tables as a rebuild entry by entry, and the entries equal
    clustering everything at once."""
    from tracker.events import amendment
    from tracker.projections.timeline.apply import TimelineProjection

    url, events = sized_url
    rng = random.Random(11)
    monkeypatch.setattr(runner, "CHUNK", 293)
    store = open_store(url)
    batches = list(generate(events, seed=9))
    ids: list[str] = []
    for i in range(0, len(batches), 60):
        for result in store.append_many(batches[i : i + 60]):
            ids += result.event_ids
        if rng.random() < 0.4:
            catch_up(store)
        if rng.random() < 0.3:
            store.append([NewEntry("event_retracted", retraction(rng.choice(ids), "wrong"), "user:test")])
        if rng.random() < 0.3:
            change = rng.choice([{"summary": "amended"}, {"location": None}])
            store.append([NewEntry("event_amended", amendment(rng.choice(ids), change, "fix"), "user:test")])
    catch_up(store)
    batched = snapshot(store)
    assert len(batched["timeline_entries"]) > 500
    assert any(int(r[13]) > 1 for r in batched["timeline_entries"])  # entries with several occurrences
    assert_entries_match_global_clustering(store)
    assert_entry_blocks_are_the_first_occurrences_blocks(store)
    monkeypatch.setattr(TimelineProjection, "batched", False)
    rebuild(store, ["timeline"])
    assert snapshot(store) == batched
    store.close()
