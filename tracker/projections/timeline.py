"""Read model ``timeline``: one entry per real occurrence, on its tracks, with all its sources.

Each log entry updates the projection's own copy of the occurrences it touches
(``timeline_occurrences``), then recomputes what depends on them:

1. the tracks of every occurrence of the touched articles (:mod:`tracker.tracks`; a
   ``track_assigned`` entry wins over the rules for its event);
2. the de-duplication of every occurrence of the touched event types, plus the types tied to
   them by manual merges (:mod:`tracker.dedup`);
3. the rows of every entry whose members, member states or member tracks changed.

Every recomputed value is a function of the current state only, never of the order in which
log entries were applied in batches, which is what makes incremental catch-up equal a rebuild.
Entry ids are the event id of the entry's first logged occurrence.
"""

from __future__ import annotations

import json
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, insert, select, update

from tracker.dedup import Occurrence, Override, best_date, cluster
from tracker.display import date_label, sort_date
from tracker.events import OCCURRENCE_TYPES, EventDraft
from tracker.projections.timeline_tables import (
    TABLES,
    timeline_entries,
    timeline_entry_tracks,
    timeline_occurrences,
    timeline_overrides,
    timeline_participants,
    timeline_sources,
    tracks,
)
from tracker.schema import articles
from tracker.tracks import TrackCatalogue, assign_article_tracks, default_catalogue, side_groups

# --------------------------------------------------------------------------- pure helpers


def _payload_text(draft: EventDraft) -> str:
    return json.dumps(draft.to_payload(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def outlet_of(article: dict[str, Any] | None, draft: EventDraft, event_id: str) -> str:
    """What counts as one independent source: the outlet, else the URL's host, else the
    article, else the occurrence itself (typed by hand without a source)."""
    if article is not None:
        if article.get("source"):
            return "outlet:" + str(article["source"]).strip().casefold()
        if article.get("url"):
            host = urlsplit(article["url"]).hostname
            if host:
                return "host:" + host.removeprefix("www.")
        return "article:" + article["article_id"]
    if draft.source_url:
        host = urlsplit(draft.source_url).hostname
        if host:
            return "host:" + host.removeprefix("www.")
    return "event:" + event_id


def entry_rows(
    members: Sequence[Occurrence],
    member_tracks: dict[str, str | None],
    article_info: dict[str, dict[str, Any]],
) -> dict[str, list[dict[str, Any]]]:
    """The rows of one entry from its members (log order, first is the primary)."""
    primary = members[0]
    entry_id = primary.event_id
    date = best_date([m.draft.date for m in members])
    location = next((m.draft.location for m in members if m.draft.location is not None), None)
    outlets = set()
    sources: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    seen_people: set[str] = set()
    for m in members:
        art = article_info.get(m.article_id) if m.article_id else None
        outlets.add(outlet_of(art, m.draft, m.event_id))
        evidence = [e for e in m.draft.evidence] or [None]
        for ev in evidence:
            sources.append(
                {
                    "entry_id": entry_id,
                    "ordinal": len(sources),
                    "event_id": m.event_id,
                    "article_id": m.article_id,
                    "url": (art or {}).get("url") or m.draft.source_url,
                    "title": (art or {}).get("title"),
                    "outlet": (art or {}).get("source"),
                    "published": (art or {}).get("published"),
                    "evidence": ev.sentence if ev is not None else None,
                    "span_start": ev.span[0] if ev is not None else None,
                    "span_end": ev.span[1] if ev is not None else None,
                }
            )
        for p in m.draft.participants:
            key = p.actor_id or f"{p.kind}:{p.name.casefold()}"
            if key in seen_people:
                continue
            seen_people.add(key)
            participants.append(
                {
                    "entry_id": entry_id,
                    "ordinal": len(participants),
                    "actor_id": p.actor_id,
                    "name": p.name,
                    "side": p.side,
                    "role": p.role,
                }
            )
    entry = {
        "entry_id": entry_id,
        "event_type": primary.draft.type,
        "modality": primary.draft.modality,
        "start_date": date.start,
        "end_date": date.end,
        "precision": date.precision,
        "resolution": date.resolution,
        "date_label": date_label(date),
        "sort_date": sort_date(date),
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "summary": next((m.draft.summary for m in members if m.draft.summary), ""),
        "first_position": primary.position,
        "occurrences": len(members),
        "independent_sources": len(outlets),
    }
    keys = sorted({t for t in member_tracks.values() if t})
    return {
        "entries": [entry],
        "tracks": [{"entry_id": entry_id, "track": k} for k in keys],
        "participants": participants,
        "sources": sources,
    }


# --------------------------------------------------------------------------- the projection


class TimelineProjection:
    """De-duplicated timeline entries per track."""

    name = "timeline"
    tables = TABLES

    def __init__(self, catalogue: Callable[[], TrackCatalogue] = default_catalogue) -> None:
        self._catalogue = catalogue

    # ----- applying one log entry

    def apply(self, conn: Connection, entry: Any) -> None:
        kind = entry.event_type
        occ = timeline_occurrences
        if kind in OCCURRENCE_TYPES:
            draft = EventDraft.from_payload(entry.payload)
            conn.execute(
                insert(occ).values(
                    event_id=entry.event_id,
                    position=entry.position,
                    article_id=entry.article_id,
                    event_type=draft.type,
                    payload=_payload_text(draft),
                    retracted=False,
                    manual_track=None,
                    track=None,
                    entry_id=None,
                )
            )
            changed = {entry.event_id}
        elif kind == "event_retracted":
            changed = self._known(conn, [entry.payload.get("target")])
            if changed:
                conn.execute(update(occ).where(occ.c.event_id.in_(changed)).values(retracted=True))
        elif kind == "event_amended":
            changed = self._known(conn, [entry.payload.get("target")])
            for event_id in changed:
                row = conn.execute(select(occ.c.payload).where(occ.c.event_id == event_id)).one()
                draft = EventDraft.from_payload(json.loads(row.payload)).with_changes(entry.payload["changes"])
                conn.execute(
                    update(occ)
                    .where(occ.c.event_id == event_id)
                    .values(payload=_payload_text(draft), event_type=draft.type)
                )
        elif kind in ("events_merged", "event_split"):
            ids = list(entry.payload["events"]) if kind == "events_merged" else [entry.payload["target"]]
            conn.execute(
                insert(timeline_overrides).values(
                    position=entry.position,
                    kind="merge" if kind == "events_merged" else "split",
                    event_ids=json.dumps(ids),
                )
            )
            changed = self._known(conn, ids)
        elif kind == "track_assigned":
            changed = self._known(conn, [entry.payload.get("target")])
            if changed:
                conn.execute(
                    update(occ).where(occ.c.event_id.in_(changed)).values(manual_track=entry.payload["track"])
                )
        else:
            return
        if changed:
            self._refresh(conn, changed)

    @staticmethod
    def _known(conn: Connection, ids: Iterable[str | None]) -> set[str]:
        wanted = [i for i in ids if i]
        if not wanted:
            return set()
        occ = timeline_occurrences
        return set(conn.execute(select(occ.c.event_id).where(occ.c.event_id.in_(wanted))).scalars())

    # ----- recomputing what depends on the changed occurrences

    def _refresh(self, conn: Connection, changed: set[str]) -> None:
        occ = timeline_occurrences
        rows = conn.execute(
            select(occ.c.event_id, occ.c.article_id, occ.c.event_type, occ.c.entry_id).where(occ.c.event_id.in_(changed))
        ).all()
        dirty_entries = {r.entry_id for r in rows if r.entry_id}
        catalogue = self._catalogue()

        # 1. tracks of every occurrence of the touched articles
        articles_touched = {r.article_id for r in rows if r.article_id}
        loose = [r.event_id for r in rows if not r.article_id]
        track_rows = []
        if articles_touched:
            track_rows += conn.execute(select(occ).where(occ.c.article_id.in_(articles_touched))).all()
        if loose:
            track_rows += conn.execute(select(occ).where(occ.c.event_id.in_(loose))).all()
        groups: dict[str, list[Any]] = {}
        for r in track_rows:
            groups.setdefault(r.article_id or "event:" + r.event_id, []).append(r)
        for members in groups.values():
            live = [(r.event_id, _draft(r)) for r in sorted(members, key=lambda r: r.position) if not r.retracted]
            auto = assign_article_tracks(live, catalogue)
            for r in members:
                effective = None if r.retracted else (r.manual_track or auto.get(r.event_id))
                if effective != r.track:
                    conn.execute(update(occ).where(occ.c.event_id == r.event_id).values(track=effective))
                    if r.entry_id:
                        dirty_entries.add(r.entry_id)

        # 2. de-duplication of the touched types (and types tied to them by manual merges)
        overrides = [
            Override(o.position, o.kind, tuple(json.loads(o.event_ids)))
            for o in conn.execute(select(timeline_overrides).order_by(timeline_overrides.c.position))
        ]
        types = self._bucket(conn, {r.event_type for r in rows}, overrides)
        bucket = conn.execute(select(occ).where(occ.c.event_type.in_(types))).all()
        live_rows = [r for r in bucket if not r.retracted]
        occurrences = [Occurrence(r.event_id, r.position, r.article_id, _draft(r)) for r in live_rows]
        clusters = cluster(occurrences, overrides)
        new_entry = {eid: ids[0] for ids in clusters for eid in ids}
        for r in bucket:
            target = new_entry.get(r.event_id)
            if target != r.entry_id:
                conn.execute(update(occ).where(occ.c.event_id == r.event_id).values(entry_id=target))
                dirty_entries.update(x for x in (target, r.entry_id) if x)
        dirty_entries.update(new_entry.get(eid) for eid in changed if new_entry.get(eid))

        # 3. rows of every dirty entry
        self._rewrite_entries(conn, dirty_entries)
        self._sync_tracks(conn, catalogue)

    @staticmethod
    def _bucket(conn: Connection, types: set[str], overrides: Sequence[Override]) -> set[str]:
        merged_ids = {eid for o in overrides if o.kind == "merge" for eid in o.event_ids}
        if not merged_ids:
            return types
        occ = timeline_occurrences
        type_of = dict(conn.execute(select(occ.c.event_id, occ.c.event_type).where(occ.c.event_id.in_(merged_ids))).all())
        result = set(types)
        grew = True
        while grew:
            grew = False
            for o in overrides:
                if o.kind != "merge":
                    continue
                linked = {type_of[e] for e in o.event_ids if e in type_of}
                if linked & result and not linked <= result:
                    result |= linked
                    grew = True
        return result

    def _rewrite_entries(self, conn: Connection, entry_ids: set[str]) -> None:
        if not entry_ids:
            return
        ids = sorted(entry_ids)
        for table in (timeline_entry_tracks, timeline_participants, timeline_sources, timeline_entries):
            conn.execute(delete(table).where(table.c.entry_id.in_(ids)))
        occ = timeline_occurrences
        members = conn.execute(
            select(occ).where(occ.c.entry_id.in_(ids)).order_by(occ.c.entry_id, occ.c.position)
        ).all()
        article_ids = {m.article_id for m in members if m.article_id}
        info: dict[str, dict[str, Any]] = {}
        if article_ids:
            for a in conn.execute(
                select(articles.c.article_id, articles.c.url, articles.c.title, articles.c.source, articles.c.published)
                .where(articles.c.article_id.in_(article_ids))
            ):
                info[a.article_id] = dict(a._mapping)
        by_entry: dict[str, list[Any]] = {}
        for m in members:
            by_entry.setdefault(m.entry_id, []).append(m)
        batches: dict[str, list[dict[str, Any]]] = {"entries": [], "tracks": [], "participants": [], "sources": []}
        for entry_id, rows in by_entry.items():
            occs = [Occurrence(r.event_id, r.position, r.article_id, _draft(r)) for r in rows]
            built = entry_rows(occs, {r.event_id: r.track for r in rows}, info)
            for key, value in built.items():
                batches[key].extend(value)
        for key, table in (
            ("entries", timeline_entries),
            ("tracks", timeline_entry_tracks),
            ("participants", timeline_participants),
            ("sources", timeline_sources),
        ):
            if batches[key]:
                conn.execute(insert(table), batches[key])

    @staticmethod
    def _sync_tracks(conn: Connection, catalogue: TrackCatalogue) -> None:
        """``tracks`` holds the declared tracks and the automatic ones in use."""
        used = set(conn.execute(select(timeline_entry_tracks.c.track).distinct()).scalars())
        used |= set(
            conn.execute(
                select(timeline_occurrences.c.manual_track).where(timeline_occurrences.c.manual_track.is_not(None)).distinct()
            ).scalars()
        )
        wanted: dict[str, dict[str, Any]] = {}
        for t in catalogue.declared():
            wanted[t.key] = {"key": t.key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": True}
        for key in used - set(wanted):
            t = catalogue.find(key) or catalogue.for_groups(side_groups(key.split("-")))
            wanted[key] = {"key": key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": False}
        have = {r.key: dict(r._mapping) for r in conn.execute(select(tracks))}
        gone = [k for k in have if k not in wanted]
        if gone:
            conn.execute(delete(tracks).where(tracks.c.key.in_(gone)))
        for key, row in wanted.items():
            if key not in have:
                conn.execute(insert(tracks).values(**row))
            elif have[key] != row:
                conn.execute(update(tracks).where(tracks.c.key == key).values(**row))


def _draft(row: Any) -> EventDraft:
    return EventDraft.from_payload(json.loads(row.payload))


PROJECTION = TimelineProjection()
