"""A rebuild blocks nobody: while it builds its shadow tables, a writer appends (and catches the
read models up) and a reader reads, both without a lock error; a reader's open transaction keeps
its snapshot across the swap. SQLite and PostgreSQL, with threads."""

from __future__ import annotations

import itertools
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import func, select

import tracker.projections.runner as runner
from tracker.events import DateInterval, EventDraft, Location, Participant
from tracker.projections.runner import catch_up, rebuild, status
from tracker.projections.timeline.tables import timeline_entries
from tracker.app.recording import record
from tracker.store import NewEntry, Store, open_store
from tracker.app.timeline import load_timeline

from test_store_projections import snapshot


def plain(summary: str, day: int) -> NewEntry:
    draft = EventDraft(
        type="meeting_held",
        date=DateInterval.from_user(f"2025-{1 + day // 28:02d}-{1 + day % 28:02d}"),
        participants=(Participant("Steve Witkoff", "US"), Participant("Kirill Dmitriev", "RU")),
        location=Location("Miami", "US"),
        summary=summary,
    )
    return NewEntry(draft.type, draft.to_payload(), "user:test")


class PausedRebuild:
    """A rebuild of ``names`` in a thread, paused after its third write transaction (the shadow
    tables are half built and no lock is held) until :meth:`go_on`; ``outcome`` holds its
    result (``done``) or the exception it raised (``error``)."""

    def __init__(self, url: str, names: list[str]) -> None:
        self.rebuilder = open_store(url)
        self.in_the_middle, self._go_on = threading.Event(), threading.Event()
        self.outcome: dict[str, object] = {}
        own_write, count = self.rebuilder.write, itertools.count()

        @contextmanager
        def paused_write() -> Iterator:
            with own_write() as conn:
                yield conn
            if next(count) == 3:
                self.in_the_middle.set()
                self._go_on.wait(60)

        self.rebuilder.write = paused_write  # type: ignore[method-assign]

        def run() -> None:
            try:
                self.outcome["done"] = rebuild(self.rebuilder, names)
            except BaseException as exc:  # noqa: BLE001 - reported by the callers' assertions
                self.outcome["error"] = exc

        self.thread = threading.Thread(target=run)
        self.thread.start()

    def go_on(self) -> None:
        self._go_on.set()

    def close(self) -> None:
        self.thread.join(60)
        self.rebuilder.close()


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        return request.getfixturevalue("pg_url")
    return str(tmp_path / "r.sqlite3")


def test_reader_and_writer_go_on_while_a_rebuild_runs(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runner, "CHUNK", 5)
    store = open_store(url)
    store.append([plain(f"talks {i}", i) for i in range(40)])
    catch_up(store)

    paused = PausedRebuild(url, ["timeline"])
    try:
        assert paused.in_the_middle.wait(60)
        # a writer: append and catch up, while the rebuild is under way
        record(store, [plain("during the rebuild", 100)])
        # a reader: the live timeline is whole meanwhile
        entries, _ = load_timeline(store)
        assert len(entries) == 41
        # a reader whose transaction spans the swap keeps its snapshot
        reader = store.engine.connect()
        txn = reader.begin()
        before = reader.execute(select(func.count()).select_from(timeline_entries)).scalar()
    finally:
        paused.go_on()
    if store.dialect == "sqlite":
        paused.thread.join(60)  # the swap does not wait for SQLite readers
    after = reader.execute(select(func.count()).select_from(timeline_entries)).scalar()
    txn.rollback()
    reader.close()
    paused.close()
    assert "error" not in paused.outcome, paused.outcome.get("error")
    assert before == after == 41
    assert paused.outcome["done"] == {"timeline": 42}  # 41 events after the seeded track definition
    assert {s["name"]: s["behind"] for s in status(store)} == {"events": 0, "review": 0, "timeline": 0}
    swapped = snapshot(store)
    rebuild(store)  # a second rebuild (indexes under their other names) gives the same rows
    assert snapshot(store) == swapped
    entries, _ = load_timeline(store)
    assert len(entries) == 41
    store.close()


def test_rebuild_leaves_no_shadow_tables_and_clears_a_crashed_one(url: str) -> None:
    from sqlalchemy import inspect

    from tracker.projections import PROJECTIONS, shadow

    store = open_store(url)
    store.append([plain("talks", 1)])
    with store.write() as conn:  # what a rebuild killed half-way leaves behind
        shadow.create(conn, shadow.shadow_tables(conn, PROJECTIONS["timeline"].tables))
    rebuild(store)
    with store.engine.connect() as conn:
        names = inspect(conn).get_table_names()
    assert not [n for n in names if n.endswith(("__new", "__old"))]
    entries, _ = load_timeline(store)
    assert [e["summary"] for e in entries] == ["talks"]
    store.close()


def test_review_is_rebuilt_aside_while_decisions_go_on(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review read model builds a shadow table too: half-way through its rebuild the copy
    exists, the live table is whole, and a decision logged meanwhile is in the swapped table."""
    from sqlalchemy import inspect

    from tracker.events import review_decision
    from tracker.projections.review.tables import review_states

    monkeypatch.setattr(runner, "CHUNK", 5)
    store = open_store(url)
    ids = record(store, [plain(f"talks {i}", i) for i in range(12)]).event_ids
    for eid in ids:
        record(store, [NewEntry("event_reviewed", review_decision(eid, "accepted"), "user:test")])
    paused = PausedRebuild(url, ["review"])
    try:
        assert paused.in_the_middle.wait(60), paused.outcome.get("error")
        with store.engine.connect() as conn:
            assert "review_states__new" in inspect(conn).get_table_names()
            assert conn.execute(select(func.count()).select_from(review_states)).scalar() == 12
        record(store, [NewEntry("event_reviewed", review_decision(ids[0], "rejected", "a visit"), "user:test")])
    finally:
        paused.go_on()
    paused.close()
    assert "error" not in paused.outcome, paused.outcome.get("error")
    assert paused.outcome["done"] == {"review": store.head()}
    with store.engine.connect() as conn:
        rows = {r.event_id: (r.status, r.decisions) for r in conn.execute(select(review_states))}
        assert not [n for n in inspect(conn).get_table_names() if n.endswith(("__new", "__old"))]
    assert rows[ids[0]] == ("rejected", 2) and {rows[i] for i in ids[1:]} == {("accepted", 1)}
    swapped = snapshot(store)
    rebuild(store, ["review"])
    assert snapshot(store) == swapped
    store.close()
