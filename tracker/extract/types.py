"""Intermediate values passed between the extraction stages (all pure, no I/O).

sentences ▶ actor mentions ▶ temporal expressions ▶ triggers ▶ EventDraft[]

Every span is a pair of character offsets into the article's normalised text
(:func:`tracker.articles.normalise_text`), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass

from tracker.events import DateInterval

Span = tuple[int, int]


@dataclass(frozen=True)
class Sentence:
    """A sentence and where it lies in the article text."""

    text: str
    start: int
    end: int
    index: int


@dataclass(frozen=True)
class Actor:
    """An entry of the actor registry (seeds/actors.json plus ``actor_added`` log entries).

    ``kind`` is person | side | organisation. A side is a state or bloc (``RU``, ``US``, ``EU``);
    metonyms such as "le Kremlin" or "Washington" are aliases of the side's actor with
    ``kind="side"``.
    """

    id: str
    name: str
    side: str | None
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorMention:
    """A place in the text that names an actor, a side, or an unknown official.

    ``actor_id`` is the registry id, or ``unresolved:<slug>`` for a provisional actor built
    from a title-plus-name pattern (``resolved`` False, ``side`` inferred from the title's
    adjective when present). ``kind`` is person | side | organisation | delegation.
    ``via`` says how it was found: alias | metonym | title_name | pronoun | demonym | place |
    role (a title naming the office holder: "le président russe" → Vladimir Putin).
    Places ("à Moscou", "in Miami") come with ``kind="place"``, ``via="place"``, ``actor_id``
    ``place:<slug>`` and ``side`` = the country code: they are locations, never participants.

    ``as_modifier`` is True when the mention is the complement of a title or relational noun
    ("l'émissaire de Donald Trump", "Trump's envoy", "envoyé du président russe Vladimir
    Poutine", "the Kremlin's envoy"): the actor qualifies someone else rather than acting.
    ``title`` is the title or function phrase attached to the mention, when the text gives one
    ("émissaire spécial de Donald Trump" for Steve Witkoff).
    """

    span: Span
    text: str
    actor_id: str
    name: str
    side: str | None
    kind: str = "person"
    resolved: bool = True
    via: str = "alias"
    as_modifier: bool = False
    title: str | None = None


@dataclass(frozen=True)
class TemporalExpression:
    """A date or duration expression found by the per-language patterns and normalised.

    ``kind``: date (a point or a named period: "mardi", "au mois d'août", "le 20 décembre"),
    range ("du 10 au 14 mars"), duration ("pendant deux jours", "for three days": ``interval`` is
    None and ``days`` holds the length; None for years or vague counts), or relative ("next
    week", "la semaine prochaine", "hier", "il y a trois jours", "début janvier", resolved to
    an interval). ``interval`` is also None when the expression needs the publication date and
    there is none.
    """

    span: Span
    text: str
    kind: str
    interval: DateInterval | None
    days: int | None = None
