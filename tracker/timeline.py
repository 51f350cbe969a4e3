"""Reading the timeline: entries per track, in order, now or as the log knew them then.

Entries come from the ``timeline`` read model (:mod:`tracker.projections.timeline`). An
``--as-of`` view never touches the real read model: the log up to that point is replayed with
the same projection code into a private in-memory SQLite database, which is then read exactly
like the real one.

Each entry is returned as a plain dict following the JSON contract of design §7 (``id``,
``type``, ``modality``, ``start``, ``end``, ``precision``, ``participants``, ``location``,
``tracks``, ``summary``, ``sources``) plus display fields (``date_label``, ``resolution``,
``occurrences``, ``independent_sources``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError
from tracker.tracks import TrackCatalogue, default_catalogue

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine

    from tracker.store import LogEntry, Store

_PRECISION_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3, "unknown": 4}


# --------------------------------------------------------------------------- as-of


@dataclass(frozen=True)
class AsOf:
    """A point in the log's history: entries up to a position, or recorded before a moment."""

    position: int | None = None
    before: dt.datetime | None = None  # exclusive, UTC
    text: str = ""

    def includes(self, entry: "LogEntry") -> bool:
        if self.position is not None:
            return entry.position <= self.position
        recorded = entry.recorded_at
        if recorded.tzinfo is None:
            recorded = recorded.replace(tzinfo=dt.timezone.utc)
        return recorded < self.before  # type: ignore[operator]


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def parse_as_of(text: str) -> AsOf:
    """``42`` (a log position), ``2025-12-21`` (to the end of that UTC day) or an ISO
    date-time (``2025-12-21T10:30``, ``...Z`` or with an offset; naive means UTC)."""
    from tracker.limits import check_date

    value = (text or "").strip()
    if value.isdigit():
        return AsOf(position=int(value), text=value)
    try:
        if _DATE.match(value):
            day = check_date(dt.date.fromisoformat(value), "as-of date")
            start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
            return AsOf(before=start + dt.timedelta(days=1), text=value)
        if "T" in value or " " in value:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=dt.timezone.utc)
            check_date(moment.date(), "as-of date")
            return AsOf(before=moment.astimezone(dt.timezone.utc) + dt.timedelta(microseconds=1), text=value)
    except ValueError:
        pass
    raise ValidationError(
        f"invalid as-of value {text!r}: expected a log position (e.g. 42), a date (YYYY-MM-DD) "
        "or a date-time (YYYY-MM-DDTHH:MM)"
    )


def replay(store: "Store", as_of: AsOf) -> "Engine":
    """A private in-memory database holding the timeline read model as of ``as_of``."""
    from sqlalchemy import create_engine, insert, select
    from sqlalchemy.pool import StaticPool

    from tracker.projections.timeline import TimelineProjection
    from tracker.projections.timeline_tables import TABLES
    from tracker.schema import articles, metadata

    entries = [e for e in store.read(0, upto=as_of.position) if as_of.includes(e)]
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    metadata.create_all(engine, tables=[articles, *TABLES])
    needed = sorted({e.article_id for e in entries if e.article_id})
    projection = TimelineProjection()
    with store.engine.connect() as source, engine.begin() as conn:
        for i in range(0, len(needed), 500):
            chunk = needed[i : i + 500]
            found = [dict(r._mapping) for r in source.execute(select(articles).where(articles.c.article_id.in_(chunk)))]
            if found:
                conn.execute(insert(articles), found)
        for entry in entries:
            projection.apply(conn, entry)
    return engine


# --------------------------------------------------------------------------- reading entries


def read_entries(conn: "Connection", track: str | None = None) -> list[dict[str, Any]]:
    """Timeline entries (all, or those on ``track``) in chronological order."""
    from sqlalchemy import select

    from tracker.projections.timeline_tables import (
        timeline_entries as te,
        timeline_entry_tracks as tt,
        timeline_participants as tp,
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


# --------------------------------------------------------------------------- tracks


def known_track_keys(conn: "Connection") -> list[str]:
    from sqlalchemy import select

    from tracker.projections.timeline_tables import tracks

    return list(conn.execute(select(tracks.c.key)).scalars())


def resolve_track(conn: "Connection", text: str, catalogue: TrackCatalogue | None = None) -> str:
    """The canonical key of a track named by the user (key, any case, or its side codes)."""
    catalogue = catalogue or default_catalogue()
    return catalogue.resolve(text, known=known_track_keys(conn)).key


def track_summary(conn: "Connection", catalogue: TrackCatalogue | None = None) -> list[dict[str, Any]]:
    """Every declared track and every automatic track in use: entries, first and last date."""
    from sqlalchemy import func, select

    from tracker.projections.timeline_tables import timeline_entries as te
    from tracker.projections.timeline_tables import timeline_entry_tracks as tt
    from tracker.projections.timeline_tables import tracks

    catalogue = catalogue or default_catalogue()
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


def load_timeline(
    store: "Store", track: str | None = None, as_of: AsOf | None = None
) -> tuple[list[dict[str, Any]], str | None]:
    """Entries (of one track, or all) and the canonical track key, now or as of a point.

    Without ``as_of`` the read model is first brought up to the log head.
    """
    from tracker.projections.runner import catch_up

    with store.engine.connect() as conn:
        key = resolve_track(conn, track) if track else None
    if as_of is None:
        catch_up(store, ["timeline"])
        engine = store.engine
    else:
        engine = replay(store, as_of)
    try:
        with engine.connect() as conn:
            return read_entries(conn, key), key
    finally:
        if as_of is not None:
            engine.dispose()


def track_names(store: "Store") -> dict[str, str]:
    """Display name of every known track, by key."""
    with store.engine.connect() as conn:
        return {r["track"]: r["name"] for r in track_summary(conn)}
