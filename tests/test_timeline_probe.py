"""The batched candidate lookup of the timeline projection (:mod:`tracker.projections.timeline.probe`):
it finds in ``timeline_entry_blocks`` what the lookup of one occurrence at a time finds among
every occurrence's blocks, and on SQLite its plan searches the entry blocks' key on type,
bucket and key, reading the windows from that index (a search on the type alone would grow
with the log)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from tracker.events import EventDraft
from tracker.projections.runner import catch_up
from tracker.projections.timeline.apply import PROJECTION
from tracker.projections.timeline.dedup import modalities_compatible, modality_group, query_buckets, query_keys
from tracker.projections.timeline.probe import Probe, pack, primaries_matching, statement
from tracker.projections.timeline.tables import timeline_entry_blocks, timeline_occurrences
from tracker.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.make_store import generate


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        url = request.getfixturevalue("pg_url")
    else:
        url = str(tmp_path / "probe.sqlite3")
    s = open_store(url)
    batches = list(generate(600, seed=4))
    s.append_many(batches)
    catch_up(s, ["timeline"])
    yield s
    s.close()


def _probe(row) -> tuple[Probe, list[str], tuple[int, ...]] | None:
    draft = EventDraft.from_payload(json.loads(row.payload))
    if row.window_start is None:
        return None
    keys = sorted(query_keys(draft))
    look = query_buckets((dt.date.fromisoformat(row.window_start), dt.date.fromisoformat(row.window_end)))
    if not keys or look is None:
        return None
    probe = Probe(row.event_type, row.window_start, row.window_end, tuple(keys), look, modality_group(draft.modality))
    return probe, keys, look


def test_batched_lookup_finds_what_one_lookup_per_occurrence_finds(store) -> None:
    with store.engine.connect() as conn:
        rows = conn.execute(select(timeline_occurrences).order_by(timeline_occurrences.c.position)).all()
        probed = [(row, p) for row in rows if (p := _probe(row)) is not None]
        found = primaries_matching(conn, timeline_entry_blocks, [p for _, (p, _, _) in probed])
        hits = 0
        for (row, (_, keys, look)), got in zip(probed, found, strict=True):
            params = {"etype": row.event_type, "keys": keys, "wstart": row.window_start, "wend": row.window_end,
                      "eid": row.event_id, "buckets": list(look)}
            modality = json.loads(row.payload)["modality"]
            expected = {c.event_id for c in conn.execute(PROJECTION._primaries_in, params)
                        if modalities_compatible(modality, json.loads(c.payload)["modality"])}
            assert got - {row.event_id} == expected  # the one-at-a-time lookup leaves the occurrence itself out
            hits += len(expected)
    assert hits > len(probed)  # the generated stories overlap: most occurrences have candidates


def test_sqlite_plan_searches_the_entry_blocks_key_on_every_column_and_reads_nothing_else(tmp_path: Path) -> None:
    s = open_store(str(tmp_path / "plan.sqlite3"))
    s.append_many(list(generate(200, seed=2)))
    catch_up(s, ["timeline"])
    with s.engine.connect() as conn:
        query = statement(conn, timeline_entry_blocks)
        probe = Probe("meeting_held", "2025-03-01", "2025-03-01", ("S:RU", "S:US"), (739311, -2 - 739311 // 7, -1),
                      "occurred")
        plan = [str(r[-1]) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query.text.replace(":probes", "?"),
                                                          (pack([probe]),))]
    s.close()
    blocks = [line for line in plan if line.split()[1:2] == ["b"]]
    assert blocks and all("event_type=? AND modality=? AND bucket=? AND block_key=?" in line for line in blocks), plan
    assert all("COVERING INDEX" in line for line in blocks), plan
    assert not [line for line in plan if line.split()[:2] == ["SCAN", "b"]], plan
