"""Read-only SQL over the store, for ``tracker sql``.

Guarantees, whatever the query says:

* **SQLite**: the file is opened with ``mode=ro`` (the OS-level handle cannot write),
  ``PRAGMA query_only=1`` is set, and an authorizer allows only reading: SELECT, reads of
  columns, functions, recursive CTEs and a short list of read-only PRAGMAs without a value.
  ATTACH, DETACH, any write, schema change, transaction control or PRAGMA assignment is denied.
* **PostgreSQL**: the session and the transaction are READ ONLY, the statement runs through
  the extended protocol (one statement only, so ``...; COMMIT; DELETE`` cannot sneak in), and
  the transaction is rolled back at the end.
* A time limit (SQLite progress handler, PostgreSQL ``statement_timeout``) and a row cap.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tracker.errors import QueryError

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 10.0

#: PRAGMAs that only report, allowed when called without a value.
READ_PRAGMAS = frozenset(
    {
        "table_list", "collation_list", "function_list", "pragma_list", "database_list",
        "compile_options", "user_version", "schema_version", "page_count", "page_size",
        "encoding", "journal_mode", "query_only", "freelist_count", "module_list",
    }
)
#: PRAGMAs whose argument names a table or index to describe (never a value to set).
DESCRIBE_PRAGMAS = frozenset(
    {"table_info", "table_xinfo", "index_list", "index_info", "index_xinfo", "foreign_key_list"}
)

_ACTIONS = (
    "CREATE_INDEX CREATE_TABLE CREATE_TEMP_INDEX CREATE_TEMP_TABLE CREATE_TEMP_TRIGGER CREATE_TEMP_VIEW "
    "CREATE_TRIGGER CREATE_VIEW DELETE DROP_INDEX DROP_TABLE DROP_TEMP_INDEX DROP_TEMP_TABLE "
    "DROP_TEMP_TRIGGER DROP_TEMP_VIEW DROP_TRIGGER DROP_VIEW INSERT PRAGMA READ SELECT TRANSACTION "
    "UPDATE ATTACH DETACH ALTER_TABLE REINDEX ANALYZE CREATE_VTABLE DROP_VTABLE FUNCTION SAVEPOINT "
    "RECURSIVE"
).split()
#: sqlite3 authorizer action codes (1..33, fixed by SQLite) to readable names.
ACTION_NAMES = {i: name.replace("_", " ") for i, name in enumerate(_ACTIONS, 1)}


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    truncated: bool  # more rows than the cap were available


def run_query(url: str, sql: str, *, limit: int = DEFAULT_LIMIT, timeout: float = DEFAULT_TIMEOUT) -> QueryResult:
    """Run one read-only statement against the store at ``url`` (SQLAlchemy URL)."""
    if not sql or not sql.strip():
        raise QueryError("empty query")
    if limit < 1:
        raise QueryError("the row limit must be at least 1")
    if url.startswith("sqlite"):
        return _sqlite(url, sql, limit, timeout)
    if url.startswith("postgresql"):
        return _postgresql(url, sql, limit, timeout)
    raise QueryError(f"tracker sql supports SQLite and PostgreSQL stores, not {url.split(':', 1)[0]}")


# --------------------------------------------------------------------------- SQLite


def _sqlite_authorizer(denied: list[str]):  # type: ignore[no-untyped-def]
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}

    def authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
        if action in allowed:
            return sqlite3.SQLITE_OK
        if action == sqlite3.SQLITE_PRAGMA:
            pragma = (arg1 or "").lower()
            if (arg2 is None and pragma in READ_PRAGMAS) or pragma in DESCRIBE_PRAGMAS:
                return sqlite3.SQLITE_OK
        what = ACTION_NAMES.get(action, f"action {action}")
        if action == sqlite3.SQLITE_PRAGMA:
            what = f"PRAGMA {arg1}" + (" with a value" if arg2 is not None else "")
        elif arg1:
            what = f"{what} {arg1}"
        denied.append(what)
        return sqlite3.SQLITE_DENY

    return authorize


def _sqlite(url: str, sql: str, limit: int, timeout: float) -> QueryResult:
    from tracker.config import sqlite_path

    path = sqlite_path(url)
    if path is None:
        raise QueryError("tracker sql needs a SQLite file, not an in-memory database")
    if not Path(path).exists():
        raise QueryError(f"no tracker store at {path}")
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        raise QueryError(f"cannot open {path} read-only: {exc}") from None
    denied: list[str] = []
    deadline = time.monotonic() + timeout
    try:
        conn.execute("PRAGMA query_only=1")
        conn.set_authorizer(_sqlite_authorizer(denied))
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        try:
            cursor = conn.execute(sql)
            columns = [d[0] for d in cursor.description or ()]
            rows = cursor.fetchmany(limit + 1)
        except sqlite3.Warning as exc:  # e.g. several statements at once
            raise QueryError(f"refused: {exc}") from None
        except sqlite3.Error as exc:
            if denied:
                plain = [d for d in denied if "sqlite_master" not in d and "sqlite_temp_master" not in d]
                what = plain[0] if plain else "changing the schema"
                raise QueryError(f"refused: {what} is not allowed; tracker sql only reads") from None
            if "interrupted" in str(exc):
                raise QueryError(f"query stopped after the time limit of {timeout:g} s") from None
            if "readonly" in str(exc).replace(" ", "").lower():
                raise QueryError("refused: the store is opened read-only; tracker sql only reads") from None
            raise QueryError(f"query failed: {exc}") from None
    finally:
        conn.close()
    return QueryResult(columns, [tuple(r) for r in rows[:limit]], len(rows) > limit)


# --------------------------------------------------------------------------- PostgreSQL

#: First keywords of statements that only read. COPY is excluded: for a superuser,
#: ``COPY ... TO PROGRAM`` runs a command on the server even in a read-only transaction.
PG_READ_STATEMENTS = ("select", "with", "values", "table", "explain", "show")


def _first_keyword(sql: str) -> str:
    text = sql.lstrip()
    while True:
        if text.startswith("--"):
            text = text.split("\n", 1)[1].lstrip() if "\n" in text else ""
        elif text.startswith("/*"):
            text = text.split("*/", 1)[1].lstrip() if "*/" in text else ""
        elif text.startswith("("):
            text = text[1:].lstrip()
        else:
            break
    return text.split(None, 1)[0].lower() if text.split() else ""


def _postgresql(url: str, sql: str, limit: int, timeout: float) -> QueryResult:
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    keyword = _first_keyword(sql)
    if keyword not in PG_READ_STATEMENTS:
        raise QueryError(f"refused: {keyword.upper() or 'this statement'} is not allowed; tracker sql only reads")
    engine = create_engine(url, poolclass=NullPool)
    try:
        try:
            raw = engine.raw_connection()
        except Exception as exc:  # noqa: BLE001 - any connection failure is a user-facing error
            raise QueryError(f"cannot connect: {str(exc).splitlines()[0]}") from None
        try:
            cur = raw.cursor()
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(f"SET statement_timeout = {max(1, int(timeout * 1000))}")
            try:
                cur.execute(sql, prepare=True)
                columns = [d.name for d in cur.description or ()]
                rows = cur.fetchmany(limit + 1) if cur.description else []
            except psycopg.errors.ReadOnlySqlTransaction:
                raise QueryError("refused: writing is not allowed; tracker sql only reads") from None
            except psycopg.errors.QueryCanceled:
                raise QueryError(f"query stopped after the time limit of {timeout:g} s") from None
            except psycopg.errors.SyntaxError as exc:
                if "multiple commands" in str(exc):
                    raise QueryError("refused: one statement at a time") from None
                raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None
            except psycopg.Error as exc:
                raise QueryError(f"query failed: {str(exc).splitlines()[0]}") from None
            finally:
                try:
                    raw.rollback()
                except Exception:  # noqa: BLE001 - the connection is discarded anyway
                    pass
        finally:
            raw.close()
    finally:
        engine.dispose()
    return QueryResult(columns, [tuple(r) for r in rows[:limit]], len(rows) > limit)
