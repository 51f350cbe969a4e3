"""Review decisions in the log and the ``review`` read model, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from tracker.errors import NotFoundError, ValidationError
from tracker.events import DateInterval, EventDraft, Evidence, Location, Participant, retraction, review_decision
from tracker.interop_codes import code_table
from tracker.projections import PROJECTIONS
from tracker.projections.review import review_states
from tracker.projections.review.as_of import replay
from tracker.projections.review.queries import ReviewState, combine, review_rows, review_stats, states
from tracker.projections.runner import catch_up, rebuild
from tracker.app.review.decisions import Decision, parse_decisions, record_decisions
from tracker.app.recording import record
from tracker.store import NewEntry, Store, open_store
from tracker.projections.timeline.asof import AsOf


def occ(summary: str, *, kind: str = "meeting_held", modality: str = "occurred", confidence: float = 0.5,
        rule: str = "en.meeting.verb_meet", start: str = "2025-12-20") -> NewEntry:
    draft = EventDraft(
        type=kind, date=DateInterval.from_user(start), modality=modality,
        participants=(Participant("Steve Witkoff", "US"), Participant("Kirill Dmitriev", "RU")),
        summary=summary, location=Location("Miami", "US"), confidence=confidence,
        evidence=(Evidence(None, f"{summary} sentence", (0, 5), "met", rule),),
    )
    return NewEntry(kind, draft.to_payload(), "extractor:test")


def review(event_id: str, verdict: str, reason: str = "", who: str = "user:ana") -> NewEntry:
    return NewEntry("event_reviewed", review_decision(event_id, verdict, reason), who)


def snapshot(store: Store) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(review_states).order_by(review_states.c.event_id))]


def test_review_payload_rules() -> None:
    assert review_decision("x", "accepted") == {"target": "x", "verdict": "accepted", "reason": ""}
    assert review_decision("x", "rejected", " wrong date ")["reason"] == "wrong date"
    with pytest.raises(ValidationError, match="a reason is required"):
        review_decision("x", "rejected", "  ")
    with pytest.raises(ValidationError, match="unknown verdict 'maybe'"):
        review_decision("x", "maybe")


def test_combine_rule_for_merged_entries() -> None:
    acc = ReviewState("accepted", "user:a", "2026-01-02T00:00:00+00:00")
    rej = ReviewState("rejected", "user:b", "2026-01-03T00:00:00+00:00", "no")
    new = ReviewState()
    assert combine([rej, acc, new]) == acc  # accepted if any is accepted
    assert combine([rej, new]).status == "unreviewed"  # rejected only if all are
    assert combine([rej, ReviewState("rejected", "user:c", "2026-01-04T00:00:00+00:00", "dup")]).by == "user:c"
    assert combine([]).status == "unreviewed"


def test_decisions_file_parsing() -> None:
    got = parse_decisions(['{"id": "01ab", "verdict": "accepted"}', "", '{"id": "02", "verdict": "rejected", "reason": "r"}'])
    assert got == [Decision("01ab", "accepted", ""), Decision("02", "rejected", "r")]
    for line, message in [
        ("{", "input line 1: not JSON"),
        ("[1]", "input line 1: expected a JSON object"),
        ('{"id": "a", "verdict": "accepted", "who": "x"}', "input line 1: unknown field 'who'"),
        ('{"verdict": "accepted"}', 'input line 1: "id" must be an event id'),
        ('{"id": "a", "verdict": "rejected"}', "input line 1: a reason is required"),
    ]:
        with pytest.raises(ValidationError, match=message):
            parse_decisions([line])
    with pytest.raises(ValidationError, match="holds no decisions"):
        parse_decisions(["", " "])


class ReviewContract:
    url: str

    @pytest.fixture
    def store(self) -> Store:
        s = open_store(self.url)
        yield s
        s.close()

    def test_latest_decision_wins_and_survives_rebuild(self, store: Store) -> None:
        a, b = record(store, [occ("one"), occ("two")]).event_ids
        record(store, [review(a, "accepted")])
        record(store, [review(a, "rejected", "wrong date", "user:bob"), review(b, "accepted")])
        with store.engine.connect() as conn:
            got = states(conn, [a, b, "nope"])
        assert (got[a].status, got[a].by, got[a].reason) == ("rejected", "user:bob", "wrong date")
        assert got[b].status == "accepted" and got["nope"].status == "unreviewed"
        before = snapshot(store)
        assert [r[5] for r in before] == [2, 1] if a < b else [1, 2]  # decisions counted
        rebuild(store)
        assert snapshot(store) == before

    def test_unknown_retracted_or_non_event_targets_change_nothing(self, store: Store) -> None:
        a, b = record(store, [occ("one"), occ("two")]).event_ids
        retraction_id = record(store, [NewEntry("event_retracted", retraction(b, "dup"), "user:x")]).event_ids[0]
        head = store.head()
        with pytest.raises(NotFoundError, match="no event with id 0190"):
            store.append([review(a, "accepted"), review("0190" + a[4:], "accepted")])
        with pytest.raises(ValidationError, match=f"event {b} is retracted; it cannot be reviewed"):
            store.append([review(b, "accepted")])
        with pytest.raises(ValidationError, match="is a event_retracted entry"):
            store.append([review(retraction_id, "accepted")])
        with pytest.raises(ValidationError, match=f"event {a} is retracted"):
            store.append([NewEntry("event_retracted", retraction(a, "x"), "user:x"), review(a, "accepted")])
        with pytest.raises(ValidationError, match="a reason is required"):
            store.append([NewEntry("event_reviewed", {"target": a, "verdict": "rejected"}, "user:x")])
        assert store.head() == head

    def test_record_decisions_all_or_nothing_and_idempotent(self, store: Store) -> None:
        a, b = record(store, [occ("one"), occ("two")]).event_ids
        record(store, [NewEntry("event_retracted", retraction(b, "dup"), "user:x")])
        head = store.head()
        with pytest.raises(ValidationError, match=f"event {b} is retracted; it cannot be reviewed"):
            record_decisions(store, [Decision(a, "accepted"), Decision(b, "accepted")])
        with pytest.raises(NotFoundError, match="no event with id ffff"):
            record_decisions(store, [Decision(a, "accepted"), Decision("ffff", "accepted")])
        assert store.head() == head
        first = record_decisions(store, [Decision(a.upper(), "accepted")], recorded_by="user:ana")
        assert first[0].event_id == a and first[0].entry_id is not None and first[0].previous == "unreviewed"
        again = record_decisions(store, [Decision(a, "accepted")], recorded_by="user:ana")
        assert again[0].entry_id is None and store.head() == head + 1

    def test_as_of_shows_what_was_reviewed_then(self, store: Store) -> None:
        (a,) = record(store, [occ("one")]).event_ids
        record(store, [review(a, "accepted")])
        record(store, [review(a, "rejected", "not a meeting")])
        for position, wanted in ((2, "unreviewed"), (3, "accepted"), (4, "rejected")):  # 1: track definition
            engine = replay(store, AsOf(position=position))
            try:
                with engine.connect() as conn:
                    assert states(conn, [a])[a].status == wanted
                    assert [r["id"] for r in review_rows(conn, status="all")] == [a]
            finally:
                engine.dispose()

    def test_rows_filters_and_stats(self, store: Store) -> None:
        a, b, c = record(store, [
            occ("low", confidence=0.3), occ("high", confidence=0.9, rule="en.meeting.noun_talks"),
            occ("call", kind="phone_call", confidence=0.5, rule="en.phone.verb_call", start="2025-11-02"),
        ]).event_ids
        record(store, [review(a, "rejected", "no"), review(b, "accepted")])
        with store.engine.connect() as conn:
            assert [r["id"] for r in review_rows(conn, status="all")] == [a, c, b]  # lowest confidence first
            assert [r["id"] for r in review_rows(conn, status="unreviewed")] == [c]
            assert [r["id"] for r in review_rows(conn, status=None)] == [c, b]  # default: not rejected
            assert [r["id"] for r in review_rows(conn, status="all", below=0.6)] == [a, c]
            assert [r["id"] for r in review_rows(conn, status="all", event_type="phone_call")] == [c]
            assert [r["id"] for r in review_rows(conn, status="all", since="2025-12")] == [a, b]
            stats = {(s["group"], s["name"]): s for s in review_stats(conn)}
        assert stats[("type", "meeting_held")] | {} == {
            "group": "type", "name": "meeting_held", "events": 2, "accepted": 1, "rejected": 1,
            "unreviewed": 0, "acceptance": 0.5}
        assert (stats[("rule", "en.meeting.verb_meet")]["rejected"], stats[("rule", "en.phone.verb_call")]["unreviewed"]) == (1, 1)
        with pytest.raises(ValidationError, match="unknown event type 'chat'"):
            with store.engine.connect() as conn:
                review_rows(conn, event_type="chat")

    def test_views_carry_review_state_and_codes(self, store: Store) -> None:
        entries = [occ(f"{t}/{m}", kind=t, modality=m) for t, m in {(r["type"], r["modality"]) for r in code_table()}]
        ids = record(store, entries).event_ids
        record(store, [review(ids[0], "accepted")])
        expected = {(r["type"], r["modality"]): (r["cameo"], r["plover"], r["plover_mode"]) for r in code_table()}
        with store.engine.connect() as conn:
            rows = conn.execute(text("SELECT type, modality, cameo, plover, plover_mode FROM v_event_codes")).all()
            reviews = dict(conn.execute(text("SELECT event_id, review_status FROM v_reviews")).all())
        assert {(r[0], r[1]): (r[2], r[3], r[4]) for r in rows} == expected
        assert reviews[ids[0]] == "accepted" and reviews[ids[1]] == "unreviewed" and len(reviews) == len(ids)

    @settings(max_examples=12, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(ops=st.lists(st.tuples(st.sampled_from(["add", "accept", "reject", "withdraw", "retract", "catch_up"]),
                                  st.integers(0, 50)), min_size=1, max_size=14))
    def test_incremental_equals_rebuild(self, store: Store, ops) -> None:  # type: ignore[no-untyped-def]
        live: list[str] = []
        for op, n in ops:
            if op == "add" or not live:
                live += store.append([occ(f"e{n}")]).event_ids
            elif op == "catch_up":
                catch_up(store)
            elif op == "retract":
                store.append([NewEntry("event_retracted", retraction(live.pop(n % len(live)), "r"), "user:t")])
            else:
                verdict = {"accept": "accepted", "reject": "rejected", "withdraw": "unreviewed"}[op]
                store.append([review(live[n % len(live)], verdict, f"r{n}")])
        catch_up(store)
        incremental = snapshot(store)
        rebuild(store, ["review"])
        assert snapshot(store) == incremental
        assert "review" in PROJECTIONS


class TestSQLiteReview(ReviewContract):
    @pytest.fixture(autouse=True)
    def _url(self, tmp_path: Path) -> None:
        self.url = str(tmp_path / "r.sqlite3")


@pytest.mark.postgres
class TestPostgresReview(ReviewContract):
    @pytest.fixture(autouse=True)
    def _url(self, pg_url: str) -> None:
        self.url = pg_url
