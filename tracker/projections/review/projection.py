"""Applying ``event_reviewed`` entries: one row per reviewed event, the latest decision wins.

Decisions are applied in log order, so "latest" is the one with the highest position, both in
an incremental catch-up and in a rebuild. A withdrawn decision (verdict ``unreviewed``, what an
undo logs) keeps the row with that status, so the count of decisions stays visible.
"""

from __future__ import annotations

from sqlalchemy import Connection, Table, bindparam, insert, select, update

from tracker.projections.review.tables import review_states
from tracker.store import LogEntry

_SELECT = select(review_states.c.decisions).where(review_states.c.event_id == bindparam("target_id"))
_INSERT = insert(review_states)
_UPDATE = update(review_states).where(review_states.c.event_id == bindparam("target_id"))


class ReviewProjection:
    """The current verdict per occurrence."""

    name = "review"
    tables: tuple[Table, ...] = (review_states,)

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
        count = conn.execute(_SELECT, {"target_id": target}).scalar()
        if count is None:
            conn.execute(_INSERT, {"event_id": target, "decisions": 1, **values})
        else:
            conn.execute(_UPDATE, {"target_id": target, "decisions": count + 1, **values})


PROJECTION = ReviewProjection()
