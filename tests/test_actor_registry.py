"""The one accessor of the actor registry: built from the seeds and the log, cached per store
until the log moves, the same registry for every reader, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tracker.actor_registry import actor_registry, registry_entries
from tracker.app.actors import actor_rows, add_actor, alias_actor
from tracker.actor_registry import load_registry
from tracker.store import Store, open_store


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "postgres":
        request.applymarker(pytest.mark.postgres)
        url = request.getfixturevalue("pg_url")
    else:
        url = str(tmp_path / "r.sqlite3")
    s = open_store(url)
    yield s
    s.close()


def test_the_registry_is_cached_until_the_log_moves(store: Store) -> None:
    first = actor_registry(store)
    assert actor_registry(store) is first  # nothing appended: the same registry
    assert first.lookup("Jane Quillfeather") is None
    add_actor(store, "Jane Quillfeather", "GB", by="user:test")
    second = actor_registry(store)
    assert second is not first
    actor = second.lookup("Jane Quillfeather")
    assert actor is not None and actor.side == "GB"
    assert first.lookup("Jane Quillfeather") is None  # the old one was not changed in place


def test_every_reader_sees_the_same_registry(store: Store) -> None:
    add_actor(store, "Jane Quillfeather", "GB", by="user:test")
    alias_actor(store, "Jane Quillfeather", "J. Quillfeather", by="user:test")
    registry = actor_registry(store)
    assert load_registry(store) is registry
    assert registry.lookup("J. Quillfeather").id == registry.lookup("Jane Quillfeather").id
    row = next(r for r in actor_rows(store) if r["name"] == "Jane Quillfeather")
    assert row["aliases"] == ["J. Quillfeather"] and row["added_by"] == "user:test"
    assert [e.event_type for e in registry_entries(store)] == ["actor_added", "actor_aliased"]


def test_another_connection_to_the_store_sees_appends_made_elsewhere(store: Store) -> None:
    before = actor_registry(store)
    other = open_store(store.url)
    try:
        add_actor(other, "Jane Quillfeather", "GB", by="user:test")
    finally:
        other.close()
    after = actor_registry(store)  # the head moved: rebuilt from the log
    assert after is not before and after.lookup("Jane Quillfeather") is not None


def test_without_a_store_the_seeds_alone() -> None:
    registry = actor_registry(None)
    assert registry.actors() and registry.lookup("Jane Quillfeather") is None
    assert registry_entries(None) == []
