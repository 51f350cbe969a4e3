"""Entries a read model could not apply, kept aside so one bad entry never stops the others.

A projection that raises on an entry (a date out of range, a payload an upcaster cannot read)
has that entry's changes rolled back to a savepoint; the entry is recorded here with the error,
and the projection goes on with the next one. ``tracker projections status`` counts them and
``tracker verify`` reports them. The log itself is untouched: fixing the code and running
``tracker projections rebuild`` applies them again (a rebuild starts with no quarantined rows).
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, String, Table, Text

from tracker.schema import PositionType, metadata

projection_quarantine = Table(
    "projection_quarantine",
    metadata,
    Column("projection", String(64), primary_key=True),
    Column("position", PositionType, primary_key=True, autoincrement=False),
    Column("event_id", String(36), nullable=False),
    Column("event_type", String(40), nullable=False),
    Column("error", Text, nullable=False, comment="exception type and message"),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)
