"""Shadow tables: a rebuild fills copies of a read model's tables aside, then swaps them in.

Why: a rebuild of a long log takes minutes. Emptying and refilling the live tables in one
transaction would hold the writer lock all that time (every ``add`` and ``ingest`` waiting, then
failing), and readers would wait or see nothing. Instead the copies (``<table>__new``) are filled
in short transactions while everyone else goes on, and one short transaction swaps them in:
rename the live tables away, rename the copies in, drop the old ones. Readers that started
before keep their snapshot (SQLite WAL, PostgreSQL MVCC); the swap itself takes milliseconds.

Names that must be unique in a database (indexes everywhere; primary keys on PostgreSQL) get a
free variant while both generations exist: the base name or ``<name>__b``. On PostgreSQL they
are renamed back to the base names in the swap; SQLite cannot rename an index, so there a
rebuilt table's indexes alternate between the two names (same columns, same plans).

Views are dropped and created again from their stored definitions in the swap, because renaming
a table drags a view's reference along with it (SQLite rewrites it, PostgreSQL follows the
table). On PostgreSQL the grants on the swapped tables and on the views (the reader role of
``tracker sql``) are read before the swap and given again after it, so a rebuild never takes
away what ``tracker db grant-reader`` granted.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import (
    Column,
    Connection,
    ForeignKey,
    Index,
    MetaData,
    PrimaryKeyConstraint,
    Table,
    inspect,
    text,
)

from tracker.schema import NAMING_CONVENTION

NEW = "__new"
OLD = "__old"
ALT = "__b"


def shadow_tables(conn: Connection, tables: Iterable[Table]) -> dict[str, Table]:
    """Copies of ``tables`` named ``<name>__new`` (same columns, keys and indexes), by base name.

    Foreign keys between the tables point at the copies. Nothing is created in the database.
    """
    tables = list(tables)
    insp = inspect(conn)
    existing: set[str] = set()
    for t in tables:
        if insp.has_table(t.name):
            existing |= {ix["name"] for ix in insp.get_indexes(t.name) if ix["name"]}
            pk = insp.get_pk_constraint(t.name).get("name")
            if pk:
                existing.add(pk)
    names = {t.name: t.name + NEW for t in tables}
    md = MetaData(naming_convention=NAMING_CONVENTION)
    result: dict[str, Table] = {}
    for t in sorted(tables, key=lambda t: _has_fk(t)):  # parents first
        columns = []
        for c in t.columns:
            fks = [
                ForeignKey(f"{names.get(fk.column.table.name, fk.column.table.name)}.{fk.column.name}")
                for fk in c.foreign_keys
            ]
            columns.append(
                Column(c.name, c.type, *fks, nullable=c.nullable, autoincrement=c.autoincrement, comment=c.comment)
            )
        pk_cols = [c.name for c in t.primary_key.columns]
        pk_name = str(t.primary_key.name or f"pk_{t.name}")
        if conn.dialect.name == "postgresql":
            pk_name = _free(pk_name, existing)
        copy = Table(names[t.name], md, *columns, PrimaryKeyConstraint(*pk_cols, name=pk_name))
        for ix in t.indexes:
            Index(_free(str(ix.name), existing), *[copy.c[c.name] for c in ix.columns], unique=ix.unique)
        result[t.name] = copy
    return result


def _has_fk(table: Table) -> bool:
    return any(c.foreign_keys for c in table.columns)


def _free(name: str, taken: set[str]) -> str:
    return name + ALT if name in taken else name


def drop_leftovers(conn: Connection, tables: Iterable[Table]) -> None:
    """Drop copies a crashed rebuild left behind (children first)."""
    insp = inspect(conn)
    for t in tables:  # projection.tables lists children first
        for suffix in (NEW, OLD):
            if insp.has_table(t.name + suffix):
                conn.exec_driver_sql(f'DROP TABLE "{t.name + suffix}"')


def create(conn: Connection, copies: dict[str, Table]) -> None:
    for copy in sorted(copies.values(), key=_has_fk):
        copy.create(conn)


def swap(conn: Connection, tables: Iterable[Table], copies: dict[str, Table]) -> None:
    """Inside the caller's (short) write transaction: put the copies in place of the live tables."""
    tables = list(tables)
    views = _views(conn)
    grants = _grants(conn, [t.name for t in tables] + [name for name, _ in views])
    for name, _ in reversed(views):
        conn.exec_driver_sql(f'DROP VIEW IF EXISTS "{name}"')
    for t in tables:
        conn.exec_driver_sql(f'ALTER TABLE "{t.name}" RENAME TO "{t.name + OLD}"')
    for t in reversed(tables):  # parents first, so children's keys follow them
        conn.exec_driver_sql(f'ALTER TABLE "{copies[t.name].name}" RENAME TO "{t.name}"')
    for t in tables:  # children first
        conn.exec_driver_sql(f'DROP TABLE "{t.name + OLD}"')
    if conn.dialect.name == "postgresql":
        for t in tables:
            copy = copies[t.name]
            pk = copy.primary_key.name
            base_pk = t.primary_key.name or f"pk_{t.name}"
            if pk != base_pk:
                conn.exec_driver_sql(f'ALTER TABLE "{t.name}" RENAME CONSTRAINT "{pk}" TO "{base_pk}"')
            for ix in copy.indexes:
                if str(ix.name).endswith(ALT):
                    conn.exec_driver_sql(f'ALTER INDEX "{ix.name}" RENAME TO "{str(ix.name)[: -len(ALT)]}"')
    for name, body in views:
        conn.exec_driver_sql(body if conn.dialect.name == "sqlite" else f'CREATE VIEW "{name}" AS {body}')
    for relation, grantee, privilege in grants:
        conn.exec_driver_sql(f'GRANT {privilege} ON "{relation}" TO "{grantee}"')


def _grants(conn: Connection, relations: list[str]) -> list[tuple[str, str, str]]:
    """(relation, grantee, privilege) granted to other roles on ``relations`` (PostgreSQL only:
    SQLite has no grants). The owner's own privileges come back with the tables by themselves."""
    if conn.dialect.name != "postgresql" or not relations:
        return []
    rows = conn.execute(
        text(
            "SELECT table_name, grantee, privilege_type FROM information_schema.role_table_grants "
            "WHERE table_schema = current_schema() AND grantee <> current_user AND table_name = ANY(:names)"
        ),
        {"names": relations},
    ).all()
    allowed = {"SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"}
    return [(r[0], r[1], r[2]) for r in rows if r[2] in allowed]


def _views(conn: Connection) -> list[tuple[str, str]]:
    """(name, definition) of every view, in creation order."""
    if conn.dialect.name == "sqlite":
        rows = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'view' ORDER BY rowid").all()
    else:
        rows = conn.execute(
            text(
                "SELECT c.relname, pg_get_viewdef(c.oid) FROM pg_class c "
                "WHERE c.relkind = 'v' AND c.relnamespace = current_schema()::regnamespace ORDER BY c.oid"
            )
        ).all()
    return [(r[0], r[1]) for r in rows]
