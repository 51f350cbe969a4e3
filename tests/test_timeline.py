"""Timeline queries: as-of parsing and replay, date labels, order, track filter."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tracker.projections.timeline.labels import date_label, kind_label
from tracker.errors import NotFoundError, ValidationError
from tracker.events import DateInterval, EventDraft, Location, Participant, retraction
from tracker.projections.timeline.tables import timeline_entries
from tracker.app.recording import record
from tracker.store import NewEntry, open_store
from tracker.app.timeline import load_timeline
from tracker.projections.timeline.asof import AsOf, parse_as_of

W = Participant("Steve Witkoff", "US", "participant", "witkoff")
D = Participant("Kirill Dmitriev", "RU", "participant", "dmitriev")
U = Participant("Rustem Umerov", "UA", "participant", "umerov")


def test_parse_as_of():
    assert parse_as_of("42") == AsOf(position=42, text="42")
    day = parse_as_of("2025-12-21")
    assert day.before == dt.datetime(2025, 12, 22, tzinfo=dt.timezone.utc)
    moment = parse_as_of("2025-12-21T10:30:00+02:00")
    assert moment.before == dt.datetime(2025, 12, 21, 8, 30, 0, 1, tzinfo=dt.timezone.utc)
    assert parse_as_of("2025-12-21T10:30Z").before.hour == 10
    for bad in ("yesterday", "-3", "2025-13-01", "", "2025-12"):
        with pytest.raises(ValidationError, match="invalid as-of value"):
            parse_as_of(bad)


def test_date_labels():
    assert date_label(DateInterval("2025-08", "2025-08", "month")) == "Aug 2025"
    assert date_label(DateInterval("2025-12-20", "2025-12-21")) == "2025-12-20–21"
    assert date_label(DateInterval("2025-12-30", "2026-01-02")) == "2025-12-30 – 2026-01-02"
    assert date_label(DateInterval("2025-12-21", "2025-12-21", "day", None, "publication_fallback")) == "~2025-12-21 (reported)"
    assert date_label(DateInterval("2025", "2025", "year")) == "2025"
    assert date_label(DateInterval.unknown()) == "date unknown"
    assert date_label(DateInterval("2025-12-15", "2025-12-21", "week")) == "week of 2025-12-15"
    assert kind_label("meeting_planned", "planned") == "planned meeting"
    assert kind_label("meeting_planned", "denied") == "planned meeting (denied)"
    assert kind_label("meeting_held", "occurred") == "meeting"


def draft(start, end=None, people=(W, D), type_="meeting_held", summary="talks", location=None):
    return EventDraft(type=type_, date=DateInterval.from_user(start, end), participants=tuple(people),
                      summary=summary, location=location)


def add(store, d):
    return record(store, [NewEntry(d.type, d.to_payload(), "user:test")]).event_ids[0]


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
    else:
        url = str(tmp_path / "t.sqlite3")
    s = open_store(url)
    yield s
    s.close()


def test_chronological_order_and_track_filter(store):
    late = add(store, draft("2025-12-20", "2025-12-21", summary="Miami", location=Location("Miami", "US")))
    month = add(store, draft("2025-08", summary="Alaska"))
    day_in_month = add(store, draft("2025-08-01", people=(W, U), summary="Kyiv"))
    entries, key = load_timeline(store)
    assert key is None
    assert [e["id"] for e in entries] == [day_in_month, month, late]
    assert entries[1]["date_label"] == "Aug 2025"
    assert entries[2]["location"] == {"name": "Miami", "country": "US"}
    only, key = load_timeline(store, "ru-us")
    assert key == "US-RU" and [e["id"] for e in only] == [month, late]
    assert [e["summary"] for e in load_timeline(store, "US-UA")[0]] == ["Kyiv"]
    with pytest.raises(NotFoundError, match="unknown track 'XX-YY'"):
        load_timeline(store, "XX-YY")


def test_as_of_replays_without_touching_the_read_model(store):
    first = add(store, draft("2025-12-20"))
    second = add(store, draft("2025-08", summary="Alaska"))
    record(store, [NewEntry("event_retracted", retraction(first, "wrong"), "user:test")])
    now, _ = load_timeline(store)
    assert [e["id"] for e in now] == [second]
    before, _ = load_timeline(store, as_of=parse_as_of("3"))  # 1: the seeded track definition
    assert [e["id"] for e in before] == [second, first]
    assert [e["id"] for e in load_timeline(store, as_of=parse_as_of("2"))[0]] == [first]
    assert load_timeline(store, as_of=parse_as_of("1"))[0] == []
    yesterday = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=1)).date().isoformat()
    assert load_timeline(store, as_of=parse_as_of(yesterday))[0] == []
    today = dt.datetime.now(dt.timezone.utc).date().isoformat()
    assert [e["id"] for e in load_timeline(store, as_of=parse_as_of(today))[0]] == [second]
    recorded = next(store.read(0, limit=1)).recorded_at
    at_first = load_timeline(store, as_of=parse_as_of(recorded.isoformat()))[0]
    assert [e["id"] for e in at_first] == [first]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(timeline_entries)).scalar_one() == 1
