"""Tamper evidence beyond the hash chain, on SQLite and PostgreSQL: article metadata in the
chain, signed entries, the head file, a shrunk log, and guards a replica session cannot skip.

Each test plays a forger with raw access to the database (guard triggers dropped first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tracker.articles import Article
from tracker.errors import StoreError, ValidationError
from tracker.events import DateInterval, EventDraft, Participant, retraction
from tracker.headfile import check_head_file, read_heads, record_head
from tracker.schema import log
from tracker.signing import entry_mac, load_signing_key
from tracker.store import ARTICLE_ENTRY, GENESIS_HASH, NewEntry, Store, entry_hash, open_store

KEY = b"k" * 32


def occurrence(summary: str) -> NewEntry:
    draft = EventDraft(type="meeting_held", date=DateInterval.from_user("2025-12-20"),
                       participants=(Participant("Steve Witkoff", "US"),), summary=summary)
    return NewEntry("meeting_held", draft.to_payload(), "user:test")


def article(body: str = "Envoys met in Geneva on Monday.") -> Article:
    return Article(text=body, lang="en", url="https://news.example.org/geneva", title="Envoys meet",
                   source="Example News")


def rechain(store: Store, edit) -> None:  # type: ignore[no-untyped-def]
    """Rewrite entries with ``edit(row)`` and recompute every hash, as a forger without the key would."""
    with store.engine.begin() as conn:
        rows = [r._asdict() for r in conn.execute(log.select().order_by(log.c.position))]
        prev = GENESIS_HASH
        for row in rows:
            edit(row)
            row["prev_hash"] = prev
            row["hash"] = prev = entry_hash(prev, row)
            conn.execute(text("UPDATE log SET payload = :payload, prev_hash = :prev_hash, hash = :hash, mac = :mac "
                              "WHERE position = :position"), row)


class EvidenceContract:
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

    # ----- articles

    def test_article_entry_is_appended_with_the_article(self, store: Store) -> None:
        result = store.append([occurrence("a")], article=article())
        assert result.positions == [1] and result.article_position == 2
        entry = list(store.read())[1]
        assert entry.event_type == ARTICLE_ENTRY and entry.article_id == article().id
        assert entry.payload["source"] == "Example News" and entry.payload["url"] == "https://news.example.org/geneva"
        again = store.append([occurrence("a")], article=article())
        assert again.article_new is False and store.head() == 2
        assert store.verify().ok and store.verify().uncovered_articles == ()

    def test_article_without_events_still_gets_its_entry(self, store: Store) -> None:
        assert store.append([], article=article()).article_position == 1
        assert [e.event_type for e in store.read()] == [ARTICLE_ENTRY]

    @pytest.mark.parametrize("column, value", [
        ("source", "'Other Outlet'"), ("url", "'https://forged.example/'"), ("title", "'Forged'"),
        ("lang", "'fr'"), ("published", "'2020-01-01'"),
    ])
    def test_changed_article_metadata_is_reported(self, store: Store, column: str, value: str) -> None:
        store.append([occurrence("a")], article=article())
        self.drop_guards(store)
        self.raw(store, f"UPDATE articles SET {column} = {value}")
        result = store.verify()
        assert not result.ok and result.bad_articles == (article().id,)
        assert result.message == (f"article {article().id} does not match its article_recorded entry: its metadata "
                                  "(url, title, source, language or date) was changed after it was written")

    def test_article_without_entry_is_reported_as_not_covered(self, store: Store) -> None:
        """A store written before article entries existed: readable, and verify names what the chain does not cover."""
        store.append([occurrence("a")], article=article())
        self.drop_guards(store)
        self.raw(store, f"INSERT INTO articles (article_id, url, title, source, lang, published, text, recorded_at) "
                        f"SELECT '{'0' * 64}', url, title, source, lang, published, text, recorded_at FROM articles")
        self.raw(store, f"UPDATE articles SET text = 'x' WHERE article_id = '{'0' * 64}'")
        result = store.verify()
        assert not result.ok and "does not match its content hash" in result.message  # the text is still checked
        self.raw(store, f"DELETE FROM articles WHERE article_id = '{'0' * 64}'")
        legacy = Article(text="An older article.", lang="en")
        self.raw(store, f"INSERT INTO articles (article_id, lang, text, recorded_at) "
                        f"VALUES ('{legacy.id}', 'en', 'An older article.', CURRENT_TIMESTAMP)")
        result = store.verify()
        assert result.ok and result.uncovered_articles == (legacy.id,)
        assert store.cover_articles() == [legacy.id]
        covered = store.verify()
        assert covered.ok and covered.uncovered_articles == () and store.head() == 3
        assert store.cover_articles() == []
        self.raw(store, f"UPDATE articles SET source = 'later edit' WHERE article_id = '{legacy.id}'")
        assert store.verify().bad_articles == (legacy.id,)  # now covered: a change is caught

    def test_corrections_are_chained(self, store: Store) -> None:
        target = store.append([occurrence("a")]).event_ids[0]
        store.append([NewEntry("event_retracted", retraction(target, "wrong date"), "user:test")])
        self.drop_guards(store)
        self.raw(store, "UPDATE log SET payload = REPLACE(payload, 'wrong date', 'duplicate') WHERE position = 2")
        result = store.verify()
        assert (result.ok, result.first_bad_position) == (False, 2)

    def test_store_from_before_0004_is_read_then_upgraded(self, store: Store) -> None:
        from alembic import command

        from tracker.db import alembic_config, head_revision

        store.append([occurrence("a")], article=article())
        with store.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0003")
        with open_store(self.url, upgrade=False) as old:  # as dry runs read it: no migration
            assert [e.mac for e in old.read()] == [None, None]
            assert old.entry(list(old.read())[0].event_id) is not None
            assert old.verify().ok
        with open_store(self.url) as upgraded:
            with upgraded.engine.connect() as conn:
                from tracker.db import current_revision

                assert current_revision(conn) == head_revision()
            assert upgraded.verify().ok and upgraded.head() == 2

    @settings(max_examples=15, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.differing_executors])
    @given(batches=st.lists(st.tuples(st.integers(0, 3), st.one_of(st.none(), st.integers(0, 4))), min_size=1, max_size=6),
           column=st.sampled_from(["url", "title", "source", "lang"]))
    def test_every_article_is_covered_once_and_any_change_is_caught(self, store: Store, batches, column) -> None:  # type: ignore[no-untyped-def]
        """Random appends (some with an article, some repeating one): one article_recorded entry per
        stored article, positions gap-free, and changing any article's metadata is reported."""
        base = store.head()
        for count, which in batches:
            art = None if which is None else Article(text=f"Article {which} for a property test.", lang="en",
                                                     url=f"https://p.example/{which}", title=f"T{which}", source="P")
            before = store.head()
            result = store.append([occurrence(f"e{i}") for i in range(count)], article=art)
            appended = len(result.positions) + (result.article_position is not None)
            assert store.head() == before + appended
        entries = list(store.read(base))
        assert [e.position for e in entries] == list(range(base + 1, base + 1 + len(entries)))
        with store.engine.connect() as conn:
            stored = sorted(conn.execute(text("SELECT article_id FROM articles")).scalars())
        chained = sorted(e.article_id for e in store.read() if e.event_type == ARTICLE_ENTRY)
        assert chained == stored
        result = store.verify()
        assert result.ok and result.uncovered_articles == ()
        if stored:
            self.drop_guards(store)
            self.raw(store, f"UPDATE articles SET {column} = 'xx' WHERE article_id = '{stored[0]}'")
            assert store.verify().bad_articles == (stored[0],)
            self.raw(store, "DELETE FROM log")  # leave the next example a clean store
            self.raw(store, "DELETE FROM articles")

    # ----- signing

    def test_signed_entries_and_a_forger_without_the_key(self, tmp_path: Path) -> None:
        signed = open_store(self.url, signing_key=KEY)
        try:
            signed.append([occurrence("a"), occurrence("b")], article=article())
            assert all(e.mac == entry_mac(KEY, e.hash) for e in signed.read())
            good = signed.verify()
            assert good.ok and good.macs_checked and good.signed == 3
            self.drop_guards(signed)

            def forge(row: dict) -> None:  # type: ignore[type-arg]
                if row["position"] == 2:
                    row["payload"] = row["payload"].replace('"b"', '"forged"')

            rechain(signed, forge)
            with open_store(self.url) as keyless:
                unkeyed = keyless.verify()
            assert unkeyed.ok and not unkeyed.macs_checked  # the chain alone is consistent again
            caught = signed.verify()
            assert (caught.ok, caught.first_bad_position) == (False, 2)
            assert "MAC does not match the signing key" in caught.message
            wrong = signed.verify(key=b"w" * 32)
            assert (wrong.ok, wrong.first_bad_position) == (False, 1)
        finally:
            signed.close()

    def test_stripped_or_missing_macs_are_caught_with_the_key(self, store: Store) -> None:
        store.append([occurrence("a")])  # written without a key: an unsigned prefix is allowed
        signed = open_store(self.url, signing_key=KEY)
        try:
            signed.append([occurrence("b")])
            result = signed.verify()
            assert result.ok and result.signed == 1
            store.append([occurrence("c")])  # unsigned after a signed entry
            late = signed.verify()
            assert (late.ok, late.first_bad_position) == (False, 3)
            assert "not signed although earlier entries are" in late.message
        finally:
            signed.close()
        assert store.verify().ok  # without the key the MACs are not checked
        self.drop_guards(store)
        self.raw(store, "UPDATE log SET mac = NULL")
        stripped = store.verify(key=KEY)
        assert not stripped.ok and "no entry is signed" in stripped.message

    # ----- head file and a shrunk log

    def test_head_file_records_every_append(self, store: Store, tmp_path: Path) -> None:
        heads = tmp_path / "heads.txt"
        store.head_file = str(heads)
        store.append([occurrence("a")])
        store.append([occurrence("b"), occurrence("c")], article=article())
        store.append([], article=article())  # duplicate: nothing appended, nothing recorded
        assert read_heads(heads) == [(1, list(store.read())[0].hash), (4, store.head_hash())]
        with store.engine.connect() as conn:
            assert check_head_file(conn, heads, store.head()).ok
        store.head_file = None
        store.append([occurrence("d")])  # written without the head file
        with store.engine.connect() as conn:
            report = check_head_file(conn, heads, store.head())
        assert (report.ok, report.after, report.last_position) == (False, 1, 4)
        assert "1 entries after the last head in the head file (positions 5-5)" in report.message

    def test_head_file_detects_rewrite(self, store: Store, tmp_path: Path) -> None:
        heads = tmp_path / "heads.txt"
        store.head_file = str(heads)
        store.append([occurrence("a")])
        store.append([occurrence("b")])
        self.drop_guards(store)
        rechain(store, lambda row: row.update(payload=row["payload"].replace('"a"', '"z"')))
        with store.engine.connect() as conn:
            report = check_head_file(conn, heads, store.head())
        assert not report.ok and "position 1 is not the one the head file recorded" in report.message

    def test_shrunk_log_refuses_writes(self, store: Store, tmp_path: Path) -> None:
        from tracker.projections.runner import catch_up

        ids = store.append([occurrence("a"), occurrence("b")]).event_ids
        catch_up(store)
        self.drop_guards(store)
        self.raw(store, "DELETE FROM log WHERE position = 2")
        with pytest.raises(StoreError, match="the log has shrunk: its head is position 1 but the read models "
                                             "already applied position 2"):
            store.append([occurrence("c")])
        assert store.head() == 1 and store.entry(ids[1]) is None

    def test_head_file_ahead_refuses_writes(self, store: Store, tmp_path: Path) -> None:
        heads = tmp_path / "heads.txt"
        store.head_file = str(heads)
        store.append([occurrence("a"), occurrence("b")])
        self.drop_guards(store)
        self.raw(store, "DELETE FROM log WHERE position = 2")
        with pytest.raises(StoreError, match=r"head file .* recorded position 2"):
            store.append([occurrence("c")])
        assert store.head() == 1


class TestSQLiteEvidence(EvidenceContract):
    @pytest.fixture(autouse=True)
    def _url(self, tmp_path: Path) -> None:
        self.url = str(tmp_path / "store.sqlite3")

    def drop_guards(self, store: Store) -> None:
        for trigger in ("log_no_update", "log_no_delete", "articles_no_update", "articles_no_delete"):
            self.raw(store, f"DROP TRIGGER IF EXISTS {trigger}")


@pytest.mark.postgres
class TestPostgresEvidence(EvidenceContract):
    @pytest.fixture(autouse=True)
    def _url(self, pg_url: str) -> None:
        self.url = pg_url

    def drop_guards(self, store: Store) -> None:
        for table in ("log", "articles"):
            self.raw(store, f"DROP TRIGGER IF EXISTS {table}_no_change ON {table}")

    @pytest.mark.parametrize("sql", ["UPDATE log SET payload = '{}'", "DELETE FROM log", "TRUNCATE log",
                                     "UPDATE articles SET source = 'x'", "DELETE FROM articles", "TRUNCATE articles"])
    def test_replica_session_cannot_skip_the_guards(self, store: Store, sql: str) -> None:
        store.append([occurrence("a")], article=article())
        with pytest.raises(DBAPIError, match="append-only"):
            with store.engine.begin() as conn:
                conn.execute(text("SET LOCAL session_replication_role = replica"))
                conn.execute(text(sql))
        assert store.head() == 2 and store.verify().ok


# --------------------------------------------------------------------------- key loading


def test_signing_key_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACKER_SIGNING_KEY", raising=False)
    monkeypatch.delenv("TRACKER_SIGNING_KEY_FILE", raising=False)
    assert load_signing_key() is None
    monkeypatch.setenv("TRACKER_SIGNING_KEY", "a-long-enough-secret-key")
    assert load_signing_key() == b"a-long-enough-secret-key"
    key_file = tmp_path / "key"
    key_file.write_bytes(b"file-key-0123456789abcdef\n")
    monkeypatch.setenv("TRACKER_SIGNING_KEY_FILE", str(key_file))
    assert load_signing_key() == b"file-key-0123456789abcdef"
    assert load_signing_key(str(key_file)) == b"file-key-0123456789abcdef"
    key_file.write_bytes(b"short")
    with pytest.raises(ValidationError, match="holds a key of 5 bytes; a signing key needs at least 16"):
        load_signing_key()
    with pytest.raises(ValidationError, match="cannot read signing key file"):
        load_signing_key(str(tmp_path / "missing"))


def test_head_file_lines_are_checked(tmp_path: Path) -> None:
    heads = tmp_path / "heads"
    record_head(heads, 3, "a" * 64)
    heads.write_text(heads.read_text() + "# comment\n\nnot a head\n")
    with pytest.raises(ValidationError, match="line 4: expected '<position> <64 hex digits>'"):
        read_heads(heads)
    with pytest.raises(ValidationError, match="does not exist"):
        read_heads(tmp_path / "none")


def test_unwritable_head_file_refuses_before_writing(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "s.sqlite3"), head_file=str(tmp_path / "no" / "heads")) as store:
        with pytest.raises(StoreError, match="cannot write head file .*; nothing was written"):
            store.append([occurrence("a")])
        assert store.head() == 0
