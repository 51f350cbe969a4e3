"""Engines, connection settings and schema migrations of the store.

* SQLite: the driver's own transaction handling is switched off and ``BEGIN`` is emitted by us,
  so a writer can ask for ``BEGIN IMMEDIATE`` (execution option ``sqlite_immediate``); every
  connection gets a ``busy_timeout``; the file is put in WAL mode once it is known to be ours.
* PostgreSQL: nothing special at connect time; writers lock inside their transaction.
* Opening a store checks, before changing anything, that the database is empty or a tracker
  store at a revision this code knows; then it upgrades to the newest revision under a lock,
  so two processes opening a fresh database at once do not both create the schema.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import cast

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from tracker.config import LOCK_TIMEOUT_VARIABLE, lock_timeout, lock_timeout_text, sqlite_path
from tracker.errors import StoreError
from tracker.resources import migrations_dir

SQLITE_MAGIC = b"SQLite format 3\x00"
_MIGRATION_LOCK_KEY = 7_318_421_001  # pg advisory lock id for schema upgrades


#: URL schemes (before any ``+driver``) of the back ends tracker works with.
SUPPORTED_BACKENDS: dict[str, str] = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "postgres": "PostgreSQL"}


def check_backend(url: str) -> None:
    """Refuse, with the list of what works, a URL of a back end tracker does not support."""
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower() if "://" in url else ""
    if scheme not in SUPPORTED_BACKENDS:
        raise StoreError(
            f"unsupported database {describe(url)!r}: tracker works with SQLite (a file path or "
            "sqlite:///PATH) and PostgreSQL (postgresql+psycopg://USER@HOST/DB)"
        )


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the per-backend connection settings described above."""
    check_backend(url)
    try:
        if _in_memory_sqlite(url):  # one shared connection, or every checkout sees a new empty database
            from sqlalchemy.pool import StaticPool

            engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(url)
    except (SQLAlchemyError, ImportError, ValueError) as exc:
        raise StoreError(f"cannot use database {url!r}: {exc}") from None
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _in_memory_sqlite(url: str) -> bool:
    if not url.startswith("sqlite"):
        return False
    rest = url.split("://", 1)[1] if "://" in url else ""
    return rest in ("", "/", "/:memory:") or rest.startswith("/:memory:?") or "mode=memory" in rest


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {int(lock_timeout() * 1000)}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """A transaction that holds the writer lock from its first statement.

    SQLite: ``BEGIN IMMEDIATE`` (a deferred BEGIN that reads then writes fails at once under
    WAL). PostgreSQL: the caller locks the tables it needs; ``lock_timeout`` bounds the wait.
    """
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execution_options(sqlite_immediate=True)
        with conn.begin():
            if engine.dialect.name == "postgresql":
                conn.exec_driver_sql(f"SET LOCAL lock_timeout = '{max(1, int(lock_timeout() * 1000))}ms'")
            yield conn


# --------------------------------------------------------------------------- migrations


def alembic_config(connection: Connection | None = None):
    """An Alembic config pointing at the shipped migrations (checkout or wheel)."""
    import sys

    from alembic.config import Config

    # Alembic's default stream is whatever sys.stdout was when it was first imported (a closed
    # capture buffer in tests); its messages are not data, so they go to the current stderr.
    cfg = Config(stdout=sys.stderr)
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=4)
def _script(location: str):
    """The parsed migration scripts (read once per process and folder)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    """The newest revision the code knows."""
    head = _script(str(migrations_dir())).get_current_head()
    if head is None:
        raise StoreError(f"no migrations found in {migrations_dir()}")
    return head


def known_revisions() -> set[str]:
    """Every revision the code knows (a database at any other one is newer than the code)."""
    return {s.revision for s in _script(str(migrations_dir())).walk_revisions()}


def current_revision(conn: Connection) -> str | None:
    """The revision stamped in the database, or None for a database without one."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(conn).get_current_revision()


def stamped_revision(conn: Connection) -> str | None:
    """The revision in ``alembic_version`` by one plain query (None when there is no such
    table or no row): the start-up check of every command, without importing Alembic."""
    if conn.dialect.name == "sqlite":
        exists = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
    else:
        exists = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
    if not exists:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return rows[0][0] if len(rows) == 1 else None


_REVISION = re.compile(r"^revision(?:\s*:\s*\w+)?\s*=\s*[\"'](\w+)[\"']", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(?:[\"'](\w+)[\"']|None)", re.M)


@lru_cache(maxsize=1)
def file_head() -> str | None:
    """The head revision read from the migration files' ``revision`` / ``down_revision`` lines
    (about 1 ms, against about 200 ms to import Alembic). None when they do not give exactly
    one head; then :func:`prepare` asks Alembic."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (migrations_dir() / "versions").glob("*.py"):
        text = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(text), _DOWN.search(text)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        if down.group(1):
            parents.add(down.group(1))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def check_sqlite_file(url: str) -> None:
    """Refuse, without touching it, a file that exists but is not a SQLite database."""
    path = sqlite_path(url)
    if path is None:
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a tracker store")
    if path.exists():
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise StoreError(f"{path} is not a tracker store: it is not a SQLite database")
    elif not path.parent.is_dir():
        raise StoreError(f"cannot create {path}: folder {path.parent} does not exist")


def check_schema(conn: Connection, where: str) -> str | None:
    """Return the stored revision after checking the database is ours and not newer.

    A database with tables but no ``alembic_version`` belongs to something else; a revision
    this code does not know means a newer tracker wrote it. Both are refused.
    """
    tables = set(inspect(conn).get_table_names())
    revision = current_revision(conn) if "alembic_version" in tables else None
    if revision is None:
        foreign = sorted(t for t in tables if t != "alembic_version")
        if foreign:
            shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
            raise StoreError(
                f"{where} is not a tracker store: it has other tables ({shown}) and no tracker schema version"
            )
        return None
    if revision not in known_revisions():
        raise StoreError(
            f"{where} has schema revision {revision}, which this tracker does not know; "
            "it was written by a newer tracker: upgrade tracker"
        )
    return revision


def describe(url: str) -> str:
    """A short name for messages: the file path for SQLite, the URL without password else."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only used for wording
        return url


def prepare(engine: Engine, *, upgrade: bool = True) -> str | None:
    """Check the database and (if ``upgrade``) bring it to the head revision.

    Returns the revision the database is at afterwards. Raises StoreError for foreign or newer
    databases, and for an empty or outdated one when ``upgrade`` is False.
    """
    where = describe(engine.url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            stamped = stamped_revision(conn)
            conn.rollback()
        if stamped is not None and stamped == file_head():
            return stamped  # current: no Alembic import, no schema inspection (most commands)
        with engine.connect() as conn:
            revision = check_schema(conn, where)
            conn.rollback()
        head = head_revision()
        if revision == head or not upgrade:
            return revision
        with write_transaction(engine) as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK_KEY})
            revision = check_schema(conn, where)  # another process may have upgraded meanwhile
            if revision != head:
                from alembic import command

                command.upgrade(alembic_config(conn), "head")
        if engine.dialect.name == "sqlite":
            enable_wal(engine)
        return head
    except StoreError:
        raise
    except DBAPIError as exc:
        raise StoreError(f"cannot open {where}: {driver_error_text(exc)}") from None
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot open {where}: {_first_line(exc)}") from None


def enable_wal(engine: Engine) -> None:
    """Put a SQLite store in WAL mode (persistent in the file; readers do not block the writer)."""
    raw = engine.raw_connection()
    try:
        driver = cast(sqlite3.Connection, raw.driver_connection)  # typed as any driver's; here sqlite3's
        driver.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


@contextmanager
def database_errors(where: str) -> Iterator[None]:
    """Turn driver errors (server gone, lock timeout, disk full) into a one-line StoreError."""
    try:
        yield
    except DBAPIError as exc:
        raise StoreError(f"database error on {where}: {driver_error_text(exc)}") from None


def is_lock_timeout(exc: BaseException) -> bool:
    """True when a driver error means: another writer held the lock longer than we wait."""
    orig = getattr(exc, "orig", exc)
    if getattr(orig, "sqlstate", None) == "55P03":  # PostgreSQL lock_not_available
        return True
    text = str(orig).lower()
    return "database is locked" in text or "database table is locked" in text or "lock timeout" in text


def driver_error_text(exc: BaseException) -> str:
    """One line for a driver error; a lock wait that ran out names the setting that bounds it."""
    if is_lock_timeout(exc):
        return (
            f"the store is busy: another command held its lock longer than the {lock_timeout_text()} "
            f"this command waits; retry, or wait longer with --lock-timeout SECONDS or {LOCK_TIMEOUT_VARIABLE}"
        )
    return _first_line(getattr(exc, "orig", exc))


def _first_line(exc: object) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def upgrade_database(engine: Engine) -> tuple[str | None, str]:
    """Upgrade to head; return (revision before, revision after)."""
    with engine.connect() as conn:
        before = check_schema(conn, describe(str(engine.url)))
        conn.rollback()
    after = prepare(engine, upgrade=True)
    return before, after or head_revision()
