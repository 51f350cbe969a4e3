"""The user's side of the actor registry: listing actors, adding actors and spellings.

Additions are log entries (``actor_added``, ``actor_aliased``) recorded by ``user:<name>``,
never edits of the seed file: later ingests build the registry from the seeds plus these
entries (:func:`tracker.actor_registry.actor_registry`), and the log keeps who added what, when.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tracker.errors import ValidationError
from tracker.identity import current_user

if TYPE_CHECKING:
    from tracker.store import Store

ADDED_BY_SEED = "seed"


def actor_rows(store: Store | None, side: str | None = None) -> list[dict[str, Any]]:
    """Every actor the registry knows (optionally of one side), with who added it."""
    from tracker.actor_registry import actor_registry, registry_entries

    entries = registry_entries(store)
    registry = actor_registry(store)
    added_by = {e.payload.get("id"): e.recorded_by for e in entries if e.event_type == "actor_added"}
    wanted = side.strip().upper() if side else None
    rows = []
    for actor in registry.actors():
        if wanted is not None and (actor.side or "").upper() != wanted:
            continue
        rows.append(
            {
                "id": actor.id,
                "name": actor.name,
                "side": actor.side,
                "kind": actor.kind,
                "aliases": [a for a in actor.aliases if a != actor.name],
                "titles": list(actor.titles),
                "added_by": added_by.get(actor.id, ADDED_BY_SEED),
            }
        )
    return rows


@dataclass(frozen=True)
class RegistryChange:
    """What an ``actors add`` / ``actors alias`` recorded (``event_id`` None: nothing to record)."""

    actor_id: str
    name: str
    payload: dict[str, Any]
    event_id: str | None
    note: str | None = None


def add_actor(
    store: Store,
    name: str,
    side: str | None,
    *,
    aliases: Iterable[str] = (),
    titles: Iterable[str] = (),
    kind: str = "person",
    by: str | None = None,
) -> RegistryChange:
    """Record an ``actor_added`` entry. Refuses a name whose id the registry already has."""
    from tracker.actor_registry import actor_registry
    from tracker.app.recording import record
    from tracker.extract.mentions.registry import actor_added_payload
    from tracker.store import NewEntry

    payload = actor_added_payload(name, side, list(aliases), list(titles), kind)
    registry = actor_registry(store)
    existing = registry.get(payload["id"])
    if existing is not None:
        raise ValidationError(
            f"actor {existing.id!r} ({existing.name}, {existing.side or 'no side'}) is already in the registry; "
            f"add another spelling with `tracker actors alias`"
        )
    result = record(store, [NewEntry(event_type="actor_added", payload=payload, recorded_by=by or current_user())])
    return RegistryChange(payload["id"], payload["name"], payload, result.event_ids[0])


def alias_actor(store: Store, name_or_id: str, alias: str, *, by: str | None = None) -> RegistryChange:
    """Record an ``actor_aliased`` entry: ``alias`` is another name of the actor.

    An alias the actor already has records nothing; an alias of another actor moves to this
    one (later entries win) and the note says so.
    """
    from tracker.actor_registry import actor_registry
    from tracker.app.recording import record
    from tracker.extract.mentions.registry import actor_aliased_payload, normalise_name
    from tracker.store import NewEntry

    registry = actor_registry(store)
    payload = actor_aliased_payload(registry, name_or_id, alias)
    actor = registry.get(payload["actor_id"])
    assert actor is not None  # actor_aliased_payload found it
    key = normalise_name(payload["alias"])
    if any(normalise_name(a) == key for a in (actor.name, *actor.aliases)):
        return RegistryChange(actor.id, actor.name, payload, None, f"{payload['alias']!r} is already a name of {actor.name}")
    note = None
    other = registry.lookup(payload["alias"])
    if other is not None and other.id != actor.id:
        note = f"{payload['alias']!r} was a name of {other.name}; it now refers to {actor.name}"
    result = record(store, [NewEntry(event_type="actor_aliased", payload=payload, recorded_by=by or current_user())])
    return RegistryChange(actor.id, actor.name, payload, result.event_ids[0], note)
