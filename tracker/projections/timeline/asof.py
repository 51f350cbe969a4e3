"""The ``timeline`` read model as the log knew it at a point: ``--as-of`` a position or a moment.

An ``--as-of`` view never touches the real read model: the log up to that point is replayed
with the same projection code (:func:`tracker.projections.runner.apply_entries`) into a private
in-memory SQLite database, which is then read exactly like the real one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tracker.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from tracker.store import LogEntry, Store


# --------------------------------------------------------------------------- as-of


@dataclass(frozen=True)
class AsOf:
    """A point in the log's history: entries up to a position, or recorded before a moment."""

    position: int | None = None
    before: dt.datetime | None = None  # exclusive, UTC
    text: str = ""

    def includes(self, entry: LogEntry) -> bool:
        if self.position is not None:
            return entry.position <= self.position
        recorded = entry.recorded_at
        if recorded.tzinfo is None:
            recorded = recorded.replace(tzinfo=dt.UTC)
        assert self.before is not None  # an AsOf holds a position or a moment
        return recorded < self.before


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_as_of(text: str) -> AsOf:
    """``42`` (a log position), ``2025-12-21`` (to the end of that UTC day) or an ISO
    date-time (``2025-12-21T10:30``, ``...Z`` or with an offset; naive means UTC). Dates outside
    the range every input is held to (:mod:`tracker.limits`) are refused: a typo, not a moment."""
    from tracker.limits import check_date

    value = (text or "").strip()
    if value.isdigit():
        return AsOf(position=int(value), text=value)
    try:
        if _DATE.match(value):
            day = check_date(dt.date.fromisoformat(value), "as-of date")
            start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
            return AsOf(before=_later(start, dt.timedelta(days=1)), text=value)
        if "T" in value or " " in value:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.UTC)
            check_date(moment.date(), "as-of date")
            return AsOf(before=_later(_to_utc(moment), dt.timedelta(microseconds=1)), text=value)
    except ValueError:
        pass
    raise ValidationError(
        f"invalid as-of value {text!r}: expected a log position (e.g. 42), a date (YYYY-MM-DD) "
        "or a date-time (YYYY-MM-DDTHH:MM)"
    )


def _later(moment: dt.datetime, step: dt.timedelta) -> dt.datetime:
    """``moment + step``, clamped to the last representable instant (9999-12-31 is a valid day)."""
    try:
        return moment + step
    except OverflowError:
        return dt.datetime.max.replace(tzinfo=dt.UTC)


def _to_utc(moment: dt.datetime) -> dt.datetime:
    """In UTC, clamped at both ends (0001-01-01T00:00+05:00 is before the first UTC instant)."""
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError:
        edge = dt.datetime.min if moment.year == 1 else dt.datetime.max
        return edge.replace(tzinfo=dt.UTC)


def replay(store: Store, as_of: AsOf) -> Engine:
    """A private in-memory database holding the timeline read model as of ``as_of``.

    Same code as catch-up and rebuild (:func:`tracker.projections.runner.apply_entries`, in
    chunks), so an entry the read model quarantines is skipped here too instead of failing.
    """
    from sqlalchemy import create_engine, insert, select
    from sqlalchemy.pool import StaticPool

    from tracker.projections.quarantine import projection_quarantine
    from tracker.projections.runner import CHUNK, apply_entries
    from tracker.projections.timeline.apply import TimelineProjection
    from tracker.projections.timeline.tables import TABLES
    from tracker.schema import articles, metadata

    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    metadata.create_all(engine, tables=[articles, projection_quarantine, *TABLES])
    projection = TimelineProjection()
    chunk: list[LogEntry] = []

    def flush(conn: Connection, source: Connection) -> None:
        needed = sorted({e.article_id for e in chunk if e.article_id})
        for i in range(0, len(needed), 500):
            part = needed[i : i + 500]
            found = [dict(r._mapping) for r in source.execute(select(articles).where(articles.c.article_id.in_(part)))]
            known = set(conn.execute(select(articles.c.article_id).where(articles.c.article_id.in_(part))).scalars())
            found = [r for r in found if r["article_id"] not in known]
            if found:
                conn.execute(insert(articles), found)
        apply_entries(conn, projection, chunk)
        chunk.clear()

    with store.engine.connect() as source, engine.begin() as conn:
        for entry in store.read(0, upto=as_of.position):
            if not as_of.includes(entry):
                continue
            chunk.append(entry)
            if len(chunk) >= CHUNK:
                flush(conn, source)
        flush(conn, source)
    return engine


