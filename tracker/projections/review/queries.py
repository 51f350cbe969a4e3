"""Reading the ``review`` read model: states of events and of timeline entries, the review
list, and what reviews teach about each extraction rule and event type.

The events themselves come from the ``events`` read model's table (:func:`events_table`, imported
when first needed: this package is registered after that one).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Connection, Table, select

from tracker.errors import ValidationError
from tracker.events import OCCURRENCE_TYPES, REVIEW_STATUSES, first_day, last_day
from tracker.projections.review.tables import review_states
from tracker.schema import articles

#: Values of every ``--status`` option; None (the default) means "everything not rejected".
STATUS_FILTERS: tuple[str, ...] = ("accepted", "unreviewed", "rejected", "all")


@dataclass(frozen=True)
class ReviewState:
    """An event's (or a timeline entry's) review: status, reviewer, time (ISO UTC), reason."""

    status: str = "unreviewed"
    by: str | None = None
    at: str | None = None
    reason: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


UNREVIEWED = ReviewState()


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat()
    return str(value)


def _state(row: Any) -> ReviewState:
    if row is None or row.status == "unreviewed":
        return UNREVIEWED
    return ReviewState(row.status, row.reviewer, _iso(row.reviewed_at), row.reason)


def events_table() -> Table:
    """The ``events`` read model's table."""
    from tracker.projections.events.tables import events

    return events


def states(conn: Connection, event_ids: Iterable[str]) -> dict[str, ReviewState]:
    """The review state of each event id (``unreviewed`` when no decision was logged)."""
    ids = list(dict.fromkeys(event_ids))
    out = {i: UNREVIEWED for i in ids}
    for i in range(0, len(ids), 500):
        for row in conn.execute(select(review_states).where(review_states.c.event_id.in_(ids[i : i + 500]))):
            out[row.event_id] = _state(row)
    return out


def combine(members: Sequence[ReviewState]) -> ReviewState:
    """The state of a timeline entry merged from several events.

    Accepted when any member is accepted (an analyst confirmed that the occurrence happened,
    from one source at least); rejected only when every member is rejected; unreviewed
    otherwise. Reviewer, time and reason are those of the latest decision of the winning kind.
    """
    accepted = [m for m in members if m.status == "accepted"]
    if accepted:
        return max(accepted, key=lambda m: m.at or "")
    if members and all(m.status == "rejected" for m in members):
        return max(members, key=lambda m: m.at or "")
    return UNREVIEWED


def check_status_filter(status: str | None) -> str | None:
    """Validate a ``--status`` value (None: everything not rejected)."""
    if status is not None and status not in STATUS_FILTERS:
        raise ValidationError(f"unknown review status {status!r}: expected one of {', '.join(STATUS_FILTERS)}")
    return status


def status_matches(status: str, wanted: str | None) -> bool:
    """Does a review status pass a ``--status`` filter (None: not rejected)?"""
    if wanted is None:
        return status != "rejected"
    return wanted == "all" or status == wanted


# --------------------------------------------------------------------------- the review list


def rules_of(payload: dict[str, Any]) -> list[str]:
    """The extraction rules that produced an event (``manual`` for one typed by hand)."""
    rules = [e.get("rule") for e in payload.get("evidence") or [] if e.get("rule")]
    return list(dict.fromkeys(rules)) or ["manual"]


def review_rows(
    conn: Connection,
    *,
    status: str | None = "all",
    below: float | None = None,
    event_type: str | None = None,
    article: str | None = None,
    since: str | None = None,
    ids: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Live (not retracted) events with their review state, lowest confidence first.

    ``below`` keeps events whose confidence is under it; ``article`` is an article id or a
    unique prefix of it; ``since`` keeps events whose date reaches that day or later; ``ids``
    restricts to those events.
    """
    events = events_table()
    if event_type is not None and event_type not in OCCURRENCE_TYPES:
        raise ValidationError(f"unknown event type {event_type!r}: expected one of {', '.join(OCCURRENCE_TYPES)}")
    if below is not None and not (0.0 < below <= 1.0):
        raise ValidationError(f"--below must lie in (0, 1], not {below}")
    lo = first_day(since) if since else None
    query = (
        select(events, review_states.c.status, review_states.c.reviewer, review_states.c.reviewed_at,
               review_states.c.reason.label("review_reason"), articles.c.title, articles.c.source.label("outlet"),
               articles.c.url, articles.c.published)
        .outerjoin(review_states, review_states.c.event_id == events.c.event_id)
        .outerjoin(articles, articles.c.article_id == events.c.article_id)
        .where(events.c.retracted.is_(False))
        .order_by(events.c.confidence, events.c.position)
    )
    if event_type is not None:
        query = query.where(events.c.event_type == event_type)
    if below is not None:
        query = query.where(events.c.confidence < below)
    if article is not None:
        query = query.where(events.c.article_id.like(article.strip().lower() + "%"))
    wanted = set(ids) if ids is not None else None
    if wanted is not None and len(wanted) <= 500:  # a few ids (the queue's card): let the index find them
        query = query.where(events.c.event_id.in_(sorted(wanted)))
    out = []
    for row in conn.execute(query):
        if wanted is not None and row.event_id not in wanted:
            continue
        if lo is not None and (row.start_date is None or last_day(row.end_date or row.start_date) < lo):
            continue
        state = UNREVIEWED if row.status in (None, "unreviewed") else ReviewState(
            row.status, row.reviewer, _iso(row.reviewed_at), row.review_reason)
        if not status_matches(state.status, status):
            continue
        payload = json.loads(row.payload)
        out.append({
            "id": row.event_id,
            "type": row.event_type,
            "modality": row.modality,
            "start": row.start_date,
            "end": row.end_date,
            "precision": row.precision,
            "confidence": row.confidence,
            "status": state.status,
            "by": state.by,
            "at": state.at,
            "reason": state.reason,
            "rules": rules_of(payload),
            "summary": row.summary,
            "article_id": row.article_id,
            "title": row.title,
            "outlet": row.outlet,
            "url": row.url or payload.get("source_url"),
            "published": row.published.isoformat() if row.published else None,
            "position": row.position,
            "payload": payload,
        })
    return out


def review_stats(conn: Connection) -> list[dict[str, Any]]:
    """Per extraction rule and per event type: events accepted, rejected and unreviewed.

    An event found by several rules (several evidence sentences) counts once for each rule.
    ``acceptance`` is accepted / (accepted + rejected), None before any decision.
    """
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for row in review_rows(conn, status="all"):
        keys = [("rule", r) for r in row["rules"]] + [("type", row["type"])]
        for key in keys:
            c = counts.setdefault(key, {s: 0 for s in REVIEW_STATUSES})
            c[row["status"]] += 1
    result = []
    for (group, name), c in sorted(counts.items()):
        decided = c["accepted"] + c["rejected"]
        result.append({
            "group": group,
            "name": name,
            "events": sum(c.values()),
            "accepted": c["accepted"],
            "rejected": c["rejected"],
            "unreviewed": c["unreviewed"],
            "acceptance": round(c["accepted"] / decided, 2) if decided else None,
        })
    return result
