"""Read model ``events``: every occurrence as it stands now, after corrections.

The package owns everything of this read model:

* :mod:`.tables` its tables (``events``, ``event_participants``);
* :mod:`.apply` its apply step (:class:`EventsProjection`, registered as ``PROJECTION``);
* :mod:`.queries` its read queries (the rows ``tracker list`` and ``tracker show`` print).
"""

from __future__ import annotations

from tracker.projections.events.apply import PROJECTION, EventsProjection
from tracker.projections.events.tables import event_participants, events

__all__ = ["PROJECTION", "EventsProjection", "event_participants", "events"]
