"""Shared fixtures: no test touches a real store, and PostgreSQL tests get a schema of their own.

PostgreSQL tests never skip: if the server is unreachable they fail, so a CI run without the
database cannot pass by accident. The server is taken from ``TRACKER_TEST_PG`` (default: the
local trust-auth server).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest

PG_BASE_URL = os.environ.get("TRACKER_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TRACKER_DB at a temporary file for every test."""
    path = tmp_path / "tracker.sqlite3"
    monkeypatch.setenv("TRACKER_DB", str(path))
    return path


def _with_search_path(base: str, schema: str) -> str:
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections live in a fresh, empty PostgreSQL schema, dropped afterwards."""
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
        yield _with_search_path(PG_BASE_URL, schema)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
