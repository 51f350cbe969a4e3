"""Read-only SQL: what is refused, limits, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from tracker.config import database_url
from tracker.errors import QueryError
from tracker.query import run_query
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


@pytest.mark.postgres
def test_postgresql_read_only(pg_url):
    open_store(pg_url).close()
    result = run_query(pg_url, "SELECT count(*) AS n FROM v_events")
    assert result.columns == ["n"] and result.rows == [(0,)]
    for sql, message in [
        ("DELETE FROM log", "refused: DELETE is not allowed"),
        ("WITH d AS (DELETE FROM tracks RETURNING 1) SELECT * FROM d", "writing is not allowed"),
        ("SELECT 1; COMMIT; DELETE FROM tracks", "one statement at a time"),
        ("COPY log TO PROGRAM 'true'", "refused: COPY"),
        ("SELECT pg_sleep(5)", "time limit of 0.5 s"),
        ("SELECT * FROM nope", "query failed"),
    ]:
        with pytest.raises(QueryError) as info:
            run_query(pg_url, sql, timeout=0.5)
        assert message in str(info.value), sql
    many = run_query(pg_url, "SELECT generate_series(1, 30) AS x", limit=7)
    assert len(many.rows) == 7 and many.truncated
