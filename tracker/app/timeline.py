"""``tracker timeline`` (and the exports' reading): entries per track, in order, now or as the
log knew them then. A use case over the ``timeline`` read model, which owns its tables, apply
step, read queries and as-of view (:mod:`tracker.projections.timeline`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.projections.timeline.asof import AsOf, replay
from tracker.projections.timeline.queries import read_entries, resolve_track, track_summary

if TYPE_CHECKING:
    from tracker.store import Store


def load_timeline(
    store: Store, track: str | None = None, as_of: AsOf | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Entries (of one track, or all) and the canonical track key, now or as of a point.

    Without ``as_of`` the read model is first brought up to the log head.
    """
    from tracker.projections.runner import catch_up

    with store.engine.connect() as conn:
        key = resolve_track(conn, track) if track else None
    if as_of is None:
        catch_up(store, ["timeline"])
        engine = store.engine
    else:
        engine = replay(store, as_of)
    try:
        with engine.connect() as conn:
            return read_entries(conn, key), key
    finally:
        if as_of is not None:
            engine.dispose()


def track_names(store: Store) -> dict[str, str]:
    """Display name of every known track, by key."""
    with store.engine.connect() as conn:
        return {r["track"]: r["name"] for r in track_summary(conn)}
