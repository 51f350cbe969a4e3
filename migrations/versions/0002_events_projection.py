"""Read model ``events``: occurrences after corrections, and their participants.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("modality", sa.String(8), nullable=False),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("precision", sa.String(8), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("location_name", sa.Text()),
        sa.Column("location_country", sa.Text()),
        sa.Column("article_id", sa.String(64)),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False, comment="current payload (JSON) after amendments"),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("retract_reason", sa.Text()),
        sa.Column("amendments", sa.Integer(), nullable=False),
        sa.Column("position", POSITION, nullable=False, comment="log position of the last change"),
        sa.PrimaryKeyConstraint("event_id", name="pk_events"),
    )
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_start_date", "events", ["start_date"])
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_table(
        "event_participants",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("actor_id", sa.Text()),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("side", sa.Text()),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.event_id"], name="fk_event_participants_event_id_events"
        ),
        sa.PrimaryKeyConstraint("event_id", "ordinal", name="pk_event_participants"),
    )
    op.create_index("ix_event_participants_actor_id", "event_participants", ["actor_id"])
    op.create_index("ix_event_participants_name", "event_participants", ["name"])
    _forget_position()


def _forget_position() -> None:
    """The tables start (or end) empty: a stale position would make catch-up skip entries."""
    op.execute("DELETE FROM projection_positions WHERE name = 'events'")


def downgrade() -> None:
    _forget_position()
    op.drop_index("ix_event_participants_name", table_name="event_participants")
    op.drop_index("ix_event_participants_actor_id", table_name="event_participants")
    op.drop_table("event_participants")
    op.drop_index("ix_events_start_date", table_name="events")
    op.drop_index("ix_events_event_type", table_name="events")
    op.drop_index("ix_events_article_id", table_name="events")
    op.drop_table("events")
