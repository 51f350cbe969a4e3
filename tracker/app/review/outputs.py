"""The review state (and interop codes) on every output, and the ``--status`` filter.

``list`` and ``show`` print events; ``timeline`` and the exports print timeline entries, which
may merge several events: their state is :func:`tracker.projections.review.queries.combine` of
their events' states (accepted if any is accepted, rejected only if all are rejected). With
``as_of`` the states are those the log held then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.interop_codes import codes_for
from tracker.projections.events.queries import confidences
from tracker.projections.review.queries import (
    ReviewState,
    check_status_filter,
    combine,
    states,
    status_matches,
)

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.projections.timeline.asof import AsOf
    from tracker.store import Store


def member_ids(entry: dict[str, Any]) -> list[str]:
    """The logged events merged into a timeline entry (its id is its first event's id)."""
    ids = [s["event_id"] for s in entry.get("sources", []) if s.get("event_id")]
    return list(dict.fromkeys([entry["id"], *ids]))


def annotate_entries(conn: Connection, entries: list[dict[str, Any]]) -> None:
    """Add ``review`` (combined state), ``codes`` and ``confidence`` (highest of its events)
    to each timeline entry, in place, reading the ``events`` and ``review`` tables of ``conn``."""
    ids = list(dict.fromkeys(i for e in entries for i in member_ids(e)))
    known = states(conn, ids)
    confidence = confidences(conn, ids)
    for e in entries:
        members = [i for i in member_ids(e) if i in confidence] or member_ids(e)
        e["review"] = combine([known[i] for i in members]).to_dict()
        e["codes"] = codes_for(e["type"], e["modality"])
        found = [confidence[i] for i in members if i in confidence]
        e["confidence"] = max(found) if found else None


def annotate_events(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Add ``review`` and ``codes`` to each event dict (keyed ``id``), in place."""
    known = states(conn, [e["id"] for e in events])
    for e in events:
        e["review"] = known[e["id"]].to_dict()
        e["codes"] = codes_for(e["type"], e["modality"])


def keep(items: list[dict[str, Any]], status: str | None) -> list[dict[str, Any]]:
    """The annotated items whose review status passes ``--status`` (None: not rejected)."""
    check_status_filter(status)
    return [i for i in items if status_matches(i["review"]["status"], status)]


def reviewed_timeline(
    store: Store, track: str | None = None, as_of: AsOf | None = None, status: str | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Timeline entries with their review state and codes, filtered by ``status``."""
    from tracker.app.timeline import load_timeline
    from tracker.projections.review.as_of import replay
    from tracker.projections.runner import catch_up

    check_status_filter(status)
    entries, key = load_timeline(store, track, as_of)
    if as_of is None:
        catch_up(store, ["events", "review"])
        engine = store.engine
    else:
        engine = replay(store, as_of)
    try:
        with engine.connect() as conn:
            annotate_entries(conn, entries)
    finally:
        if as_of is not None:
            engine.dispose()
    return keep(entries, status), key


def reviewed_events(store: Store, events: list[dict[str, Any]], status: str | None = None) -> list[dict[str, Any]]:
    """Events (as :func:`tracker.app.listing.list_events` returns them) with review and codes,
    filtered by ``status``."""
    from tracker.projections.runner import catch_up

    check_status_filter(status)
    catch_up(store, ["review"])
    with store.engine.connect() as conn:
        annotate_events(conn, events)
    return keep(events, status)


def review_state_of(store: Store, event_id: str) -> ReviewState:
    """The current review state of one event."""
    from tracker.projections.runner import catch_up

    catch_up(store, ["review"])
    with store.engine.connect() as conn:
        return states(conn, [event_id])[event_id]
