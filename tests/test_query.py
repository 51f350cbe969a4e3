"""Read-only SQL: what is refused, limits, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest

from tracker.config import database_url
from tracker.errors import QueryError
from tracker.app.query import run_query
from tracker.store import open_store


@pytest.fixture
def sqlite_url(tmp_path):
    path = tmp_path / "q.sqlite3"
    open_store(str(path)).close()
    return database_url(str(path))


def test_select_from_views(sqlite_url):
    result = run_query(sqlite_url, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name")
    names = [r[0] for r in result.rows]
    assert {"v_events", "v_participants", "v_timeline", "v_sources", "v_tracks"} <= set(names)
    assert result.columns == ["name"]


@pytest.mark.parametrize(
    "sql, message",
    [
        ("DELETE FROM log", "refused: DELETE log is not allowed"),
        ("UPDATE articles SET title = 'x'", "refused: UPDATE articles"),
        ("INSERT INTO tracks VALUES ('a', 'b', 'c', 1)", "refused: INSERT tracks"),
        ("ATTACH DATABASE ':memory:' AS other", "refused: ATTACH"),
        ("DETACH DATABASE main", "refused: DETACH"),
        ("PRAGMA query_only = 0", "refused: PRAGMA query_only with a value"),
        ("PRAGMA journal_mode = DELETE", "refused: PRAGMA journal_mode with a value"),
        ("CREATE TABLE x (a)", "refused: changing the schema"),
        ("DROP VIEW v_events", "refused: changing the schema"),
        ("VACUUM INTO '/tmp/copy.sqlite3'", "refused: ATTACH"),
        ("BEGIN", "refused: TRANSACTION"),
        ("SELECT 1; DELETE FROM log", "one statement at a time"),
    ],
)
def test_writes_are_refused_on_sqlite(sqlite_url, sql, message):
    with pytest.raises(QueryError) as info:
        run_query(sqlite_url, sql)
    assert message in str(info.value)


def test_describe_pragmas_allowed(sqlite_url):
    result = run_query(sqlite_url, "PRAGMA table_info(log)")
    assert "position" in [r[1] for r in result.rows]


def test_time_limit_and_row_cap(sqlite_url):
    forever = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    with pytest.raises(QueryError, match="time limit of 0.3 s"):
        run_query(sqlite_url, forever, timeout=0.3)
    many = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 50) SELECT x FROM c"
    result = run_query(sqlite_url, many, limit=10)
    assert len(result.rows) == 10 and result.truncated
    assert not run_query(sqlite_url, many, limit=50).truncated


def test_missing_file_and_bad_sql(tmp_path):
    with pytest.raises(QueryError, match="no tracker store"):
        run_query(database_url(str(tmp_path / "none.sqlite3")), "SELECT 1")
    assert not (tmp_path / "none.sqlite3").exists()
    path = tmp_path / "q.sqlite3"
    open_store(str(path)).close()
    with pytest.raises(QueryError, match="query failed: no such table: nope"):
        run_query(database_url(str(path)), "SELECT * FROM nope")
    with pytest.raises(QueryError, match="empty query"):
        run_query(database_url(str(path)), "  ")


@pytest.fixture
def reader(pg_url):
    """A store on PostgreSQL with its own reader role (roles are cluster-wide: one per test)."""
    import uuid

    from sqlalchemy import create_engine, text

    from pg_schema import PG_BASE_URL
    from tracker.app.reader_role import grant_reader

    role = f"reader_{uuid.uuid4().hex[:12]}"
    store = open_store(pg_url)
    try:
        yield store, role
    finally:
        store.close()
        admin = create_engine(PG_BASE_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first():
                conn.execute(text(f'DROP OWNED BY "{role}"'))
                conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


@pytest.mark.postgres
def test_postgresql_refuses_without_a_reader_role(reader, pg_url):
    store, role = reader
    with pytest.raises(QueryError, match=rf"refused: cannot connect as the read-only role {role} .*"
                                         rf"tracker db grant-reader --role {role}"):
        run_query(pg_url, "SELECT count(*) FROM log", role=role)


@pytest.mark.postgres
def test_postgresql_refuses_a_privileged_role(pg_url):
    open_store(pg_url).close()
    with pytest.raises(QueryError, match="refused: role postgres has SUPERUSER"):
        run_query(pg_url, "SELECT 1", role="postgres")


@pytest.mark.postgres
def test_postgresql_reader_role_cannot_reach_outside(reader, pg_url):
    from sqlalchemy import create_engine, text

    from tracker.app.reader_role import grant_reader

    store, role = reader
    name, granted = grant_reader(store.engine, role)
    assert name == role and {"v_events", "log", "articles"} <= set(granted)
    assert grant_reader(store.engine, role)[0] == role  # rerunning re-grants
    assert run_query(pg_url, "SELECT count(*) AS n FROM v_events", role=role).rows == [(0,)]
    assert run_query(pg_url, "SELECT current_user AS u", role=role).rows == [(role,)]
    # a busy superuser session, standing for a running ingest
    busy = create_engine(pg_url)
    with busy.connect() as other:
        pid = other.execute(text("SELECT pg_backend_pid()")).scalar()
        for sql in [
            "SELECT pg_read_file('/etc/passwd')",
            "SELECT * FROM pg_ls_dir('/')",
            "SELECT pg_reload_conf()",
            "SELECT pg_switch_wal()",
            "SELECT pg_stat_reset()",
            f"SELECT pg_terminate_backend({pid})",
            "SELECT set_config('role', 'postgres', false)",
            "SELECT set_config('session_authorization', 'postgres', false)",
            "WITH d AS (DELETE FROM tracks RETURNING 1) SELECT * FROM d",
            "SELECT * FROM alembic_version",
        ]:
            with pytest.raises(QueryError) as info:
                run_query(pg_url, sql, role=role)
            message = str(info.value)
            assert message.startswith("refused:"), (sql, message)
            assert any(w in message for w in ("permission denied", "must be a superuser", "writing is not allowed")), \
                (sql, message)
        assert other.execute(text("SELECT 1")).scalar() == 1  # the superuser session is still alive
    busy.dispose()


@pytest.mark.postgres
def test_postgresql_read_only(reader, pg_url):
    from tracker.app.reader_role import grant_reader

    store, role = reader
    grant_reader(store.engine, role)
    result = run_query(pg_url, "SELECT count(*) AS n FROM v_events", role=role)
    assert result.columns == ["n"] and result.rows == [(0,)]
    for sql, message in [
        ("DELETE FROM log", "refused: DELETE is not allowed"),
        ("WITH d AS (DELETE FROM tracks RETURNING 1) SELECT * FROM d", "refused:"),
        ("SELECT 1; COMMIT; DELETE FROM tracks", "one statement at a time"),
        ("COPY log TO PROGRAM 'true'", "refused: COPY"),
        ("SELECT pg_sleep(5)", "time limit of 0.5 s"),
        ("SELECT * FROM nope", "query failed"),
        ("SELECT repeat('x', 1000) FROM generate_series(1, 100)", "larger than 50,000 bytes"),
    ]:
        with pytest.raises(QueryError) as info:
            run_query(pg_url, sql, timeout=0.5, max_bytes=50_000, role=role)
        assert message in str(info.value), sql
    many = run_query(pg_url, "SELECT generate_series(1, 30) AS x", limit=7, role=role)
    assert len(many.rows) == 7 and many.truncated


@pytest.mark.parametrize(
    "sql, message",
    [
        ("SELECT hex(randomblob(400000000))", "refused: a value would be larger than 16,777,216 bytes"),
        ("SELECT length(zeroblob(400000000))", "refused: a value would be larger than"),
        ("SELECT length(printf('%.*c', 400000000, 'x'))", "refused: a value would be larger than"),
        ("SELECT printf('%400000000c', 'x')", "refused: a value would be larger than"),
        ("SELECT format('%.*c', 400000000, 'x')", "refused: a value would be larger than"),
        ("SELECT fts3_tokenizer('simple')", "refused: function fts3_tokenizer() is not allowed"),
        ("SELECT load_extension('/tmp/x')", "refused: function load_extension() is not allowed"),
        # not built into Python's SQLite (the sqlite3 shell adds them); denied where present
        ("SELECT readfile('/etc/passwd')", "readfile"),
        ("SELECT writefile('/tmp/x', 'y')", "writefile"),
    ],
)
def test_sqlite_leaks_and_huge_values_are_refused(sqlite_url, sql, message):
    with pytest.raises(QueryError) as info:
        run_query(sqlite_url, sql)
    assert message in str(info.value)


def test_sqlite_byte_cap_and_small_values_still_work(sqlite_url):
    rows = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200) SELECT hex(randomblob(500)) FROM c"
    with pytest.raises(QueryError, match="refused: the result is larger than 100,000 bytes"):
        run_query(sqlite_url, rows, max_bytes=100_000)
    assert len(run_query(sqlite_url, rows).rows) == 200
    assert run_query(sqlite_url, "SELECT length(randomblob(16))").rows == [(16,)]
    assert run_query(sqlite_url, "SELECT printf('%d-%s %5.2f', 3, 'a', 2.5), format('%s', NULL)").rows == [("3-a  2.50", "")]


def test_sqlite_time_limit_covers_fetching(sqlite_url):
    """Each row is cheap but the rows never end: the limit must hold while rows are fetched."""
    endless = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT x FROM c"
    with pytest.raises(QueryError, match="time limit of 0.3 s"):
        run_query(sqlite_url, endless, timeout=0.3, limit=10**12, max_bytes=10**15)


def test_sqlite_heap_limit_is_put_back(sqlite_url):
    import sqlite3

    probe = sqlite3.connect(":memory:")
    before = probe.execute("PRAGMA soft_heap_limit").fetchone()[0]
    run_query(sqlite_url, "SELECT 1")
    assert probe.execute("PRAGMA soft_heap_limit").fetchone()[0] == before
    probe.close()


@pytest.mark.postgres
def test_cli_grant_reader_then_sql(reader, pg_url):
    from typer.testing import CliRunner

    from tracker.cli import app

    store, role = reader
    runner = CliRunner()
    before = runner.invoke(app, ["--db", pg_url, "sql", "SELECT count(*) AS n FROM log", "--role", role])
    assert before.exit_code == 1 and f"tracker db grant-reader --role {role}" in before.stderr
    granted = runner.invoke(app, ["--db", pg_url, "db", "grant-reader", "--role", role])
    assert granted.exit_code == 0 and granted.stderr.startswith(f"Role {role} may read: v_events, ")
    after = runner.invoke(app, ["--db", pg_url, "sql", "SELECT count(*) AS n FROM log", "-f", "json"],
                          env={"TRACKER_SQL_ROLE": role})
    assert after.exit_code == 0 and json.loads(after.stdout) == [{"n": 0}]
    leak = runner.invoke(app, ["--db", pg_url, "sql", "SELECT pg_read_file('/etc/passwd')", "--role", role])
    assert leak.exit_code == 1 and leak.stderr.startswith("Error: refused: permission denied for function pg_read_file")


def test_grant_reader_is_for_postgresql(tmp_path, monkeypatch):
    from tracker.errors import ValidationError
    from tracker.app.reader_role import grant_reader, reader_role_name

    with open_store(str(tmp_path / "s.sqlite3")) as store:
        with pytest.raises(ValidationError, match="a reader role is for PostgreSQL stores"):
            grant_reader(store.engine)
    with pytest.raises(ValidationError, match="invalid role name"):
        reader_role_name('x"; DROP TABLE log; --')
    monkeypatch.delenv("TRACKER_SQL_ROLE", raising=False)
    assert reader_role_name(None) == "tracker_reader"
    monkeypatch.setenv("TRACKER_SQL_ROLE", "desk_reader")
    assert reader_role_name(None) == "desk_reader" and reader_role_name("mine") == "mine"


@pytest.mark.postgres
def test_postgresql_reader_keeps_its_grants_across_a_rebuild(reader, pg_url):
    """A rebuild swaps in new read-model tables and recreates the views: the reader role's
    SELECT on them must survive, or `tracker sql` breaks after every rebuild."""
    from tracker.projections.runner import rebuild
    from tracker.app.reader_role import grant_reader

    store, role = reader
    grant_reader(store.engine, role)
    rebuild(store)
    for relation in ("v_timeline", "v_events", "timeline_entries", "tracks"):
        result = run_query(pg_url, f"SELECT count(*) AS n FROM {relation}", role=role)
        assert result.rows == [(0,)], relation
