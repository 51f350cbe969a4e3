"""The actor registry of a store: the seed actors plus the log's ``actor_added`` and
``actor_aliased`` entries, built in one place and cached.

Every reader of the registry (ingest, hand-typed events and amendments, ``list --actor``, the
review queue, ``tracker actors``) goes through :func:`actor_registry`, so they all see the same
actors; :func:`resolve_participant` and :func:`resolve_location` give a typed name or place its
registry identity. The cache is per open store and keyed by the log's head and the seed files' timestamps: any
append, by this process or another, or an edited seed file makes the next call rebuild, so
the registry never lags behind the log.
"""

from __future__ import annotations

import re
import threading
import weakref
from dataclasses import replace
from typing import TYPE_CHECKING

from tracker.events import REGISTRY_TYPES, Location, Participant

if TYPE_CHECKING:
    from tracker.extract.mentions.registry import ActorRegistry
    from tracker.store import LogEntry, Store

_LOCK = threading.Lock()
_Key = tuple[int, tuple[str, int, int] | None]  # the log head, the seed files
_CACHE: weakref.WeakKeyDictionary[Store, tuple[_Key, list[LogEntry], ActorRegistry]] = weakref.WeakKeyDictionary()


def _seed_stamp() -> tuple[str, int, int] | None:
    """Which seed files the registry starts from, as they are now (None: missing)."""
    from tracker.resources import seeds_dir

    folder = seeds_dir()
    try:
        return str(folder), (folder / "actors.json").stat().st_mtime_ns, (folder / "places.json").stat().st_mtime_ns
    except OSError:
        return None


def _cached(store: Store) -> tuple[list[LogEntry], ActorRegistry]:
    from tracker.extract.mentions.registry import ActorRegistry

    key = (store.head(), _seed_stamp())
    with _LOCK:
        hit = _CACHE.get(store)
    if hit is not None and hit[0] == key:
        return hit[1], hit[2]
    entries = list(store.read(types=list(REGISTRY_TYPES)))
    registry = ActorRegistry.load(extra=[(e.event_type, e.payload) for e in entries])  # NotFoundError without seeds
    if key[1] is not None:
        with _LOCK:
            _CACHE[store] = (key, entries, registry)
    return entries, registry


def actor_registry(store: Store | None) -> ActorRegistry:
    """The registry as the log of ``store`` leaves it (the seeds alone when ``store`` is None).

    Raises NotFoundError when the seed files are missing. Callers must not change it (it is
    shared); changes go through the log (:mod:`tracker.app.actors`).
    """
    from tracker.extract.mentions.registry import ActorRegistry

    if store is None:
        return ActorRegistry.load()
    return _cached(store)[1]


def registry_entries(store: Store | None) -> list[LogEntry]:
    """The log's registry entries, oldest first (who added which actor, and when)."""
    return [] if store is None else list(_cached(store)[0])


# --------------------------------------------------------------------------- resolving names


def load_registry(store: Store) -> ActorRegistry | None:
    """The actor registry (:func:`actor_registry`), or None without seed files: then
    hand-typed names stay as typed and sides unknown."""
    from tracker.errors import NotFoundError

    try:
        return actor_registry(store)
    except NotFoundError:
        return None


def resolve_participant(registry: ActorRegistry | None, participant: Participant) -> Participant:
    """Canonical name, id and side from the registry; an unknown name stays unresolved (with a
    provisional ``unresolved:<slug>`` id)."""
    actor = registry.lookup(participant.name) if registry is not None else None
    if actor is not None:
        return replace(
            participant,
            name=actor.name,
            actor_id=actor.id,
            side=participant.side or actor.side,
            kind="side" if actor.kind == "side" else ("organisation" if actor.kind == "organisation" else "person"),
            resolved=True,
        )
    slug = re.sub(r"[^a-z0-9]+", "-", participant.name.lower()).strip("-") or "x"
    return replace(participant, actor_id=f"unresolved:{slug}", resolved=False)


def resolve_location(registry: ActorRegistry | None, location: Location | None) -> Location | None:
    """Fill the country of a known place (gazetteer of the registry) when the user gave none."""
    if location is None or location.country is not None or registry is None:
        return location
    wanted = location.name.casefold()
    for place in registry.places():
        if wanted in (a.casefold() for a in (place.name, *place.aliases)):
            return Location(name=place.name, country=place.country)
    return location
