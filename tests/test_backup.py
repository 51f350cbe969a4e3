"""Backups and moves: `db backup` while a writer runs, `db copy` SQLite -> PostgreSQL -> SQLite
with the same head hash, positions, ids, times, signatures and articles on every copy."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tracker.articles import Article
from tracker.app.backup import backup, copy_store
from tracker.cli import app
from tracker.errors import StoreError, ValidationError
from tracker.events import DateInterval, EventDraft, Participant, retraction
from tracker.projections.runner import catch_up
from tracker.store import NewEntry, Store, open_store

runner = CliRunner()
KEY = b"s" * 32


def occurrence(summary: str, day: int = 20) -> NewEntry:
    draft = EventDraft(type="meeting_held", date=DateInterval.from_user(f"2025-12-{day:02d}"),
                       participants=(Participant("Steve Witkoff", "US"), Participant("Kirill Dmitriev", "RU")),
                       summary=summary)
    return NewEntry("meeting_held", draft.to_payload(), "user:test")


def fill(store: Store) -> None:
    """A few entries of every kind: events with an article, a correction, a signed entry."""
    ids = store.append([occurrence("talks", 20), occurrence("call", 21)],
                       article=Article(text="Envoys talked in Geneva.", lang="en", url="https://a.example/1",
                                       title="Talks", source="A")).event_ids
    store.append([NewEntry("event_retracted", retraction(ids[1], "duplicate"), "user:test")])
    store.signing_key = KEY
    store.append([occurrence("signed", 22)], article=Article(text="A second article.", lang="en"))
    store.signing_key = None


def rows(store: Store) -> list[tuple]:
    return [(e.position, e.event_id, e.recorded_at, e.hash, e.mac, e.payload) for e in store.read()]


def listed(store: Store) -> list[tuple]:
    from tracker.app.listing import list_events

    catch_up(store)
    return [(e["id"], e["summary"]) for e in list_events(store, include_retracted=True)]


def test_copy_sqlite_to_postgres_and_back(tmp_path: Path, pg_url: str) -> None:
    with open_store(str(tmp_path / "a.sqlite3")) as source:
        fill(source)
        head = source.verify().head_hash
        seen: list[tuple[int, int]] = []
        result = copy_store(source, pg_url, lambda done, total: seen.append((done, total)))
        assert (result.entries, result.articles, result.head_hash) == (source.head(), 2, head)
        assert seen[-1] == (source.head(), source.head())
        with open_store(pg_url) as pg:
            assert rows(pg) == rows(source)
            assert pg.get_article(Article(text="A second article.", lang="en").id) is not None
            assert pg.verify(key=KEY).ok and pg.verify().head_hash == head
            assert listed(pg) == listed(source)
            back = copy_store(pg, str(tmp_path / "b.sqlite3"))
        assert back.head_hash == head
    with open_store(str(tmp_path / "b.sqlite3")) as again, open_store(str(tmp_path / "a.sqlite3")) as source:
        assert rows(again) == rows(source)
        assert again.verify(key=KEY).ok


def test_copy_refuses_a_non_empty_target(tmp_path: Path, pg_url: str) -> None:
    with open_store(pg_url) as pg:
        pg.append([occurrence("already here")])
    with open_store(str(tmp_path / "a.sqlite3")) as source:
        fill(source)
        with pytest.raises(StoreError, match=r"is not empty \(1 entries, 0 articles\): copy only into an empty store"):
            copy_store(source, pg_url)
        with pytest.raises(ValidationError, match="the target is the source store"):
            copy_store(source, source.url)
    with open_store(pg_url) as pg:
        assert pg.head() == 1


def test_sqlite_backup_while_a_writer_appends(tmp_path: Path) -> None:
    url = str(tmp_path / "live.sqlite3")
    with open_store(url) as store:
        fill(store)
    stop = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            with open_store(url) as w:
                i = 0
                while not stop.is_set() and i < 400:
                    w.append([occurrence(f"busy {i}")])
                    i += 1
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        with open_store(url) as store:
            copies = [backup(store, tmp_path / f"copy{i}.sqlite3") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    assert not errors
    with open_store(url) as store:
        for result in copies:
            with open_store(result.target, upgrade=False) as copy:
                check = copy.verify()
                assert check.ok and check.head_hash == result.head_hash
                assert store.position_of_hash(result.head_hash) == copy.head()  # a state the source really had
    assert not [p for p in tmp_path.iterdir() if "partial" in p.name]


def test_backup_refuses_an_existing_file_and_leaves_nothing_on_failure(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite3")) as store:
        fill(store)
        existing = tmp_path / "there.sqlite3"
        existing.write_bytes(b"keep me")
        with pytest.raises(ValidationError, match="already exists: a backup never overwrites a file"):
            backup(store, existing)
        assert existing.read_bytes() == b"keep me"
        with pytest.raises(ValidationError, match="does not exist"):
            backup(store, tmp_path / "no" / "dir.sqlite3")


def test_postgres_backup_is_a_sqlite_store(tmp_path: Path, pg_url: str) -> None:
    with open_store(pg_url) as pg:
        fill(pg)
        result = backup(pg, tmp_path / "pg.sqlite3")
        assert result.head_hash == pg.verify().head_hash
        with open_store(str(tmp_path / "pg.sqlite3")) as copy:
            assert rows(copy) == rows(pg)


def test_cli_backup_and_copy(tmp_path: Path, pg_url: str) -> None:
    def ok(*args: str) -> str:
        result = runner.invoke(app, list(args))
        assert result.exit_code == 0, result.stderr + result.stdout
        return result.stdout

    ok("add", "meeting_held", "--start", "2025-12-20", "-p", "X:US")
    head = ok("verify").splitlines()[1].split()[-1]
    assert ok("db", "backup", str(tmp_path / "b.sqlite3")) == f"head hash {head}\n"
    assert ok("db", "copy", "--to", pg_url) == f"head hash {head}\n"
    assert ok("--db", pg_url, "verify").splitlines()[1].endswith(head)
    assert [e["summary"] for e in json.loads(ok("--db", pg_url, "list", "-f", "json"))] == \
        [e["summary"] for e in json.loads(ok("list", "-f", "json"))]
    again = runner.invoke(app, ["db", "copy", "--to", pg_url])
    assert again.exit_code == 1 and "is not empty" in again.stderr
    exists = runner.invoke(app, ["db", "backup", str(tmp_path / "b.sqlite3")])
    assert exists.exit_code == 1 and "already exists" in exists.stderr
