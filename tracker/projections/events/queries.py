"""Read queries of read model ``events``: the occurrences ``tracker list`` and ``tracker show``
print, each as a plain dict, with its participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from tracker.projections.events.tables import event_participants, events
from tracker.store import as_utc


def participants_by_event(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The participants of each event, in their order."""
    ep = event_participants
    out: dict[str, list[dict[str, Any]]] = {}
    ids = list(event_ids)
    for i in range(0, len(ids), 500):
        query = select(ep).where(ep.c.event_id.in_(ids[i : i + 500])).order_by(ep.c.event_id, ep.c.ordinal)
        for row in conn.execute(query):
            out.setdefault(row.event_id, []).append(
                {"name": row.name, "side": row.side, "role": row.role, "actor_id": row.actor_id, "resolved": row.resolved}
            )
    return out


def _utc_text(value: Any) -> Any:
    """ISO 8601 in UTC; SQLite hands back naive UTC datetimes."""
    return as_utc(value).isoformat() if isinstance(value, dt.datetime) else value


def event_dict(row: Any, participants: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``events`` row as the dict ``list`` and ``show`` print."""
    return {
        "id": row.event_id,
        "type": row.event_type,
        "modality": row.modality,
        "start": row.start_date,
        "end": row.end_date,
        "precision": row.precision,
        "participants": participants,
        "location": None if row.location_name is None else {"name": row.location_name, "country": row.location_country},
        "summary": row.summary,
        "article_id": row.article_id,
        "recorded_at": _utc_text(row.recorded_at),
        "recorded_by": row.recorded_by,
        "retracted": bool(row.retracted),
        "retract_reason": row.retract_reason,
        "amendments": row.amendments,
    }


def read_events(conn: Connection, *, event_type: str | None = None, include_retracted: bool = False) -> list[dict[str, Any]]:
    """Occurrences (of one type, or all; retracted ones only if asked) in log order."""
    query = select(events).order_by(events.c.position)
    if event_type is not None:
        query = query.where(events.c.event_type == event_type)
    if not include_retracted:
        query = query.where(events.c.retracted.is_(False))
    rows = conn.execute(query).all()
    people = participants_by_event(conn, [r.event_id for r in rows])
    return [event_dict(r, people.get(r.event_id, [])) for r in rows]


def event_row(conn: Connection, event_id: str) -> Any:
    """The ``events`` row of one occurrence, or None."""
    return conn.execute(select(events).where(events.c.event_id == event_id)).first()


def read_event(conn: Connection, event_id: str) -> tuple[dict[str, Any], str] | None:
    """One occurrence as :func:`event_dict` gives it, and its current payload (JSON text)."""
    row = event_row(conn, event_id)
    if row is None:
        return None
    return event_dict(row, participants_by_event(conn, [event_id]).get(event_id, [])), row.payload


def confidences(conn: Connection, event_ids: Sequence[str]) -> dict[str, float]:
    """The extraction confidence of each known event."""
    ids = list(event_ids)
    out: dict[str, float] = {}
    for i in range(0, len(ids), 500):
        query = select(events.c.event_id, events.c.confidence).where(events.c.event_id.in_(ids[i : i + 500]))
        for row in conn.execute(query):
            out[row.event_id] = float(row.confidence)
    return out
