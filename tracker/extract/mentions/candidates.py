"""Mention candidates: registry alias matches, the shapes every stage builds, overlap resolution.

A :class:`Cand` is a span of tokens with the actor it names; alias matching, language patterns,
places and titles all produce them, :func:`resolve_overlaps` keeps the longest, and
:func:`to_mention` turns the survivors into :class:`~tracker.extract.types.ActorMention`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tracker.extract.mentions.alias_matcher import AliasEntry
from tracker.extract.mentions.registry import ActorRegistry, Place, side_actor_id
from tracker.extract.mentions.tokens import Token
from tracker.extract.types import ActorMention


@dataclass
class Cand:
    """A mention being built: tokens ``first``..``last`` (inclusive) and what they name."""

    first: int
    last: int
    actor_id: str
    name: str
    side: str | None
    kind: str
    via: str
    priority: int = 1
    resolved: bool = True
    as_modifier: bool = False
    title: str | None = None
    entries: tuple[AliasEntry, ...] = field(default=(), repr=False)

    @property
    def size(self) -> int:
        return self.last - self.first + 1


def side_cand(registry: ActorRegistry, first: int, last: int, side: str, via: str, **kw: Any) -> Cand:
    actor = registry.side_actor(side)
    name = actor.name if actor else registry.side_name(side)
    return Cand(first, last, side_actor_id(side), name, side, "side", via, priority=0, **kw)


@cache
def _delegation_name(side: str, fallback: str) -> str:
    """"Russian delegation", "US delegation": the adjective of a side in the label language."""
    from tracker.extract.lang import LABEL_LANGUAGE, rules_for

    if side in ("US", "EU", "UN", "NATO"):
        return f"{side} delegation"
    demonyms = rules_for(LABEL_LANGUAGE).mentions.demonyms
    adjective = next((w for w, s in demonyms.items() if s == side and not w.isupper()), None)
    return f"{adjective or fallback} delegation"


def delegation_cand(registry: ActorRegistry, first: int, last: int, side: str) -> Cand:
    name = _delegation_name(side, registry.side_name(side))
    return Cand(first, last, f"delegation:{side}", name, side, "delegation", "demonym", priority=0)


def place_cand(place: Place, c: Cand) -> Cand:
    return Cand(c.first, c.last, f"place:{place.slug}", place.name, place.country, "place", "place", priority=c.priority)


def alias_cands(tokens: list[Token], registry: ActorRegistry) -> list[Cand]:
    out = []
    for m in registry.alias_index().matches(tokens):
        people = [e for e in m.entries if e.target == "actor" and not e.ref.startswith("side:")]
        sides = [e for e in m.entries if e.target == "actor" and e.ref.startswith("side:")]
        places = [e for e in m.entries if e.target == "place"]
        if people:
            actor = registry.get(people[0].ref)
            if actor is not None:
                out.append(Cand(m.first, m.last, actor.id, actor.name, actor.side, actor.kind, "alias"))
                continue
        if sides:
            actor = registry.get(sides[0].ref)
            if actor is not None:
                via = "metonym" if sides[0].metonym else "alias"
                out.append(Cand(m.first, m.last, actor.id, actor.name, actor.side, "side", via, entries=m.entries))
                continue
        if places:
            place = registry.place(places[0].ref)
            if place is not None:
                out.append(
                    Cand(m.first, m.last, f"place:{place.slug}", place.name, place.country, "place", "place", entries=m.entries)
                )
    return out


def side_of_alias(c: Cand) -> str | None:
    """The side a side-alias candidate names (country or metonym), else None."""
    if c.kind == "side" and c.actor_id.startswith("side:"):
        return c.side
    return None


def resolve_overlaps(cands: list[Cand]) -> list[Cand]:
    """Longest span first; ties go to the lower priority number, then to the earlier one."""
    chosen: list[Cand] = []
    taken: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.size, c.priority, c.first)):
        span = set(range(c.first, c.last + 1))
        if span & taken:
            continue
        taken |= span
        chosen.append(c)
    chosen.sort(key=lambda c: c.first)
    return chosen


def flag_possessor_sides(chosen: list[Cand], tokens: list[Token], possessive_clitics: frozenset[str]) -> None:
    """"France's Emmanuel Bonne", "Russia's Lavrov": the side qualifies the person after it."""
    for a, b in zip(chosen, chosen[1:], strict=False):
        if (
            a.kind == "side"
            and b.kind == "person"
            and b.first == a.last + 3
            and tokens[a.last + 1].key == "'"
            and tokens[a.last + 2].key in possessive_clitics
        ):
            a.as_modifier = True


def to_mention(c: Cand, tokens: list[Token], text: str, offset: int) -> ActorMention:
    start, end = tokens[c.first].start, tokens[c.last].end
    return ActorMention(
        span=(start + offset, end + offset),
        text=text[start:end],
        actor_id=c.actor_id,
        name=c.name,
        side=c.side,
        kind=c.kind,
        resolved=c.resolved,
        via=c.via,
        as_modifier=c.as_modifier,
        title=c.title,
    )
