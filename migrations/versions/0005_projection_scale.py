"""Read models at scale: quarantine of entries a read model cannot apply, blocking keys for the
timeline's de-duplication, an index on manually assigned tracks.

The timeline read model gains ``timeline_blocks``, which existing stores do not have filled in,
so its rows and position are reset: the next command catches it up from the start.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: Union[str, Sequence[str], None] = "0004"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

TIMELINE_TABLES = (
    "timeline_entry_tracks",
    "timeline_participants",
    "timeline_sources",
    "timeline_entries",
    "timeline_overrides",
    "timeline_occurrences",
    "tracks",
)


def upgrade() -> None:
    op.create_table(
        "projection_quarantine",
        sa.Column("projection", sa.String(64), nullable=False),
        sa.Column("position", POSITION, nullable=False, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("error", sa.Text(), nullable=False, comment="exception type and message"),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("projection", "position", name="pk_projection_quarantine"),
    )
    op.create_table(
        "timeline_blocks",
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("bucket", sa.Integer(), nullable=False, autoincrement=False,
                  comment="a day (ordinal) it may have happened on; -2 - week number for long windows; -1 for very long ones"),
        sa.Column("block_key", sa.String(200), nullable=False, comment="a person, or a set of side groups"),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("event_type", "bucket", "block_key", "event_id", name="pk_timeline_blocks"),
    )
    op.create_index("ix_timeline_blocks_event_id", "timeline_blocks", ["event_id"])
    op.create_index("ix_timeline_occurrences_manual_track", "timeline_occurrences", ["manual_track"])
    for table in TIMELINE_TABLES:
        op.execute(f"DELETE FROM {table}")
    op.execute("DELETE FROM projection_positions WHERE name = 'timeline'")


def downgrade() -> None:
    op.drop_index("ix_timeline_occurrences_manual_track", table_name="timeline_occurrences")
    op.drop_index("ix_timeline_blocks_event_id", table_name="timeline_blocks")
    op.drop_table("timeline_blocks")
    op.drop_table("projection_quarantine")
    for table in TIMELINE_TABLES:
        op.execute(f"DELETE FROM {table}")
    op.execute("DELETE FROM projection_positions WHERE name = 'timeline'")
