"""Read queries of read model ``events``: the occurrences ``tracker list`` and ``tracker show``
print, each as a plain dict, with its participants."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, literal, or_, select

from tracker.projections.events.tables import event_participants, events
from tracker.store import as_utc


def participants_by_event(conn: Connection, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """The participants of each event, in their order."""
    ep = event_participants
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
    return as_utc(value).isoformat() if isinstance(value, dt.datetime) else value


def event_dict(row: Any, participants: list[dict[str, Any]]) -> dict[str, Any]:
    """One ``events`` row as the dict ``list`` and ``show`` print."""
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


def read_events(conn: Connection, *, event_type: str | None = None, include_retracted: bool = False) -> list[dict[str, Any]]:
    """Occurrences (of one type, or all; retracted ones only if asked) in log order."""
    query = select(events).order_by(events.c.position)
    if event_type is not None:
        query = query.where(events.c.event_type == event_type)
    if not include_retracted:
        query = query.where(events.c.retracted.is_(False))
    rows = conn.execute(query).all()
    people = participants_by_event(conn, [r.event_id for r in rows])
    return [event_dict(r, people.get(r.event_id, [])) for r in rows]


def event_row(conn: Connection, event_id: str) -> Any:
    """The ``events`` row of one occurrence, or None."""
    return conn.execute(select(events).where(events.c.event_id == event_id)).first()


def read_event(conn: Connection, event_id: str) -> tuple[dict[str, Any], str] | None:
    """One occurrence as :func:`event_dict` gives it, and its current payload (JSON text)."""
    row = event_row(conn, event_id)
    if row is None:
        return None
    return event_dict(row, participants_by_event(conn, [event_id]).get(event_id, [])), row.payload


def confidences(conn: Connection, event_ids: Sequence[str]) -> dict[str, float]:
    """The extraction confidence of each known event."""
    ids = list(event_ids)
    out: dict[str, float] = {}
    for i in range(0, len(ids), 500):
        query = select(events.c.event_id, events.c.confidence).where(events.c.event_id.in_(ids[i : i + 500]))
        for row in conn.execute(query):
            out[row.event_id] = float(row.confidence)
    return out


# ----- ``tracker list``: in list order, a page at a time, never the whole table
#
# Reading the ``events`` read model in list order, a page at a time, never the whole table.
#
# The order of ``tracker list`` is the first day of each event's start date, then its id, with
# undated events last. Reduced dates are stored as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with
# four-digit years, and for those the text order agrees with the first-day order: a date's text
# is a prefix of its first day written in full, and ``-01`` is the smallest month and day, so
# a date that starts earlier always sorts earlier as text. Only dates sharing a first day
# (``2031``, ``2031-01``, ``2031-01-01``) may come in another order; they are next to each other
# in text order, so each such run is re-sorted by id here. The rows are walked along the index
# on ``start_date`` by keyset pages (one short connection per page, so callers may write between
# pages), and the type, retraction and date filters are in the WHERE clause:
#
# * ``first_day(start) <= until``  is  ``start_date <= 'YYYY-MM-DD'`` (the same prefix argument);
# * ``last_day(end or start) >= since``  is  ``bound >= substr('YYYY-MM-DD', 1, length(bound))``
#   where ``bound`` is the end date or else the start date: a reduced date's last day reaches a
#   day exactly when its text is not below that day's text cut to the same precision.
#
# ``tests/test_list_order.py`` checks both against :func:`tracker.events.first_day` and
# :func:`~tracker.events.last_day` and the order against a sort in Python.

if TYPE_CHECKING:
    from sqlalchemy import Engine

#: Columns a listed event shows (the stored payload, the widest column, is left out).
LIST_COLUMNS = (
    "event_id", "event_type", "modality", "start_date", "end_date", "precision", "summary", "location_name",
    "location_country", "article_id", "recorded_at", "recorded_by", "retracted", "retract_reason", "amendments",
)


def first_day_text(start: str) -> str:
    """``YYYY-MM-DD`` of the first day of a stored reduced date (``2031`` -> ``2031-01-01``)."""
    return start + "-01-01"[len(start) - 4 :]


def list_filters(
    *, event_type: str | None, include_retracted: bool, since: dt.date | None, until: dt.date | None
) -> list[Any]:
    """WHERE terms for ``tracker list``'s type, retraction and overlap filters."""
    terms: list[Any] = []
    if event_type is not None:
        terms.append(events.c.event_type == event_type)
    if not include_retracted:
        terms.append(events.c.retracted.is_(False))
    if since is not None or until is not None:
        terms.append(events.c.start_date.is_not(None))
    if until is not None:
        terms.append(events.c.start_date <= until.isoformat())
    if since is not None:
        bound = func.coalesce(events.c.end_date, events.c.start_date)
        terms.append(bound >= func.substr(literal(since.isoformat()), 1, func.length(bound)))
    return terms


def rows_in_list_order(
    engine: Engine,
    *,
    event_type: str | None = None,
    include_retracted: bool = False,
    since: dt.date | None = None,
    until: dt.date | None = None,
    page: int = 200,
) -> Iterator[Any]:
    """Rows of ``events`` (the :data:`LIST_COLUMNS`) passing the filters, in list order, read
    ``page`` rows at a time as the caller consumes them."""
    terms = list_filters(event_type=event_type, include_retracted=include_retracted, since=since, until=until)
    columns = [events.c[name] for name in LIST_COLUMNS]
    dated = select(*columns).where(events.c.start_date.is_not(None), *terms)
    run: list[Any] = []  # rows sharing one first day, re-sorted by id before they are given out
    run_day = ""
    after: tuple[str, str] | None = None
    while True:
        query = dated
        if after is not None:
            start, event_id = after
            query = query.where(events.c.start_date >= start,
                                or_(events.c.start_date > start, events.c.event_id > event_id))
        with engine.connect() as conn:
            rows = conn.execute(query.order_by(events.c.start_date, events.c.event_id).limit(page)).all()
        for row in rows:
            day = first_day_text(row.start_date)
            if day != run_day:
                yield from sorted(run, key=lambda r: r.event_id)
                run, run_day = [], day
            run.append(row)
        if len(rows) < page:
            break
        after = (rows[-1].start_date, rows[-1].event_id)
    yield from sorted(run, key=lambda r: r.event_id)
    if since is not None or until is not None:
        return
    undated = select(*columns).where(events.c.start_date.is_(None), *terms)
    last_id: str | None = None
    while True:
        query = undated if last_id is None else undated.where(events.c.event_id > last_id)
        with engine.connect() as conn:
            rows = conn.execute(query.order_by(events.c.event_id).limit(page)).all()
        yield from rows
        if len(rows) < page:
            return
        last_id = rows[-1].event_id

