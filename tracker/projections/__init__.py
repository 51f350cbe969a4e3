"""Read models fed by the log, one module per projection, all registered here.

To add a projection: write ``tracker/projections/<name>.py`` (or a package) defining its tables
on ``tracker.schema.metadata`` and a ``PROJECTION`` object (see :class:`runner.Projection`:
``name``, ``tables``, ``apply(conn, entry)``), then add one ``register(...)`` line below. Two
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

if TYPE_CHECKING:
    from tracker.projections.runner import Projection

PROJECTIONS: dict[str, Projection] = {}


def register(projection: Projection) -> Projection:
    """Add a projection to the registry (by its ``name``)."""
    PROJECTIONS[projection.name] = projection
    return projection


# The projection modules come after `register` (they may use it) and in catch-up order.
# isort: off
from tracker.projections import quarantine  # noqa: E402,F401 - after register; imported for its table on the metadata
from tracker.projections import events  # noqa: E402 - after register, see above

register(events.PROJECTION)
from tracker.projections import review  # noqa: E402 - registered after events, whose tables it reads

register(review.PROJECTION)
from tracker.projections import timeline  # noqa: E402 - registered last, it reads both
# isort: on

register(timeline.PROJECTION)
