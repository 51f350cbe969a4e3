"""Use cases over the store: write to the log, then bring the read models up to date.

Commands and the ingest pipeline call these, so every writer leaves projections current.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from tracker.articles import Article
from tracker.errors import NotFoundError, TrackerError, ValidationError
from tracker.events import (
    DateInterval,
    EventDraft,
    Location,
    Participant,
    amendment,
    check_new_entry_dates,
    retraction,
    validate_occurrence_fields,
)
from tracker.identity import current_user
from tracker.store import AppendResult, NewEntry, Store, as_utc
from tracker.urls import check_source_url


class CatchUpWarning(UserWarning):
    """The append committed, but bringing the read models up to date failed.

    The write stands (its ids are valid); the read models catch up on a later command. The CLI
    prints these as ``Warning: ...`` on stderr, apart from the command's result.
    """


def catch_up_after_append(store: Store) -> str | None:
    """Catch every projection up after a committed append; a message when that failed.

    Nothing raised here may turn a committed write into a reported failure, so any error of a
    read model (a lock wait that ran out, a bug on one entry) becomes the returned message.
    """
    from sqlalchemy.exc import DBAPIError

    from tracker.db import driver_error_text
    from tracker.projections.runner import catch_up

    try:
        catch_up(store)
    except DBAPIError as exc:
        problem = driver_error_text(exc)
    except Exception as exc:  # noqa: BLE001 - a committed write stays a success, see above
        problem = str(exc) if isinstance(exc, TrackerError) else f"{type(exc).__name__}: {exc}"
    else:
        return None
    return (
        f"recorded, but the read models are not up to date ({problem}); they catch up on the next "
        "command, or run `tracker projections rebuild`"
    )


def append_and_catch_up(
    store: Store, entries: Sequence[NewEntry], *, article: Article | None = None
) -> tuple[AppendResult, str | None]:
    """Append ``entries`` (with their ``article``) in one transaction, then catch up every
    projection. Returns the append's result and, separately, a catch-up problem (or None).

    New occurrences and amendments are checked for dates outside the accepted years first.
    """
    for entry in entries:
        check_new_entry_dates(entry.event_type, entry.payload)
    result = store.append(entries, article=article)
    return result, catch_up_after_append(store)


def append_articles_and_catch_up(
    store: Store, batches: Sequence[tuple[Article, Sequence[NewEntry]]]
) -> tuple[list[AppendResult | TrackerError], str | None]:
    """Append several articles, each with its entries, in one transaction, then catch every
    projection up once: an ingest's chunk of articles. Returns one item per article (its
    append's result, or the error that refused it) and a catch-up problem (or None).

    An article is never split and never half-written: one whose dates are out of range is
    refused before the transaction; if the database refuses the transaction, the articles are
    appended one by one, so only the article at fault fails and the others are recorded.
    """
    outcome: list[AppendResult | TrackerError | None] = []
    ready: list[tuple[Article, Sequence[NewEntry]]] = []
    for article, entries in batches:
        try:
            for entry in entries:
                check_new_entry_dates(entry.event_type, entry.payload)
        except TrackerError as exc:
            outcome.append(exc)
            continue
        outcome.append(None)
        ready.append((article, entries))
    try:
        appended: list[AppendResult | TrackerError] = list(store.append_many(ready)) if ready else []
    except TrackerError:
        appended = []
        for article, entries in ready:
            try:
                appended.append(store.append(entries, article=article))
            except TrackerError as exc:
                appended.append(exc)
    done = iter(appended)
    results = [next(done) if item is None else item for item in outcome]
    wrote = any(isinstance(r, AppendResult) and (r.positions or r.article_position) for r in results)
    return results, catch_up_after_append(store) if wrote else None


def record(store: Store, entries: Sequence[NewEntry], *, article: Article | None = None) -> AppendResult:
    """Append, then catch up; a catch-up problem is a :class:`CatchUpWarning`, never an error."""
    result, problem = append_and_catch_up(store, entries, article=article)
    if problem is not None:
        warnings.warn(CatchUpWarning(problem), stacklevel=2)
    return result


# --------------------------------------------------------------------------- manual events

_SIDE = re.compile(r"^(?:[A-Za-z]{2}|EU|UN|NATO|eu|un|nato)$")


def parse_participant(text: str) -> Participant:
    """``NAME`` or ``NAME:SIDE`` (SIDE an ISO 3166 alpha-2 code or EU, UN, NATO)."""
    name, side = text, None
    if ":" in text:
        head, tail = text.rsplit(":", 1)
        if _SIDE.match(tail.strip()):
            name, side = head, tail.strip().upper()
    name = name.strip()
    if not name:
        raise ValidationError(f"participant name must not be empty (got {text!r})")
    return Participant(name=name, side=side, resolved=False, actor_id=None)


def parse_location(text: str) -> Location:
    """``NAME`` or ``NAME:CC`` (country as ISO 3166 alpha-2)."""
    name, country = text, None
    if ":" in text:
        head, tail = text.rsplit(":", 1)
        if re.fullmatch(r"[A-Za-z]{2}", tail.strip()):
            name, country = head, tail.strip().upper()
    name = name.strip()
    if not name:
        raise ValidationError("location name must not be empty")
    return Location(name=name, country=country)


def load_registry(store: Store) -> Any:
    """The actor registry (:func:`tracker.actor_registry.actor_registry`), or None without seed
    files: then hand-typed names stay as typed and sides unknown."""
    from tracker.actor_registry import actor_registry

    try:
        return actor_registry(store)
    except NotFoundError:
        return None


def resolve_participant(registry: Any, participant: Participant) -> Participant:
    """Canonical name, id and side from the registry; an unknown name stays unresolved."""
    actor = registry.lookup(participant.name) if registry is not None else None
    if actor is not None:
        return replace(
            participant,
            name=actor.name,
            actor_id=actor.id,
            side=participant.side or actor.side,
            kind="side" if actor.kind == "side" else ("organisation" if actor.kind == "organisation" else "person"),
            resolved=True,
        )
    slug = re.sub(r"[^a-z0-9]+", "-", participant.name.lower()).strip("-") or "x"
    return replace(participant, actor_id=f"unresolved:{slug}", resolved=False)


def resolve_location(registry: Any, location: Location | None) -> Location | None:
    """Fill the country of a known place (gazetteer of the registry) when the user gave none."""
    if location is None or location.country is not None or registry is None:
        return location
    wanted = location.name.casefold()
    for place in registry.places():
        if wanted in (a.casefold() for a in (place.name, *place.aliases)):
            return Location(name=place.name, country=place.country)
    return location


def manual_draft(
    event_type: str,
    start: str,
    end: str | None,
    participants: Sequence[str],
    *,
    location: str | None = None,
    modality: str = "occurred",
    summary: str | None = None,
    source: str | None = None,
) -> EventDraft:
    """An occurrence typed by a user, validated (before any store is opened)."""
    validate_occurrence_fields(event_type, modality)
    date = DateInterval.from_user(start, end)
    if not participants:
        raise ValidationError("at least one participant is required")
    people = tuple(parse_participant(p) for p in participants)
    place = parse_location(location) if location is not None else None
    source = check_source_url(source)
    return EventDraft(
        type=event_type,
        date=date,
        participants=people,
        modality=modality,
        location=place,
        summary=(summary or "").strip(),
        source_url=source,
    )


def default_summary(draft: EventDraft) -> str:
    """A one-line summary when the user gave none: type, who, where."""
    who = ", ".join(p.name for p in draft.participants)
    text = f"{draft.type.replace('_', ' ')}: {who}"
    if draft.location is not None:
        text += f" in {draft.location.name}"
    return text


def add_event(store: Store, draft: EventDraft, *, recorded_by: str | None = None) -> str:
    """Resolve participants and place through the registry, log the event, return its id."""
    registry = load_registry(store)
    draft = replace(
        draft,
        participants=tuple(resolve_participant(registry, p) for p in draft.participants),
        location=resolve_location(registry, draft.location),
    )
    if not draft.summary:
        draft = replace(draft, summary=default_summary(draft))
    result = record(store, [NewEntry(draft.type, draft.to_payload(), recorded_by or current_user())])
    return result.event_ids[0]


# --------------------------------------------------------------------------- corrections


def occurrence_row(store: Store, id_or_prefix: str, projection: str, table: Any, what: str) -> Any:
    """The row of the occurrence named by id or unique prefix in a read model's ``table``
    (keyed by ``event_id``), after catching ``projection`` up.

    An entry that is no occurrence (a correction, an actor) raises ValidationError saying it
    is not ``what`` ("an event on the timeline", ...).
    """
    from sqlalchemy import select

    from tracker.projections.runner import catch_up

    event_id = store.find_event_id(id_or_prefix)
    catch_up(store, [projection])
    with store.engine.connect() as conn:
        row = conn.execute(select(table).where(table.c.event_id == event_id)).first()
    if row is None:
        entry = store.entry(event_id)
        kind = entry.event_type if entry else "unknown"
        raise ValidationError(f"{event_id} is a {kind} entry, not {what}")
    return row


def _current(store: Store, id_or_prefix: str) -> Any:
    """The events-projection row of the occurrence to correct."""
    from tracker.projections.events import events

    return occurrence_row(store, id_or_prefix, "events", events, "an event that can be corrected")


def retract_event(store: Store, id_or_prefix: str, reason: str, *, recorded_by: str | None = None) -> tuple[str, str]:
    """Log an ``event_retracted`` for the event; return (event id, retraction entry id)."""
    retraction(id_or_prefix, reason)  # validates the reason before any lookup
    row = _current(store, id_or_prefix)
    event_id = row.event_id
    if row.retracted:
        raise ValidationError(f"event {event_id} is already retracted")
    entry = NewEntry("event_retracted", retraction(event_id, reason), recorded_by or current_user())
    return event_id, record(store, [entry]).event_ids[0]


def amendment_changes(
    current: EventDraft,
    *,
    start: str | None = None,
    end: str | None = None,
    location: str | None = None,
    modality: str | None = None,
    summary: str | None = None,
    participants: Sequence[str] | None = None,
    registry: Any = None,
    event_type: str | None = None,
) -> dict[str, Any]:
    """Payload-shaped changes from amend options; fields equal to the current ones are dropped.

    ``--start`` alone sets a single date (end = start); ``--end`` alone keeps the start.
    """
    changes: dict[str, Any] = {}
    if start is not None or end is not None:
        if start is None:
            if current.date.start is None:
                raise ValidationError("the event has no start date: give --start with --end")
            start = current.date.start
        changes["date"] = DateInterval.from_user(start, end).to_dict()
    if event_type is not None:
        validate_occurrence_fields(event_type, modality or current.modality)
        changes["type"] = event_type
    if modality is not None:
        validate_occurrence_fields(event_type or current.type, modality)
        changes["modality"] = modality
    if location is not None:
        place = resolve_location(registry, parse_location(location))
        assert place is not None  # a location given stays a location; only None resolves to None
        changes["location"] = place.to_dict()
    if summary is not None:
        if not summary.strip():
            raise ValidationError("summary must not be empty")
        changes["summary"] = summary.strip()
    if participants is not None:
        people = [resolve_participant(registry, parse_participant(p)) for p in participants]
        if not people:
            raise ValidationError("at least one participant is required")
        changes["participants"] = [p.to_dict() for p in people]
    payload = current.to_payload()
    return {k: v for k, v in changes.items() if payload.get(k) != v}


def amend_event(
    store: Store,
    id_or_prefix: str,
    reason: str,
    *,
    recorded_by: str | None = None,
    **options: Any,
) -> tuple[str, str, dict[str, Any]]:
    """Log an ``event_amended`` with the changed fields; return (event id, entry id, changes)."""
    amendment(id_or_prefix, {"summary": "x"}, reason)  # validates the reason first
    row = _current(store, id_or_prefix)
    event_id = row.event_id
    if row.retracted:
        raise ValidationError(f"event {event_id} is retracted; it cannot be amended")
    current = EventDraft.from_payload(json.loads(row.payload))
    changes = amendment_changes(current, registry=load_registry(store), **options)
    if not changes:
        raise ValidationError("nothing to amend: the new values equal the current ones")
    entry = NewEntry("event_amended", amendment(event_id, changes, reason), recorded_by or current_user())
    return event_id, record(store, [entry]).event_ids[0], changes


# --------------------------------------------------------------------------- reading


def _participants_by_event(conn: Any, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    from sqlalchemy import select

    from tracker.projections.events import event_participants as ep

    out: dict[str, list[dict[str, Any]]] = {}
    ids = list(event_ids)
    for i in range(0, len(ids), 500):
        query = select(ep).where(ep.c.event_id.in_(ids[i : i + 500])).order_by(ep.c.event_id, ep.c.ordinal)
        for row in conn.execute(query):
            out.setdefault(row.event_id, []).append(
                {"name": row.name, "side": row.side, "role": row.role, "actor_id": row.actor_id, "resolved": row.resolved}
            )
    return out


def _utc_text(value: Any) -> Any:
    """ISO 8601 in UTC; SQLite hands back naive UTC datetimes."""
    import datetime as dt

    return as_utc(value).isoformat() if isinstance(value, dt.datetime) else value


def _event_dict(row: Any, participants: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": row.event_id,
        "type": row.event_type,
        "modality": row.modality,
        "start": row.start_date,
        "end": row.end_date,
        "precision": row.precision,
        "participants": participants,
        "location": None if row.location_name is None else {"name": row.location_name, "country": row.location_country},
        "summary": row.summary,
        "article_id": row.article_id,
        "recorded_at": _utc_text(row.recorded_at),
        "recorded_by": row.recorded_by,
        "retracted": bool(row.retracted),
        "retract_reason": row.retract_reason,
        "amendments": row.amendments,
    }


def _matches_actor(registry: Any, wanted: str, participants: list[dict[str, Any]]) -> bool:
    actor = registry.lookup(wanted) if registry is not None else None
    if actor is not None and actor.kind == "side":
        return any(p["side"] == actor.side for p in participants)
    if actor is not None and any(p["actor_id"] == actor.id for p in participants):
        return True
    needle = wanted.casefold()
    return any(needle in p["name"].casefold() or (p["side"] or "").casefold() == needle for p in participants)


def check_list_filters(
    *, event_type: str | None = None, since: str | None = None, until: str | None = None, limit: int | None = None
) -> tuple[Any, Any]:
    """Validate ``list`` filters before any store is opened; return the (first, last) days."""
    from tracker.events import OCCURRENCE_TYPES, first_day, last_day

    if event_type is not None and event_type not in OCCURRENCE_TYPES:
        raise ValidationError(f"unknown event type {event_type!r}: expected one of {', '.join(OCCURRENCE_TYPES)}")
    lo = first_day(since) if since else None
    hi = last_day(until) if until else None
    if lo and hi and hi < lo:
        raise ValidationError(f"--until {until} is before --since {since}")
    if limit is not None and limit < 0:
        raise ValidationError("--limit must not be negative")
    return lo, hi


def list_events(
    store: Store,
    *,
    event_type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    include_retracted: bool = False,
    keep: Callable[[list[dict[str, Any]]], list[dict[str, Any]]] | None = None,
) -> list[dict[str, Any]]:
    """Occurrences as they stand after corrections, in date order (undated last).

    ``since``/``until`` keep events whose interval overlaps the given reduced dates; ``actor``
    matches a registry actor (a side matches every participant of that side) or part of a name;
    ``keep`` (the review-state filter) is applied to each page of results. The order, type,
    retraction and date filters run in SQL and pages are read only until ``limit`` events are
    kept, so a large store is not loaded whole.
    """
    from itertools import islice

    from tracker.projections.events_queries import rows_in_list_order
    from tracker.projections.runner import catch_up

    lo, hi = check_list_filters(event_type=event_type, since=since, until=until, limit=limit)
    catch_up(store, ["events"])
    registry = load_registry(store) if actor else None
    rows = rows_in_list_order(store.engine, event_type=event_type, include_retracted=include_retracted,
                              since=lo, until=hi)
    selected: list[dict[str, Any]] = []
    while limit is None or len(selected) < limit:
        page = list(islice(rows, 200))
        if not page:
            break
        with store.engine.connect() as conn:
            people = _participants_by_event(conn, [r.event_id for r in page])
        found = [_event_dict(r, people.get(r.event_id, [])) for r in page]
        if actor:
            found = [e for e in found if _matches_actor(registry, actor, e["participants"])]
        selected.extend(keep(found) if keep is not None else found)
    return selected if limit is None else selected[:limit]


def _entry_dict(entry: Any) -> dict[str, Any]:
    return {
        "position": entry.position,
        "event_id": entry.event_id,
        "event_type": entry.event_type,
        "schema_version": entry.schema_version,
        "recorded_at": entry.recorded_at.isoformat(),
        "recorded_by": entry.recorded_by,
        "payload": entry.payload,
        "hash": entry.hash,
    }


def show_event(store: Store, id_or_prefix: str) -> dict[str, Any]:
    """One log entry by id or unique prefix; for an event, its current state and corrections."""
    from sqlalchemy import select

    from tracker.events import OCCURRENCE_TYPES
    from tracker.projections.events import events
    from tracker.projections.runner import catch_up

    event_id = store.find_event_id(id_or_prefix)
    entry = store.entry(event_id)
    assert entry is not None
    if entry.event_type not in OCCURRENCE_TYPES:
        return {"entry": _entry_dict(entry)}
    catch_up(store, ["events"])
    with store.engine.connect() as conn:
        row = conn.execute(select(events).where(events.c.event_id == event_id)).one()
        people = _participants_by_event(conn, [event_id])
    event = _event_dict(row, people.get(event_id, []))
    current = json.loads(row.payload)
    event.update(
        topics=current.get("topics", []),
        confidence=current.get("confidence"),
        evidence=current.get("evidence", []),
        quote=current.get("quote"),
        stance=current.get("stance"),
        source_url=current.get("source_url"),
        date=current.get("date"),
        position=entry.position,
        hash=entry.hash,
        corrections=[_entry_dict(c) for c in store.corrections_of(event_id)],
    )
    return event
