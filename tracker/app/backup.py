"""Backups and moves: a consistent copy of a store while writers keep writing.

* ``backup``: SQLite uses SQLite's online backup API in one step, inside one read
  transaction (in WAL mode writers are not blocked, and the copy is the database as of one
  moment); PostgreSQL is copied entry by entry into a new SQLite file (no pg_dump needed; the
  copy is a working tracker store). Either way the copy is written to a temporary name and
  renamed into place only after it verified, so a failed backup leaves nothing behind.
* ``copy_store``: entry by entry between any two stores (SQLite <-> PostgreSQL), keeping
  positions, event ids, recorded_at, hashes, MACs and the articles, so ``verify`` prints the
  same head hash on both. The source is read in one snapshot (REPEATABLE READ on
  PostgreSQL, one read transaction on SQLite); the target is written in one transaction, must
  be empty, is verified, and then gets its read models rebuilt.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, func, insert, select

from tracker.errors import StoreError, ValidationError
from tracker.schema import articles, log
from tracker.store import Store, as_utc, open_store

BATCH = 1000

#: Called with the number of entries copied so far and the total.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class CopyResult:
    """What a copy or backup wrote; ``head_hash`` is the one ``verify`` prints on both."""

    entries: int
    articles: int
    head_hash: str
    target: str


def copy_store(source: Store, target_url: str, progress: Progress | None = None) -> CopyResult:
    """Copy ``source`` into the empty store at ``target_url`` (created if missing; removed
    again if the copy fails)."""
    from tracker.config import sqlite_path
    from tracker.db import describe

    where = describe(target_url)
    new_file = sqlite_path(target_url)
    new_file = new_file if new_file is not None and not new_file.exists() else None
    if new_file is None and target_url == source.url:
        raise ValidationError("the target is the source store")
    target = open_store(target_url)
    try:
        with target.engine.connect() as conn:
            entries_there = conn.execute(select(func.count()).select_from(log)).scalar()
            articles_there = conn.execute(select(func.count()).select_from(articles)).scalar()
        if entries_there or articles_there:
            raise StoreError(f"{where} is not empty ({entries_there} entries, {articles_there} articles): "
                             "copy only into an empty store")
        with _snapshot(source) as read:
            total = read.execute(select(func.count()).select_from(log)).scalar() or 0
            source_head = read.execute(select(log.c.hash).order_by(log.c.position.desc()).limit(1)).scalar()
            with target.write() as write:
                if target.dialect == "postgresql":
                    write.exec_driver_sql("LOCK TABLE log IN EXCLUSIVE MODE")
                n_articles = _copy_rows(read, write, articles, articles.c.article_id, None)
                done = 0

                def advance(count: int) -> None:
                    nonlocal done
                    done += count
                    if progress is not None:
                        progress(done, total)

                _copy_rows(read, write, log, log.c.position, advance)
        result = target.verify(key=None)
        if not result.ok:
            raise StoreError(f"the copy in {where} does not verify: {result.message}")
        if source_head is not None and result.head_hash != source_head:
            raise StoreError(f"the copy in {where} ends at another head than the source")
        from tracker.projections.runner import rebuild

        rebuild(target)
        return CopyResult(result.checked, n_articles, result.head_hash, where)
    except BaseException:
        target.close()
        if new_file is not None:
            for leftover in (new_file, Path(f"{new_file}-wal"), Path(f"{new_file}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        target.close()


class _snapshot:
    """A read transaction that sees the source as of one moment."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> Connection:
        conn = self.store.engine.connect()
        if self.store.dialect == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
        self.conn = conn
        self.tx = conn.begin()
        return conn

    def __exit__(self, *exc: object) -> None:
        self.tx.rollback()
        self.conn.close()


def _copy_rows(read: Connection, write: Connection, table: Any, key: Any, advance: Callable[[int], None] | None) -> int:
    """Copy every row of ``table`` in key order, in batches; datetimes as aware UTC so that
    neither back end shifts them (PostgreSQL would read a naive one in its own time zone)."""
    copied = 0
    last = None
    while True:
        query = select(table).order_by(key).limit(BATCH)
        if last is not None:
            query = query.where(key > last)
        rows = [dict(r._mapping) for r in read.execute(query)]
        if not rows:
            return copied
        for row in rows:
            row["recorded_at"] = as_utc(row["recorded_at"])
        write.execute(insert(table), rows)
        copied += len(rows)
        last = rows[-1][key.name]
        if advance is not None:
            advance(len(rows))


def backup(store: Store, path: str | os.PathLike[str], progress: Progress | None = None) -> CopyResult:
    """Write a consistent copy of ``store`` to the new SQLite file ``path`` (refused if it exists)."""
    target = Path(path).expanduser().resolve()
    if target.exists():
        raise ValidationError(f"{target} already exists: a backup never overwrites a file")
    if not target.parent.is_dir():
        raise ValidationError(f"cannot write {target}: folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    try:
        if store.dialect == "sqlite":
            result = _sqlite_backup(store, partial)
        else:
            result = copy_store(store, f"sqlite:///{partial}", progress)
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
    return CopyResult(result.entries, result.articles, result.head_hash, str(target))


def _sqlite_backup(store: Store, partial: Path) -> CopyResult:
    """SQLite's online backup API, all pages in one step (one consistent read snapshot)."""
    raw = store.engine.raw_connection()
    try:
        source = cast(sqlite3.Connection, raw.driver_connection)  # typed as any driver's; here sqlite3's
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
    finally:
        raw.close()
    with open_store(str(partial), upgrade=False) as copy:
        result = copy.verify(key=None)
        n_articles = _count(copy, articles)
    if not result.ok:
        raise StoreError(f"the backup does not verify: {result.message}")
    return CopyResult(result.checked, n_articles, result.head_hash, str(partial))


def _count(store: Store, table: Any) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar() or 0)
