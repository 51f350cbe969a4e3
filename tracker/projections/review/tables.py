"""Table of the ``review`` read model (created by migration 0006)."""

from __future__ import annotations

from sqlalchemy import Column, DateTime, Index, Integer, String, Table, Text

from tracker.schema import PositionType, metadata

review_states = Table(
    "review_states",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("status", String(10), nullable=False, comment="unreviewed, accepted or rejected"),
    Column("reviewer", Text, comment="recorded_by of the latest decision (user:<name>)"),
    Column("reviewed_at", DateTime(timezone=True), comment="recorded_at of the latest decision"),
    Column("reason", Text),
    Column("decisions", Integer, nullable=False, comment="event_reviewed entries for this event"),
    Column("position", PositionType, nullable=False, comment="log position of the latest decision"),
)
Index("ix_review_states_status", review_states.c.status)
