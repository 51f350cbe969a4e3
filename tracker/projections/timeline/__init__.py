"""Read model ``timeline``: de-duplicated entries per track, their sources, and their tracks.

The package owns everything of this read model:

* :mod:`.tables` its tables (on the one metadata; created by migrations 0003 and 0005);
* :mod:`.apply` its apply step (:class:`TimelineProjection`, registered as ``PROJECTION``);
* :mod:`.queries` its read queries (entries per track, tracks in use);
* :mod:`.asof` its as-of view (a replay of the log up to a point, with the same apply code).
"""

from __future__ import annotations

from tracker.projections.timeline.apply import PROJECTION, TABLE_NAMES, TimelineProjection, entry_rows, outlet_of

__all__ = ["PROJECTION", "TABLE_NAMES", "TimelineProjection", "entry_rows", "outlet_of"]
