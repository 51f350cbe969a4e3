"""Read-only SQL over the store, for ``tracker sql``.

Guarantees, whatever the query says:

* **SQLite**: the file is opened with ``mode=ro`` (the OS-level handle cannot write),
  ``PRAGMA query_only=1`` is set, and an authorizer allows only reading: SELECT, reads of
  columns, functions, recursive CTEs and a short list of read-only PRAGMAs without a value.
  ATTACH, DETACH, any write, schema change, transaction control or PRAGMA assignment is denied,
  and so are functions that reach outside the database or leak memory addresses
  (:data:`DENIED_FUNCTIONS`). No single value may exceed :data:`MAX_VALUE_BYTES`
  (``SQLITE_LIMIT_LENGTH``: ``randomblob(400000000)`` fails at once), the connection's page
  cache is small, and SQLite's soft heap limit is lowered while the query runs.
* **PostgreSQL**: the query runs in a session opened *as the reader role*
  (:mod:`tracker.app.reader_role`), which can only SELECT the documented views and tables; with no
  such role, or a role with privileges, it is refused rather than run as the store's owner.
  The session and the transaction are READ ONLY, the statement runs through the extended
  protocol (one statement only, so ``...; COMMIT; DELETE`` cannot sneak in), and the
  transaction is rolled back at the end.
* A time limit that covers executing *and* fetching (SQLite progress handler plus a check
  between rows, PostgreSQL ``statement_timeout``), a row cap and a byte cap on the result.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from tracker.errors import QueryError

DEFAULT_LIMIT = 1000
DEFAULT_TIMEOUT = 10.0
#: Most bytes of result values (text and blobs by length, numbers as 8) returned by one query.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Longest single string or blob a SQLite query may build (SQLITE_LIMIT_LENGTH).
MAX_VALUE_BYTES = 16 * 1024 * 1024
#: SQLite heap kept while a query runs (soft limit: SQLite frees caches to stay under it).
SOFT_HEAP_BYTES = 256 * 1024 * 1024

#: SQL functions refused on SQLite: they read or write files, load code, or leak pointers.
DENIED_FUNCTIONS = frozenset(
    {"load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "lsdir", "fsdir",
     "sqlite_dbpage", "zipfile", "sqlar_compress", "sqlar_uncompress", "fts5_source_id_ptr"}
)

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


def run_query(
    url: str,
    sql: str,
    *,
    limit: int = DEFAULT_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    role: str | None = None,
) -> QueryResult:
    """Run one read-only statement against the store at ``url`` (SQLAlchemy URL).

    ``role``: on PostgreSQL, the reader role to connect as (default TRACKER_SQL_ROLE or
    ``tracker_reader``)."""
    if not sql or not sql.strip():
        raise QueryError("empty query")
    if limit < 1:
        raise QueryError("the row limit must be at least 1")
    if url.startswith("sqlite"):
        return _sqlite(url, sql, limit, timeout, max_bytes)
    if url.startswith("postgresql"):
        return _postgresql(url, sql, limit, timeout, max_bytes, role)
    raise QueryError(f"tracker sql supports SQLite and PostgreSQL stores, not {url.split(':', 1)[0]}")


# --------------------------------------------------------------------------- SQLite


def _sqlite_authorizer(denied: list[str]):
    allowed = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE}

    def authorize(action: int, arg1: str | None, arg2: str | None, db: str | None, source: str | None) -> int:
        if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
            denied.append(f"function {arg2}()")
            return sqlite3.SQLITE_DENY
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


def _sqlite(url: str, sql: str, limit: int, timeout: float, max_bytes: int) -> QueryResult:
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
    heap_before = None
    try:
        conn.execute("PRAGMA query_only=1")
        conn.execute("PRAGMA cache_size=-8192")  # 8 MB of page cache for this connection
        heap_before = conn.execute("PRAGMA soft_heap_limit").fetchone()[0]
        conn.execute(f"PRAGMA soft_heap_limit={SOFT_HEAP_BYTES}")
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)
        oversized = _bound_printf(conn)
        conn.set_authorizer(_sqlite_authorizer(denied))
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 10_000)
        try:
            cursor = conn.execute(sql)
            columns = [d[0] for d in cursor.description or ()]
            rows = _fetch(cursor, limit, max_bytes, deadline, timeout)
        except sqlite3.Warning as exc:  # e.g. several statements at once
            raise QueryError(f"refused: {exc}") from None
        except sqlite3.Error as exc:
            if denied:
                plain = [d for d in denied if "sqlite_master" not in d and "sqlite_temp_master" not in d]
                what = plain[0] if plain else "changing the schema"
                raise QueryError(f"refused: {what} is not allowed; tracker sql only reads") from None
            if "interrupted" in str(exc):
                raise QueryError(f"query stopped after the time limit of {timeout:g} s") from None
            if "too big" in str(exc) or oversized:
                raise QueryError(f"refused: a value would be larger than {MAX_VALUE_BYTES:,} bytes") from None
            if "readonly" in str(exc).replace(" ", "").lower():
                raise QueryError("refused: the store is opened read-only; tracker sql only reads") from None
            raise QueryError(f"query failed: {exc}") from None
    finally:
        if heap_before is not None:
            conn.set_authorizer(None)
            conn.execute(f"PRAGMA soft_heap_limit={int(heap_before)}")  # process-wide: put it back
        conn.close()
    return QueryResult(columns, rows[:limit], len(rows) > limit)


_WIDTHS = re.compile(r"%[-+ #0!,]*(\d*)(?:\.(\d*))?")


def _bound_printf(conn: sqlite3.Connection) -> list[int]:
    """Replace ``printf``/``format`` by a checked copy: a huge width or precision
    (``printf('%.*c', 400000000, 'x')``) runs for seconds inside one call, where neither the
    progress handler nor the length limit can stop it. Reasonable calls are passed to the
    built-in function on a private in-memory connection. Returns the list the refused sizes
    are put in (a Python function's own error message does not reach the caller)."""
    refused: list[int] = []
    inner = sqlite3.connect(":memory:", check_same_thread=False)
    inner.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)

    def checked(fmt: Any, *args: Any) -> Any:
        if fmt is None:
            return None
        widths = [int(n) for match in _WIDTHS.finditer(str(fmt)) for n in match.groups() if n]
        numbers = [a for a in args if isinstance(a, int)]
        if any(n > MAX_VALUE_BYTES for n in widths + numbers):
            refused.append(max(widths + numbers))
            raise ValueError("printf width or precision too big")
        marks = ", ".join("?" * (len(args) + 1))
        return inner.execute(f"SELECT printf({marks})", (fmt, *args)).fetchone()[0]

    for name in ("printf", "format"):
        conn.create_function(name, -1, checked, deterministic=True)
    return refused


def _fetch(cursor: Any, limit: int, max_bytes: int, deadline: float, timeout: float) -> list[tuple[Any, ...]]:
    """Up to ``limit + 1`` rows (one more tells that rows were cut), checking the time limit
    between rows and the byte cap after each."""
    rows: list[tuple[Any, ...]] = []
    size = 0
    while len(rows) <= limit:
        if time.monotonic() > deadline:
            raise QueryError(f"query stopped after the time limit of {timeout:g} s")
        row = cursor.fetchone()
        if row is None:
            break
        size += sum(_value_size(v) for v in row)
        if size > max_bytes:
            raise QueryError(f"refused: the result is larger than {max_bytes:,} bytes; "
                             "select fewer rows or columns (tracker sql is for reading, not dumping)")
        rows.append(tuple(row))
    return rows


def _value_size(value: Any) -> int:
    if isinstance(value, str):
        return len(value.encode("utf-8", "surrogatepass"))
    if isinstance(value, (bytes, bytearray, memoryview)):
        return len(value)
    return 8


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


def _postgresql(url: str, sql: str, limit: int, timeout: float, max_bytes: int, role: str | None) -> QueryResult:
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.pool import NullPool

    from tracker.app.reader_role import PASSWORD_ENV, privilege_problem, reader_role_name

    keyword = _first_keyword(sql)
    if keyword not in PG_READ_STATEMENTS:
        raise QueryError(f"refused: {keyword.upper() or 'this statement'} is not allowed; tracker sql only reads")
    name = reader_role_name(role)
    given = make_url(url)
    same_user = given.username == name  # the URL already names the reader: keep its password
    password = os.environ.get(PASSWORD_ENV) or (given.password if same_user else None)
    reader_url = given.set(username=name, password=password)
    engine = create_engine(reader_url, poolclass=NullPool)
    hint = (f"create it with `tracker db grant-reader --role {name}` (tracker sql does not run queries as "
            "the store's owner on PostgreSQL)")
    try:
        try:
            with engine.connect() as check:
                problem = privilege_problem(check, name)
                readable = problem is None and check.exec_driver_sql(  # schemas without USAGE are skipped
                    "SELECT to_regclass('log') IS NOT NULL "
                    "AND has_table_privilege(current_user, to_regclass('log'), 'SELECT')").scalar()
                check.rollback()
        except Exception as exc:  # noqa: BLE001 - any connection failure is a user-facing error
            first = str(getattr(exc, "orig", exc)).strip().splitlines()[0]
            raise QueryError(f"refused: cannot connect as the read-only role {name} ({first}); {hint}") from None
        if problem:
            raise QueryError(f"refused: {problem}; tracker sql runs only as a role without privileges")
        if not readable:
            raise QueryError(f"refused: role {name} cannot read this store; {hint}")
        raw = engine.raw_connection()
        try:
            cur: Any = raw.cursor()  # psycopg's own cursor: execute(prepare=...), Column.name
            cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.execute("SET TRANSACTION READ ONLY")
            cur.execute(f"SET statement_timeout = {max(1, int(timeout * 1000))}")
            deadline = time.monotonic() + timeout
            try:
                cur.execute(sql, prepare=True)
                columns = [d.name for d in cur.description or ()]
                rows = _fetch(cur, limit, max_bytes, deadline, timeout) if cur.description else []
            except psycopg.errors.ReadOnlySqlTransaction:
                raise QueryError("refused: writing is not allowed; tracker sql only reads") from None
            except psycopg.errors.InsufficientPrivilege as exc:
                raise QueryError(f"refused: {str(exc).splitlines()[0]} (tracker sql runs as role {name})") from None
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
    return QueryResult(columns, rows[:limit], len(rows) > limit)
