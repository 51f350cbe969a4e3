"""The append-only log, the articles beside it, and projection positions.

UPDATE and DELETE on ``log`` and ``articles`` are refused by triggers (and TRUNCATE on
PostgreSQL, which fires no row trigger), so the guarantee holds for every client of the
database, not only for this code.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: Union[str, Sequence[str], None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

POSITION = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
PROTECTED = ("log", "articles")


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(64), nullable=False, comment="SHA-256 of the normalised text"),
        sa.Column("url", sa.Text()),
        sa.Column("title", sa.Text()),
        sa.Column("source", sa.Text()),
        sa.Column("lang", sa.String(8), nullable=False),
        sa.Column("published", sa.Date()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("article_id", name="pk_articles"),
    )
    op.create_table(
        "log",
        sa.Column("position", POSITION, nullable=False, autoincrement=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False, comment="canonical JSON"),
        sa.Column("article_id", sa.String(64), comment="source article, for extracted events"),
        sa.Column("target_event_id", sa.String(36), comment="event a correction refers to"),
        sa.Column("start_date", sa.String(10), comment="reduced-precision ISO date"),
        sa.Column("end_date", sa.String(10)),
        sa.Column("precision", sa.String(8)),
        sa.Column("modality", sa.String(8)),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("position", name="pk_log"),
        sa.UniqueConstraint("event_id", name="uq_log_event_id"),
    )
    op.create_index("ix_log_event_type", "log", ["event_type"])
    op.create_index("ix_log_article_id", "log", ["article_id"])
    op.create_index("ix_log_target_event_id", "log", ["target_event_id"])
    op.create_index("ix_log_start_date", "log", ["start_date"])
    op.create_table(
        "projection_positions",
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("position", POSITION, nullable=False),
        sa.PrimaryKeyConstraint("name", name="pk_projection_positions"),
    )
    _create_guards()


def downgrade() -> None:
    _drop_guards()
    op.drop_table("projection_positions")
    op.drop_index("ix_log_start_date", table_name="log")
    op.drop_index("ix_log_target_event_id", table_name="log")
    op.drop_index("ix_log_article_id", table_name="log")
    op.drop_index("ix_log_event_type", table_name="log")
    op.drop_table("log")
    op.drop_table("articles")


def _create_guards() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in PROTECTED:
            for action in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, 'tracker: {table} is append-only: {action} refused'); END"
                )
    elif dialect == "postgresql":
        op.execute(
            """
            CREATE FUNCTION tracker_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION 'tracker: % is append-only: % refused', TG_TABLE_NAME, TG_OP
                    USING ERRCODE = 'insufficient_privilege';
            END
            $$
            """
        )
        for table in PROTECTED:
            op.execute(
                f"CREATE TRIGGER {table}_no_change BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION tracker_refuse_change()"
            )
            op.execute(
                f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION tracker_refuse_change()"
            )
    else:
        raise NotImplementedError(f"tracker supports SQLite and PostgreSQL, not {dialect}")


def _drop_guards() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in PROTECTED:
            for action in ("update", "delete"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    elif dialect == "postgresql":
        for table in PROTECTED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}")
        op.execute("DROP FUNCTION IF EXISTS tracker_refuse_change()")
