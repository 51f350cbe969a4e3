"""``tracker retract`` and ``tracker amend``: corrections of an occurrence, each a new log entry
(the original stays). Checked against the ``events`` read model before anything is appended."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError
from tracker.events import (
    DateInterval,
    EventDraft,
    Location,
    Participant,
    amendment,
    retraction,
    validate_occurrence_fields,
)
from tracker.identity import current_user

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.store import Store


def occurrence_row(store: Store, id_or_prefix: str, projection: str, find: Callable[[Connection, str], Any],
                   what: str) -> Any:
    """The row ``find`` returns for the occurrence named by id or unique prefix, after catching
    read model ``projection`` up (``find`` is that read model's query for one occurrence).

    An entry that is no occurrence (a correction, an actor) raises ValidationError saying it
    is not ``what`` ("an event on the timeline", ...).
    """
    from tracker.projections.runner import catch_up

    event_id = store.find_event_id(id_or_prefix)
    catch_up(store, [projection])
    with store.engine.connect() as conn:
        row = find(conn, event_id)
    if row is None:
        entry = store.entry(event_id)
        kind = entry.event_type if entry else "unknown"
        raise ValidationError(f"{event_id} is a {kind} entry, not {what}")
    return row


def _current(store: Store, id_or_prefix: str) -> Any:
    """The events-projection row of the occurrence to correct."""
    from tracker.projections.events.queries import event_row

    return occurrence_row(store, id_or_prefix, "events", event_row, "an event that can be corrected")


def retract_event(store: Store, id_or_prefix: str, reason: str, *, recorded_by: str | None = None) -> tuple[str, str]:
    """Log an ``event_retracted`` for the event; return (event id, retraction entry id)."""
    from tracker.app.recording import record
    from tracker.store import NewEntry

    retraction(id_or_prefix, reason)  # validates the reason before any lookup
    row = _current(store, id_or_prefix)
    event_id = row.event_id
    if row.retracted:
        raise ValidationError(f"event {event_id} is already retracted")
    entry = NewEntry("event_retracted", retraction(event_id, reason), recorded_by or current_user())
    return event_id, record(store, [entry]).event_ids[0]


def amendment_changes(
    current: EventDraft,
    *,
    start: str | None = None,
    end: str | None = None,
    location: Location | None = None,
    modality: str | None = None,
    summary: str | None = None,
    participants: Sequence[Participant] | None = None,
    registry: Any = None,
    event_type: str | None = None,
) -> dict[str, Any]:
    """Payload-shaped changes from amend options; fields equal to the current ones are dropped.

    ``start`` alone sets a single date (end = start); ``end`` alone keeps the start. Places and
    participants are resolved through ``registry`` (the actor registry) first.
    """
    from tracker.actor_registry import resolve_location, resolve_participant

    changes: dict[str, Any] = {}
    if start is not None or end is not None:
        if start is None:
            if current.date.start is None:
                raise ValidationError("the event has no start date: give --start with --end")
            start = current.date.start
        changes["date"] = DateInterval.from_user(start, end).to_dict()
    if event_type is not None:
        validate_occurrence_fields(event_type, modality or current.modality)
        changes["type"] = event_type
    if modality is not None:
        validate_occurrence_fields(event_type or current.type, modality)
        changes["modality"] = modality
    if location is not None:
        place = resolve_location(registry, location)
        assert place is not None  # a location given stays a location; only None resolves to None
        changes["location"] = place.to_dict()
    if summary is not None:
        if not summary.strip():
            raise ValidationError("summary must not be empty")
        changes["summary"] = summary.strip()
    if participants is not None:
        people = [resolve_participant(registry, p) for p in participants]
        if not people:
            raise ValidationError("at least one participant is required")
        changes["participants"] = [p.to_dict() for p in people]
    payload = current.to_payload()
    return {k: v for k, v in changes.items() if payload.get(k) != v}


def amend_event(
    store: Store,
    id_or_prefix: str,
    reason: str,
    *,
    recorded_by: str | None = None,
    **options: Any,
) -> tuple[str, str, dict[str, Any]]:
    """Log an ``event_amended`` with the changed fields (``options``: those of
    :func:`amendment_changes`); return (event id, entry id, changes)."""
    from tracker.actor_registry import load_registry
    from tracker.app.recording import record
    from tracker.store import NewEntry

    amendment(id_or_prefix, {"summary": "x"}, reason)  # validates the reason first
    row = _current(store, id_or_prefix)
    event_id = row.event_id
    if row.retracted:
        raise ValidationError(f"event {event_id} is retracted; it cannot be amended")
    current = EventDraft.from_payload(json.loads(row.payload))
    changes = amendment_changes(current, registry=load_registry(store), **options)
    if not changes:
        raise ValidationError("nothing to amend: the new values equal the current ones")
    entry = NewEntry("event_amended", amendment(event_id, changes, reason), recorded_by or current_user())
    return event_id, record(store, [entry]).event_ids[0], changes
