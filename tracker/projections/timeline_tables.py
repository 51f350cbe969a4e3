"""Former home of the ``timeline`` read model's tables, now :mod:`tracker.projections.timeline.tables`
(kept so existing imports go on working)."""

from tracker.projections.timeline.tables import *  # noqa: F401,F403
from tracker.projections.timeline.tables import TABLES  # noqa: F401
