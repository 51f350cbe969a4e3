"""A fresh PostgreSQL schema per test (or per hypothesis example), dropped afterwards.

PostgreSQL tests never skip: if the server is unreachable they fail, so a CI run without the
database cannot pass by accident. The server is ``TRACKER_TEST_PG`` (default: the local
trust-auth server).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from typing import Iterator

import pytest

PG_BASE_URL = os.environ.get("TRACKER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def with_search_path(base: str, schema: str) -> str:
    """``base`` with connections confined to ``schema``."""
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@contextlib.contextmanager
def fresh_pg_schema_url() -> Iterator[str]:
    """A URL whose connections live in a new, empty schema; the schema is dropped on exit."""
    from sqlalchemy import create_engine, text

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(PG_BASE_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - turn any connection problem into a failure
        admin.dispose()
        pytest.fail(f"PostgreSQL at {PG_BASE_URL} is required for this test and is unreachable: {exc}")
    try:
        yield with_search_path(PG_BASE_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
