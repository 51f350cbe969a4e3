"""``tracker list`` and ``tracker show``: occurrences as they stand after corrections, filtered
by type, date and actor; one log entry with its corrections. Reads the ``events`` read model
through its queries (:mod:`tracker.projections.events.queries`)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError
from tracker.events import OCCURRENCE_TYPES, first_day, last_day

if TYPE_CHECKING:
    from tracker.store import LogEntry, Store


def check_list_filters(
    *, event_type: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """Validate ``list`` filters before any store is opened; return the (first, last) days."""
    if event_type is not None and event_type not in OCCURRENCE_TYPES:
        raise ValidationError(f"unknown event type {event_type!r}: expected one of {', '.join(OCCURRENCE_TYPES)}")
    lo = first_day(since) if since else None
    hi = last_day(until) if until else None
    if lo and hi and hi < lo:
        raise ValidationError(f"--until {until} is before --since {since}")
    if limit is not None and limit < 0:
        raise ValidationError("--limit must not be negative")
    return lo, hi


def _matches_actor(registry: Any, wanted: str, participants: list[dict[str, Any]]) -> bool:
    actor = registry.lookup(wanted) if registry is not None else None
    if actor is not None and actor.kind == "side":
        return any(p["side"] == actor.side for p in participants)
    if actor is not None and any(p["actor_id"] == actor.id for p in participants):
        return True
    needle = wanted.casefold()
    return any(needle in p["name"].casefold() or (p["side"] or "").casefold() == needle for p in participants)


def list_events(
    store: Store,
    *,
    event_type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    include_retracted: bool = False,
) -> list[dict[str, Any]]:
    """Occurrences as they stand after corrections, in date order (undated last).

    ``since``/``until`` keep events whose interval overlaps the given reduced dates; ``actor``
    matches a registry actor (a side matches every participant of that side) or part of a name.
    """
    from tracker.actor_registry import load_registry
    from tracker.projections.events.queries import read_events
    from tracker.projections.runner import catch_up

    lo, hi = check_list_filters(event_type=event_type, since=since, until=until, limit=limit)
    catch_up(store, ["events"])
    registry = load_registry(store) if actor else None
    with store.engine.connect() as conn:
        rows = read_events(conn, event_type=event_type, include_retracted=include_retracted)
    selected = []
    for event in rows:
        if lo or hi:
            if event["start"] is None:
                continue
            if lo and last_day(event["end"] or event["start"]) < lo:
                continue
            if hi and first_day(event["start"]) > hi:
                continue
        if actor and not _matches_actor(registry, actor, event["participants"]):
            continue
        selected.append(event)
    selected.sort(key=lambda e: (e["start"] is None, first_day(e["start"]) if e["start"] else None, e["id"]))
    return selected if limit is None else selected[:limit]


def _entry_dict(entry: LogEntry) -> dict[str, Any]:
    return {
        "position": entry.position,
        "event_id": entry.event_id,
        "event_type": entry.event_type,
        "schema_version": entry.schema_version,
        "recorded_at": entry.recorded_at.isoformat(),
        "recorded_by": entry.recorded_by,
        "payload": entry.payload,
        "hash": entry.hash,
    }


def show_event(store: Store, id_or_prefix: str) -> dict[str, Any]:
    """One log entry by id or unique prefix; for an event, its current state and corrections."""
    from tracker.projections.events.queries import read_event
    from tracker.projections.runner import catch_up

    event_id = store.find_event_id(id_or_prefix)
    entry = store.entry(event_id)
    assert entry is not None  # find_event_id returned an id of the log
    if entry.event_type not in OCCURRENCE_TYPES:
        return {"entry": _entry_dict(entry)}
    catch_up(store, ["events"])
    with store.engine.connect() as conn:
        found = read_event(conn, event_id)
    if found is None:
        raise ValidationError(f"event {event_id} is not in the events read model")
    event, payload = found
    current = json.loads(payload)
    event.update(
        topics=current.get("topics", []),
        confidence=current.get("confidence"),
        evidence=current.get("evidence", []),
        quote=current.get("quote"),
        stance=current.get("stance"),
        source_url=current.get("source_url"),
        date=current.get("date"),
        position=entry.position,
        hash=entry.hash,
        corrections=[_entry_dict(c) for c in store.corrections_of(event_id)],
    )
    return event
