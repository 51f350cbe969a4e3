"""Keeping read models up to date with the log.

A projection reads log entries after its recorded position, applies them to its tables and
stores the new position, all in ONE transaction: a crash leaves either the old rows with the
old position or the new rows with the new one, never a mix. Positions live in
``projection_positions``. Catch-up runs under the store's writer lock, so two processes never
apply the same entries twice, one chunk (:data:`CHUNK` entries) per transaction. An entry a
projection cannot apply is quarantined (:mod:`tracker.projections.quarantine`), never fatal. A
rebuild replays from 0 into shadow tables and swaps them in (:mod:`tracker.projections.shadow`);
incremental catch-up and rebuild must give identical tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from sqlalchemy import Connection, Table, delete, func, insert, select, update
from sqlalchemy.exc import InterfaceError, OperationalError

from tracker.errors import NotFoundError
from tracker.projections.quarantine import projection_quarantine
from tracker.schema import log, projection_positions

if TYPE_CHECKING:
    from tracker.store import LogEntry, Store

#: Entries applied per transaction during catch-up: bounds memory and lock time on long logs.
CHUNK = 1000


class Projection(Protocol):
    """A read model fed by the log."""

    name: str
    tables: tuple[Table, ...]  # emptied on rebuild, in this order

    def apply(self, conn: Connection, entry: LogEntry) -> None: ...


@runtime_checkable
class RebuildsAside(Projection, Protocol):
    """A projection that can write to shadow copies of its tables, so a rebuild builds aside."""

    def with_tables(self, tables: dict[str, Any]) -> Projection: ...


def _selected(names: Sequence[str] | None) -> list[Projection]:
    from tracker.projections import PROJECTIONS

    if names is None:
        return list(PROJECTIONS.values())
    unknown = [n for n in names if n not in PROJECTIONS]
    if unknown:
        raise NotFoundError(
            f"unknown projection {unknown[0]!r}: expected one of {', '.join(PROJECTIONS)}"
        )
    return [PROJECTIONS[n] for n in PROJECTIONS if n in names]  # registry order


def _position(conn: Connection, name: str) -> int | None:
    return conn.execute(
        select(projection_positions.c.position).where(projection_positions.c.name == name)
    ).scalar()


def _save_position(conn: Connection, name: str, position: int, existed: bool) -> None:
    if existed:
        conn.execute(
            update(projection_positions).where(projection_positions.c.name == name).values(position=position)
        )
    else:
        conn.execute(insert(projection_positions).values(name=name, position=position))


def _lock(store: Store, conn: Connection) -> None:
    if store.dialect == "postgresql":
        # Same lock as appends: projections never race each other or an append.
        conn.exec_driver_sql("LOCK TABLE projection_positions IN EXCLUSIVE MODE")


#: Errors that say the database (not the entry) is in trouble: never quarantined, re-raised.
_FATAL = (OperationalError, InterfaceError, MemoryError, RecursionError)


def apply_entries(conn: Connection, projection: Projection, entries: Sequence[LogEntry], *, as_name: str | None = None) -> int:
    """Apply ``entries`` (log order) to ``projection`` in the caller's transaction.

    The whole batch runs in one savepoint; when it raises, it is rolled back and the entries are
    applied one by one, each in its own savepoint, and any entry that still fails is recorded in
    ``projection_quarantine`` (under ``as_name``, default the projection's name) instead of
    stopping the projection. Returns how many entries were quarantined. This is the one apply
    loop: catch-up, rebuild and the ``--as-of`` replay all use it.
    """
    if not entries:
        return 0
    try:
        with conn.begin_nested():
            _apply(conn, projection, entries)
        return 0
    except _FATAL:
        raise
    except Exception:  # noqa: BLE001 - retried entry by entry below, the bad one is recorded
        pass
    bad = 0
    for entry in entries:
        try:
            with conn.begin_nested():
                _apply(conn, projection, [entry])
        except _FATAL:
            raise
        except Exception as exc:  # noqa: BLE001 - containment: the entry is recorded, not lost
            bad += 1
            conn.execute(
                insert(projection_quarantine).values(
                    projection=as_name or projection.name,
                    position=entry.position,
                    event_id=entry.event_id,
                    event_type=entry.event_type,
                    error=f"{type(exc).__name__}: {exc}"[:2000],
                    recorded_at=dt.datetime.now(dt.UTC),
                )
            )
    return bad


def _apply(conn: Connection, projection: Projection, entries: Sequence[LogEntry]) -> None:
    batch = getattr(projection, "apply_batch", None)
    if batch is not None:
        batch(conn, entries)
    else:
        for entry in entries:
            projection.apply(conn, entry)


def _replay(store: Store, conn: Connection, projection: Projection, after: int, limit: int | None = None,
            as_name: str | None = None) -> int:
    """Apply the entries after position ``after`` (at most ``limit``, in chunks of CHUNK); return
    the last position applied."""
    last = after
    while limit is None or last - after < limit:
        size = CHUNK if limit is None else min(CHUNK, limit - (last - after))
        entries = list(store.read(last, limit=size, conn=conn, batch=size))
        if not entries:
            break
        apply_entries(conn, projection, entries, as_name=as_name)
        last = entries[-1].position
        if len(entries) < size:
            break
    return last


def _catch_up_one(store: Store, projection: Projection) -> int:
    with store.engine.connect() as conn:  # up to date (most reads): no write lock at all
        stored = _position(conn, projection.name)
        head = conn.execute(select(func.max(log.c.position))).scalar() or 0
        conn.rollback()
    if stored is not None and stored == head:
        return stored
    while True:
        with store.write() as conn:
            _lock(store, conn)
            stored = _position(conn, projection.name)
            start = stored or 0
            last = _replay(store, conn, projection, start, CHUNK)
            if last != start or stored is None:
                _save_position(conn, projection.name, last, stored is not None)
        if last - start < CHUNK:
            return last


def catch_up(store: Store, names: Sequence[str] | None = None) -> dict[str, int]:
    """Bring the named projections (default: all, in registry order) up to the log head.

    Each chunk of :data:`CHUNK` entries is one transaction, so a long backlog never holds the
    writer lock for long. Returns each projection's position afterwards.
    """
    return {p.name: _catch_up_one(store, p) for p in _selected(names)}


def rebuild(store: Store, names: Sequence[str] | None = None) -> dict[str, int]:
    """Replay the whole log into the named projections' tables (default: all).

    A projection with ``with_tables`` is built into shadow copies in short transactions and
    swapped in at the end (:mod:`tracker.projections.shadow`): readers and writers go on
    meanwhile. Any other is emptied and refilled in one transaction.
    """
    result: dict[str, int] = {}
    for projection in _selected(names):
        if isinstance(projection, RebuildsAside):
            result[projection.name] = _rebuild_aside(store, projection)
            continue
        with store.write() as conn:
            _lock(store, conn)
            stored = _position(conn, projection.name)
            for table in projection.tables:
                conn.execute(delete(table))
            _clear_quarantine(conn, projection.name)
            last = _replay(store, conn, projection, 0)
            _save_position(conn, projection.name, last, stored is not None)
        result[projection.name] = last
    return result


def _rebuild_aside(store: Store, projection: RebuildsAside) -> int:
    from tracker.projections import shadow

    aside = f"{projection.name}@rebuild"
    with store.write() as conn:
        shadow.drop_leftovers(conn, projection.tables)
        copies = shadow.shadow_tables(conn, projection.tables)
        shadow.create(conn, copies)
        _clear_quarantine(conn, aside)
    builder = projection.with_tables(copies)
    last = 0
    while True:  # short transactions: the writer lock is free between chunks
        with store.write() as conn:
            reached = _replay(store, conn, builder, last, CHUNK, as_name=aside)
        if reached - last < CHUNK:
            last = reached
            break
        last = reached
    with store.write() as conn:  # the swap: what was appended meanwhile, then the tables
        _lock(store, conn)
        last = _replay(store, conn, builder, last, as_name=aside)
        shadow.swap(conn, projection.tables, copies)
        _clear_quarantine(conn, projection.name)
        conn.execute(
            update(projection_quarantine)
            .where(projection_quarantine.c.projection == aside)
            .values(projection=projection.name)
        )
        stored = _position(conn, projection.name)
        _save_position(conn, projection.name, last, stored is not None)
    return last


def _clear_quarantine(conn: Connection, name: str) -> None:
    conn.execute(delete(projection_quarantine).where(projection_quarantine.c.projection == name))


def quarantined(store: Store, name: str | None = None) -> list[dict]:
    """Entries the read models could not apply (all, or of one projection), in log order."""
    q = projection_quarantine
    query = select(q.c.projection, q.c.position, q.c.event_id, q.c.event_type, q.c.error).order_by(
        q.c.position, q.c.projection
    )
    if name is not None:
        query = query.where(q.c.projection == name)
    with store.engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]


def positions(conn: Connection) -> dict[str, int]:
    """The log position each read model has applied, by name (absent: never caught up)."""
    rows = conn.execute(select(projection_positions.c.name, projection_positions.c.position))
    return {name: int(pos) for name, pos in rows}


def status(store: Store) -> list[dict]:
    """Per projection: name, position, log head, how many entries it is behind and how many it
    quarantined."""
    from tracker.projections import PROJECTIONS

    head = store.head()
    q = projection_quarantine
    with store.engine.connect() as conn:
        reached = positions(conn)
        bad: dict[str, int] = dict(conn.execute(select(q.c.projection, func.count()).group_by(q.c.projection)).all())
    return [
        {"name": name, "position": reached.get(name, 0), "head": head,
         "behind": head - reached.get(name, 0), "quarantined": int(bad.get(name, 0))}
        for name in PROJECTIONS
    ]
