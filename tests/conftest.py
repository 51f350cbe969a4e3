"""Shared fixtures: no test touches a real store, and PostgreSQL tests get a schema of their own.

PostgreSQL tests never skip: if the server is unreachable they fail, so a CI run without the
database cannot pass by accident. The server is taken from ``TRACKER_TEST_PG`` (default: the
local trust-auth server).
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest
from pg_schema import fresh_pg_schema_url


@pytest.fixture(autouse=True)
def _isolated_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point TRACKER_DB at a temporary file for every test."""
    path = tmp_path / "tracker.sqlite3"
    monkeypatch.setenv("TRACKER_DB", str(path))
    return path


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL whose connections live in a fresh, empty PostgreSQL schema, dropped afterwards."""
    with fresh_pg_schema_url() as url:
        yield url
