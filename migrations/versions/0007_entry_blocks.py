"""Bounded candidate lookups at high event density, and ``list --type`` along an index.

* ``timeline_entry_blocks``: the blocking keys of the timeline entries' first occurrences, with
  their modality group and matching windows, which is all an appended occurrence has to find (issue 10). Filled
  here from ``timeline_blocks`` (which holds the keys of every live occurrence), so the
  timeline read model stays where it is and needs no rebuild.
* ``ix_events_event_type_start_date`` on ``events (event_type, start_date, event_id)``: the
  events of one type in list order.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: Union[str, Sequence[str], None] = "0006"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        "timeline_entry_blocks",
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("modality", sa.String(8), nullable=False, comment="occurred, denied or other (dedup.modality_group)"),
        sa.Column("bucket", sa.Integer(), nullable=False, autoincrement=False, comment="as in timeline_blocks"),
        sa.Column("block_key", sa.String(200), nullable=False, comment="as in timeline_blocks"),
        sa.Column("window_start", sa.String(10), nullable=False,
                  comment="the first occurrence's matching window"),
        sa.Column("window_end", sa.String(10), nullable=False),
        sa.Column("entry_id", sa.String(36), nullable=False,
                  comment="the entry (event id of its first occurrence)"),
        sa.PrimaryKeyConstraint("event_type", "modality", "bucket", "block_key", "window_start", "window_end", "entry_id",
                                name="pk_timeline_entry_blocks"),
    )
    op.create_index("ix_timeline_entry_blocks_entry_id", "timeline_entry_blocks", ["entry_id"])
    if op.get_bind().dialect.name == "postgresql":
        live_first, modality = "NOT o.retracted", "CAST(o.payload AS jsonb) ->> 'modality'"
    else:
        live_first, modality = "o.retracted = 0", "json_extract(o.payload, '$.modality')"
    group = f"CASE WHEN {modality} IN ('occurred', 'denied') THEN {modality} ELSE 'other' END"
    op.execute(
        "INSERT INTO timeline_entry_blocks "
        "(event_type, modality, bucket, block_key, window_start, window_end, entry_id) "
        f"SELECT b.event_type, {group}, b.bucket, b.block_key, o.window_start, o.window_end, b.event_id "
        "FROM timeline_blocks b JOIN timeline_occurrences o ON o.event_id = b.event_id "
        f"WHERE o.entry_id = o.event_id AND {live_first} "
        "AND o.window_start IS NOT NULL AND o.window_end IS NOT NULL"
    )
    op.create_index("ix_events_event_type_start_date", "events", ["event_type", "start_date", "event_id"])


def downgrade() -> None:
    op.drop_index("ix_events_event_type_start_date", table_name="events")
    op.drop_index("ix_timeline_entry_blocks_entry_id", table_name="timeline_entry_blocks")
    op.drop_table("timeline_entry_blocks")
