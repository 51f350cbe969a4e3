"""The one MetaData of the store and the tables of the log.

Guarantees (enforced in migrations by triggers, see ``migrations/versions``):

* ``log`` rows are never updated or deleted; ``position`` is total, gap-free for readers and
  is the clustering key (rowid / identity), not the stream;
* ``articles`` rows are never updated or deleted; the key is the SHA-256 of the text;
* ``projection_positions`` records, per read model, the last log position applied, written in
  the same transaction as the read model's rows.

Projection tables live in :mod:`tracker.projections.tables` on the same ``metadata``.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# BigInteger on PostgreSQL, INTEGER (the rowid alias) on SQLite.
PositionType = BigInteger().with_variant(Integer(), "sqlite")

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(64), primary_key=True, comment="SHA-256 of the normalised text"),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
    Column("lang", String(8), nullable=False),
    Column("published", Date),
    Column("text", Text, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
)

log = Table(
    "log",
    metadata,
    Column("position", PositionType, primary_key=True, autoincrement=False),
    Column("event_id", String(36), nullable=False, unique=True),
    Column("event_type", String(40), nullable=False),
    Column("schema_version", Integer, nullable=False),
    Column("recorded_at", DateTime(timezone=True), nullable=False),
    Column("recorded_by", Text, nullable=False),
    Column("payload", Text, nullable=False, comment="canonical JSON"),
    Column("article_id", String(64), comment="source article, for extracted events"),
    Column("target_event_id", String(36), comment="event a correction refers to"),
    Column("start_date", String(10), comment="reduced-precision ISO date"),
    Column("end_date", String(10)),
    Column("precision", String(8)),
    Column("modality", String(8)),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
    Column("mac", String(64), comment="HMAC-SHA256 of hash under the signing key"),
)
Index("ix_log_event_type", log.c.event_type)
Index("ix_log_article_id", log.c.article_id)
Index("ix_log_target_event_id", log.c.target_event_id)
Index("ix_log_start_date", log.c.start_date)

projection_positions = Table(
    "projection_positions",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("position", PositionType, nullable=False),
)
