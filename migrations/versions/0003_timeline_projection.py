"""Read model ``timeline``: de-duplicated entries per track, their sources, and SQL views.

Views (same SQL on SQLite and PostgreSQL; documented in README.md, "Querying with SQL"):
``v_events`` (one row per timeline entry), ``v_participants``, ``v_timeline`` (one row per
entry and track), ``v_sources``, ``v_tracks`` (tracks with counts and date range) and
``v_occurrences`` (every logged occurrence with its entry and track).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: Union[str, Sequence[str], None] = "0002"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

VIEWS: dict[str, str] = {
    "v_events": """
        SELECT e.entry_id AS event_id, e.event_type AS type, e.modality, e.start_date, e.end_date,
               e.precision, e.resolution, e.date_label, e.sort_date, e.location_name,
               e.location_country, e.summary, e.occurrences, e.independent_sources, e.first_position
        FROM timeline_entries e""",
    "v_participants": """
        SELECT p.entry_id AS event_id, p.ordinal, p.actor_id, p.name, p.side, p.role,
               e.event_type AS type, e.modality, e.sort_date, e.date_label, e.summary
        FROM timeline_participants p JOIN timeline_entries e ON e.entry_id = p.entry_id""",
    "v_timeline": """
        SELECT t.track, k.name AS track_name, e.entry_id AS event_id, e.sort_date, e.date_label,
               e.event_type AS type, e.modality, e.summary, e.location_name, e.location_country,
               e.occurrences, e.independent_sources, e.first_position
        FROM timeline_entry_tracks t
        JOIN timeline_entries e ON e.entry_id = t.entry_id
        LEFT JOIN tracks k ON k."key" = t.track""",
    "v_sources": """
        SELECT s.entry_id AS event_id, s.ordinal, s.event_id AS logged_event_id, s.article_id,
               s.url, s.title, s.outlet, s.published, s.evidence, s.span_start, s.span_end
        FROM timeline_sources s""",
    "v_tracks": """
        SELECT k."key" AS track, k.name, k.sides, k.declared, COUNT(e.entry_id) AS entries,
               MIN(e.sort_date) AS first_date, MAX(e.sort_date) AS last_date
        FROM tracks k
        LEFT JOIN timeline_entry_tracks t ON t.track = k."key"
        LEFT JOIN timeline_entries e ON e.entry_id = t.entry_id
        GROUP BY k."key", k.name, k.sides, k.declared""",
    "v_occurrences": """
        SELECT o.event_id, o.entry_id, o.event_type AS type, o.article_id, o.track, o.retracted,
               o.position
        FROM timeline_occurrences o""",
}


def upgrade() -> None:
    op.create_table(
        "timeline_occurrences",
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("position", POSITION, nullable=False),
        sa.Column("article_id", sa.String(64)),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False, comment="current payload (JSON) after amendments"),
        sa.Column("retracted", sa.Boolean(), nullable=False),
        sa.Column("manual_track", sa.String(64), comment="track set by track_assigned"),
        sa.Column("track", sa.String(64), comment="effective track: manual, else by the assignment rules"),
        sa.Column("entry_id", sa.String(36), comment="timeline entry; null when retracted"),
        sa.Column("window_start", sa.String(10), comment="first day it may have happened on, for matching"),
        sa.Column("window_end", sa.String(10), comment="last day it may have happened on, for matching"),
        sa.PrimaryKeyConstraint("event_id", name="pk_timeline_occurrences"),
    )
    op.create_index("ix_timeline_occurrences_entry_id", "timeline_occurrences", ["entry_id"])
    op.create_index("ix_timeline_occurrences_article_id", "timeline_occurrences", ["article_id"])
    op.create_index(
        "ix_timeline_occurrences_event_type_window", "timeline_occurrences", ["event_type", "window_start"]
    )
    op.create_table(
        "timeline_overrides",
        sa.Column("position", POSITION, nullable=False, autoincrement=False),
        sa.Column("kind", sa.String(8), nullable=False, comment="merge or split"),
        sa.Column("event_ids", sa.Text(), nullable=False, comment="JSON list of event ids"),
        sa.PrimaryKeyConstraint("position", name="pk_timeline_overrides"),
    )
    op.create_table(
        "timeline_entries",
        sa.Column("entry_id", sa.String(36), nullable=False, comment="event id of its first logged occurrence"),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("modality", sa.String(8), nullable=False),
        sa.Column("start_date", sa.String(10)),
        sa.Column("end_date", sa.String(10)),
        sa.Column("precision", sa.String(8), nullable=False),
        sa.Column("resolution", sa.String(24), nullable=False),
        sa.Column("date_label", sa.Text(), nullable=False),
        sa.Column("sort_date", sa.String(10), comment="first day covered, ISO"),
        sa.Column("location_name", sa.Text()),
        sa.Column("location_country", sa.Text()),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("first_position", POSITION, nullable=False),
        sa.Column("occurrences", sa.Integer(), nullable=False, comment="logged occurrences merged here"),
        sa.Column("independent_sources", sa.Integer(), nullable=False, comment="distinct outlets or articles"),
        sa.PrimaryKeyConstraint("entry_id", name="pk_timeline_entries"),
    )
    op.create_index("ix_timeline_entries_sort_date", "timeline_entries", ["sort_date"])
    op.create_index("ix_timeline_entries_event_type", "timeline_entries", ["event_type"])
    op.create_table(
        "timeline_entry_tracks",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("track", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "track", name="pk_timeline_entry_tracks"),
    )
    op.create_index("ix_timeline_entry_tracks_track", "timeline_entry_tracks", ["track"])
    op.create_table(
        "timeline_participants",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("actor_id", sa.Text()),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("side", sa.String(8)),
        sa.Column("role", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", "ordinal", name="pk_timeline_participants"),
    )
    op.create_index("ix_timeline_participants_actor_id", "timeline_participants", ["actor_id"])
    op.create_index("ix_timeline_participants_name", "timeline_participants", ["name"])
    op.create_index("ix_timeline_participants_side", "timeline_participants", ["side"])
    op.create_table(
        "timeline_sources",
        sa.Column("entry_id", sa.String(36), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("article_id", sa.String(64)),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("outlet", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("evidence", sa.Text()),
        sa.Column("span_start", sa.Integer()),
        sa.Column("span_end", sa.Integer()),
        sa.PrimaryKeyConstraint("entry_id", "ordinal", name="pk_timeline_sources"),
    )
    op.create_index("ix_timeline_sources_article_id", "timeline_sources", ["article_id"])
    op.create_table(
        "tracks",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sides", sa.Text(), nullable=False, comment="side groups, comma-separated, sorted"),
        sa.Column("declared", sa.Boolean(), nullable=False, comment="from seeds/tracks.json, else automatic"),
        sa.PrimaryKeyConstraint("key", name="pk_tracks"),
    )
    for name, body in VIEWS.items():
        op.execute(f"CREATE VIEW {name} AS {body.strip()}")


def downgrade() -> None:
    for name in reversed(list(VIEWS)):
        op.execute(f"DROP VIEW IF EXISTS {name}")
    op.drop_table("tracks")
    op.drop_index("ix_timeline_sources_article_id", table_name="timeline_sources")
    op.drop_table("timeline_sources")
    for ix in ("side", "name", "actor_id"):
        op.drop_index(f"ix_timeline_participants_{ix}", table_name="timeline_participants")
    op.drop_table("timeline_participants")
    op.drop_index("ix_timeline_entry_tracks_track", table_name="timeline_entry_tracks")
    op.drop_table("timeline_entry_tracks")
    op.drop_index("ix_timeline_entries_event_type", table_name="timeline_entries")
    op.drop_index("ix_timeline_entries_sort_date", table_name="timeline_entries")
    op.drop_table("timeline_entries")
    op.drop_table("timeline_overrides")
    for ix in ("event_type_window", "article_id", "entry_id"):
        op.drop_index(f"ix_timeline_occurrences_{ix}", table_name="timeline_occurrences")
    op.drop_table("timeline_occurrences")
