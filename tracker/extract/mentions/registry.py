"""The actor registry: who can be named in an article, under which spellings, on which side.

Seeded from ``seeds/actors.json`` (people, organisations and sides with their aliases in the
languages the tool reads) and ``seeds/places.json`` (a gazetteer of places where talks are
held), then extended by the ``actor_added`` / ``actor_aliased`` entries of the log, applied in
log order.

Matching is token based over a *folded* copy of the text (:mod:`tracker.extract.mentions.tokens`:
case, accents and Russian/Ukrainian case endings do not count, capitals in an alias do) with
a token trie of every alias (:mod:`tracker.extract.mentions.alias_matcher`) built once per registry.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tracker.errors import NotFoundError, ValidationError
from tracker.extract.mentions.alias_matcher import AliasEntry, AliasMatcher, Match
from tracker.extract.mentions.tokens import Token, alias_keys, caps_ok, fold, normalise_name, slugify, tokenize
from tracker.extract.types import Actor

KINDS: tuple[str, ...] = ("person", "side", "organisation")
_SIDE_CODE = re.compile(r"^(?:[A-Z]{2}|EU|UN|NATO)$")

#: Articles dropped from a looked-up name ("le Kremlin", "the White House").


# --------------------------------------------------------------------------- seeds


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: a city, region or building where talks are held."""

    slug: str
    name: str
    country: str
    aliases: tuple[str, ...]
    kind: str = "city"


@dataclass(frozen=True)
class SideInfo:
    """Display names of a side per language and which of its aliases are metonyms."""

    code: str
    names: dict[str, str]
    country_names: tuple[str, ...]
    metonyms: tuple[str, ...]


#: Preference when an actor holds several roles ("head_of_state" before "leader").
_ROLE_ORDER = {
    r: i
    for i, r in enumerate(
        (
            "head_of_state", "head_of_government", "foreign_minister", "defence_minister",
            "national_security_adviser", "security_council_secretary", "head_of_presidential_office",
            "spokesperson", "mfa_spokesperson", "chief_of_general_staff", "commander_in_chief",
            "vice_president", "crown_prince", "secretary_general", "commission_president",
            "council_president", "leader",
        )
    )
}

#: Roles held since this day and still held are resolved without an article date.
STABLE_SINCE = "2025-02-01"

_SEED_CACHE: dict[Path, tuple[float, float, dict, list]] = {}


def _read_seeds(folder: Path) -> tuple[dict, list]:
    actors_path, places_path = folder / "actors.json", folder / "places.json"
    try:
        stamp = (actors_path.stat().st_mtime, places_path.stat().st_mtime)
    except FileNotFoundError as exc:
        raise NotFoundError(f"The actor registry seed file is missing: {exc.filename}") from None
    cached = _SEED_CACHE.get(folder)
    if cached and cached[:2] == stamp:
        return cached[2], cached[3]
    try:
        actors = json.loads(actors_path.read_text(encoding="utf-8"))
        places = json.loads(places_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValidationError(f"A registry seed file is not valid JSON: {exc}") from None
    _SEED_CACHE[folder] = (stamp[0], stamp[1], actors, places)
    return actors, places


def side_actor_id(code: str) -> str:
    """Registry id of the side actor of a side code: ``RU`` → ``side:RU``."""
    return f"side:{code}"


# --------------------------------------------------------------------------- registry


class ActorRegistry:
    """Actors, sides and places, with an alias matcher built once on first use."""

    _default: ActorRegistry | None = None
    _default_stamp: object = None

    def __init__(self, actors: Iterable[Actor], sides: dict[str, SideInfo], places: Iterable[Place]) -> None:
        self._actors: dict[str, Actor] = {}
        self._sides = dict(sides)
        self._places = {p.slug: p for p in places}
        self._lookup: dict[str, str] = {}
        self._roles: dict[tuple[str, str], list[tuple[str, str | None, str | None]]] = {}
        self._matcher: AliasMatcher | None = None
        for actor in actors:
            self._put(actor)

    # ----------------------------------------------------------------- loading

    @classmethod
    def load(cls, extra: Iterable[tuple[str, dict]] = (), *, seeds: Path | None = None) -> ActorRegistry:
        """The seeded registry plus the log's ``actor_added`` / ``actor_aliased`` entries in order.

        With no ``extra`` and the default seeds, the same (read-only) instance is reused.
        """
        from tracker.resources import seeds_dir

        folder = Path(seeds) if seeds is not None else seeds_dir()
        extra = list(extra)
        data, places = _read_seeds(folder)
        if seeds is not None:
            registry = cls._from_data(data, places)
        else:
            if cls._default is None or cls._default_stamp is not data:
                cls._default, cls._default_stamp = cls._from_data(data, places), data
            if not extra:
                return cls._default
            registry = cls._default._copy()
        for entry_type, payload in extra:
            registry.apply(entry_type, payload)
        return registry

    def _copy(self) -> ActorRegistry:
        """A registry sharing this one's seed data, to extend without changing this one."""
        other = ActorRegistry.__new__(ActorRegistry)
        other._actors = dict(self._actors)
        other._sides = self._sides
        other._places = self._places
        other._lookup = dict(self._lookup)
        other._roles = self._roles
        other._matcher = None
        return other

    @classmethod
    def _from_data(cls, data: dict, places_data: list) -> ActorRegistry:
        sides: dict[str, SideInfo] = {}
        actors: list[Actor] = []
        for code, info in data.get("sides", {}).items():
            names = dict(info.get("names", {}))
            country = tuple(names.values()) + tuple(info.get("aliases", ()))
            metonyms = tuple(info.get("metonyms", ()))
            sides[code] = SideInfo(code, names, country, metonyms)
            actors.append(
                Actor(
                    id=side_actor_id(code),
                    name=names.get("en", code),
                    side=code,
                    kind="side",
                    aliases=tuple(dict.fromkeys(country + metonyms)),
                    titles=(),
                )
            )
        roles: list[tuple[str, str, str, str | None, str | None]] = []
        for raw in data.get("actors", []):
            for r in raw.get("roles", ()):
                roles.append((r["role"], r.get("side") or raw.get("side") or "", raw["id"], r.get("from"), r.get("to")))
            actors.append(
                Actor(
                    id=raw["id"],
                    name=raw["name"],
                    side=raw.get("side"),
                    kind=raw.get("kind", "person"),
                    aliases=tuple(dict.fromkeys([raw["name"], *raw.get("aliases", ())])),
                    titles=tuple(raw.get("titles", ())),
                )
            )
        places = [
            Place(
                slug=p.get("id") or slugify(p["name"]),
                name=p["name"],
                country=p["country"],
                aliases=tuple(dict.fromkeys([p["name"], *p.get("aliases", ())])),
                kind=p.get("kind", "city"),
            )
            for p in places_data
        ]
        registry = cls(actors, sides, places)
        for role, side, actor_id, start, end in roles:
            registry._roles.setdefault((role, side), []).append((actor_id, start, end))
        return registry

    def apply(self, entry_type: str, payload: dict) -> None:
        """Apply one registry log entry (``actor_added`` or ``actor_aliased``)."""
        if entry_type == "actor_added":
            # adding an actor the registry already has keeps its known spellings and titles
            known = self._actors.get(payload["id"])
            old_aliases = known.aliases if known else ()
            old_titles = known.titles if known else ()
            actor = Actor(
                id=payload["id"],
                name=payload["name"],
                side=payload.get("side"),
                kind=payload.get("kind", "person"),
                aliases=tuple(dict.fromkeys([payload["name"], *payload.get("aliases", ()), *old_aliases])),
                titles=tuple(dict.fromkeys([*payload.get("titles", ()), *old_titles])),
            )
            self._put(actor)
        elif entry_type == "actor_aliased":
            current = self._actors.get(payload["actor_id"])
            if current is None:
                raise NotFoundError(f"No actor with id {payload['actor_id']!r} in the registry.")
            alias = payload["alias"]
            updated = Actor(
                current.id, current.name, current.side, current.kind,
                tuple(dict.fromkeys([*current.aliases, alias])), current.titles,
            )
            self._put(updated)
        else:
            raise ValidationError(f"{entry_type!r} is not a registry entry type.")
        self._matcher = None

    def _put(self, actor: Actor) -> None:
        self._actors[actor.id] = actor
        for name in (actor.name, *actor.aliases):
            key = normalise_name(name)
            if key:
                self._lookup[key] = actor.id
        self._matcher = None

    # ----------------------------------------------------------------- queries

    def get(self, actor_id: str) -> Actor | None:
        """The actor with this registry id, or None."""
        return self._actors.get(actor_id)

    def lookup(self, name: str) -> Actor | None:
        """The actor one of whose aliases (or id) is ``name``, ignoring case and accents."""
        if name in self._actors:
            return self._actors[name]
        key = normalise_name(name)
        actor_id = self._lookup.get(key)
        if actor_id is None:
            # "la Russie", "le Kremlin", "the White House", "l'Élysée"
            from tracker.extract.lang import leading_articles

            article = next((a for a in leading_articles() if key.startswith(a)), "")
            actor_id = self._lookup.get(key[len(article) :]) if article else None
        return self._actors.get(actor_id) if actor_id else None

    def actors(self) -> list[Actor]:
        """Every actor, sides first then people and organisations, in registry order."""
        return list(self._actors.values())

    def sides(self) -> list[str]:
        """Every side code the registry knows."""
        return list(self._sides)

    def side_actor(self, side: str) -> Actor | None:
        """The ``kind="side"`` actor of a side code (``RU`` → Russia)."""
        return self._actors.get(side_actor_id(side))

    def side_name(self, side: str, lang: str = "en") -> str:
        """Display name of a side in a language, falling back to English then to the code."""
        info = self._sides.get(side)
        if info is None:
            return side
        return info.names.get(lang) or info.names.get("en") or side

    def role_holder(self, role: str, side: str, when: dt.date | None = None) -> Actor | None:
        """Who held a role ("head_of_state", "foreign_minister"...) for a side on a date.

        Without a date, only a holder in office over the whole period the seeds cover (since
        :data:`STABLE_SINCE`, still in office) is returned: "le président russe" is Vladimir
        Putin, while "the German chancellor" needs the article's date.
        """
        holders = self._roles.get((role, side), [])
        if when is not None:
            day = when.isoformat()
            found = [a for a, start, end in holders if (start is None or start <= day) and (end is None or day < end)]
        else:
            # a term that ended before the stable period (Biden's, Blinken's) is history and
            # does not make today's holder ambiguous
            current = [(a, start, end) for a, start, end in holders if end is None or end > STABLE_SINCE]
            found = [a for a, start, end in current if end is None and (start is None or start <= STABLE_SINCE)]
            if len(current) != 1:
                found = []
        return self._actors.get(found[0]) if len(found) == 1 else None

    def roles_of(self, actor_id: str, when: dt.date | None = None) -> list[str]:
        """The roles an actor holds on a date (without a date: the roles still held)."""
        day = when.isoformat() if when is not None else None
        out = []
        for (role, _side), holders in self._roles.items():
            for holder, start, end in holders:
                if holder != actor_id:
                    continue
                if day is None and end is None or day is not None and (start is None or start <= day) and (end is None or day < end):
                    out.append(role)
        return sorted(set(out), key=lambda r: _ROLE_ORDER.get(r, len(_ROLE_ORDER)))

    def place(self, slug: str) -> Place | None:
        """A gazetteer entry by slug."""
        return self._places.get(slug)

    def places(self) -> list[Place]:
        """Every gazetteer entry."""
        return list(self._places.values())

    def country_place(self, side: str) -> Place:
        """A country taken as a location ("en Ukraine", "in Russia")."""
        return Place(f"country-{side.lower()}", self.side_name(side), side, (), kind="country")

    def alias_index(self) -> AliasMatcher:
        """The alias matcher over actors and places, built on first use and then reused."""
        if self._matcher is None:
            self._matcher = self._build_matcher()
        return self._matcher

    def _build_matcher(self) -> AliasMatcher:
        matcher = AliasMatcher()
        owner: dict[tuple[str, ...], str] = {}
        metonym_keys = {
            code: {alias_keys(m)[0] for m in info.metonyms} for code, info in self._sides.items()
        }
        country_keys = {
            code: {alias_keys(m)[0] for m in info.country_names} for code, info in self._sides.items()
        }
        for actor in self._actors.values():
            for alias in actor.aliases:
                keys, _ = alias_keys(alias)
                if not keys:
                    continue
                # A later actor (a user addition) takes an alias over from an earlier one.
                previous = owner.get(keys)
                owner[keys] = actor.id
                if previous is not None and previous != actor.id:
                    matcher.remove(keys, previous)
                is_metonym = actor.kind == "side" and keys in metonym_keys.get(actor.side or "", set())
                is_country = actor.kind == "side" and keys in country_keys.get(actor.side or "", set())
                matcher.add(alias, "actor", actor.id, metonym=is_metonym, country=is_country)
        for place in self._places.values():
            for alias in place.aliases:
                matcher.add(alias, "place", place.slug)
        return matcher


# --------------------------------------------------------------------------- log payloads


def _clean_list(values: Iterable[str], what: str) -> list[str]:
    out = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"Every {what} must be a non-empty text.")
        if what == "alias" and not any(ch.isalnum() for ch in value):
            raise ValidationError(f"The alias {value.strip()!r} must contain at least one letter or digit.")
        out.append(unicodedata.normalize("NFC", value.strip()))
    return list(dict.fromkeys(out))


def actor_added_payload(
    name: str,
    side: str | None,
    aliases: Iterable[str] = (),
    titles: Iterable[str] = (),
    kind: str = "person",
) -> dict:
    """A validated ``actor_added`` payload; the id is the slug of the name."""
    name = unicodedata.normalize("NFC", (name or "").strip())
    if not name:
        raise ValidationError("An actor needs a name.")
    if kind not in KINDS:
        raise ValidationError(f"Actor kind must be one of {', '.join(KINDS)}, not {kind!r}.")
    if side is not None:
        side = side.strip().upper()
        if not _SIDE_CODE.match(side):
            raise ValidationError(
                f"Side {side!r} is not a side code: use an ISO 3166 alpha-2 code (RU, UA, US...) or EU, UN, NATO."
            )
    actor_id = slugify(name)
    if not actor_id:
        raise ValidationError(f"Cannot make an id from the name {name!r}.")
    return {
        "id": actor_id,
        "name": name,
        "side": side,
        "kind": kind,
        "aliases": _clean_list(aliases, "alias"),
        "titles": _clean_list(titles, "title"),
    }


def actor_aliased_payload(registry: ActorRegistry, name_or_id: str, alias: str) -> dict:
    """A validated ``actor_aliased`` payload for a known actor (by id or by any of its names)."""
    actor = registry.get(name_or_id) or registry.lookup(name_or_id)
    if actor is None:
        raise NotFoundError(f"No actor called {name_or_id!r} in the registry; add it first with `tracker actors add`.")
    alias = unicodedata.normalize("NFC", (alias or "").strip())
    if not any(ch.isalnum() for ch in alias):
        raise ValidationError("An alias must contain at least one letter or digit.")
    return {"actor_id": actor.id, "alias": alias}


__all__ = [
    "ActorRegistry",
    "AliasEntry",
    "AliasMatcher",
    "Match",
    "Place",
    "Token",
    "actor_added_payload",
    "actor_aliased_payload",
    "fold",
    "normalise_name",
    "side_actor_id",
    "slugify",
    "tokenize",
]


__all__ = [
    "KINDS", "STABLE_SINCE", "ActorRegistry", "AliasEntry", "AliasMatcher", "Match", "Place", "SideInfo", "Token",
    "actor_added_payload", "actor_aliased_payload", "alias_keys", "caps_ok", "fold", "normalise_name",
    "side_actor_id", "slugify", "tokenize",
]
