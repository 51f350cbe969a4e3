"""Blocking keys never hide a match: whenever the automatic rule pairs two occurrences, they
share a week bucket (or one is in the wide bucket) and one's query keys meet the other's stored
keys, in both directions. That is what lets the timeline look candidates up by index instead of
scanning every occurrence."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from tracker.projections.timeline.dedup import (
    WIDE_BUCKET,
    Occurrence,
    buckets,
    matching_window,
    query_buckets,
    query_keys,
    same_occurrence,
    stored_keys,
)
from tracker.events import DateInterval, EventDraft, Location, Participant

SIDES = ["US", "RU", "UA", "FR", "DE", "TR", "CN", None]
NAMES = [("Steve Witkoff", "witkoff"), ("Kirill Dmitriev", None), ("Rustem Umerov", "umerov"), ("Ana Ivanova", None)]
TYPES = ["meeting_held", "statement_issued", "report_to_leader", "meeting_planned", "phone_call"]
ROLES = ["participant", "speaker", "reporter", "host", "mediator"]


@st.composite
def dates(draw) -> DateInterval:
    day = dt.date(2025, 1, 1) + dt.timedelta(days=draw(st.integers(0, 60)))
    kind = draw(st.sampled_from(["day", "span", "month", "year", "fallback", "unknown", "long", "weeks"]))
    if kind == "day":
        return DateInterval(day.isoformat(), day.isoformat(), "day", None, "explicit")
    if kind == "span":
        end = day + dt.timedelta(days=draw(st.integers(0, 20)))
        return DateInterval(day.isoformat(), end.isoformat(), "day", None, "explicit")
    if kind == "weeks":
        end = day + dt.timedelta(days=draw(st.integers(10, 120)))
        return DateInterval(day.isoformat(), end.isoformat(), "day", None, "explicit")
    if kind == "month":
        return DateInterval(day.isoformat()[:7], day.isoformat()[:7], "month", None, "explicit")
    if kind == "year":
        return DateInterval("2025", "2025", "year", None, "explicit")
    if kind == "long":
        return DateInterval("2024", "2026", "year", None, "explicit")
    if kind == "fallback":
        return DateInterval(day.isoformat(), day.isoformat(), "day", None, "publication_fallback")
    return DateInterval.unknown()


@st.composite
def occurrences(draw, article: str) -> Occurrence:
    kind = draw(st.sampled_from(TYPES))
    people = []
    for _ in range(draw(st.integers(0, 4))):
        person = draw(st.booleans())
        if person:
            name, actor = draw(st.sampled_from(NAMES))
            people.append(Participant(name, draw(st.sampled_from(SIDES)), draw(st.sampled_from(ROLES)), actor))
        else:
            side = draw(st.sampled_from(SIDES)) or "US"
            people.append(Participant(side, side, draw(st.sampled_from(ROLES)), None, kind="side"))
    draft = EventDraft(
        type=kind,
        date=draw(dates()),
        participants=tuple(people),
        modality=draw(st.sampled_from(["occurred", "planned"])),
        location=draw(st.sampled_from([None, Location("Miami", "US")])),
    )
    return Occurrence(f"e-{article}", 1 if article == "a" else 2, article, draft)


def found(a: Occurrence, b: Occurrence) -> bool:
    """Would a lookup for ``a`` return ``b``, as the timeline projection queries?"""
    wa, wb = matching_window(a.draft.date), matching_window(b.draft.date)
    if wa is None or wb is None:
        return False
    look = query_buckets(wa)
    if look is not None and not (set(buckets(wb)) & set(look)):
        return False
    return bool(query_keys(a.draft) & stored_keys(b.draft))


@settings(max_examples=600, deadline=None)
@given(a=occurrences("a"), b=occurrences("b"))
def test_every_match_is_found_by_its_blocking_keys(a: Occurrence, b: Occurrence) -> None:
    if same_occurrence(a, b):
        assert found(a, b) and found(b, a)


def test_keys_are_selective() -> None:
    """A US-RU meeting is not looked up under the bare US key that every US event shares."""
    draft = EventDraft(type="meeting_held", date=DateInterval.from_user("2025-12-20"),
                       participants=(Participant("X", "US"), Participant("Y", "RU")))
    assert "S:US" not in query_keys(draft)
    assert {"S:RU,US", "F:US", "F:RU", "F:RU,US"} <= query_keys(draft)
    assert {"S:US", "S:RU", "S:RU,US", "F:RU,US"} <= stored_keys(draft)
    assert buckets((dt.date(2025, 12, 20), dt.date(2025, 12, 20))) == (dt.date(2025, 12, 20).toordinal(),)
    assert buckets((dt.date(2025, 12, 1), dt.date(2025, 12, 31))) == tuple(
        -2 - w for w in range(dt.date(2025, 12, 1).toordinal() // 7, dt.date(2025, 12, 31).toordinal() // 7 + 1))
    assert buckets((dt.date(2024, 1, 1), dt.date(2026, 1, 1))) == (WIDE_BUCKET,)
    assert matching_window(DateInterval("0001-01-01", "0001-01-01", "day", None, "publication_fallback")) == (
        dt.date(1, 1, 1), dt.date(1, 1, 1))
