"""Read queries of the ``timeline`` read model: entries per track in order, tracks in use.

Each entry is returned as a plain dict following the JSON contract of design §7 (``id``,
``type``, ``modality``, ``start``, ``end``, ``precision``, ``participants``, ``location``,
``tracks``, ``summary``, ``sources``) plus display fields (``date_label``, ``resolution``,
``occurrences``, ``independent_sources``). They work on any connection holding the tables: the
store's, or an ``--as-of`` replay's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tracker.projections.timeline.tracks import Track, TrackCatalogue

if TYPE_CHECKING:
    from sqlalchemy import Connection, Table

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


# --------------------------------------------------------------------------- reading entries


def read_entries(conn: Connection, track: str | None = None) -> list[dict[str, Any]]:
    """Timeline entries (all, or those on ``track``) in chronological order."""
    from sqlalchemy import select

    from tracker.projections.timeline.tables import (
        timeline_entries as te,
    )
    from tracker.projections.timeline.tables import (
        timeline_entry_tracks as tt,
    )
    from tracker.projections.timeline.tables import (
        timeline_participants as tp,
    )
    from tracker.projections.timeline.tables import (
        timeline_sources as ts,
    )

    query = select(te)
    if track is not None:
        query = query.where(te.c.entry_id.in_(select(tt.c.entry_id).where(tt.c.track == track)))
    entries = {r.entry_id: r for r in conn.execute(query)}
    if not entries:
        return []
    ids = list(entries)
    tracks_of: dict[str, list[str]] = {i: [] for i in ids}
    people: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    sources: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for r in conn.execute(select(tt).where(tt.c.entry_id.in_(chunk)).order_by(tt.c.track)):
            tracks_of[r.entry_id].append(r.track)
        for r in conn.execute(select(tp).where(tp.c.entry_id.in_(chunk)).order_by(tp.c.entry_id, tp.c.ordinal)):
            people[r.entry_id].append({"name": r.name, "side": r.side, "role": r.role, "actor_id": r.actor_id})
        for r in conn.execute(select(ts).where(ts.c.entry_id.in_(chunk)).order_by(ts.c.entry_id, ts.c.ordinal)):
            sources[r.entry_id].append(
                {
                    "article_id": r.article_id,
                    "url": r.url,
                    "title": r.title,
                    "outlet": r.outlet,
                    "published": r.published.isoformat() if r.published else None,
                    "evidence": r.evidence,
                    "span": [r.span_start, r.span_end] if r.span_start is not None else None,
                    "event_id": r.event_id,
                }
            )
    result = [_entry_dict(r, tracks_of[k], people[k], sources[k]) for k, r in entries.items()]
    result.sort(key=chronological_key)
    return result


def _entry_dict(row: Any, tracks: list[str], people: list[dict[str, Any]], sources: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row.entry_id,
        "type": row.event_type,
        "modality": row.modality,
        "start": row.start_date,
        "end": row.end_date,
        "precision": row.precision,
        "resolution": row.resolution,
        "date_label": row.date_label,
        "sort_date": row.sort_date,
        "participants": people,
        "location": {"name": row.location_name, "country": row.location_country} if row.location_name else None,
        "tracks": tracks,
        "summary": row.summary,
        "occurrences": row.occurrences,
        "independent_sources": row.independent_sources,
        "first_position": row.first_position,
        "sources": sources,
    }


def chronological_key(entry: dict[str, Any]) -> tuple:
    """Dated entries by first day (a finer date first on ties), undated last, then log order."""
    return (
        entry["sort_date"] is None,
        entry["sort_date"] or "",
        _PRECISION_ORDER.get(entry["precision"], 4),
        entry["first_position"],
    )


# --------------------------------------------------------------------------- occurrences


def occurrence(conn: Connection, event_id: str) -> Any:
    """The read model's row of one occurrence (its entry, tracks, retraction), or None."""
    from sqlalchemy import select

    from tracker.projections.timeline.tables import timeline_occurrences as occ

    return conn.execute(select(occ).where(occ.c.event_id == event_id)).first()


def entry_of_event(conn: Connection, event_id: str) -> str | None:
    """The timeline entry an occurrence belongs to (None: retracted or unknown)."""
    from sqlalchemy import select

    from tracker.projections.timeline.tables import timeline_occurrences as occ

    return conn.execute(select(occ.c.entry_id).where(occ.c.event_id == event_id)).scalar()


def live_members(conn: Connection, entry_id: str) -> int:
    """How many live occurrences an entry holds."""
    from sqlalchemy import func, select

    from tracker.projections.timeline.tables import timeline_occurrences as occ

    query = select(func.count()).select_from(occ).where(occ.c.entry_id == entry_id, occ.c.retracted.is_(False))
    return int(conn.execute(query).scalar_one())


# --------------------------------------------------------------------------- tracks


def known_track_keys(conn: Connection) -> list[str]:
    from sqlalchemy import select

    from tracker.projections.timeline.tables import tracks

    return list(conn.execute(select(tracks.c.key)).scalars())


def declared_catalogue(conn: Connection, table: Table | None = None) -> TrackCatalogue:
    """The catalogue in force: the declared rows of ``tracks`` (or of ``table``, a shadow copy),
    which hold the latest ``tracks_defined`` entry the read model applied."""
    from sqlalchemy import select

    from tracker.projections.timeline.tables import tracks

    t = tracks if table is None else table
    rows = conn.execute(select(t.c.key, t.c.name, t.c.sides).where(t.c.declared.is_(True)).order_by(t.c.key))
    return TrackCatalogue(Track(r.key, r.name, frozenset(r.sides.split(",")), True) for r in rows)


def resolve_track(conn: Connection, text: str, catalogue: TrackCatalogue | None = None) -> str:
    """The canonical key of a track named by the user (key, any case, or its side codes)."""
    catalogue = catalogue or declared_catalogue(conn)
    return catalogue.resolve(text, known=known_track_keys(conn)).key


def track_summary(conn: Connection, catalogue: TrackCatalogue | None = None) -> list[dict[str, Any]]:
    """Every declared track and every automatic track in use: entries, first and last date."""
    from sqlalchemy import func, select

    from tracker.projections.timeline.tables import timeline_entries as te
    from tracker.projections.timeline.tables import timeline_entry_tracks as tt
    from tracker.projections.timeline.tables import tracks

    catalogue = catalogue or declared_catalogue(conn)
    rows: dict[str, dict[str, Any]] = {}
    for t in catalogue.declared():
        rows[t.key] = {"track": t.key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": True}
    for r in conn.execute(select(tracks)):
        rows.setdefault(r.key, {"track": r.key, "name": r.name, "sides": r.sides, "declared": bool(r.declared)})
    stats = conn.execute(
        select(tt.c.track, func.count(te.c.entry_id), func.min(te.c.start_date), func.max(func.coalesce(te.c.end_date, te.c.start_date)))
        .join(te, te.c.entry_id == tt.c.entry_id)
        .group_by(tt.c.track)
    ).all()
    counted = {s[0]: s for s in stats}
    result = []
    for key, row in rows.items():
        s = counted.get(key)
        result.append({**row, "entries": int(s[1]) if s else 0, "first": s[2] if s else None, "last": s[3] if s else None})
    result.sort(key=lambda r: (-r["entries"], r["track"]))
    return result


