"""`verify --deep`: do the read models still say what the log says?

The hash chain proves the log; every export is built from the read models, which are plain
tables anyone with write access can edit. This replays the whole log through every registered
read model into a private in-memory database, with the same apply loop as catch-up and rebuild,
up to the position each live read model has reached, and compares the tables row for row (as
multisets, so row order and storage details do not count). A difference means a read model
was edited, or a projection is not deterministic: either way the published timeline cannot be
trusted until ``tracker projections rebuild``.

It reads everything once and holds one copy of the read models in memory: a check to run on
purpose, not on every command.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

    from tracker.store import LogEntry, Store


@dataclass(frozen=True)
class TableDifference:
    """Rows of one read-model table that a replay of the log does not give (``extra``), and
    rows the replay gives that the table lacks (``missing``)."""

    projection: str
    table: str
    extra: int
    missing: int
    example: str

    def message(self) -> str:
        return (f"read model {self.projection}: table {self.table} differs from a replay of the log "
                f"({self.extra} rows not in the replay, {self.missing} rows missing), e.g. {self.example}")


def _value(value: Any) -> Any:
    """One value as both back ends give it back: instants in UTC, dates as ISO text."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 9)
    return value


def _rows(conn: Connection, table: Table) -> Counter:
    from sqlalchemy import select

    return Counter(tuple(_value(v) for v in row) for row in conn.execute(select(*table.columns)))


def replay_differences(store: Store) -> list[TableDifference]:
    """Every read-model table whose live rows differ from a replay of the log (empty: all match)."""
    from sqlalchemy import create_engine, insert, select
    from sqlalchemy.pool import StaticPool

    from tracker.projections import PROJECTIONS
    from tracker.projections.quarantine import projection_quarantine
    from tracker.projections.runner import CHUNK, apply_entries, positions
    from tracker.schema import articles, metadata

    projections = list(PROJECTIONS.values())
    with store.engine.connect() as conn:
        reached = positions(conn)
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    metadata.create_all(engine, tables=[articles, projection_quarantine, *(t for p in projections for t in p.tables)])
    chunk: list[LogEntry] = []

    def flush(conn: Connection, source: Connection) -> None:
        needed = sorted({e.article_id for e in chunk if e.article_id})
        for i in range(0, len(needed), 500):
            part = needed[i : i + 500]
            known = set(conn.execute(select(articles.c.article_id).where(articles.c.article_id.in_(part))).scalars())
            rows = [dict(r._mapping) for r in source.execute(select(articles).where(articles.c.article_id.in_(part)))
                    if r.article_id not in known]
            if rows:
                conn.execute(insert(articles), rows)
        for projection in projections:  # registry order, as catch-up: later ones may read earlier ones
            upto = reached.get(projection.name, 0)
            apply_entries(conn, projection, [e for e in chunk if e.position <= upto])
        chunk.clear()

    try:
        with store.engine.connect() as source, engine.begin() as conn:
            for entry in store.read(0, upto=max(reached.values(), default=0)):
                chunk.append(entry)
                if len(chunk) >= CHUNK:
                    flush(conn, source)
            flush(conn, source)
        differences = []
        with store.engine.connect() as live, engine.connect() as replayed:
            for projection in projections:
                for table in projection.tables:
                    have, want = _rows(live, table), _rows(replayed, table)
                    if have == want:
                        continue
                    extra, missing = have - want, want - have
                    sample = next(iter(extra or missing))
                    differences.append(TableDifference(
                        projection.name, table.name, sum(extra.values()), sum(missing.values()),
                        ("live row " if extra else "replayed row ") + repr(sample)[:200],
                    ))
        return differences
    finally:
        engine.dispose()
