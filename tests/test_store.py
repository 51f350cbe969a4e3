"""The store contract: one suite, run against SQLite and against PostgreSQL.

Each backend subclass only says how to open a fresh store and how to drop the guard triggers
(as an attacker with write access would, to test that tampering is still detected).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tracker.articles import Article
from tracker.errors import ConcurrencyError, NotFoundError, StoreError, ValidationError
from tracker.events import (
    CURRENT_SCHEMA_VERSION,
    MODALITIES,
    OCCURRENCE_TYPES,
    DateInterval,
    EventDraft,
    Location,
    Participant,
    amendment,
    new_event_id,
    retraction,
)
from tracker.schema import log
from tracker.store import GENESIS_HASH, NewEntry, Store, canonical_json, entry_hash, open_store


def occurrence(summary: str = "talks", event_type: str = "meeting_held", start: str = "2025-12-20", **kw) -> NewEntry:
    draft = EventDraft(
        type=event_type,
        date=DateInterval.from_user(start, kw.pop("end", None)),
        participants=kw.pop("participants", (Participant("Steve Witkoff", "US"), Participant("Kirill Dmitriev", "RU"))),
        summary=summary,
        **kw,
    )
    return NewEntry(event_type, draft.to_payload(), "user:test")


def append_worker(args: tuple[str, int, int]) -> list[str]:
    """Run in a separate process: append ``count`` single-entry batches, return the ids."""
    url, worker, count = args
    store = open_store(url)
    ids: list[str] = []
    try:
        for i in range(count):
            ids += store.append([occurrence(f"worker {worker} entry {i}")]).event_ids
    finally:
        store.close()
    return ids


#: Any character the store accepts: not NUL (PostgreSQL text cannot hold it), no lone surrogate.
TEXT = st.characters(exclude_characters="\x00", exclude_categories=("Cs",))


class StoreContract:
    """Behaviour every backend must show. Subclasses provide ``url`` and ``drop_guards``."""

    url: str

    @pytest.fixture
    def store(self) -> Store:
        s = open_store(self.url)
        yield s
        s.close()

    def drop_guards(self, store: Store) -> None:
        raise NotImplementedError

    def raw(self, store: Store, sql: str) -> None:
        with store.engine.begin() as conn:
            conn.execute(text(sql))

    # ----- order and reading

    def test_empty_store(self, store: Store) -> None:
        assert store.head() == 0
        assert list(store.read()) == []
        result = store.verify()
        assert result.ok and result.checked == 0 and result.head_hash == GENESIS_HASH

    def test_append_then_read_in_order(self, store: Store) -> None:
        first = store.append([occurrence("a"), occurrence("b")])
        second = store.append([occurrence("c", event_type="phone_call")])
        assert first.positions == [1, 2] and second.positions == [3]
        assert first.article_new is None
        entries = list(store.read())
        assert [e.position for e in entries] == [1, 2, 3]
        assert [e.payload["summary"] for e in entries] == ["a", "b", "c"]
        assert [e.event_id for e in entries] == first.event_ids + second.event_ids
        assert entries[0].prev_hash == GENESIS_HASH
        assert all(entries[i].prev_hash == entries[i - 1].hash for i in range(1, 3))
        assert store.head() == 3
        assert [e.position for e in store.read(1, upto=2)] == [2]
        assert [e.position for e in store.read(types=["phone_call"])] == [3]
        assert [e.position for e in store.read(limit=2)] == [1, 2]
        assert [e.position for e in store.read(batch=1)] == [1, 2, 3]

    def test_typed_columns_and_metadata(self, store: Store) -> None:
        res = store.append([occurrence("planned", event_type="meeting_planned", start="2025-12", modality="planned")])
        entry = store.entry(res.event_ids[0])
        assert entry is not None
        assert (entry.start_date, entry.end_date, entry.precision, entry.modality) == ("2025-12", "2025-12", "month", "planned")
        assert entry.schema_version == CURRENT_SCHEMA_VERSION
        assert entry.recorded_by == "user:test"
        assert entry.recorded_at.tzinfo is not None
        assert store.entry(new_event_id()) is None

    def test_event_ids_sort_in_log_order(self, store: Store) -> None:
        ids = store.append([occurrence(str(i)) for i in range(5)]).event_ids
        assert ids == sorted(ids)

    def test_find_event_id_by_prefix(self, store: Store) -> None:
        ids = store.append([occurrence("a")]).event_ids
        assert store.find_event_id(ids[0][:13]) == ids[0]
        assert store.find_event_id(ids[0].upper()) == ids[0]
        with pytest.raises(NotFoundError, match="no event with id ffff"):
            store.find_event_id("ffff")
        store.append([occurrence("b")])
        with pytest.raises(ValidationError, match="ambiguous"):
            store.find_event_id("0")

    # ----- articles

    def test_article_is_stored_once(self, store: Store) -> None:
        article = Article(text="Talks  in Miami.\r\n", lang="en", url="https://example.org/a", published=None)
        first = store.append([occurrence("a")], article=article)
        assert first.article_new is True and first.positions == [1] and first.article_position == 2
        assert store.entry(first.event_ids[0]).article_id == article.id
        again = store.append([occurrence("a")], article=Article(text="Talks in Miami.", lang="en"))
        assert again.article_new is False and again.positions == [] and again.event_ids == []
        assert again.article_position is None
        assert store.head() == 2  # the event and the article's article_recorded entry
        assert store.has_article(article.id)
        assert store.get_article(article.id) == article

    # ----- immutability

    @pytest.mark.parametrize("sql", [
        "UPDATE log SET payload = '{}'",
        "DELETE FROM log",
        "UPDATE articles SET text = 'changed'",
        "DELETE FROM articles",
    ])
    def test_database_refuses_changes(self, store: Store, sql: str) -> None:
        store.append([occurrence("a")], article=Article(text="Some text.", lang="en"))
        with pytest.raises(DBAPIError, match="append-only"):
            self.raw(store, sql)
        assert store.head() == 2 and store.verify().ok

    # ----- tampering

    def test_verify_detects_changed_payload(self, store: Store) -> None:
        store.append([occurrence("a"), occurrence("b"), occurrence("c")])
        self.drop_guards(store)
        self.raw(store, "UPDATE log SET payload = REPLACE(payload, '\"b\"', '\"B\"') WHERE position = 2")
        result = store.verify()
        assert not result.ok
        assert result.first_bad_position == 2
        assert result.checked == 1
        assert result.message == ("chain broken at position 2: the entry does not match its hash "
                                  "(it was changed after it was written)")

    def test_verify_detects_deleted_entry(self, store: Store) -> None:
        store.append([occurrence("a"), occurrence("b"), occurrence("c")])
        self.drop_guards(store)
        self.raw(store, "DELETE FROM log WHERE position = 2")
        result = store.verify()
        assert (result.ok, result.first_bad_position) == (False, 2)
        assert result.message == "chain broken at position 2: the entry is missing"

    def test_verify_detects_rechained_tail_only_with_outside_head(self, store: Store) -> None:
        """Someone who rewrites an entry and recomputes the rest of the chain passes verify;
        the head hash kept elsewhere is what exposes it."""
        store.append([occurrence("a"), occurrence("b")])
        kept = store.verify().head_hash
        self.drop_guards(store)
        with store.engine.begin() as conn:
            rows = [r._asdict() for r in conn.execute(log.select().order_by(log.c.position))]
            rows[1]["payload"] = rows[1]["payload"].replace('"b"', '"forged"')
            prev = GENESIS_HASH
            for row in rows:
                row["prev_hash"] = prev
                row["hash"] = prev = entry_hash(prev, row)
                conn.execute(
                    text("UPDATE log SET payload = :payload, prev_hash = :prev_hash, hash = :hash WHERE position = :position"),
                    row,
                )
        result = store.verify()
        assert result.ok and result.head_hash != kept
        assert store.position_of_hash(kept) is None
        assert store.position_of_hash(result.head_hash) == 2

    def test_verify_detects_changed_article(self, store: Store) -> None:
        store.append([occurrence("a")], article=Article(text="Original text.", lang="en"))
        self.drop_guards(store)
        self.raw(store, "UPDATE articles SET text = 'Forged text.'")
        result = store.verify()
        assert not result.ok and result.first_bad_position is None
        assert "does not match its content hash" in result.message

    # ----- validation and atomicity

    def test_invalid_entry_writes_nothing(self, store: Store) -> None:
        with pytest.raises(ValidationError, match="unknown entry type 'meeting'"):
            store.append([occurrence("a"), NewEntry("meeting", {}, "user:test")])
        bad = occurrence("x").payload | {"modality": "rumoured"}
        with pytest.raises(ValidationError, match="unknown modality 'rumoured'"):
            store.append([NewEntry("meeting_held", bad, "user:test")])
        assert store.head() == 0

    def test_nul_characters_are_refused(self, store: Store) -> None:
        with pytest.raises(ValidationError, match="payload of a meeting_held entry contains a NUL character"):
            store.append([occurrence("a\x00b")])
        with pytest.raises(ValidationError, match=r"payload of a meeting_held entry contains an invalid character \(U\+D800\)"):
            store.append([occurrence("a\ud800")])
        with pytest.raises(ValidationError, match="article contains a NUL character"):
            store.append([occurrence("a")], article=Article(text="x\x00y", lang="en"))
        assert store.head() == 0

    def test_failed_batch_writes_nothing_not_even_the_article(self, store: Store) -> None:
        eid = new_event_id()
        a = occurrence("a")
        with pytest.raises(StoreError, match="already in the log"):
            store.append(
                [NewEntry(a.event_type, a.payload, "user:test", event_id=eid),
                 NewEntry(a.event_type, a.payload, "user:test", event_id=eid)],
                article=Article(text="Batch article.", lang="en"),
            )
        assert store.head() == 0
        assert not store.has_article(Article(text="Batch article.", lang="en").id)

    def test_corrections_need_an_existing_event(self, store: Store) -> None:
        with pytest.raises(NotFoundError, match="no event with id"):
            store.append([NewEntry("event_retracted", retraction(new_event_id(), "wrong"), "user:test")])
        target = store.append([occurrence("a")]).event_ids[0]
        retracted = store.append([NewEntry("event_retracted", retraction(target, "wrong"), "user:test")])
        with pytest.raises(ValidationError, match="not an event that can be corrected"):
            store.append([NewEntry("event_retracted", retraction(retracted.event_ids[0], "again"), "user:test")])
        entry = store.entry(retracted.event_ids[0])
        assert entry.target_event_id == target
        assert [e.event_type for e in store.corrections_of(target)] == ["event_retracted"]

    # ----- concurrency

    def test_expected_head(self, store: Store) -> None:
        store.append([occurrence("a")], expected_head=0)
        with pytest.raises(ConcurrencyError, match="expected head position 0, found 1"):
            store.append([occurrence("b")], expected_head=0)
        assert store.head() == 1
        assert store.append([occurrence("b")], expected_head=1).positions == [2]

    def test_two_processes_append_at_once(self, store: Store) -> None:
        per_worker = 15
        ctx = multiprocessing.get_context("spawn")
        with ctx.Pool(2) as pool:
            results = pool.map(append_worker, [(self.url, w, per_worker) for w in range(2)])
        entries = list(store.read())
        assert [e.position for e in entries] == list(range(1, 2 * per_worker + 1))
        assert sorted(e.event_id for e in entries) == sorted(results[0] + results[1])
        for w in range(2):  # each worker's own entries keep their order
            mine = [e.payload["summary"] for e in entries if e.payload["summary"].startswith(f"worker {w} ")]
            assert mine == [f"worker {w} entry {i}" for i in range(per_worker)]
        assert store.verify().ok

    # ----- versions

    def test_an_entry_decodes_its_payload_once_on_first_access(self, store: Store) -> None:
        store.append([occurrence("first talks")])
        entry = next(store.read())
        assert "payload" not in vars(entry) and "recorded_at" not in vars(entry)  # nothing decoded yet
        payload = entry.payload
        assert payload["summary"] == "first talks"
        assert entry.payload is payload  # decoded once, the same object afterwards
        assert entry.recorded_at.tzinfo is not None and entry.recorded_at.utcoffset() == dt.timedelta(0)
        assert json.loads(entry.payload_json) == payload
        with pytest.raises(AttributeError):
            entry.position = 7  # type: ignore[misc]  # entries are immutable

    def test_old_version_payload_is_upcast_on_read(self, store: Store) -> None:
        """A schema_version 1 entry (flat dates, location as text) written by an old tracker."""
        old = {"type": "meeting_held", "start": "2025-12-02", "end": "2025-12-02", "precision": "day",
               "location": "Moscow", "participants": [{"name": "Vladimir Putin", "side": "RU"}],
               "summary": "Putin receives Witkoff", "modality": "occurred"}
        row = {"position": 1, "event_id": new_event_id(), "event_type": "meeting_held", "schema_version": 1,
               "recorded_at": dt.datetime(2025, 12, 3, tzinfo=dt.timezone.utc),
               "recorded_by": "user:old", "payload": canonical_json(old), "article_id": None,
               "target_event_id": None, "start_date": "2025-12-02", "end_date": "2025-12-02",
               "precision": "day", "modality": "occurred", "prev_hash": GENESIS_HASH}
        row["hash"] = entry_hash(GENESIS_HASH, row)
        with store.engine.begin() as conn:
            conn.execute(log.insert().values(**row))
        entry = next(store.read())
        assert entry.schema_version == 1
        assert entry.payload["date"]["start"] == "2025-12-02"
        assert entry.payload["location"] == {"name": "Moscow", "country": None}
        assert EventDraft.from_payload(entry.payload).location == Location("Moscow")
        assert store.verify().ok
        with store.engine.connect() as conn:  # the stored text was not rewritten
            assert json.loads(conn.execute(text("SELECT payload FROM log")).scalar()) == old

    # ----- property

    @settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(batches=st.lists(
        st.lists(
            st.tuples(
                st.sampled_from(OCCURRENCE_TYPES),
                st.sampled_from(MODALITIES),
                st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31)),
                st.text(TEXT, min_size=0, max_size=30),
                st.lists(st.text(TEXT, min_size=1, max_size=12).filter(str.strip), min_size=0, max_size=3),
            ),
            min_size=0, max_size=4,
        ),
        min_size=1, max_size=4,
    ))
    def test_random_appends_read_back(self, store: Store, batches) -> None:  # type: ignore[no-untyped-def]
        before = store.head()
        appended = []
        for batch in batches:
            entries = [
                NewEntry(t, EventDraft(type=t, modality=m, date=DateInterval.from_user(d.isoformat()), summary=s,
                                       participants=tuple(Participant(n) for n in names)).to_payload(), "user:prop")
                for t, m, d, s, names in batch
            ]
            result = store.append(entries)
            assert len(result.positions) == len(entries)
            appended += list(zip(result.event_ids, entries))
        back = list(store.read(before))
        assert [(e.event_id, e.event_type, e.payload) for e in back] == [(i, n.event_type, n.payload) for i, n in appended]
        assert [e.position for e in back] == list(range(before + 1, before + 1 + len(appended)))
        assert store.verify().ok


class TestSQLiteStore(StoreContract):
    @pytest.fixture(autouse=True)
    def _url(self, tmp_path: Path) -> None:
        self.url = str(tmp_path / "store.sqlite3")

    def drop_guards(self, store: Store) -> None:
        for trigger in ("log_no_update", "log_no_delete", "articles_no_update", "articles_no_delete"):
            self.raw(store, f"DROP TRIGGER {trigger}")

    def test_in_memory_store(self) -> None:
        store = open_store("sqlite://")
        store.append([occurrence("a")])
        assert store.head() == 1 and store.verify().ok
        store.close()

    def test_driver_errors_become_store_errors(self, store: Store) -> None:
        from tracker.db import database_errors

        with pytest.raises(StoreError, match=r"^database error on x: no such table: nowhere$"):
            with database_errors("x"), store.engine.connect() as conn:
                conn.exec_driver_sql("SELECT * FROM nowhere")

    def test_sqlite_store_uses_wal(self, store: Store) -> None:
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


@pytest.mark.postgres
class TestPostgresStore(StoreContract):
    @pytest.fixture(autouse=True)
    def _url(self, pg_url: str) -> None:
        self.url = pg_url

    def drop_guards(self, store: Store) -> None:
        for table in ("log", "articles"):
            self.raw(store, f"DROP TRIGGER {table}_no_change ON {table}")

    def test_truncate_is_refused(self, store: Store) -> None:
        store.append([occurrence("a")], article=Article(text="Text.", lang="en"))
        for table in ("log", "articles"):
            with pytest.raises(DBAPIError, match="append-only: TRUNCATE refused"):
                self.raw(store, f"TRUNCATE {table}")
        assert store.head() == 2


_hash_text = st.one_of(st.none(), st.text(max_size=40), st.sampled_from(['"', "\\", "\x00", "\u2028", "é", "\x7f"]))


@settings(max_examples=200, deadline=None)
@given(values=st.fixed_dictionaries({name: _hash_text for name in
                                     ("event_id", "event_type", "recorded_by", "payload", "article_id",
                                      "target_event_id", "start_date", "end_date", "precision", "modality")}),
       position=st.integers(min_value=1, max_value=2**62), version=st.integers(min_value=1, max_value=9),
       prev=st.text(alphabet="0123456789abcdef", min_size=64, max_size=64))
def test_entry_hash_is_the_hash_of_the_canonical_json_of_the_fields(values: dict, position: int, version: int,
                                                                    prev: str) -> None:
    """entry_hash writes its JSON field by field; the chain format is the canonical JSON of the
    hashed fields, and the two must give the same text for any values, escapes included."""
    import hashlib

    from tracker.store import HASHED_FIELDS, timestamp_text

    fields = {**values, "position": position, "schema_version": version,
              "recorded_at": dt.datetime(2031, 5, 6, 7, 8, 9, 123456, tzinfo=dt.timezone.utc)}
    body = {name: fields[name] for name in HASHED_FIELDS}
    body["recorded_at"] = timestamp_text(fields["recorded_at"])
    expected = hashlib.sha256((prev + canonical_json(body)).encode("utf-8", "surrogatepass")).hexdigest()
    assert entry_hash(prev, fields) == expected
    assert entry_hash(prev, fields, body["recorded_at"]) == expected
