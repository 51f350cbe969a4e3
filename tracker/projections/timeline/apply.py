"""The apply step of read model ``timeline``: one entry per real occurrence, on its tracks,
with all its sources.

Each log entry updates the projection's own copy of the occurrences it touches
(``timeline_occurrences``), then recomputes what depends on them:

1. the tracks of every occurrence of the touched articles (:mod:`tracker.projections.timeline.tracks`; a
   ``track_assigned`` entry wins over the rules for its event), by the catalogue of the latest
   ``tracks_defined`` entry applied so far (kept as the declared rows of ``tracks``; none yet:
   every track is automatic); a new definition re-assigns every occurrence;
2. the de-duplication of the occurrences linked to the touched ones, by the automatic rule or
   a manual merge, before and after the change (:mod:`tracker.projections.timeline.dedup`); such a linked group is
   closed, so recomputing it alone equals recomputing everything, at a cost that does not
   grow with the length of the log;
3. the rows of every entry whose members, member states or member tracks changed.

Every recomputed value is a function of the current state only, never of the order in which
log entries were applied in batches, which is what makes incremental catch-up equal a rebuild.
Entry ids are the event id of the entry's first logged occurrence.

Runs of appends (every ingest; the whole of most rebuilds) take a batched path while no manual
merge or split exists: the same three steps computed in memory for the run, with one read of
the touched articles, one candidate lookup per 250 occurrences (:mod:`.probe`) and one
executemany per table, instead of five to seven statements per occurrence.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from tracker.events import OCCURRENCE_TYPES, EventDraft, Evidence
from tracker.projections.timeline.dedup import (
    Occurrence,
    Override,
    best_date,
    buckets,
    cluster,
    matching_window,
    modality_group,
    query_buckets,
    query_keys,
    same_occurrence,
    stored_keys,
)
from tracker.projections.timeline.labels import date_label, sort_date
from tracker.projections.timeline.probe import Probe, primaries_matching
from tracker.projections.timeline.queries import declared_catalogue
from tracker.projections.timeline.tables import TABLES
from tracker.projections.timeline.tracks import (
    TrackCatalogue,
    assign_article_tracks,
    catalogue_from_definition,
    side_groups,
)
from tracker.schema import articles

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
        evidence: list[Evidence | None] = [*m.draft.evidence] or [None]
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

#: Base names of the tables this projection writes, as given to :meth:`TimelineProjection.with_tables`.
TABLE_NAMES = tuple(t.name for t in TABLES)


class _Batch:
    """What a batch of log entries changed, refreshed once at its end."""

    def __init__(self) -> None:
        self.changed: set[str] = set()  # occurrences whose state changed
        self.seeds: set[str] = set()  # occurrences whose de-duplication neighbourhood must be redone
        self.tracks: set[str] = set()  # track keys whose use may have changed
        self.new: list[str] = []  # occurrences logged in this batch, in log order
        self.corrected: set[str] = set()  # occurrences retracted or amended in this batch
        self.retrack = False  # a tracks_defined entry: every occurrence's track is redone


class TimelineProjection:
    """De-duplicated timeline entries per track.

    ``tables`` maps each base table name to the table to write: the real ones, or the shadow
    copies a rebuild fills before swapping them in (:mod:`tracker.projections.shadow`).
    """

    name = "timeline"
    #: Runs of appends go through the batched path (:meth:`_append_run`); tests switch it off
    #: to compare both paths.
    batched = True

    def __init__(self, tables: dict[str, Any] | None = None) -> None:
        self.t = tables or {t.name: t for t in TABLES}
        self.tables = tuple(self.t[n] for n in TABLE_NAMES)
        # Hot statements built once: values travel as parameters, so SQLAlchemy's compiled cache
        # is hit (building a statement per call cost more than running it).
        occ, blocks = self.t["timeline_occurrences"], self.t["timeline_blocks"]
        eid: Any = bindparam("eid")
        self._insert_occ = insert(occ)
        self._row = select(occ).where(occ.c.event_id == eid)
        self._set_entry = update(occ).where(occ.c.event_id == bindparam("eid")).values(entry_id=bindparam("entry"))
        self._set_track = update(occ).where(occ.c.event_id == bindparam("eid")).values(track=bindparam("trk"))
        self._drop_blocks_of = delete(blocks).where(blocks.c.event_id == eid)
        found = (
            select(blocks.c.event_id)
            .where(blocks.c.event_type == bindparam("etype"), blocks.c.block_key.in_(bindparam("keys", expanding=True)))
        )
        live_overlap = (
            occ.c.retracted.is_(False),
            occ.c.window_start <= bindparam("wend"),
            occ.c.window_end >= bindparam("wstart"),
            occ.c.event_id != eid,
        )
        in_buckets = found.where(blocks.c.bucket.in_(bindparam("buckets", expanding=True)))
        self._candidates_any = select(occ).where(occ.c.event_id.in_(found.distinct()), *live_overlap)
        self._candidates_in = select(occ).where(occ.c.event_id.in_(in_buckets.distinct()), *live_overlap)
        # the first occurrence of each entry only: an occurrence joins an entry only if it
        # matches every member, so in particular the first
        primary = occ.c.entry_id == occ.c.event_id
        self._primaries_any = select(occ).where(occ.c.event_id.in_(found.distinct()), primary, *live_overlap)
        self._primaries_in = select(occ).where(occ.c.event_id.in_(in_buckets.distinct()), primary, *live_overlap)

    def with_tables(self, tables: dict[str, Any]) -> TimelineProjection:
        """The same projection writing to other tables (same columns), for shadow rebuilds."""
        copy = TimelineProjection(tables)
        copy.batched = self.batched
        return copy

    # ----- applying log entries

    def apply(self, conn: Connection, entry: Any) -> None:
        self.apply_batch(conn, [entry])

    def apply_batch(self, conn: Connection, entries: Sequence[Any]) -> None:
        """Apply entries in log order, then recompute what they touched once per run.

        The batch is cut into runs: appends only (new occurrences and entries this projection
        ignores) and the rest (corrections, merges, splits, track moves). A run of appends goes
        through :meth:`_append_run` (a few statements per run) when no manual merge or split
        exists; anything else through :meth:`_apply_each`. Every recomputed value depends on the
        current state only, so one refresh per run gives the same tables as one per entry.
        """
        for appends, run in _runs(entries):
            if appends and self.batched and not self._overridden(conn):
                self._append_run(conn, run)
            else:
                self._apply_each(conn, run)

    def _apply_each(self, conn: Connection, entries: Sequence[Any]) -> None:
        batch = _Batch()
        for entry in entries:
            self._apply_one(conn, entry, batch)
        if batch.changed or batch.retrack:
            self._refresh(conn, batch)

    def _overridden(self, conn: Connection) -> bool:
        ov = self.t["timeline_overrides"]
        return conn.execute(select(ov.c.position).limit(1)).first() is not None

    def _apply_one(self, conn: Connection, entry: Any, batch: _Batch) -> None:
        kind = entry.event_type
        occ = self.t["timeline_occurrences"]
        if kind in OCCURRENCE_TYPES:
            draft = EventDraft.from_payload(entry.payload)
            window = _window(draft)
            conn.execute(
                self._insert_occ,
                {
                    "event_id": entry.event_id,
                    "position": entry.position,
                    "article_id": entry.article_id,
                    "event_type": draft.type,
                    "payload": _payload_text(draft),
                    "retracted": False,
                    "manual_track": None,
                    "track": None,
                    "entry_id": None,
                    **window,
                },
            )
            self._file_blocks(conn, entry.event_id, draft)
            batch.changed.add(entry.event_id)
            batch.seeds.add(entry.event_id)
            batch.new.append(entry.event_id)
        elif kind in ("event_retracted", "event_amended"):
            for event_id in self._known(conn, [entry.payload.get("target")]):
                row = conn.execute(select(occ).where(occ.c.event_id == event_id)).one()
                if row.retracted:
                    continue
                batch.seeds |= {event_id} | self._neighbours(conn, row)
                batch.changed.add(event_id)
                batch.corrected.add(event_id)
                self._drop_blocks(conn, event_id)
                if kind == "event_retracted":
                    conn.execute(update(occ).where(occ.c.event_id == event_id).values(retracted=True))
                else:
                    draft = _draft(row).with_changes(entry.payload["changes"])
                    conn.execute(
                        update(occ)
                        .where(occ.c.event_id == event_id)
                        .values(payload=_payload_text(draft), event_type=draft.type, **_window(draft))
                    )
                    self._file_blocks(conn, event_id, draft)
        elif kind in ("events_merged", "event_split"):
            ids = list(entry.payload["events"]) if kind == "events_merged" else [entry.payload["target"]]
            conn.execute(
                insert(self.t["timeline_overrides"]).values(
                    position=entry.position,
                    kind="merge" if kind == "events_merged" else "split",
                    event_ids=json.dumps(ids),
                )
            )
            known = self._known(conn, ids)
            batch.changed |= known
            batch.seeds |= known
        elif kind == "track_assigned":
            known = self._known(conn, [entry.payload.get("target")])
            if known:
                old = conn.execute(select(occ.c.manual_track).where(occ.c.event_id.in_(known))).scalars()
                batch.tracks.update(t for t in old if t)
                batch.tracks.add(entry.payload["track"])
                conn.execute(update(occ).where(occ.c.event_id.in_(known)).values(manual_track=entry.payload["track"]))
                batch.changed |= known
        elif kind == "tracks_defined":
            self._define(conn, catalogue_from_definition(entry.payload), batch)

    def _define(self, conn: Connection, catalogue: TrackCatalogue, batch: _Batch) -> None:
        """Make ``catalogue`` the declared rows of ``tracks`` (the catalogue in force) and have
        the batch's refresh re-assign every occurrence: rare, so O(occurrences) is fine."""
        tracks = self.t["tracks"]
        declared = {t.key: t for t in catalogue.declared()}
        old = set(conn.execute(select(tracks.c.key).where(tracks.c.declared.is_(True))).scalars())
        automatic = set(conn.execute(select(tracks.c.key).where(tracks.c.declared.is_(False))).scalars())
        gone = sorted(old | set(declared))
        for i in range(0, len(gone), 500):
            conn.execute(delete(tracks).where(tracks.c.key.in_(gone[i : i + 500])))
        if declared:
            conn.execute(insert(tracks), [
                {"key": t.key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": True}
                for t in declared.values()
            ])
        # no longer declared: kept as automatic tracks while in use; automatic ones are named
        # after the catalogue (a declared track of the same sides lends its name): all redone
        batch.tracks |= old | automatic
        batch.retrack = True

    def _known(self, conn: Connection, ids: Iterable[str | None]) -> set[str]:
        wanted = [i for i in ids if i]
        if not wanted:
            return set()
        occ = self.t["timeline_occurrences"]
        return set(conn.execute(select(occ.c.event_id).where(occ.c.event_id.in_(wanted))).scalars())

    # ----- blocking keys: the index that bounds the search for matching occurrences

    def _file_blocks(self, conn: Connection, event_id: str, draft: EventDraft) -> None:
        window = matching_window(draft.date)
        rows = [
            {"event_type": draft.type, "bucket": b, "block_key": k, "event_id": event_id}
            for b in buckets(window)
            for k in stored_keys(draft)
        ]
        _insert_keys(conn, self.t["timeline_blocks"], rows)

    def _drop_blocks(self, conn: Connection, event_id: str) -> None:
        conn.execute(self._drop_blocks_of, {"eid": event_id})

    # ----- the de-duplication neighbourhood

    def _candidates(self, conn: Connection, row: Any, primaries: bool = False) -> Sequence[Any]:
        """Live occurrences of the same type whose matching windows overlap this one's and that
        share a blocking key with it: an index lookup, bounded by the occurrences of that
        type, week and person or side set, never a scan of the log."""
        if row.window_start is None:
            return []
        draft = _draft(row)
        keys = sorted(query_keys(draft))
        if not keys:
            return []
        params = {"etype": row.event_type, "keys": keys, "wstart": row.window_start, "wend": row.window_end,
                  "eid": row.event_id}
        look = query_buckets((dt.date.fromisoformat(row.window_start), dt.date.fromisoformat(row.window_end)))
        if primaries:
            if look is None:
                return conn.execute(self._primaries_any, params).all()
            return conn.execute(self._primaries_in, {**params, "buckets": list(look)}).all()
        if look is None:
            return conn.execute(self._candidates_any, params).all()
        return conn.execute(self._candidates_in, {**params, "buckets": list(look)}).all()

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
        occ = self.t["timeline_occurrences"]
        partners: dict[str, set[str]] = {}
        for o in overrides:
            if o.kind == "merge":
                for eid in o.event_ids:
                    partners.setdefault(eid, set()).update(o.event_ids)
        rows: dict[str, Any] = {}
        frontier = set(seeds)
        while frontier:
            batch: list[Any] = []
            ordered = sorted(frontier)
            for i in range(0, len(ordered), 500):
                batch += conn.execute(select(occ).where(occ.c.event_id.in_(ordered[i : i + 500]))).all()
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

    def _refresh(self, conn: Connection, batch: _Batch) -> None:
        changed, seeds = batch.changed, batch.seeds
        occ = self.t["timeline_occurrences"]
        rows = _select_in(conn, select(occ.c.event_id, occ.c.article_id, occ.c.entry_id), occ.c.event_id, changed)
        dirty_entries = {r.entry_id for r in rows if r.entry_id}
        catalogue = declared_catalogue(conn, self.t["tracks"])

        # 1. tracks of every occurrence of the touched articles (of all after a new definition)
        if batch.retrack:
            track_rows = list(conn.execute(select(occ)).all())
        else:
            articles_touched = {r.article_id for r in rows if r.article_id}
            loose = [r.event_id for r in rows if not r.article_id]
            track_rows = _select_in(conn, select(occ), occ.c.article_id, articles_touched)
            track_rows += _select_in(conn, select(occ), occ.c.event_id, loose)
        groups: dict[str, list[Any]] = {}
        track_updates: list[dict[str, Any]] = []
        for r in track_rows:
            groups.setdefault(r.article_id or "event:" + r.event_id, []).append(r)
        for members in groups.values():
            effective_of = _effective_tracks(members, catalogue)
            for r in members:
                effective = effective_of[r.event_id]
                if effective != r.track:
                    track_updates.append({"eid": r.event_id, "trk": effective})
                    if r.entry_id:
                        dirty_entries.add(r.entry_id)
        if track_updates:
            conn.execute(self._set_track, track_updates)

        # 2a. occurrences appended after everything else join an entry by the greedy rule
        # directly (bounded work: their candidates and those entries' members), when no manual
        # merge or split can change the picture
        ov = self.t["timeline_overrides"]
        if conn.execute(select(ov.c.position).limit(1)).first() is None:
            appended = [eid for eid in batch.new if eid not in batch.corrected]
            for event_id in appended:
                dirty_entries.add(self._join(conn, event_id))
            seeds = seeds - set(appended)

        # 2b. de-duplication of the neighbourhood of the other seeds (old entries included)
        if seeds:
            mates = _select_in(conn, select(occ.c.event_id), occ.c.entry_id, dirty_entries)
            overrides = [
                Override(o.position, o.kind, tuple(json.loads(o.event_ids)))
                for o in conn.execute(select(ov).order_by(ov.c.position))
            ]
            component = self._component(conn, seeds | {m.event_id for m in mates}, overrides)
            live = [r for r in component if not r.retracted]
            clusters = cluster([_occurrence(r) for r in live], overrides)
            new_entry = {eid: ids[0] for ids in clusters for eid in ids}
            for r in component:
                target = new_entry.get(r.event_id)
                if target != r.entry_id:
                    conn.execute(self._set_entry, {"eid": r.event_id, "entry": target})
                    dirty_entries.update(x for x in (target, r.entry_id) if x)
            dirty_entries.update(new_entry[eid] for eid in changed if eid in new_entry)

        # 3. rows of every dirty entry, then the tracks in use
        self._finish(conn, catalogue, dirty_entries, batch.tracks)

    def _finish(self, conn: Connection, catalogue: TrackCatalogue, dirty_entries: set[str], touched: set[str],
                known: dict[str, list[Any]] | None = None, fresh: set[str] | frozenset[str] = frozenset(),
                appends_only: bool = False) -> None:
        """Rewrite the rows of every dirty entry (the only way an entry's tracks can change),
        then the tracks in use (declared ones always: once anything changed, whatever the
        batching). ``known``, ``fresh`` and ``appends_only`` as in :meth:`_rewrite_entries`."""
        tt = self.t["timeline_entry_tracks"]
        old = dirty_entries - fresh
        touched.update(r.track for r in _select_in(conn, select(tt.c.track), tt.c.entry_id, old))
        touched.update(self._rewrite_entries(conn, dirty_entries, known, fresh, appends_only))
        self._sync_tracks(conn, catalogue, touched)

    # ----- the batched path: a run of appended occurrences

    def _append_run(self, conn: Connection, entries: Sequence[Any]) -> None:
        """Apply a run of appends when no manual merge or split exists, with the same result as
        :meth:`_apply_each` but a fixed number of statements per run: the new occurrences are
        parsed once and kept in memory, their tracks come from one read of their articles'
        earlier occurrences, their candidates in the log from one batched lookup
        (:mod:`.probe`), their candidates among each other from an index in memory, and every
        table gets one executemany."""
        new = [_new_row(e) for e in entries if e.event_type in OCCURRENCE_TYPES]
        if not new:
            return
        catalogue = declared_catalogue(conn, self.t["tracks"])
        dirty: set[str] = set()
        self._assign_new_tracks(conn, new, catalogue, dirty)
        members = self._cluster_new(conn, new, dirty)
        conn.execute(self._insert_occ, [r.values() for r in new])
        blocks = [
            {"event_type": r.event_type, "bucket": b, "block_key": k, "event_id": r.event_id}
            for r in new
            for b in buckets(r.window)
            for k in stored_keys(r.draft)
        ]
        _insert_keys(conn, self.t["timeline_blocks"], blocks)
        fresh = {r.event_id for r in new if r.entry_id == r.event_id}
        self._finish(conn, catalogue, dirty, set(), members, fresh, appends_only=True)

    def _assign_new_tracks(self, conn: Connection, new: list[_NewRow], catalogue: TrackCatalogue,
                           dirty: set[str]) -> None:
        """Tracks of the new occurrences, and of their articles' earlier ones when those change
        (an article cut by a chunk boundary)."""
        occ = self.t["timeline_occurrences"]
        earlier = _select_in(conn, select(occ), occ.c.article_id, {r.article_id for r in new if r.article_id})
        groups: dict[str, list[Any]] = {}
        for r in [*earlier, *new]:
            groups.setdefault(r.article_id or "event:" + r.event_id, []).append(r)
        updates: list[dict[str, Any]] = []
        for members in groups.values():
            effective = _effective_tracks(members, catalogue)
            for r in members:
                if isinstance(r, _NewRow):
                    r.track = effective[r.event_id]
                elif effective[r.event_id] != r.track:
                    updates.append({"eid": r.event_id, "trk": effective[r.event_id]})
                    if r.entry_id:
                        dirty.add(r.entry_id)
        if updates:
            conn.execute(self._set_track, updates)

    def _cluster_new(self, conn: Connection, new: list[_NewRow], dirty: set[str]) -> dict[str, list[Any]]:
        """Put each new occurrence, in log order, in its entry as :meth:`_join` would: the
        earliest entry all of whose live members it matches and that holds nothing from its
        own article, else an entry of its own. Entries in the log are found by one batched
        lookup (they do not change during the run: appends only ever join them); entries
        opened by earlier occurrences of the run, by an index in memory with the same keys.
        Returns the live members of every entry it joined or opened, in log order."""
        occ = self.t["timeline_occurrences"]
        probes: list[Probe] = []
        probed: list[int] = []
        wide: dict[int, set[str]] = {}  # matching windows too long for buckets: looked up alone
        looks: dict[int, tuple[list[str], tuple[int, ...] | None]] = {}
        for i, r in enumerate(new):
            if r.window is None:
                continue
            keys = sorted(query_keys(r.draft))
            if not keys:
                continue
            look = query_buckets(r.window)
            looks[i] = (keys, look)
            if look is None:
                params = {"etype": r.event_type, "keys": keys, "wstart": r.window_start, "wend": r.window_end,
                          "eid": r.event_id}
                wide[i] = {c.event_id for c in conn.execute(self._primaries_any, params)}
            else:
                probes.append(Probe(r.event_type, r.window_start or "", r.window_end or "", tuple(keys), look,
                                    modality_group(r.draft.modality)))
                probed.append(i)
        found = dict(zip(probed, primaries_matching(conn, self.t["timeline_entry_blocks"], probes), strict=True))
        found.update(wide)
        logged = {r.event_id: r for r in _select_in(conn, select(occ), occ.c.event_id, set().union(*found.values()))}
        mates_in_log: dict[int, set[str]] = {}
        for i, ids in found.items():
            me = new[i].occurrence()
            mates_in_log[i] = {e for e in ids if same_occurrence(me, _occurrence(logged[e]))}
        members: dict[str, list[Any]] = {}
        live = select(occ).where(occ.c.retracted.is_(False))
        for m in _select_in(conn, live, occ.c.entry_id, set().union(set(), *mates_in_log.values())):
            members.setdefault(m.entry_id, []).append(m)
        for group in members.values():
            group.sort(key=lambda m: m.position)
        index = _MemoryBlocks()
        for i, r in enumerate(new):
            me = r.occurrence()
            mates = set(mates_in_log.get(i, ()))
            if i in looks:
                keys, look = looks[i]
                mates.update(c.event_id for c in index.find(r, keys, look) if same_occurrence(me, c.occurrence()))
            target = r.event_id
            for entry_id in sorted(mates, key=lambda e: members[e][0].position):
                group = members[entry_id]
                if r.article_id is not None and any(m.article_id == r.article_id for m in group):
                    continue
                if all(same_occurrence(me, _occurrence(m)) for m in group):
                    target = entry_id
                    break
            r.entry_id = target
            if target == r.event_id:
                members[target] = [r]
                index.file(r)
            else:
                members[target].append(r)
            dirty.add(target)
        return {e: members[e] for e in dirty if e in members}

    def _join(self, conn: Connection, event_id: str) -> str:
        """Put an occurrence logged after every other one in its entry, as :func:`cluster`
        would: the earliest entry all of whose live members it matches and that holds nothing
        from its own article, else an entry of its own. Returns the entry id."""
        occ = self.t["timeline_occurrences"]
        row = conn.execute(self._row, {"eid": event_id}).one()
        me = _occurrence(row)
        mates = {c.entry_id for c in self._candidates(conn, row, primaries=True) if same_occurrence(me, _occurrence(c))}
        target = event_id
        if mates:
            members: dict[str, list[Any]] = {}
            for m in _select_in(conn, select(occ).where(occ.c.retracted.is_(False)), occ.c.entry_id, mates):
                members.setdefault(m.entry_id, []).append(m)
            for entry_id in sorted(members, key=lambda e: min(m.position for m in members[e])):
                group = members[entry_id]
                if row.article_id is not None and any(m.article_id == row.article_id for m in group):
                    continue
                if all(same_occurrence(me, _occurrence(m)) for m in group):
                    target = entry_id
                    break
        conn.execute(self._set_entry, {"eid": event_id, "entry": target})
        return target

    def _rewrite_entries(self, conn: Connection, entry_ids: set[str], known: dict[str, list[Any]] | None = None,
                         fresh: set[str] | frozenset[str] = frozenset(), appends_only: bool = False) -> set[str]:
        """Write the rows of these entries again from their members, with the blocking keys of
        their first occurrences (``timeline_entry_blocks``: every change of an entry's first
        occurrence, or of its state, makes the entry dirty, so this is the one place they are
        kept); returns the tracks they are on now. ``known`` gives the members (all of them,
        live, in log order, in their current state) of some entries, which are then not read
        again; ``fresh`` names entries opened in this transaction, which have no rows to delete
        yet; ``appends_only`` says the only change is appended occurrences, which never change
        an existing entry's first occurrence, so only the fresh entries' keys are written."""
        if not entry_ids:
            return set()
        known = known or {}
        t = self.t
        old = sorted(entry_ids - fresh)
        names = ["timeline_entry_tracks", "timeline_participants", "timeline_sources", "timeline_entries"]
        if not appends_only:
            names.append("timeline_entry_blocks")
        for name in names:
            table = t[name]
            for i in range(0, len(old), 500):
                conn.execute(delete(table).where(table.c.entry_id.in_(old[i : i + 500])))
        occ = t["timeline_occurrences"]
        by_entry: dict[str, list[Any]] = {e: known[e] for e in sorted(entry_ids) if e in known}
        for m in sorted(_select_in(conn, select(occ), occ.c.entry_id, entry_ids - set(by_entry)),
                        key=lambda r: (r.entry_id, r.position)):
            by_entry.setdefault(m.entry_id, []).append(m)
        article_ids = {m.article_id for rows in by_entry.values() for m in rows if m.article_id}
        info: dict[str, dict[str, Any]] = {}
        query = select(articles.c.article_id, articles.c.url, articles.c.title, articles.c.source, articles.c.published)
        for a in _select_in(conn, query, articles.c.article_id, article_ids):
            info[a.article_id] = dict(a._mapping)
        batches: dict[str, list[dict[str, Any]]] = {
            "entries": [], "tracks": [], "participants": [], "sources": [], "blocks": []
        }
        for entry_id, rows in by_entry.items():
            occs = [Occurrence(r.event_id, r.position, r.article_id, _draft(r)) for r in rows]
            built = entry_rows(
                occs, {r.event_id: r.track for r in rows}, info, {r.event_id: r.manual_track for r in rows}
            )
            for key, value in built.items():
                batches[key].extend(value)
            if (not appends_only or entry_id in fresh) and rows[0].event_id == entry_id:
                batches["blocks"].extend(_entry_blocks(rows[0]))
        _insert_keys(conn, t["timeline_entry_blocks"], batches.pop("blocks"))
        for key, name in (
            ("entries", "timeline_entries"),
            ("tracks", "timeline_entry_tracks"),
            ("participants", "timeline_participants"),
            ("sources", "timeline_sources"),
        ):
            if batches[key]:
                conn.execute(insert(t[name]), batches[key])
        return {row["track"] for row in batches["tracks"]}

    def _sync_tracks(self, conn: Connection, catalogue: TrackCatalogue, touched: set[str]) -> None:
        """``tracks`` holds the declared tracks and the automatic ones in use; only the keys
        whose use may have changed are looked at (an index lookup each)."""
        tracks, tt, occ = self.t["tracks"], self.t["timeline_entry_tracks"], self.t["timeline_occurrences"]
        wanted: dict[str, dict[str, Any] | None] = {}
        for t in catalogue.declared():
            wanted[t.key] = {"key": t.key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": True}
        for key in sorted(touched - set(wanted)):
            used = conn.execute(select(tt.c.track).where(tt.c.track == key).limit(1)).first() or conn.execute(
                select(occ.c.manual_track).where(occ.c.manual_track == key).limit(1)
            ).first()
            if used:
                t = catalogue.find(key) or catalogue.for_groups(side_groups(key.split("-")))
                wanted[key] = {"key": key, "name": t.name, "sides": ",".join(sorted(t.sides)), "declared": False}
            else:
                wanted[key] = None
        have = {r.key: dict(r._mapping) for r in _select_in(conn, select(tracks), tracks.c.key, wanted)}
        gone = [k for k, row in wanted.items() if row is None and k in have]
        if gone:
            conn.execute(delete(tracks).where(tracks.c.key.in_(gone)))
        for key, row in wanted.items():
            if row is None:
                continue
            if key not in have:
                conn.execute(insert(tracks).values(**row))
            elif have[key] != row:
                conn.execute(update(tracks).where(tracks.c.key == key).values(**row))


#: Entry types this projection changes existing rows for; any other is an append (an
#: occurrence) or ignored.
_CHANGES = frozenset(
    ("event_retracted", "event_amended", "events_merged", "event_split", "track_assigned", "tracks_defined")
)


def _runs(entries: Sequence[Any]) -> Iterator[tuple[bool, list[Any]]]:
    """Consecutive entries grouped into runs of appends (True) and of changes (False), in order."""
    run: list[Any] = []
    appends = True
    for entry in entries:
        kind = entry.event_type not in _CHANGES
        if run and kind != appends:
            yield appends, run
            run = []
        appends = kind
        run.append(entry)
    if run:
        yield appends, run


@dataclass(slots=True)
class _NewRow:
    """A ``timeline_occurrences`` row not written yet, with its parsed draft (same attribute
    names as a stored row, so the helpers below take either)."""

    event_id: str
    position: int
    article_id: str | None
    event_type: str
    payload: str
    draft: EventDraft
    window: tuple[dt.date, dt.date] | None
    window_start: str | None
    window_end: str | None
    retracted: bool = False
    manual_track: str | None = None
    track: str | None = None
    entry_id: str | None = None
    _occurrence: Occurrence | None = field(default=None, repr=False)

    def occurrence(self) -> Occurrence:
        if self._occurrence is None:
            self._occurrence = Occurrence(self.event_id, self.position, self.article_id, self.draft)
        return self._occurrence

    def values(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id, "position": self.position, "article_id": self.article_id,
            "event_type": self.event_type, "payload": self.payload, "retracted": False, "manual_track": None,
            "track": self.track, "entry_id": self.entry_id, "window_start": self.window_start,
            "window_end": self.window_end,
        }


def _new_row(entry: Any) -> _NewRow:
    draft = EventDraft.from_payload(entry.payload)
    window = matching_window(draft.date)
    payload = _payload_text(draft)
    _remember(payload, draft)
    return _NewRow(
        entry.event_id, entry.position, entry.article_id, draft.type, payload, draft, window,
        window[0].isoformat() if window else None, window[1].isoformat() if window else None,
    )


class _MemoryBlocks:
    """The blocking index of the entries opened during a run (their first occurrences), in
    memory, looked up with the same keys and buckets as ``timeline_blocks``."""

    def __init__(self) -> None:
        self._by_bucket: dict[tuple[str, int, str], list[_NewRow]] = {}
        self._by_key: dict[tuple[str, str], list[_NewRow]] = {}

    def file(self, row: _NewRow) -> None:
        for k in stored_keys(row.draft):
            self._by_key.setdefault((row.event_type, k), []).append(row)
            for b in buckets(row.window):
                self._by_bucket.setdefault((row.event_type, b, k), []).append(row)

    def find(self, row: _NewRow, keys: Sequence[str], look: tuple[int, ...] | None) -> list[_NewRow]:
        """Filed rows sharing a key (and a bucket, unless ``look`` is None) with ``row``, whose
        matching windows overlap its own, earliest first."""
        hits: dict[str, _NewRow] = {}
        if look is None:
            for k in keys:
                for c in self._by_key.get((row.event_type, k), ()):
                    hits[c.event_id] = c
        else:
            for k in keys:
                for b in look:
                    for c in self._by_bucket.get((row.event_type, b, k), ()):
                        hits[c.event_id] = c
        ws, we = row.window_start or "", row.window_end or ""
        return sorted(
            (c for c in hits.values() if (c.window_start or "") <= we and (c.window_end or "") >= ws),
            key=lambda c: c.position,
        )


def _entry_blocks(primary: Any) -> list[dict[str, Any]]:
    """The ``timeline_entry_blocks`` rows of an entry whose first occurrence is ``primary`` (a
    stored row or a :class:`_NewRow`): its stored keys under each of its buckets, with its
    modality group and matching window; none without a window, as in ``timeline_blocks``."""
    if primary.window_start is None or primary.window_end is None:
        return []
    window = (dt.date.fromisoformat(primary.window_start), dt.date.fromisoformat(primary.window_end))
    draft = _draft(primary)
    keys, modality = stored_keys(draft), modality_group(draft.modality)
    return [
        {"event_type": primary.event_type, "modality": modality, "bucket": b, "block_key": k,
         "window_start": primary.window_start, "window_end": primary.window_end, "entry_id": primary.event_id}
        for b in buckets(window)
        for k in keys
    ]


def _insert_keys(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    """Insert rows of a blocking-key table (text and integers only) with one ``executemany``
    handed straight to the driver: Core's per-row parameter processing cost as much as the
    insert itself, at ten or more rows per occurrence. Other parameter styles go through Core."""
    if not rows:
        return
    dialect = conn.dialect
    if dialect.paramstyle not in ("qmark", "format", "pyformat"):
        conn.execute(insert(table), rows)
        return
    names = [c.name for c in table.columns]
    quote = dialect.identifier_preparer
    mark = "?" if dialect.paramstyle == "qmark" else "%s"
    sql = (f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.quote(n) for n in names)}) "
           f"VALUES ({', '.join([mark] * len(names))})")
    conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])


def _effective_tracks(members: Sequence[Any], catalogue: TrackCatalogue) -> dict[str, str | None]:
    """Effective track of each occurrence of one article (or one loose occurrence): the track a
    user assigned, else the one the rules give; none when retracted."""
    live = [(r.event_id, _draft(r)) for r in sorted(members, key=lambda r: r.position) if not r.retracted]
    auto = assign_article_tracks(live, catalogue)
    return {r.event_id: None if r.retracted else (r.manual_track or auto.get(r.event_id)) for r in members}


def _select_in(conn: Connection, query: Any, column: Any, values: Iterable[Any], size: int = 500) -> list[Any]:
    """``query`` restricted to ``column IN values``, in chunks (drivers cap bound parameters)."""
    ordered = sorted(v for v in values if v is not None)
    rows: list[Any] = []
    for i in range(0, len(ordered), size):
        rows += conn.execute(query.where(column.in_(ordered[i : i + size]))).all()
    return rows


#: Drafts by stored payload text: parsing costs more than the rule that compares them.
_DRAFTS: dict[str, EventDraft] = {}
_DRAFTS_KEPT = 20_000


def _parse(payload: str) -> EventDraft:
    draft = _DRAFTS.get(payload)
    if draft is None:
        draft = _remember(payload, EventDraft.from_payload(json.loads(payload)))
    return draft


def _remember(payload: str, draft: EventDraft) -> EventDraft:
    """Keep a parsed draft for its payload text (the oldest half forgotten when full)."""
    if len(_DRAFTS) >= _DRAFTS_KEPT:
        for key in list(_DRAFTS)[: _DRAFTS_KEPT // 2]:
            del _DRAFTS[key]
    _DRAFTS[payload] = draft
    return draft


def _draft(row: Any) -> EventDraft:
    """The occurrence of a stored row (parsed once per distinct payload; drafts are immutable)."""
    if isinstance(row, _NewRow):
        return row.draft
    return _parse(row.payload)


def _occurrence(row: Any) -> Occurrence:
    return Occurrence(row.event_id, row.position, row.article_id, _draft(row))


def _window(draft: EventDraft) -> dict[str, str | None]:
    window = matching_window(draft.date)
    if window is None:
        return {"window_start": None, "window_end": None}
    return {"window_start": window[0].isoformat(), "window_end": window[1].isoformat()}


PROJECTION = TimelineProjection()
