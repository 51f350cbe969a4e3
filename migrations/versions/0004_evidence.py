"""Tamper evidence: a MAC column on ``log``, and PostgreSQL guards that replicas cannot skip.

* ``log.mac``: HMAC-SHA256 of the entry's hash under a signing key kept outside the store
  (null when the entry was written without a key). Not part of the hash, so existing chains
  stay valid.
* PostgreSQL: a session with ``session_replication_role = replica`` skips ordinary triggers;
  the append-only guards are switched to ``ENABLE ALWAYS`` so they fire in every session.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from typing import Sequence, Union

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: Union[str, Sequence[str], None] = "0003"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

GUARDS = (("log", "log_no_change"), ("log", "log_no_truncate"),
          ("articles", "articles_no_change"), ("articles", "articles_no_truncate"))


def upgrade() -> None:
    op.add_column("log", sa.Column("mac", sa.String(64), comment="HMAC-SHA256 of hash under the signing key"))
    if op.get_bind().dialect.name == "postgresql":
        for table, trigger in GUARDS:
            op.execute(f"ALTER TABLE {table} ENABLE ALWAYS TRIGGER {trigger}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, trigger in GUARDS:
            op.execute(f"ALTER TABLE {table} ENABLE TRIGGER {trigger}")
    op.drop_column("log", "mac")  # native DROP COLUMN (SQLite 3.35+), no table rebuild
