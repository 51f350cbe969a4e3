"""The event catalogue: dates, validation, corrections, ids and payload versions."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from tracker.errors import ValidationError
from tracker.events import (
    CURRENT_SCHEMA_VERSION,
    DateInterval,
    EventDraft,
    Location,
    Participant,
    amendment,
    merge,
    new_event_id,
    parse_reduced_date,
    retraction,
    target_of,
    upcast,
)

V1_PAYLOAD = {
    "type": "meeting_held",
    "modality": "occurred",
    "start": "2025-12-02",
    "end": "2025-12-02",
    "precision": "day",
    "location": "Moscou",
    "participants": [{"name": "Vladimir Putin", "side": "RU", "role": "host"},
                     {"name": "Steve Witkoff", "side": "US", "role": "visitor"}],
    "summary": "Putin receives Witkoff in the Kremlin",
}


def test_reads_schema_version_1_payload() -> None:
    draft = EventDraft.from_payload(V1_PAYLOAD, schema_version=1)
    assert draft.date == DateInterval("2025-12-02", "2025-12-02", "day", None, "explicit")
    assert draft.location == Location("Moscou", None)
    assert [(p.name, p.side, p.role) for p in draft.participants] == [
        ("Vladimir Putin", "RU", "host"), ("Steve Witkoff", "US", "visitor")]
    assert draft.summary == "Putin receives Witkoff in the Kremlin"
    current = draft.to_payload()
    assert "start" not in current and current["date"]["start"] == "2025-12-02"
    assert EventDraft.from_payload(current) == draft  # the current version round-trips
    assert V1_PAYLOAD["start"] == "2025-12-02" and "date" not in V1_PAYLOAD  # input left alone


def test_upcast_month_precision_and_newer_version_refused() -> None:
    data = upcast("meeting_planned", {"type": "meeting_planned", "start": "2026-01", "precision": "month"}, 1)
    assert data["date"] == {"start": "2026-01", "end": None, "precision": "month", "raw": None, "resolution": "explicit"}
    assert upcast("meeting_held", {"x": 1}, CURRENT_SCHEMA_VERSION) == {"x": 1}
    with pytest.raises(ValidationError, match="entry schema version 99 is newer than this tracker understands"):
        upcast("meeting_held", {}, 99)


@pytest.mark.parametrize("text, expected", [
    ("2025-12-20", ("2025-12-20", "day")),
    ("2025-12", ("2025-12", "month")),
    ("2025", ("2025", "year")),
    (" 2024-02-29 ", ("2024-02-29", "day")),
])
def test_reduced_dates(text: str, expected: tuple[str, str]) -> None:
    assert parse_reduced_date(text) == expected


@pytest.mark.parametrize("text, message", [
    ("2025-12-32", "invalid date '2025-12-32': no such day or month"),
    ("2025-00", "invalid date '2025-00': no such day or month"),
    ("20-12-2025", "invalid date '20-12-2025': expected YYYY-MM-DD, YYYY-MM or YYYY"),
    ("", "invalid date '': expected YYYY-MM-DD, YYYY-MM or YYYY"),
])
def test_bad_dates(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_reduced_date(text)
    assert str(err.value) == message


def test_intervals() -> None:
    month = DateInterval.from_user("2025-12")
    assert (month.first_day(), month.last_day()) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))
    assert month.overlaps(DateInterval.from_user("2025-12-31"))
    assert not month.overlaps(DateInterval.from_user("2026-01-01"))
    assert not DateInterval.unknown("un jour").overlaps(month)
    with pytest.raises(ValidationError, match="end date 2025-11 is before start date 2025-12-20"):
        DateInterval.from_user("2025-12-20", "2025-11")
    assert DateInterval.from_user("2025-12-20", "2025-12").end == "2025-12"  # the month includes the day


def test_draft_validation_names_the_problem() -> None:
    date = DateInterval.from_user("2025-12-20")
    with pytest.raises(ValidationError, match="unknown event type 'meeting'"):
        EventDraft(type="meeting", date=date)
    with pytest.raises(ValidationError, match="unknown modality 'expected'"):
        EventDraft(type="meeting_planned", date=date, modality="expected")
    with pytest.raises(ValidationError, match="participant name must not be empty"):
        Participant("  ")
    with pytest.raises(ValidationError, match="unknown participant role 'chair'"):
        Participant("X", role="chair")
    with pytest.raises(ValidationError, match="confidence must lie between 0 and 1"):
        EventDraft(type="visit", date=date, confidence=1.5)


def test_corrections() -> None:
    eid = new_event_id()
    assert retraction(eid, " duplicate ") == {"target": eid, "reason": "duplicate"}
    with pytest.raises(ValidationError, match="a reason is required"):
        retraction(eid, " ")
    with pytest.raises(ValidationError, match="fields cannot be amended: confidence"):
        amendment(eid, {"confidence": 0.5}, "r")
    with pytest.raises(ValidationError, match="unknown event type 'chat'"):
        amendment(eid, {"type": "chat"}, "r")
    assert amendment(eid, {"type": "visit"}, "r")["changes"] == {"type": "visit"}
    with pytest.raises(ValidationError, match="an amendment needs at least one changed field"):
        amendment(eid, {}, "r")
    other = new_event_id()
    assert target_of("events_merged", merge([eid, other, eid])) == eid
    assert target_of("event_amended", amendment(eid, {"summary": "s"}, "r")) == eid
    assert target_of("meeting_held", {"target": "x"}) is None
    draft = EventDraft(type="meeting_held", date=DateInterval.from_user("2025-12-20"), summary="a")
    amended = draft.with_changes({"summary": "b", "location": {"name": "Berlin", "country": "DE"}})
    assert (amended.summary, amended.location, draft.summary) == ("b", Location("Berlin", "DE"), "a")


def test_event_ids_are_uuid7_in_time_order() -> None:
    a, b = new_event_id(now_ms=1_700_000_000_000), new_event_id(now_ms=1_700_000_000_001)
    assert uuid.UUID(a).version == 7 and uuid.UUID(a).variant == uuid.RFC_4122
    assert a < b
    assert int(uuid.UUID(a).hex[:12], 16) == 1_700_000_000_000
