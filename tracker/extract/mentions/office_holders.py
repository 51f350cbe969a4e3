"""A title without a name names its office holder: "le président russe" → Vladimir Putin.

The title's core words (without demonyms, actors and function words) are looked up in the
language's role table ("président" → ``head_of_state``) and the registry says who held that
role for the title's side on the article's date; offices that changed hands in the period are
thus resolved by date, and titles no table lists name nobody.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from tracker.extract.mentions.candidates import Cand
from tracker.extract.mentions.registry import ActorRegistry
from tracker.extract.mentions.tokens import Token
from tracker.extract.mentions.words import LangWords


def _title_core(
    tokens: list[Token], first: int, last: int, words: LangWords, at: dict[int, Cand], skip: tuple[int, int] | None
) -> tuple[str, ...]:
    """The words of a title without its demonyms, actors and function words."""
    keys: list[str] = []
    j = first
    while j <= last:
        if skip is not None and skip[0] <= j <= skip[1]:
            j = skip[1] + 1
            continue
        if j in at:
            j = at[j].last + 1
            continue
        n, _ = words.demonyms.match_at(tokens, j)
        if n:
            j += n
            continue
        if tokens[j].key not in words.role_function_words:
            keys.append(tokens[j].key)
        j += 1
    return tuple(keys)


def office_holder_cand(
    tokens: list[Token],
    text: str,
    words: LangWords,
    at: dict[int, Cand],
    registry: ActorRegistry,
    rng: tuple[int, int],
    head: int,
    side: str | None,
    skip: tuple[int, int] | None,
    when: Any,
    principals: Iterable[Cand] = (),
) -> Cand | None:
    """The office holder a title names when no name follows: "le président russe" → Putin.

    A person in the title must be the side's head of state ("Putin's spokesman" is the
    Kremlin spokesman; "Driscoll's spokesman" is nobody the registry can name).
    """
    if not side or not words.role_titles:
        return None
    for p in principals:
        if p.kind not in ("person", "side"):
            return None  # "le chef de la délégation russe" is nobody's office
        if p.kind == "person":
            leader = registry.role_holder("head_of_state", p.side or "", when)
            if leader is None or leader.id != p.actor_id:
                return None
    core = _title_core(tokens, rng[0], rng[1], words, at, skip)
    if not core or any(k in words.role_blockers for k in core):
        return None
    role = words.role_titles.get(core)
    if role is None:
        return None
    holder = registry.role_holder(role, side, when)
    if holder is None:
        return None
    # the span: the run of free tokens around the head, without trailing function words
    a = head
    while a - 1 >= rng[0] and a - 1 not in at and not (skip and skip[0] <= a - 1 <= skip[1]):
        a -= 1
    b = head
    while b + 1 <= rng[1] and b + 1 not in at and not (skip and skip[0] <= b + 1 <= skip[1]):
        b += 1
    while b > head and tokens[b].key in words.role_function_words:
        b -= 1
    while a < head and tokens[a].key in words.role_function_words:
        a += 1
    title = text[tokens[rng[0]].start : tokens[rng[1]].end]
    return Cand(a, b, holder.id, holder.name, holder.side, holder.kind, "role", priority=2, title=title)
