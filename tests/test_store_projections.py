"""The projection runner and the ``events`` read model, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tracker.errors import NotFoundError
from tracker.events import DateInterval, EventDraft, Location, Participant, amendment, retraction
from tracker.projections import PROJECTIONS
from tracker.projections.events import event_participants, events
from tracker.projections.runner import catch_up, rebuild, status
from tracker.app.recording import record
from tracker.store import NewEntry, Store, open_store


def occ(summary: str, *names: str, start: str = "2025-12-20") -> NewEntry:
    draft = EventDraft(
        type="meeting_held",
        date=DateInterval.from_user(start),
        participants=tuple(Participant(n, side) for n, side in (x.split(":") for x in names)),
        summary=summary,
        location=Location("Miami", "US"),
    )
    return NewEntry("meeting_held", draft.to_payload(), "user:test")


def snapshot(store: Store) -> dict[str, list]:
    """Every row of every projection table, in a stable order, for comparisons."""
    out = {}
    with store.engine.connect() as conn:
        for projection in PROJECTIONS.values():
            for table in projection.tables:
                key = [c for c in table.primary_key.columns] or list(table.columns)
                out[table.name] = [tuple(r) for r in conn.execute(select(table).order_by(*key))]
    return out


class ProjectionContract:
    url: str

    @pytest.fixture
    def store(self) -> Store:
        s = open_store(self.url)
        yield s
        s.close()

    def test_record_updates_events_projection(self, store: Store) -> None:
        res = record(store, [occ("talks", "Steve Witkoff:US", "Kirill Dmitriev:RU")])
        eid = res.event_ids[0]
        with store.engine.connect() as conn:
            row = conn.execute(select(events).where(events.c.event_id == eid)).one()
            people = conn.execute(
                select(event_participants.c.name, event_participants.c.side).order_by(event_participants.c.ordinal)
            ).all()
        assert (row.event_type, row.start_date, row.summary, row.location_name, row.retracted) == (
            "meeting_held", "2025-12-20", "talks", "Miami", False)
        assert [tuple(p) for p in people] == [("Steve Witkoff", "US"), ("Kirill Dmitriev", "RU")]
        # position 1: the track definition a new store is seeded with
        assert status(store) == [{"name": n, "position": 2, "head": 2, "behind": 0, "quarantined": 0} for n in PROJECTIONS]

    def test_amend_and_retract(self, store: Store) -> None:
        eid = record(store, [occ("talks", "Steve Witkoff:US")]).event_ids[0]
        changes = {"summary": "talks in Berlin", "location": {"name": "Berlin", "country": "DE"},
                   "participants": [{"name": "Rustem Umerov", "side": "UA"}]}
        record(store, [NewEntry("event_amended", amendment(eid, changes, "wrong city"), "user:test")])
        record(store, [NewEntry("event_amended", amendment(eid, {"modality": "planned"}, "not yet"), "user:test")])
        with store.engine.connect() as conn:
            row = conn.execute(select(events)).one()
            people = conn.execute(select(event_participants.c.name)).scalars().all()
        assert (row.summary, row.location_name, row.location_country, row.modality, row.amendments, row.position) == (
            "talks in Berlin", "Berlin", "DE", "planned", 2, 4)
        assert json.loads(row.payload)["summary"] == "talks in Berlin"
        assert people == ["Rustem Umerov"]
        record(store, [NewEntry("event_retracted", retraction(eid, "duplicate"), "user:test")])
        with store.engine.connect() as conn:
            row = conn.execute(select(events)).one()
        assert (row.retracted, row.retract_reason, row.position) == (True, "duplicate", 5)

    def test_status_shows_lag_until_catch_up(self, store: Store) -> None:
        store.append([occ("a", "X:US"), occ("b", "Y:RU")])
        assert status(store)[0] == {"name": "events", "position": 0, "head": 2, "behind": 2, "quarantined": 0}
        assert catch_up(store, ["events"]) == {"events": 2}
        assert catch_up(store, ["events"]) == {"events": 2}
        with store.engine.connect() as conn:
            assert conn.execute(select(events.c.summary).order_by(events.c.summary)).scalars().all() == ["a", "b"]

    def test_unknown_projection(self, store: Store) -> None:
        with pytest.raises(NotFoundError, match="unknown projection 'nope'"):
            catch_up(store, ["nope"])

    def test_catch_up_in_chunks(self, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
        import tracker.projections.runner as runner

        monkeypatch.setattr(runner, "CHUNK", 2)
        store.append([occ(str(i), "X:US") for i in range(5)])
        assert catch_up(store)["events"] == 5
        with store.engine.connect() as conn:
            assert len(conn.execute(select(events)).all()) == 5

    @settings(max_examples=15, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(ops=st.lists(st.tuples(st.sampled_from(["add", "amend", "retract", "catch_up"]),
                                  st.integers(0, 50), st.text(st.characters(exclude_characters="\x00", exclude_categories=("Cs",)), max_size=10)), min_size=1, max_size=12))
    def test_incremental_equals_rebuild(self, store: Store, ops) -> None:  # type: ignore[no-untyped-def]
        ids: list[str] = [e.event_id for e in store.read(types=["meeting_held"])]
        for op, n, word in ops:
            if op == "add" or not ids:
                ids += store.append([occ(word or "x", f"P{n}:US")]).event_ids
            elif op == "amend":
                store.append([NewEntry("event_amended",
                                       amendment(ids[n % len(ids)], {"summary": word, "participants": [{"name": f"Q{n}"}]}, "r"),
                                       "user:test")])
            elif op == "retract":
                store.append([NewEntry("event_retracted", retraction(ids[n % len(ids)], "r"), "user:test")])
            else:
                catch_up(store)
        catch_up(store)
        incremental = snapshot(store)
        rebuild(store)
        assert snapshot(store) == incremental
        assert all(s["behind"] == 0 for s in status(store))


class TestSQLiteProjections(ProjectionContract):
    @pytest.fixture(autouse=True)
    def _url(self, tmp_path: Path) -> None:
        self.url = str(tmp_path / "p.sqlite3")


@pytest.mark.postgres
class TestPostgresProjections(ProjectionContract):
    @pytest.fixture(autouse=True)
    def _url(self, pg_url: str) -> None:
        self.url = pg_url
