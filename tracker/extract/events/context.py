"""The state passed between the stages of the engine: one candidate event, one article.

:class:`Candidate` is an event as read from one trigger, before merging; :class:`Context` holds
the article text, its actor and place mentions (sorted, for bisecting) and the discourse memory
(last speaker, last person, last scene date) that later sentences resolve against.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tracker.events import DateInterval, Evidence, Location, Participant
from tracker.extract.rules import LanguageRules, TriggerRule
from tracker.extract.types import ActorMention, Sentence, TemporalExpression

if TYPE_CHECKING:  # pragma: no cover
    from tracker.articles import Article


MEETING_TYPES = frozenset({"meeting_held", "meeting_planned", "phone_call"})


@dataclass
class Candidate:
    """One event as read from one trigger; merging folds several into one."""

    type: str
    modality: str
    rule: TriggerRule
    sentence: Sentence
    trigger: tuple[int, int]
    trigger_text: str
    participants: list[Participant]
    location: Location | None
    date: DateInterval | None
    confidence: float
    anaphoric: bool = False
    other: bool = False
    quote: str | None = None
    stance: str | None = None
    channel: str | None = None
    obj: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    last_meeting: tuple[int, Candidate] | None = None  # the last meeting told as held, and its sentence
    sentence_actors: tuple[str, ...] = ()
    tense: str | None = None
    scene_date: DateInterval | None = None
    #: told in the pluperfect ("had met", "s'était entretenu"): an earlier occurrence
    pluperfect: bool = False
    #: a statement made at or after a meeting told in its sentence ("said after Tuesday's talks")
    at_meeting: Candidate | None = None
    #: an agreement told as one party's consent (LanguageRules.consent)
    consent: bool = False
    #: a meeting noun owned by a genitive and told with its other party ("X's meeting with
    #: Y"): a definite occurrence, an event of its own when no earlier one is told
    owned: bool = False

    @property
    def last_index(self) -> int:
        return self.sentences[-1].index if self.sentences else self.sentence.index


@dataclass
class Context:
    """Per-article state: the text, its mentions and the discourse memory."""

    article: Article
    rules: LanguageRules
    text: str
    mentions: list[ActorMention]
    mention_starts: list[int]
    places: list[ActorMention]
    place_starts: list[int]
    temporal_cache: dict[tuple[int, int, bool], list[TemporalExpression]] = field(default_factory=dict)
    last_speaker: tuple[int, ActorMention] | None = None
    last_person: tuple[int, ActorMention] | None = None
    speech_spans: list[tuple[int, int]] = field(default_factory=list)
    cue_cache: dict[tuple[int, int], list[tuple[int, int, str]]] = field(default_factory=dict)
    modifier_cache: dict[tuple[tuple[int, int], int], bool] = field(default_factory=dict)
    last_group: tuple[int, list[ActorMention]] | None = None
    trigger_spans: list[tuple[int, int, str]] = field(default_factory=list)
    noun_spans: list[tuple[int, int, str]] = field(default_factory=list)  # the noun triggers of the sentence
    day_after: bool | None = None  # the lede tells the day before publication (engine._day_after_story)
    scene: tuple[int, DateInterval] | None = None  # last past date named, and its sentence
    dateline_end: int = 0
    #: the day of a wire dateline, which stands in for the publication day (see discourse.dateline_day)
    story_day: DateInterval | None = None
    sentences: list[Sentence] = field(default_factory=list)
    last_meeting: tuple[int, Candidate] | None = None  # the last meeting told as held, and its sentence


def mentions_in(ctx: Context, start: int, end: int) -> list[ActorMention]:
    i = bisect.bisect_left(ctx.mention_starts, start)
    out = []
    while i < len(ctx.mentions) and ctx.mentions[i].span[0] < end:
        if ctx.mentions[i].span[1] <= end:
            out.append(ctx.mentions[i])
        i += 1
    return out


def places_in(ctx: Context, start: int, end: int) -> list[ActorMention]:
    i = bisect.bisect_left(ctx.place_starts, start)
    out = []
    while i < len(ctx.places) and ctx.places[i].span[0] < end:
        out.append(ctx.places[i])
        i += 1
    return out


def temporals_in(ctx: Context, start: int, end: int, future: bool) -> list[TemporalExpression]:
    key = (start, end, future)
    if key not in ctx.temporal_cache:
        from tracker.extract.temporal import find_temporal

        try:
            ctx.temporal_cache[key] = list(
                find_temporal(ctx.text[start:end], ctx.rules.lang, ctx.article.published, offset=start, future=future)
            )
        except Exception:  # noqa: BLE001 - a temporal failure must not lose the events of the article
            ctx.temporal_cache[key] = []
    return ctx.temporal_cache[key]
