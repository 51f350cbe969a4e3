"""Read model ``timeline``: one entry per real occurrence, on its tracks, with all its sources.

Each log entry updates the projection's own copy of the occurrences it touches
(``timeline_occurrences``), then recomputes what depends on them:

1. the tracks of every occurrence of the touched articles (:mod:`tracker.tracks`; a
   ``track_assigned`` entry wins over the rules for its event);
2. the de-duplication of the occurrences linked to the touched ones, by the automatic rule or
   a manual merge, before and after the change (:mod:`tracker.dedup`); such a linked group is
   closed, so recomputing it alone equals recomputing everything, at a cost that does not
   grow with the length of the log;
3. the rows of every entry whose members, member states or member tracks changed.

Every recomputed value is a function of the current state only, never of the order in which
log entries were applied in batches, which is what makes incremental catch-up equal a rebuild.
Entry ids are the event id of the entry's first logged occurrence.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Callable, Iterable, Sequence
from urllib.parse import urlsplit

from sqlalchemy import Connection, delete, insert, select, update

from tracker.dedup import Occurrence, Override, best_date, cluster, matching_window, same_occurrence
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
    manual_tracks: dict[str, str | None] | None = None,
) -> dict[str, list[dict[str, Any]]]:
    """The rows of one entry from its members (log order, first is the primary).

    The entry is on its members' tracks; when a user assigned any member to a track, only
    the assigned tracks count, so ``tracker assign`` moves the whole entry.
    """
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
    manual = {t for t in (manual_tracks or {}).values() if t}
    keys = sorted(manual or {t for t in member_tracks.values() if t})
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
        seeds: set[str] = set()  # occurrences whose de-duplication neighbourhood must be redone
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
                    **_window(draft),
                )
            )
            changed = {entry.event_id}
            seeds = set(changed)
        elif kind in ("event_retracted", "event_amended"):
            changed = self._known(conn, [entry.payload.get("target")])
            for event_id in changed:
                row = conn.execute(select(occ).where(occ.c.event_id == event_id)).one()
                if row.retracted:
                    continue
                seeds |= {event_id} | self._neighbours(conn, row)
                if kind == "event_retracted":
                    conn.execute(update(occ).where(occ.c.event_id == event_id).values(retracted=True))
                else:
                    draft = _draft(row).with_changes(entry.payload["changes"])
                    conn.execute(
                        update(occ)
                        .where(occ.c.event_id == event_id)
                        .values(payload=_payload_text(draft), event_type=draft.type, **_window(draft))
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
            seeds = set(changed)
        elif kind == "track_assigned":
            changed = self._known(conn, [entry.payload.get("target")])
            if changed:
                conn.execute(
                    update(occ).where(occ.c.event_id.in_(changed)).values(manual_track=entry.payload["track"])
                )
        else:
            return
        if changed:
            self._refresh(conn, changed, seeds)

    @staticmethod
    def _known(conn: Connection, ids: Iterable[str | None]) -> set[str]:
        wanted = [i for i in ids if i]
        if not wanted:
            return set()
        occ = timeline_occurrences
        return set(conn.execute(select(occ.c.event_id).where(occ.c.event_id.in_(wanted))).scalars())

    # ----- the de-duplication neighbourhood

    @staticmethod
    def _candidates(conn: Connection, row: Any) -> list[Any]:
        """Live occurrences of the same type whose matching windows overlap this one's."""
        if row.window_start is None:
            return []
        occ = timeline_occurrences
        return conn.execute(
            select(occ).where(
                occ.c.event_type == row.event_type,
                occ.c.retracted.is_(False),
                occ.c.window_start <= row.window_end,
                occ.c.window_end >= row.window_start,
                occ.c.event_id != row.event_id,
            )
        ).all()

    def _neighbours(self, conn: Connection, row: Any) -> set[str]:
        """Occurrences the automatic rule pairs with this one (in its current state)."""
        me = _occurrence(row)
        return {c.event_id for c in self._candidates(conn, row) if same_occurrence(me, _occurrence(c))}

    def _component(self, conn: Connection, seeds: set[str], overrides: Sequence[Override]) -> list[Any]:
        """Every occurrence linked to the seeds by the automatic rule or a manual merge.

        De-duplication of such a closed group does not depend on anything outside it (the rule
        only ever looks at matching pairs), so recomputing it alone gives the same entries as
        recomputing the whole timeline.
        """
        occ = timeline_occurrences
        partners: dict[str, set[str]] = {}
        for o in overrides:
            if o.kind == "merge":
                for eid in o.event_ids:
                    partners.setdefault(eid, set()).update(o.event_ids)
        rows: dict[str, Any] = {}
        frontier = set(seeds)
        while frontier:
            batch = conn.execute(select(occ).where(occ.c.event_id.in_(sorted(frontier)))).all()
            frontier = set()
            for row in batch:
                rows[row.event_id] = row
            for row in batch:
                linked = set(partners.get(row.event_id, ()))
                if not row.retracted:
                    linked |= self._neighbours(conn, row)
                frontier |= {e for e in linked if e not in rows}
        return list(rows.values())

    # ----- recomputing what depends on the changed occurrences

    def _refresh(self, conn: Connection, changed: set[str], seeds: set[str]) -> None:
        occ = timeline_occurrences
        rows = conn.execute(
            select(occ.c.event_id, occ.c.article_id, occ.c.entry_id).where(occ.c.event_id.in_(changed))
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

        # 2. de-duplication of the neighbourhood of the seeds (old entries included)
        if seeds:
            mates = conn.execute(
                select(occ.c.event_id).where(occ.c.entry_id.in_(dirty_entries))
            ).scalars() if dirty_entries else []
            overrides = [
                Override(o.position, o.kind, tuple(json.loads(o.event_ids)))
                for o in conn.execute(select(timeline_overrides).order_by(timeline_overrides.c.position))
            ]
            component = self._component(conn, seeds | set(mates), overrides)
            live = [r for r in component if not r.retracted]
            clusters = cluster([_occurrence(r) for r in live], overrides)
            new_entry = {eid: ids[0] for ids in clusters for eid in ids}
            for r in component:
                target = new_entry.get(r.event_id)
                if target != r.entry_id:
                    conn.execute(update(occ).where(occ.c.event_id == r.event_id).values(entry_id=target))
                    dirty_entries.update(x for x in (target, r.entry_id) if x)
            dirty_entries.update(new_entry[eid] for eid in changed if eid in new_entry)

        # 3. rows of every dirty entry (the only way an entry's tracks can change)
        if dirty_entries:
            self._rewrite_entries(conn, dirty_entries)
            self._sync_tracks(conn, catalogue)

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
            built = entry_rows(
                occs, {r.event_id: r.track for r in rows}, info, {r.event_id: r.manual_track for r in rows}
            )
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


@functools.lru_cache(maxsize=8192)
def _parse(payload: str) -> EventDraft:
    return EventDraft.from_payload(json.loads(payload))


def _draft(row: Any) -> EventDraft:
    """The occurrence of a stored row (parsed once per distinct payload; drafts are immutable)."""
    return _parse(row.payload)


def _occurrence(row: Any) -> Occurrence:
    return Occurrence(row.event_id, row.position, row.article_id, _draft(row))


def _window(draft: EventDraft) -> dict[str, str | None]:
    window = matching_window(draft.date)
    if window is None:
        return {"window_start": None, "window_end": None}
    return {"window_start": window[0].isoformat(), "window_end": window[1].isoformat()}


PROJECTION = TimelineProjection()
