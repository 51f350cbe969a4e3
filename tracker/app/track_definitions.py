"""The track catalogue in force, and replacing it: ``tracker tracks list|define``.

The catalogue lives in the log (``tracks_defined`` entries, the latest one in force), so a
rebuild of the timeline needs nothing but the log. Defining tracks appends one entry holding
the whole new catalogue; the timeline read model then re-assigns every occurrence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError

if TYPE_CHECKING:
    from tracker.projections.timeline.tracks import TrackCatalogue
    from tracker.store import Store


def current_definition(store: Store) -> dict[str, Any] | None:
    """The payload of the latest ``tracks_defined`` entry, or None when the log has none."""
    latest = None
    for entry in store.read(types=["tracks_defined"]):
        latest = entry.payload
    return latest


def catalogue_in_force(store: Store) -> TrackCatalogue:
    """The catalogue of the latest ``tracks_defined`` entry; for a log without one, the shipped
    seed, which the next write puts in the log (:func:`tracker.app.recording.tracks_seed`)."""
    from tracker.projections.timeline.tracks import catalogue_from_definition, seed_definition

    return catalogue_from_definition(current_definition(store) or seed_definition())


def define_tracks(store: Store, path: str | Path, *, recorded_by: str | None = None) -> tuple[int, int]:
    """Make the catalogue of the file at ``path`` the one in force; return (log position,
    number of tracks). The whole file is checked first (keys, names, side sets): on any error
    nothing is recorded. A file declaring exactly the tracks in force is refused."""
    from tracker.app.recording import record
    from tracker.identity import current_user
    from tracker.projections.timeline.tracks import read_definition
    from tracker.store import NewEntry

    payload = read_definition(path)
    if payload == current_definition(store):
        raise ValidationError(f"the tracks in {path} are already the ones in force; nothing recorded")
    entry = NewEntry("tracks_defined", payload, recorded_by or current_user())
    result = record(store, [entry])
    return result.positions[0], len(payload["tracks"])


def list_tracks(store: Store) -> list[dict[str, Any]]:
    """Every declared track and every automatic one in use, with entries, first and last date
    (the timeline read model, caught up first)."""
    from tracker.projections.runner import catch_up
    from tracker.projections.timeline.queries import track_summary

    catch_up(store, ["timeline"])
    with store.engine.connect() as conn:
        return track_summary(conn)
