"""How long a meeting or a visit lasted, and which days that makes.

A duration is the length of an event only when it qualifies the event's own trigger ("a
two-day visit", "une visite de deux jours", "the talks lasted three days"); "a 30-day
ceasefire" or "to halt strikes for 30 days" measure something else. The interval ends on a
day told nearby ("ending on Thursday", "that ended on Tuesday"), starts on one that opens it
("qui a débuté lundi"), falls inside a past week or month told with it ("last week"), and
only otherwise ends on the publication day.
"""

from __future__ import annotations

import datetime as dt
import re

from tracker.events import DateInterval
from tracker.extract.events.context import Candidate, Context, temporals_in
from tracker.extract.rules import FLAGS
from tracker.extract.types import TemporalExpression

#: Event types whose own length a duration can give: a meeting or a visit lasts, a rejection
#: or a ceasefire proposal does not take place over the thirty days it mentions.
_LASTING_TYPES = frozenset({"meeting_held", "visit"})


def _adverbial_duration(ctx: Context, t: TemporalExpression) -> bool:
    """"pendant deux jours", "for three days", "two days of talks" date an event;
    "un cessez-le-feu de 30 jours" and "a 30-day truce" only measure something."""
    rules = ctx.rules
    if rules.measure_adjective.search(t.text):
        return False
    before = ctx.text[max(0, t.span[0] - 40) : t.span[0]]
    preposition = rules.duration_preposition.pattern
    if re.search(preposition + r"\s*$", t.text.split()[0] + " ", FLAGS) or rules.duration_lead.search(before):
        return True
    if re.match(preposition + r"\b", t.text, FLAGS):
        return True
    return bool(ctx.rules.duration_tail.match(ctx.text[t.span[1] : t.span[1] + 40]))


def governs(ctx: Context, cand: Candidate, t: TemporalExpression) -> bool:
    """A duration is the length of the event only when it qualifies the event's own trigger:
    "a two-day visit", "une visite de deux jours", "held two days of talks", "the talks lasted
    three days", "visited Baku for two days", "Pendant trois jours, les délégations ont négocié".
    "rejected a proposal to halt strikes for 30 days" and "a 30-day ceasefire" measure
    something else."""
    if cand.type not in _LASTING_TYPES or not t.days or t.days < 1:
        return False
    ts, te = cand.trigger
    text = ctx.text
    if ts <= t.span[0] and t.span[1] <= te:
        return True  # inside the trigger phrase: "held two days of talks"
    if t.span[1] <= ts:
        between = text[t.span[1] : ts]
        if ctx.rules.duration_of.fullmatch(between):
            return True  # "a two-day (official) visit", "two days of talks"
        if ctx.rules.lasted.search(text, max(0, t.span[0] - 40), t.span[0]) and ctx.rules.stay_purpose.fullmatch(between):
            return True  # "a passé trois jours en Floride pour rencontrer", "spent two days in Cairo to meet"
        return _adverbial_duration(ctx, t) and not ctx.rules.topic_gap.search(between) and len(between) <= 80
    between = text[te : t.span[0]]
    if ctx.rules.duration_of_after.fullmatch(between) or ctx.rules.duration_of_inside.match(t.text) and not between.strip():
        return True  # "une visite de deux jours"
    if ctx.rules.lasted.search(text, max(te, t.span[0] - 40), t.span[0]):
        return len(between) <= 80  # "the talks, held in Doha, lasted three days"
    return _adverbial_duration(ctx, t) and not ctx.rules.topic_gap.search(between) and len(between) <= 60


def told_day(ctx: Context, exprs: list[TemporalExpression], cs: int) -> tuple[DateInterval, bool] | None:
    """A single day written near the event ("ending on Thursday", "qui a débuté lundi"), and
    whether it opens the interval rather than closing it."""
    for t in exprs:
        iv = t.interval
        if t.kind == "duration" or iv is None or iv.precision != "day" or iv.first_day() != iv.last_day():
            continue
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue
        return iv, bool(ctx.rules.started.search(ctx.text, max(cs, t.span[0] - 30), t.span[0]))
    return None


def bounding_day(ctx: Context, cand: Candidate) -> tuple[DateInterval, bool] | None:
    """"two days of talks that ended on Tuesday", "une visite qui a débuté lundi": a day told
    by a verb that ends or opens the occurrence, in a relative clause after the trigger."""
    sent = cand.sentence
    for t in temporals_in(ctx, sent.start, sent.end, False):
        if t.span[0] < cand.trigger[1] or t.kind == "duration" or t.interval is None:
            continue
        iv = t.interval
        if iv.precision != "day" or iv.first_day() != iv.last_day():
            continue
        verb = ctx.rules.bounding_verb.search(ctx.text, max(sent.start, t.span[0] - 40), t.span[0])
        if verb is not None:
            return iv, bool(ctx.rules.started.search(verb.group(0) + " ") or ctx.rules.opening_verb.search(verb.group(0)))
    return None


def told_period(ctx: Context, exprs: list[TemporalExpression], cs: int) -> DateInterval | None:
    """A past week or month told with a duration ("two days of talks last week"): the
    duration falls inside it, which is truer than counting back from publication."""
    pub = ctx.article.published
    for t in exprs:
        iv = t.interval
        if t.kind == "duration" or iv is None or iv.precision not in ("day", "week", "month"):
            continue
        if ctx.rules.not_event_date.search(ctx.text, max(cs, t.span[0] - 60), t.span[0]):
            continue
        last = iv.last_day()
        if pub is not None and last is not None and last <= pub:
            return iv
    return None


def lasting_interval(days: int, day: DateInterval, opens: bool) -> DateInterval:
    """``days`` days ending (or, when ``opens``, starting) on the single day ``day``."""
    first = day.first_day()
    assert first is not None
    if opens:
        last = first + dt.timedelta(days=days - 1)
        return DateInterval(start=first.isoformat(), end=last.isoformat(), precision="day", raw=day.raw, resolution=day.resolution)
    start = first - dt.timedelta(days=days - 1)
    return DateInterval(start=start.isoformat(), end=first.isoformat(), precision="day", raw=day.raw, resolution=day.resolution)
