"""Migrations: a blank database upgraded to head matches the models (every registered
projection's tables included), and opening refuses databases that are not ours or are newer."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import tracker.projections  # noqa: F401  (all projection tables on the metadata)
from tracker.db import alembic_config, head_revision, make_engine, prepare
from tracker.errors import StoreError
from tracker.schema import metadata
from tracker.store import open_store


def assert_no_drift(url: str) -> None:
    store = open_store(url)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
            assert diff == []
            command.check(alembic_config(conn))  # raises when autogenerate would write anything
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
    finally:
        store.close()


def test_sqlite_blank_to_head_matches_models(tmp_path: Path) -> None:
    assert_no_drift(str(tmp_path / "m.sqlite3"))


@pytest.mark.postgres
def test_postgres_blank_to_head_matches_models(pg_url: str) -> None:
    assert_no_drift(pg_url)


def test_first_revisions_have_fixed_ids() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_revision("0001").down_revision is None
    assert script.get_revision("0002").down_revision == "0001"


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    path = tmp_path / "d.sqlite3"
    open_store(str(path)).close()
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    with sqlite3.connect(path) as raw:
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger')")}
    assert names <= {"alembic_version"}
    assert prepare(engine) == head_revision()
    engine.dispose()
    assert_no_drift(str(path))


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def test_text_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    before = fingerprint(path)
    with pytest.raises(StoreError, match=r"notes.txt is not a tracker store: it is not a SQLite database"):
        open_store(str(path))
    assert fingerprint(path) == before


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
        raw.execute("INSERT INTO customers (name) VALUES ('x')")
    raw.close()
    before = fingerprint(path)
    with pytest.raises(StoreError, match=r"other.db is not a tracker store: it has other tables \(customers\) "
                                         r"and no tracker schema version"):
        open_store(str(path))
    assert fingerprint(path) == before
    assert not Path(str(path) + "-wal").exists()


def test_newer_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    open_store(str(path)).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0999'")
    raw.close()
    before = fingerprint(path)
    with pytest.raises(StoreError, match="has schema revision 0999, which this tracker does not know; "
                                         "it was written by a newer tracker: upgrade tracker"):
        open_store(str(path))
    assert fingerprint(path) == before


def test_missing_file_without_upgrade_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    with pytest.raises(StoreError, match="no tracker store at"):
        open_store(str(path), upgrade=False)
    assert not path.exists()


def test_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="folder .* does not exist"):
        open_store(str(tmp_path / "nowhere" / "x.sqlite3"))


@pytest.mark.postgres
def test_foreign_postgres_schema_is_refused(pg_url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    with pytest.raises(StoreError, match=r"is not a tracker store: it has other tables \(invoices\)"):
        open_store(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).scalar() == 1
    engine.dispose()


def open_and_count(url: str) -> int:
    """Run in a separate process: open (and so upgrade) the store, append one entry."""
    from tracker.events import DateInterval, EventDraft
    from tracker.store import NewEntry

    store = open_store(url)
    try:
        draft = EventDraft(type="visit", date=DateInterval.from_user("2025"))
        return store.append([NewEntry("visit", draft.to_payload(), "user:test")]).positions[0]
    finally:
        store.close()


def two_processes_open_fresh(url: str) -> None:
    import multiprocessing

    with multiprocessing.get_context("spawn").Pool(2) as pool:
        positions = pool.map(open_and_count, [url, url])
    assert sorted(positions) == [1, 2]
    assert_no_drift(url)


def test_two_processes_open_a_fresh_sqlite_file(tmp_path: Path) -> None:
    two_processes_open_fresh(str(tmp_path / "fresh.sqlite3"))


@pytest.mark.postgres
def test_two_processes_open_a_fresh_postgres_schema(pg_url: str) -> None:
    two_processes_open_fresh(pg_url)


def test_downgrade_and_upgrade_keeps_log_and_refills_projection(tmp_path: Path) -> None:
    """Going back to 0001 drops the read model; coming back rebuilds it from the log."""
    from sqlalchemy import func, select

    from tracker.events import DateInterval, EventDraft
    from tracker.projections.events import events
    from tracker.app.recording import record
    from tracker.store import NewEntry

    path = tmp_path / "u.sqlite3"
    store = open_store(str(path))
    draft = EventDraft(type="visit", date=DateInterval.from_user("2025-12"))
    record(store, [NewEntry("visit", draft.to_payload(), "user:test")])
    with store.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    store.close()
    store = open_store(str(path))
    from tracker.projections.runner import catch_up

    assert catch_up(store, ["events"]) == {"events": 2}  # 1: the seeded track definition
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(events)).scalar() == 1
    assert store.verify().ok
    store.close()


def test_0007_fills_entry_blocks_from_a_caught_up_timeline(tmp_path: Path) -> None:
    """A store caught up at 0006 keeps its timeline position through 0007: the new table gets
    the first occurrences' keys from ``timeline_blocks``, equal to what the projection writes."""
    import sys

    from sqlalchemy import select, text

    from tracker.projections.runner import catch_up, rebuild
    from tracker.projections.timeline.tables import timeline_entry_blocks

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bench.make_store import generate

    path = tmp_path / "m7.sqlite3"
    store = open_store(str(path))
    store.append_many(list(generate(400, seed=6)))
    catch_up(store)
    with store.engine.connect() as conn:
        written = sorted(conn.execute(select(timeline_entry_blocks)).all())
    store.close()
    assert len(written) > 100
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
        position = conn.execute(text("SELECT position FROM projection_positions WHERE name = 'timeline'")).scalar()
    assert position
    assert prepare(engine) == head_revision()
    engine.dispose()
    store = open_store(str(path))
    with store.engine.connect() as conn:
        assert sorted(conn.execute(select(timeline_entry_blocks)).all()) == written
        assert conn.execute(
            text("SELECT position FROM projection_positions WHERE name = 'timeline'")).scalar() == position
    rebuild(store, ["timeline"])
    with store.engine.connect() as conn:
        assert sorted(conn.execute(select(timeline_entry_blocks)).all()) == written
    store.close()
