"""Applying ``event_reviewed`` entries: one row per reviewed event, the latest decision wins.

Decisions are applied in log order, so "latest" is the one with the highest position, both in
an incremental catch-up and in a rebuild. A withdrawn decision (verdict ``unreviewed``, what an
undo logs) keeps the row with that status, so the count of decisions stays visible. A rebuild
builds the table aside and swaps it in (``with_tables``), like the other read models.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from tracker.projections.review.tables import review_states
from tracker.store import LogEntry


class ReviewProjection:
    """The current verdict per occurrence.

    ``tables`` maps the base table name to the table to write: the real one, or the shadow copy
    a rebuild fills before swapping it in (:mod:`tracker.projections.shadow`).
    """

    name = "review"

    def __init__(self, tables: dict[str, Any] | None = None) -> None:
        states = tables[review_states.name] if tables else review_states
        self.tables: tuple[Table, ...] = (states,)
        # built once per table: values travel as parameters, the compiled statements are reused
        self._select = select(states.c.decisions).where(states.c.event_id == bindparam("target_id"))
        self._insert = insert(states)
        self._update = update(states).where(states.c.event_id == bindparam("target_id"))

    def with_tables(self, tables: dict[str, Any]) -> ReviewProjection:
        """The same projection writing to other tables (same columns), for shadow rebuilds."""
        return ReviewProjection(tables)

    def apply(self, conn: Connection, entry: LogEntry) -> None:
        if entry.event_type != "event_reviewed":
            return
        target = entry.target_event_id
        values = {
            "status": entry.payload["verdict"],
            "reviewer": entry.recorded_by,
            "reviewed_at": entry.recorded_at,
            "reason": entry.payload.get("reason") or None,
            "position": entry.position,
        }
        count = conn.execute(self._select, {"target_id": target}).scalar()
        if count is None:
            conn.execute(self._insert, {"event_id": target, "decisions": 1, **values})
        else:
            conn.execute(self._update, {"target_id": target, "decisions": count + 1, **values})


PROJECTION = ReviewProjection()
