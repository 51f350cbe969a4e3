"""The apply step of read model ``events``: every occurrence as it stands now, after corrections.

One row per logged occurrence in ``events`` (retracted ones stay, flagged, so an audit can see
them) and its participants in ``event_participants``. ``event_retracted`` flags the row;
``event_amended`` rewrites the fields it changes and counts the amendment; the current payload
(JSON) is kept so later amendments apply to the amended state. Other entry types are ignored.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update

from tracker.events import OCCURRENCE_TYPES, EventDraft
from tracker.projections.events.tables import event_participants, events
from tracker.store import LogEntry, canonical_json


def _fields(draft: EventDraft) -> dict[str, Any]:
    """Columns that follow from the occurrence itself."""
    return {
        "event_type": draft.type,
        "modality": draft.modality,
        "start_date": draft.date.start,
        "end_date": draft.date.end,
        "precision": draft.date.precision,
        "summary": draft.summary,
        "location_name": draft.location.name if draft.location else None,
        "location_country": draft.location.country if draft.location else None,
        "confidence": draft.confidence,
        "payload": canonical_json(draft.to_payload()),
    }


class EventsProjection:
    """Occurrences with retractions and amendments applied.

    ``tables`` maps base names to the tables written: the real ones, or a rebuild's shadow
    copies. Statements are built once per table set: values travel as parameters, so
    SQLAlchemy's compiled cache is hit on every entry (building ``.values(...)`` per row costs
    more than the insert itself).
    """

    name = "events"

    def __init__(self, tables: dict[str, Table] | None = None) -> None:
        t = tables or {"events": events, "event_participants": event_participants}
        self.tables: tuple[Table, ...] = (t["event_participants"], t["events"])  # children first, so emptying respects the key
        ev, parts = t["events"], t["event_participants"]
        self._insert_event = insert(ev)
        self._update_event = update(ev).where(ev.c.event_id == bindparam("target_id"))
        self._insert_participants = insert(parts)
        self._delete_participants = delete(parts).where(parts.c.event_id == bindparam("target_id"))
        self._select_current = select(ev.c.payload, ev.c.amendments).where(ev.c.event_id == bindparam("target_id"))

    def with_tables(self, tables: dict[str, Table]) -> EventsProjection:
        """The same projection writing to other tables (same columns), for shadow rebuilds."""
        return EventsProjection(tables)

    def apply(self, conn: Connection, entry: LogEntry) -> None:
        if entry.event_type in OCCURRENCE_TYPES:
            self._add(conn, entry)
        elif entry.event_type == "event_retracted":
            conn.execute(
                self._update_event,
                {"target_id": entry.target_event_id, "retracted": True,
                 "retract_reason": entry.payload.get("reason"), "position": entry.position},
            )
        elif entry.event_type == "event_amended":
            self._amend(conn, entry)

    def _write_participants(self, conn: Connection, event_id: str, draft: EventDraft, *, replace: bool) -> None:
        if replace:
            conn.execute(self._delete_participants, {"target_id": event_id})
        rows = [
            {
                "event_id": event_id,
                "ordinal": i,
                "actor_id": p.actor_id,
                "name": p.name,
                "side": p.side,
                "role": p.role,
                "resolved": p.resolved,
            }
            for i, p in enumerate(draft.participants)
        ]
        if rows:
            conn.execute(self._insert_participants, rows)

    def _add(self, conn: Connection, entry: LogEntry) -> None:
        draft = EventDraft.from_payload(entry.payload)
        conn.execute(
            self._insert_event,
            {
                "event_id": entry.event_id,
                "article_id": entry.article_id,
                "recorded_at": entry.recorded_at,
                "recorded_by": entry.recorded_by,
                "retracted": False,
                "retract_reason": None,
                "amendments": 0,
                "position": entry.position,
                **_fields(draft),
            },
        )
        self._write_participants(conn, entry.event_id, draft, replace=False)

    def _amend(self, conn: Connection, entry: LogEntry) -> None:
        row = conn.execute(self._select_current, {"target_id": entry.target_event_id}).first()
        if row is None:  # the store refuses such entries; nothing to amend
            return
        draft = EventDraft.from_payload(json.loads(row.payload)).with_changes(entry.payload["changes"])
        conn.execute(
            self._update_event,
            {"target_id": entry.target_event_id, "amendments": row.amendments + 1, "position": entry.position,
             **_fields(draft)},
        )
        if "participants" in entry.payload["changes"]:
            self._write_participants(conn, entry.payload["target"], draft, replace=True)


PROJECTION = EventsProjection()
