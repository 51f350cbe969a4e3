"""The alias matcher: a token trie of every registry alias, longest match first.

Built once per registry from the folded keys of people's, sides' and places' aliases; a text
is matched left to right, taking at each token the longest alias that starts there and meets
its case constraints. A token matches by any of its keys (its own, and those its language's
normaliser and name suffixes give: see :mod:`tracker.extract.mentions.tokens`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from tracker.extract.mentions.tokens import Token, alias_keys, caps_ok


@dataclass(frozen=True)
class AliasEntry:
    """What a matched alias stands for.

    ``target`` is ``actor`` (an :class:`Actor` id) or ``place`` (a :class:`Place` slug);
    ``metonym`` marks a city or building name standing for a side ("Moscou", "le Kremlin");
    ``country`` marks a country name of a side ("la Russie"), which can also be a place.
    """

    target: str
    ref: str
    caps: tuple[int, ...]
    metonym: bool = False
    country: bool = False


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[AliasEntry] = field(default_factory=list)


@dataclass(frozen=True)
class Match:
    """Tokens ``first``..``last`` (inclusive) of a text matched these alias entries."""

    first: int
    last: int
    entries: tuple[AliasEntry, ...]


class AliasMatcher:
    """A token trie of folded aliases; :meth:`matches` returns longest matches left to right."""

    def __init__(self) -> None:
        self._root = _Node()

    def add(self, alias: str, target: str, ref: str, *, metonym: bool = False, country: bool = False) -> None:
        """Index ``alias`` as naming ``ref`` (an actor id or a place slug, per ``target``)."""
        keys, caps = alias_keys(alias)
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        entry = AliasEntry(target, ref, caps, metonym, country)
        if entry not in node.entries:
            node.entries.append(entry)

    def remove(self, keys: tuple[str, ...], actor_id: str) -> None:
        """Forget an actor under an alias path (a later actor took the alias over)."""
        node: _Node | None = self._root
        for key in keys:
            node = node.children.get(key) if node is not None else None
        if node is not None:
            node.entries[:] = [e for e in node.entries if not (e.target == "actor" and e.ref == actor_id)]

    def _walk(self, tokens: list[Token], first: int) -> Iterator[tuple[int, list[AliasEntry]]]:
        """Every (last token index, entries) of aliases starting at ``first``."""
        stack = [(self._root, first)]
        while stack:
            node, i = stack.pop()
            if i >= len(tokens):
                continue
            tok = tokens[i]
            for key in tok.keys():
                child = node.children.get(key)
                if child is None:
                    continue
                if child.entries:
                    yield i, child.entries
                if child.children:
                    stack.append((child, i + 1))

    def matches(self, tokens: list[Token]) -> list[Match]:
        """Longest non-overlapping alias matches, left to right."""
        found: list[Match] = []
        i = 0
        n = len(tokens)
        firsts = self._root.children
        while i < n:
            if not any(k in firsts for k in tokens[i].keys()):
                i += 1
                continue
            best: Match | None = None
            for last, entries in self._walk(tokens, i):
                ok = tuple(e for e in entries if caps_ok(e.caps, tokens, i))
                if ok and (best is None or last > best.last):
                    best = Match(i, last, ok)
            if best is None:
                i += 1
            else:
                found.append(best)
                i = best.last + 1
        return found
