"""Read models fed by the log, one module per projection, all registered here.

To add a projection: write ``tracker/projections/<name>.py`` defining its tables on
``tracker.schema.metadata`` and a ``PROJECTION`` object (see :class:`runner.Projection`), then
add one ``register(...)`` line below. Order matters: a projection may read the tables of
those registered before it (catch-up runs in this order). Importing this package registers
every projection's tables on the metadata, which migrations/env.py relies on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.projections.runner import Projection

PROJECTIONS: dict[str, "Projection"] = {}


def register(projection: "Projection") -> "Projection":
    """Add a projection to the registry (by its ``name``)."""
    PROJECTIONS[projection.name] = projection
    return projection


from tracker.projections import events  # noqa: E402

register(events.PROJECTION)
from tracker.projections import review  # noqa: E402

register(review.PROJECTION)
from tracker.projections import timeline  # noqa: E402

register(timeline.PROJECTION)
