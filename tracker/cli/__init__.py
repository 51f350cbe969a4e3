"""The ``tracker`` command line: a thin layer over the library.

Commands live in one module per area and register themselves on :data:`app`:
``log_commands`` (add, list, show, retract, amend, verify, db upgrade|status), ``db_commands``
(db backup|copy|grant-reader), ``ingest_commands`` (ingest,
actors), ``timeline_commands`` (timeline, tracks, assign, merge, split, projections, export,
sql), ``review_commands`` (review and its sub-commands). Heavy libraries (SQLAlchemy, dateparser) are imported inside commands, so ``--help``
stays fast.
"""

from __future__ import annotations

# Each command module registers its commands on `app` when imported, in this order (the order of --help).
# isort: off
from tracker.cli.app import app, main
from tracker.cli import log_commands, ingest_commands, timeline_commands
from tracker.cli import review_commands
from tracker.cli import db_commands
# isort: on

# the command modules are part of the package's interface: importing them registered their commands
__all__ = ["app", "db_commands", "ingest_commands", "log_commands", "main", "review_commands", "timeline_commands"]
