"""Tables of the ``timeline`` read model (created by migrations 0003, 0005 and 0007).

* ``timeline_occurrences``: the projection's own copy of every logged occurrence in its current
  state (so it never depends on another read model's position), its effective track and the
  entry it belongs to;
* ``timeline_blocks``: blocking keys (type, week bucket, person or side set) of every live
  occurrence, so finding the occurrences one may match is an index lookup, never a scan;
* ``timeline_entry_blocks`` (migration 0007): the same keys for entries' first occurrences
  only, with their matching windows, which is all an appended occurrence looks for;
* ``timeline_overrides``: manual ``events_merged`` / ``event_split`` decisions;
* ``timeline_entries``: one row per real occurrence after de-duplication, with the date to
  display and the count of independent sources;
* ``timeline_entry_tracks``, ``timeline_participants``, ``timeline_sources``: the entry's
  tracks, merged participants and every source (article, sentence, span);
* ``tracks``: declared tracks and the automatic ones in use.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Date, Index, Integer, String, Table, Text

from tracker.schema import PositionType, metadata

timeline_occurrences = Table(
    "timeline_occurrences",
    metadata,
    Column("event_id", String(36), primary_key=True),
    Column("position", PositionType, nullable=False),
    Column("article_id", String(64)),
    Column("event_type", String(40), nullable=False),
    Column("payload", Text, nullable=False, comment="current payload (JSON) after amendments"),
    Column("retracted", Boolean, nullable=False),
    Column("manual_track", String(64), comment="track set by track_assigned"),
    Column("track", String(64), comment="effective track: manual, else by the assignment rules"),
    Column("entry_id", String(36), comment="timeline entry; null when retracted"),
    Column("window_start", String(10), comment="first day it may have happened on, for matching"),
    Column("window_end", String(10), comment="last day it may have happened on, for matching"),
)
Index("ix_timeline_occurrences_entry_id", timeline_occurrences.c.entry_id)
Index("ix_timeline_occurrences_article_id", timeline_occurrences.c.article_id)
Index("ix_timeline_occurrences_manual_track", timeline_occurrences.c.manual_track)
Index(
    "ix_timeline_occurrences_event_type_window",
    timeline_occurrences.c.event_type,
    timeline_occurrences.c.window_start,
)

timeline_blocks = Table(
    "timeline_blocks",
    metadata,
    Column("event_type", String(40), primary_key=True),
    Column("bucket", Integer, primary_key=True, autoincrement=False,
           comment="a day (ordinal) it may have happened on; -2 - week number for long windows; -1 for very long ones"),
    Column("block_key", String(200), primary_key=True, comment="a person, or a set of side groups"),
    Column("event_id", String(36), primary_key=True),
)
Index("ix_timeline_blocks_event_id", timeline_blocks.c.event_id)

# An occurrence joins an entry only if it matches the entry's first occurrence, so appends
# search these rows alone: their number per key and bucket grows with the distinct events of
# a day, not with every copy of them, and only entries of a compatible modality are met. The
# windows are part of the key so the search can read the primary key's index alone (a covering
# index on SQLite, checked by a test; on PostgreSQL the plan was not checked), not the table.
timeline_entry_blocks = Table(
    "timeline_entry_blocks",
    metadata,
    Column("event_type", String(40), primary_key=True),
    Column("modality", String(8), primary_key=True, comment="occurred, denied or other (dedup.modality_group)"),
    Column("bucket", Integer, primary_key=True, autoincrement=False, comment="as in timeline_blocks"),
    Column("block_key", String(200), primary_key=True, comment="as in timeline_blocks"),
    Column("window_start", String(10), primary_key=True, comment="the first occurrence's matching window"),
    Column("window_end", String(10), primary_key=True),
    Column("entry_id", String(36), primary_key=True, comment="the entry (event id of its first occurrence)"),
)
Index("ix_timeline_entry_blocks_entry_id", timeline_entry_blocks.c.entry_id)

timeline_overrides = Table(
    "timeline_overrides",
    metadata,
    Column("position", PositionType, primary_key=True, autoincrement=False),
    Column("kind", String(8), nullable=False, comment="merge or split"),
    Column("event_ids", Text, nullable=False, comment="JSON list of event ids"),
)

timeline_entries = Table(
    "timeline_entries",
    metadata,
    Column("entry_id", String(36), primary_key=True, comment="event id of its first logged occurrence"),
    Column("event_type", String(40), nullable=False),
    Column("modality", String(8), nullable=False),
    Column("start_date", String(10)),
    Column("end_date", String(10)),
    Column("precision", String(8), nullable=False),
    Column("resolution", String(24), nullable=False),
    Column("date_label", Text, nullable=False),
    Column("sort_date", String(10), comment="first day covered, ISO"),
    Column("location_name", Text),
    Column("location_country", Text),
    Column("summary", Text, nullable=False),
    Column("first_position", PositionType, nullable=False),
    Column("occurrences", Integer, nullable=False, comment="logged occurrences merged here"),
    Column("independent_sources", Integer, nullable=False, comment="distinct outlets or articles"),
)
Index("ix_timeline_entries_sort_date", timeline_entries.c.sort_date)
Index("ix_timeline_entries_event_type", timeline_entries.c.event_type)

timeline_entry_tracks = Table(
    "timeline_entry_tracks",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("track", String(64), primary_key=True),
)
Index("ix_timeline_entry_tracks_track", timeline_entry_tracks.c.track)

timeline_participants = Table(
    "timeline_participants",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", Text),
    Column("name", Text, nullable=False),
    Column("side", String(8)),
    Column("role", String(16), nullable=False),
)
Index("ix_timeline_participants_actor_id", timeline_participants.c.actor_id)
Index("ix_timeline_participants_name", timeline_participants.c.name)
Index("ix_timeline_participants_side", timeline_participants.c.side)

timeline_sources = Table(
    "timeline_sources",
    metadata,
    Column("entry_id", String(36), primary_key=True),
    Column("ordinal", Integer, primary_key=True, autoincrement=False),
    Column("event_id", String(36), nullable=False),
    Column("article_id", String(64)),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("published", Date),
    Column("evidence", Text),
    Column("span_start", Integer),
    Column("span_end", Integer),
)
Index("ix_timeline_sources_article_id", timeline_sources.c.article_id)

tracks = Table(
    "tracks",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("sides", Text, nullable=False, comment="side groups, comma-separated, sorted"),
    Column("declared", Boolean, nullable=False, comment="from seeds/tracks.json, else automatic"),
)

TABLES = (
    timeline_entry_tracks,
    timeline_participants,
    timeline_sources,
    timeline_entries,
    timeline_overrides,
    timeline_blocks,
    timeline_entry_blocks,
    timeline_occurrences,
    tracks,
)
