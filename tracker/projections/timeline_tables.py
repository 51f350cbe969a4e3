"""Former home of the ``timeline`` read model's tables, now :mod:`tracker.projections.timeline.tables`
(kept so existing imports go on working)."""

from tracker.projections.timeline.tables import *  # noqa: F403 - a shim re-exporting the tables module's names
from tracker.projections.timeline.tables import TABLES  # noqa: F401 - re-exported for the old import path
