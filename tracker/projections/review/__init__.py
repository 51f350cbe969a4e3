"""Read model ``review``: the analyst's current verdict on every reviewed occurrence.

* :mod:`.tables` the table (``review_states``, created by migration 0006);
* :mod:`.projection` how ``event_reviewed`` entries update it (the latest decision wins);
* :mod:`.queries` reading it: states of events, combined states of timeline entries, the
  review list and the per-rule / per-type statistics;
* :mod:`.as_of` the same read model as the log knew it at an earlier point.

An occurrence without a row is ``unreviewed``. Registered in :mod:`tracker.projections` after
``events``, whose tables its queries join.
"""

from __future__ import annotations

from tracker.projections.review.projection import PROJECTION, ReviewProjection
from tracker.projections.review.tables import review_states

__all__ = ["PROJECTION", "ReviewProjection", "review_states"]
