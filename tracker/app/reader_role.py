"""The PostgreSQL role ``tracker sql`` runs as: it can log in and SELECT the documented views
and tables of one store, and nothing else.

Why a role and not only a READ ONLY transaction: a superuser in a read-only transaction can
still call ``pg_read_file``, ``pg_ls_dir``, ``pg_reload_conf``, ``pg_terminate_backend``...
And why *connect* as the role rather than ``SET ROLE`` to it: the privileges of ``SET ROLE``
are checked against the session user, so a query could call ``set_config('role', ...)`` to
become the superuser again. A session opened by the role itself has no way back.

The role is created by ``tracker db grant-reader`` (run as the store's owner); rerunning it
re-grants (for example after an upgrade added a view). Roles are cluster-wide; the grants are
per schema.
"""

from __future__ import annotations

import os

from sqlalchemy import Engine, text

from tracker.errors import StoreError, ValidationError

DEFAULT_READER_ROLE = "tracker_reader"
ROLE_ENV = "TRACKER_SQL_ROLE"
PASSWORD_ENV = "TRACKER_SQL_PASSWORD"

#: What the reader may SELECT: the documented views and tables (README, "Querying with SQL").
READER_RELATIONS: tuple[str, ...] = (
    "v_events", "v_participants", "v_timeline", "v_sources", "v_tracks", "v_occurrences",
    "log", "articles", "events", "event_participants", "timeline_entries", "timeline_entry_tracks",
    "timeline_participants", "timeline_sources", "timeline_occurrences", "timeline_overrides", "tracks",
    "projection_positions",
)

#: Role attributes and built-in roles that would let a reader escape the database.
_PRIVILEGED_ROLES = ("pg_read_server_files", "pg_write_server_files", "pg_execute_server_program",
                     "pg_signal_backend")


def reader_role_name(role: str | None = None) -> str:
    """The role to use: ``role``, else TRACKER_SQL_ROLE, else ``tracker_reader``; checked to be a
    plain identifier so it can be quoted safely everywhere."""
    name = (role or os.environ.get(ROLE_ENV, "") or DEFAULT_READER_ROLE).strip()
    if not name or len(name) > 63 or not (name[0].isalpha() or name[0] == "_") \
            or not all(c.isalnum() or c == "_" for c in name) or not name.isascii():
        raise ValidationError(f"invalid role name {name!r}: use letters, digits and underscores (at most 63)")
    return name


def privilege_problem(conn, role: str) -> str | None:
    """Why ``role`` is too powerful to run user queries as, or None."""
    row = conn.execute(text(
        "SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls "
        "FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    if row is None:
        return f"role {role} does not exist"
    attributes = [name for name, flag in zip(("SUPERUSER", "CREATEROLE", "CREATEDB", "REPLICATION", "BYPASSRLS"), row, strict=False) if flag]
    if attributes:
        return f"role {role} has {', '.join(attributes)}"
    for builtin in _PRIVILEGED_ROLES:
        if conn.execute(text("SELECT pg_has_role(:r, :b, 'MEMBER')"), {"r": role, "b": builtin}).scalar():
            return f"role {role} is a member of {builtin}"
    return None


def grant_reader(engine: Engine, role: str | None = None) -> tuple[str, list[str]]:
    """Create ``role`` if needed (LOGIN, no other attribute) and let it SELECT this store's
    documented relations; return (role, relations granted). Refuses a role that is privileged."""
    if engine.dialect.name != "postgresql":
        raise ValidationError("a reader role is for PostgreSQL stores; on SQLite tracker sql opens the file read-only")
    name = reader_role_name(role)
    password = os.environ.get(PASSWORD_ENV)
    with engine.begin() as conn:
        conn.execute(text(
            f'DO $$ BEGIN CREATE ROLE "{name}" LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
            "NOBYPASSRLS NOINHERIT; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"))
        problem = privilege_problem(conn, name)
        if problem:
            raise StoreError(f"{problem}: tracker sql needs a role without privileges; choose another --role")
        if password:
            quoted = conn.execute(text("SELECT quote_literal(:p)"), {"p": password}).scalar()
            conn.execute(text(f'ALTER ROLE "{name}" PASSWORD {quoted}'))
        schema = conn.execute(text("SELECT current_schema()")).scalar()
        if schema is None:
            raise StoreError("the store's schema is not on the search path")
        present = set(conn.execute(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind IN ('r', 'v', 'm', 'p')"), {"s": schema}).scalars())
        granted = [r for r in READER_RELATIONS if r in present]
        if "log" not in granted:
            raise StoreError("this database is not a tracker store yet: run `tracker db upgrade` first")
        conn.execute(text(f"GRANT USAGE ON SCHEMA {_ident(schema)} TO {_ident(name)}"))
        relations = ", ".join(f"{_ident(schema)}.{_ident(r)}" for r in granted)
        conn.execute(text(f"GRANT SELECT ON {relations} TO {_ident(name)}"))
    return name, granted


def _ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'
