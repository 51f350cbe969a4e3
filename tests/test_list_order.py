"""``tracker list`` reads the events read model in SQL, page by page (``projections/events/queries.py``):
its order and its date filters are the ones the kernel's ``first_day``/``last_day`` define,
on both back ends, across page boundaries and runs of dates sharing a first day."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert
from typer.testing import CliRunner

from tracker.cli import app
from tracker.events import first_day, last_day
from tracker.projections.events import events
from tracker.projections.events.queries import first_day_text, rows_in_list_order
from tracker.store import Store, open_store

TYPES = ("meeting_held", "phone_call", "visit")


def reduced(rng: random.Random) -> str:
    """A reduced date in a narrow span, so that many share a first day or a month."""
    year = rng.choice((2030, 2031))
    month = rng.choice((1, 1, 2, 12))
    day = rng.choice((1, 1, 2, 28))
    return rng.choice((f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}"))


def fill(store: Store, n: int = 180, seed: int = 3) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        start = reduced(rng) if rng.random() > 0.1 else None
        end = None
        if start and rng.random() < 0.3:
            later = reduced(rng)
            end = later if first_day(later) >= first_day(start) else None
        rows.append({
            "event_id": f"{rng.getrandbits(64):016x}-{i:04d}", "event_type": rng.choice(TYPES), "modality": "occurred",
            "start_date": start, "end_date": end, "precision": "unknown", "summary": "s", "location_name": None,
            "location_country": None, "article_id": None, "confidence": 0.5,
            "recorded_at": dt.datetime(2032, 1, 1, tzinfo=dt.timezone.utc), "recorded_by": "t", "payload": "{}",
            "retracted": rng.random() < 0.2, "retract_reason": None, "amendments": 0, "position": i + 1,
        })
    with store.engine.begin() as conn:
        conn.execute(insert(events), rows)
    return rows


def expected(rows: list[dict[str, Any]], *, event_type: str | None, retracted: bool,
             since: dt.date | None, until: dt.date | None) -> list[str]:
    """The list as the Python definition gives it: filters, then (undated last, first day, id)."""
    kept = []
    for r in rows:
        if event_type is not None and r["event_type"] != event_type:
            continue
        if not retracted and r["retracted"]:
            continue
        if since or until:
            if r["start_date"] is None:
                continue
            if since and last_day(r["end_date"] or r["start_date"]) < since:
                continue
            if until and first_day(r["start_date"]) > until:
                continue
        kept.append(r)
    kept.sort(key=lambda r: (r["start_date"] is None, first_day(r["start_date"]) if r["start_date"] else None,
                             r["event_id"]))
    return [r["event_id"] for r in kept]


def check(store: Store) -> None:
    rows = fill(store)
    days = [None, dt.date(2030, 1, 1), dt.date(2030, 1, 2), dt.date(2030, 2, 28), dt.date(2030, 12, 31),
            dt.date(2031, 1, 1), dt.date(2031, 2, 1), dt.date(2031, 12, 31)]
    rng = random.Random(5)
    for _ in range(25):
        since, until = rng.choice(days), rng.choice(days)
        if since and until and until < since:
            since, until = until, since
        event_type = rng.choice((None, *TYPES))
        retracted = rng.random() < 0.5
        got = [r.event_id for r in rows_in_list_order(store.engine, event_type=event_type, include_retracted=retracted,
                                                      since=since, until=until, page=rng.choice((1, 7, 200)))]
        assert got == expected(rows, event_type=event_type, retracted=retracted, since=since, until=until), \
            (event_type, retracted, since, until)


def test_sql_order_and_filters_match_the_definition_sqlite(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.sqlite3"))
    try:
        check(store)
    finally:
        store.close()


@pytest.mark.postgres
def test_sql_order_and_filters_match_the_definition_postgres(pg_url: str) -> None:
    store = open_store(pg_url)
    try:
        check(store)
    finally:
        store.close()


@pytest.mark.parametrize("text", ["2031", "2031-02", "2031-02-14", "1900", "2100-12"])
def test_first_day_text_is_the_first_day(text: str) -> None:
    assert first_day_text(text) == first_day(text).isoformat()


def test_list_limit_with_the_review_filter_counts_kept_events(tmp_path: Path) -> None:
    """``--limit`` counts events that pass ``--status``: rejected ones skipped on a page do
    not use up the limit."""
    db = tmp_path / "s.sqlite3"
    runner = CliRunner()
    ids = []
    for day in range(1, 6):
        out = runner.invoke(app, ["--db", str(db), "add", "phone_call", "--start", f"2031-03-0{day}",
                                  "-p", "Ana Example:US", "-p", "Boris Sample:RU"])
        assert out.exit_code == 0, out.output
        ids.append(out.output.strip())
    for event_id in ids[:2]:
        out = runner.invoke(app, ["--db", str(db), "review", "reject", event_id, "--reason", "not a call"])
        assert out.exit_code == 0, out.output
    import json

    listed = runner.invoke(app, ["--db", str(db), "list", "--limit", "2", "-f", "json"])
    assert [e["id"] for e in json.loads(listed.output)] == ids[2:4]
    everything = runner.invoke(app, ["--db", str(db), "list", "--status", "all", "--limit", "3", "-f", "json"])
    assert [e["id"] for e in json.loads(everything.output)] == ids[:3]
