"""Keeping read models up to date with the log.

A projection reads log entries after its recorded position, applies them to its tables and
stores the new position, all in ONE transaction: a crash leaves either the old rows with the
old position or the new rows with the new one, never a mix. Positions live in
``projection_positions``. Catch-up runs under the store's writer lock, so two processes never
apply the same entries twice. A rebuild empties the projection's tables and replays from 0;
incremental catch-up and rebuild must give identical tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence

from sqlalchemy import Connection, Table, delete, insert, select, update

from tracker.errors import NotFoundError
from tracker.schema import projection_positions

if TYPE_CHECKING:
    from tracker.store import LogEntry, Store

#: Entries applied per transaction during catch-up: bounds memory and lock time on long logs.
CHUNK = 1000


class Projection(Protocol):
    """A read model fed by the log."""

    name: str
    tables: tuple[Table, ...]  # emptied on rebuild, in this order

    def apply(self, conn: Connection, entry: "LogEntry") -> None: ...


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


def _lock(store: "Store", conn: Connection) -> None:
    if store.dialect == "postgresql":
        # Same lock as appends: projections never race each other or an append.
        conn.exec_driver_sql("LOCK TABLE projection_positions IN EXCLUSIVE MODE")


def _replay(store: "Store", conn: Connection, projection: Projection, after: int, limit: int | None = None) -> int:
    """Apply the entries after position ``after`` (at most ``limit``); return the last position applied."""
    last = after
    for entry in store.read(after, limit=limit, conn=conn):
        projection.apply(conn, entry)
        last = entry.position
    return last


def _catch_up_one(store: "Store", projection: Projection) -> int:
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


def catch_up(store: "Store", names: Sequence[str] | None = None) -> dict[str, int]:
    """Bring the named projections (default: all, in registry order) up to the log head.

    Returns each projection's position afterwards.
    """
    return {p.name: _catch_up_one(store, p) for p in _selected(names)}


def rebuild(store: "Store", names: Sequence[str] | None = None) -> dict[str, int]:
    """Empty the named projections' tables and replay the whole log into them."""
    result: dict[str, int] = {}
    for projection in _selected(names):
        with store.write() as conn:
            _lock(store, conn)
            stored = _position(conn, projection.name)
            for table in projection.tables:
                conn.execute(delete(table))
            last = _replay(store, conn, projection, 0)
            _save_position(conn, projection.name, last, stored is not None)
        result[projection.name] = last
    return result


def status(store: "Store") -> list[dict]:
    """Per projection: name, position, log head and how many entries it is behind."""
    from tracker.projections import PROJECTIONS

    head = store.head()
    with store.engine.connect() as conn:
        positions = dict(conn.execute(select(projection_positions.c.name, projection_positions.c.position)).all())
    return [
        {"name": name, "position": int(positions.get(name, 0)), "head": head, "behind": head - int(positions.get(name, 0))}
        for name in PROJECTIONS
    ]
