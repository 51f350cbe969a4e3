"""Tables of read model ``events`` (on the one metadata; created by migration 0002): ``events``,
one row per logged occurrence as it stands after corrections, and ``event_participants``."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, String, Table, Text

from tracker.schema import PositionType, metadata

events = Table(
    "events",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("event_type", String(40), nullable=False),
    Column("modality", String(8), nullable=False),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("precision", String(8), nullable=False),
    Column("summary", Text, nullable=False),
    Column("location_name", Text),
    Column("location_country", Text),
    Column("article_id", String(64)),
    Column("confidence", Float, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("payload", Text, nullable=False, comment="current payload (JSON) after amendments"),
    Column("retracted", Boolean, nullable=False),
    Column("retract_reason", Text),
    Column("amendments", Integer, nullable=False),
    Column("position", PositionType, nullable=False, comment="log position of the last change"),
)
Index("ix_events_event_type", events.c.event_type)
Index("ix_events_start_date", events.c.start_date)
# ``list --type``: the events of one type read in list order (start date, then id), so a page
# is an index range, not a sort of every event of the type (migration 0007)
Index("ix_events_event_type_start_date", events.c.event_type, events.c.start_date, events.c.event_id)
Index("ix_events_article_id", events.c.article_id)

event_participants = Table(
    "event_participants",
    metadata,
    Column("event_id", String(36), ForeignKey("events.event_id"), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", Text),
    Column("name", Text, nullable=False),
    Column("side", Text),
    Column("role", String(16), nullable=False),
    Column("resolved", Boolean, nullable=False),
)
Index("ix_event_participants_actor_id", event_participants.c.actor_id)
Index("ix_event_participants_name", event_participants.c.name)
