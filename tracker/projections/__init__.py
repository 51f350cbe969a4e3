"""Read models fed by the log, one module per projection, all registered here.

To add a projection: write a package ``tracker/projections/<name>/`` (``tables``, the apply
step, ``queries``) defining its tables on ``tracker.schema.metadata`` and a ``PROJECTION`` object
(see :class:`runner.Projection`: ``name``, ``tables``, ``apply(conn, entry)``), then add it to
the registration below. Two
optional methods make it faster and safer: ``apply_batch(conn, entries)`` (catch-up hands it up
to :data:`runner.CHUNK` entries per transaction) and ``with_tables(mapping)`` (the same
projection writing to shadow copies of its tables, so ``projections rebuild`` builds aside and
swaps them in without blocking readers and writers; without it a rebuild empties and refills
the tables in one transaction). Order matters: a projection may read the tables of those
registered before it (catch-up runs in this order). Importing this package registers every
projection's tables on the metadata, which migrations/env.py relies on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.projections import events, review, timeline
from tracker.projections.quarantine import projection_quarantine

if TYPE_CHECKING:
    from tracker.projections.runner import Projection

PROJECTIONS: dict[str, Projection] = {}


def register(projection: Projection) -> Projection:
    """Add a projection to the registry (by its ``name``)."""
    PROJECTIONS[projection.name] = projection
    return projection


# Catch-up order: review reads the tables of events, timeline reads both.
for _projection in (events.PROJECTION, review.PROJECTION, timeline.PROJECTION):
    register(_projection)

__all__ = ["PROJECTIONS", "projection_quarantine", "register"]
