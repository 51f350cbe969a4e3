"""User decisions about the timeline, each one a log entry: assign a track, merge, split.

Every function checks its input against the timeline read model (after catching it up) before
anything is appended, so a bad id or track changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from tracker.errors import NotFoundError, ValidationError
from tracker.events import merge, split, track_assignment

if TYPE_CHECKING:
    from tracker.store import Store


def _occurrence(store: Store, id_or_prefix: str) -> Any:
    """The timeline row of a live occurrence named by id or unique prefix."""
    from tracker.app.corrections import occurrence_row
    from tracker.projections.timeline.queries import occurrence

    row = occurrence_row(store, id_or_prefix, "timeline", occurrence, "an event on the timeline")
    if row.retracted:
        raise ValidationError(f"event {row.event_id} is retracted")
    return row


def _user(recorded_by: str | None) -> str:
    if recorded_by:
        return recorded_by
    from tracker.identity import current_user

    return current_user()


def assign_track(
    store: Store, id_or_prefix: str, track: str, reason: str = "", *, recorded_by: str | None = None
) -> tuple[str, str]:
    """Put an event (and so its timeline entry) on a track; return (event id, track key)."""
    from tracker.app.recording import record
    from tracker.app.track_definitions import catalogue_in_force
    from tracker.projections.timeline.queries import resolve_track
    from tracker.store import NewEntry

    with store.engine.connect() as conn:  # the log's catalogue: the read model may lag behind
        key = resolve_track(conn, track, catalogue_in_force(store))
    row = _occurrence(store, id_or_prefix)
    if row.manual_track == key:
        raise ValidationError(f"event {row.event_id} is already assigned to track {key}")
    record(store, [NewEntry("track_assigned", track_assignment(row.event_id, key, reason), _user(recorded_by))])
    return row.event_id, key


def merge_events(
    store: Store, ids: Sequence[str], reason: str = "", *, recorded_by: str | None = None
) -> str:
    """Declare that these events are one occurrence; return the id of the merged entry."""
    from tracker.app.recording import record
    from tracker.projections.timeline.queries import entry_of_event
    from tracker.store import NewEntry

    rows = [_occurrence(store, i) for i in ids]
    event_ids = list(dict.fromkeys(r.event_id for r in rows))
    if len(event_ids) < 2:
        raise ValidationError("a merge needs at least two different events")
    if len({r.entry_id for r in rows}) == 1:
        raise ValidationError(f"these events are already one timeline entry ({rows[0].entry_id})")
    record(store, [NewEntry("events_merged", merge(event_ids, reason), _user(recorded_by))])
    with store.engine.connect() as conn:
        entry_id = entry_of_event(conn, event_ids[0])
    assert entry_id is not None  # merged live occurrences are on the timeline
    return entry_id


def split_event(store: Store, id_or_prefix: str, reason: str = "", *, recorded_by: str | None = None) -> str:
    """Take an event out of its timeline entry (and out of automatic de-duplication)."""
    from tracker.app.recording import record
    from tracker.projections.timeline.queries import live_members
    from tracker.store import NewEntry

    row = _occurrence(store, id_or_prefix)
    with store.engine.connect() as conn:
        members = live_members(conn, row.entry_id)
    if members < 2:
        raise ValidationError(f"event {row.event_id} already stands alone on the timeline")
    record(store, [NewEntry("event_split", split(row.event_id, reason), _user(recorded_by))])
    return row.event_id


def entry_of(store: Store, id_or_prefix: str) -> str:
    """The timeline entry an event belongs to."""
    row = _occurrence(store, id_or_prefix)
    if row.entry_id is None:
        raise NotFoundError(f"event {row.event_id} is not on the timeline")
    return row.entry_id
