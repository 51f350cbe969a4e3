"""How much of the timeline's blocking index one candidate lookup meets, on a store.

For a sample of a store's occurrences (every 997th row), the lookup an appended occurrence
made before migration 0007: how many ``timeline_blocks`` rows share its type, bucket and key,
and how many live first occurrences of entries remain after the window filter; then, when the
store has ``timeline_entry_blocks``, the lookup it makes now: the rows of entries' first
occurrences sharing a type, modality group, bucket and key, those whose window overlaps, and
the entries. All grow with the events per day, which is what makes the timeline's cost per
occurrence grow with the log's density (bench/README.md, issue 10, branches ``big`` and
``density``).

    python bench/block_density.py STORE.sqlite3 [--suffix __new]   # __new: a rebuild in progress

Read-only; the store may be in use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tracker.events import EventDraft
from tracker.projections.timeline.dedup import modality_group, query_buckets, query_keys


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store")
    parser.add_argument("--suffix", default="", help="table suffix (__new for a rebuild's shadow tables)")
    parser.add_argument("--sample", type=int, default=150)
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.store}?mode=ro", uri=True)
    occ, blocks = f"timeline_occurrences{args.suffix}", f"timeline_blocks{args.suffix}"
    total = conn.execute(f"SELECT COUNT(*) FROM {occ}").fetchone()[0]
    rows = conn.execute(
        f"SELECT event_type, payload, window_start, window_end FROM {occ} WHERE rowid % 997 = 0 LIMIT ?",
        (args.sample,),
    ).fetchall()
    met, candidates = [], []
    for event_type, payload, start, end in rows:
        if start is None:
            continue
        keys = sorted(query_keys(EventDraft.from_payload(json.loads(payload))))
        look = query_buckets((dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
        if not keys or look is None:
            continue
        where = (f"b.event_type = ? AND b.block_key IN ({','.join('?' * len(keys))}) "
                 f"AND b.bucket IN ({','.join('?' * len(look))})")
        params = (event_type, *keys, *look)
        met.append(conn.execute(f"SELECT COUNT(*) FROM {blocks} b WHERE {where}", params).fetchone()[0])
        candidates.append(conn.execute(
            f"SELECT COUNT(DISTINCT o.event_id) FROM {blocks} b JOIN {occ} o ON o.event_id = b.event_id "
            f"WHERE {where} AND o.retracted = 0 AND o.entry_id = o.event_id "
            "AND o.window_start <= ? AND o.window_end >= ?", (*params, end, start)).fetchone()[0])
    if not met:
        print(f"{total} occurrences: nothing to sample")
        return
    print(f"{total} occurrences, {len(met)} probes: blocks rows met per probe mean {statistics.mean(met):.0f} "
          f"(median {statistics.median(met)}); candidate first occurrences mean {statistics.mean(candidates):.1f} "
          f"(median {statistics.median(candidates)})")
    entry_blocks = f"timeline_entry_blocks{args.suffix}"
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (entry_blocks,)).fetchone() is None:
        return
    # what appends search since migration 0007: the first occurrences' keys alone, windows in
    # the index; rows met before and after the window test, and entries found
    keyed, overlapping, entries = [], [], []
    for event_type, payload, start, end in rows:
        if start is None:
            continue
        keys = sorted(query_keys(EventDraft.from_payload(json.loads(payload))))
        look = query_buckets((dt.date.fromisoformat(start), dt.date.fromisoformat(end)))
        if not keys or look is None:
            continue
        draft = EventDraft.from_payload(json.loads(payload))
        where = (f"event_type = ? AND modality = ? AND block_key IN ({','.join('?' * len(keys))}) "
                 f"AND bucket IN ({','.join('?' * len(look))})")
        params = (event_type, modality_group(draft.modality), *keys, *look)
        keyed.append(conn.execute(f"SELECT COUNT(*) FROM {entry_blocks} WHERE {where}", params).fetchone()[0])
        window = f"{where} AND window_start <= ? AND window_end >= ?"
        overlapping.append(conn.execute(f"SELECT COUNT(*) FROM {entry_blocks} WHERE {window}",
                                        (*params, end, start)).fetchone()[0])
        entries.append(conn.execute(f"SELECT COUNT(DISTINCT entry_id) FROM {entry_blocks} WHERE {window}",
                                    (*params, end, start)).fetchone()[0])
    first = conn.execute(f"SELECT COUNT(DISTINCT entry_id) FROM {entry_blocks}").fetchone()[0]
    print(f"{first} entries with keys; entry-block rows met per probe mean {statistics.mean(keyed):.0f} "
          f"(median {statistics.median(keyed)}), {statistics.mean(overlapping):.0f} in the window "
          f"(median {statistics.median(overlapping)}); candidate entries mean {statistics.mean(entries):.1f} "
          f"(median {statistics.median(entries)})")


if __name__ == "__main__":
    main()
