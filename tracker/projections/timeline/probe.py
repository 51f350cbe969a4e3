"""The candidate lookup of many occurrences in one statement.

Catch-up and rebuild append occurrences a chunk at a time. Looking up each one's candidates
(entries' first occurrences sharing a blocking key and a bucket, with overlapping matching
windows, kept in ``timeline_entry_blocks``) in a statement of its own cost one round trip per
occurrence: the bulk of a rebuild on SQLite through SQLAlchemy, and ten times more on
PostgreSQL. Here the probes of a whole chunk
travel as one JSON parameter that the database unpacks itself (``json_each`` on SQLite,
``jsonb_array_elements`` on PostgreSQL) and joins to the blocking index, so the search stays
an index lookup per probe but costs one statement per :data:`PROBES_PER_STATEMENT` probes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Table, TextClause, text

#: Probes sent in one statement: bounds the parameter's size and keeps PostgreSQL's plan a
#: nested loop of index lookups whatever its estimate of the unpacked rows.
PROBES_PER_STATEMENT = 250


@dataclass(frozen=True)
class Probe:
    """What to look for: entries of ``event_type`` and modality group ``modality``
    (:func:`~tracker.projections.timeline.dedup.modality_group`) filed under one of ``keys`` in
    one of ``buckets``, whose matching windows overlap ``[window_start, window_end]`` (ISO days)."""

    event_type: str
    window_start: str
    window_end: str
    keys: tuple[str, ...]
    buckets: tuple[int, ...]
    modality: str


# CROSS JOIN fixes SQLite's join order: probe, key, bucket, then a search of the entry blocks'
# primary key on type, modality group, bucket and key, whose window columns it reads from the same index.
# Left to itself the planner may search on the type alone and scan the probe's keys inside, a
# cost that grows with the log.
_SQLITE = """
SELECT DISTINCT q.key, b.entry_id
FROM json_each(:probes) AS q
CROSS JOIN json_each(q.value, '$[3]') AS k
CROSS JOIN json_each(q.value, '$[4]') AS bk
CROSS JOIN {blocks} AS b
WHERE b.event_type = json_extract(q.value, '$[0]') AND b.modality = json_extract(q.value, '$[5]')
  AND b.bucket = bk.value AND b.block_key = k.value
  AND b.window_start <= json_extract(q.value, '$[2]') AND b.window_end >= json_extract(q.value, '$[1]')
"""

# A LATERAL subquery with OFFSET 0 is planned on its own, once per probe: an index lookup
# with the probe's keys and buckets, whatever row count the planner guesses for the JSON.
_POSTGRESQL = """
SELECT DISTINCT q.n - 1, c.entry_id
FROM jsonb_array_elements(CAST(:probes AS jsonb)) WITH ORDINALITY AS q(v, n)
CROSS JOIN LATERAL (
  SELECT b.entry_id
  FROM {blocks} AS b
  WHERE b.event_type = q.v ->> 0 AND b.modality = q.v ->> 5
    AND b.bucket = ANY (ARRAY(SELECT CAST(jsonb_array_elements_text(q.v -> 4) AS integer)))
    AND b.block_key = ANY (ARRAY(SELECT jsonb_array_elements_text(q.v -> 3)))
    AND b.window_start <= q.v ->> 2 AND b.window_end >= q.v ->> 1
  OFFSET 0
) AS c
"""


def primaries_matching(conn: Connection, entry_blocks: Table, probes: Sequence[Probe]) -> list[set[str]]:
    """For each probe (same order), the ids of the entries whose first occurrence shares a
    blocking key and a bucket with it and whose matching window overlaps its own (looked up in
    ``timeline_entry_blocks`` or its shadow copy)."""
    found: list[set[str]] = [set() for _ in probes]
    if not probes:
        return found
    query = statement(conn, entry_blocks)
    for start in range(0, len(probes), PROBES_PER_STATEMENT):
        for index, entry_id in conn.execute(query, {"probes": pack(probes[start : start + PROBES_PER_STATEMENT])}):
            found[start + int(index)].add(entry_id)
    return found


def statement(conn: Connection, entry_blocks: Table) -> TextClause:
    """The lookup for this connection's database, over this table (live or shadow copy); its
    one parameter, ``probes``, is :func:`pack` of the probes."""
    fmt = conn.dialect.identifier_preparer.format_table
    template = _POSTGRESQL if conn.dialect.name == "postgresql" else _SQLITE
    return text(template.format(blocks=fmt(entry_blocks)))


def pack(probes: Sequence[Probe]) -> str:
    """Probes as the JSON the statement unpacks: ``[type, window start, window end, keys, buckets,
    modality group]``."""
    return json.dumps(
        [[p.event_type, p.window_start, p.window_end, list(p.keys), list(p.buckets), p.modality] for p in probes],
        separators=(",", ":"),
    )
