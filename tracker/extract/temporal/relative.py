"""Resolvers for expressions counted from publication: deictics, periods, shifts, spans, parts, durations.

"hier", "la semaine prochaine", "ce week-end", "il y a trois jours", "in the coming days",
"fin de semaine", "earlier this year", "pendant deux jours": the words give a distance or a
part of a period, and the publication date is the point they are counted from. Durations
never become dates: they carry ``days`` only. :data:`RESOLVERS` maps rule names to them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from tracker.events import DateInterval
from tracker.extract.temporal.calendar import (
    ONE_DAY,
    NoAnchor,
    NotADate,
    ResolutionContext,
    Result,
    add_months,
    days_interval,
    direction_of,
    group,
    month_end,
    months_interval,
    preposition_of,
    stated_or_picked_year,
    week_interval,
    year_interval,
    year_of,
)
from tracker.extract.temporal.pack import Rule, fold


def _r_deictic(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    shift = ctx.word(ctx.pack.deictic_days, group(m, "deic"))
    try:
        date = ctx.needs_publication() + dt.timedelta(days=shift)
    except NoAnchor:
        return "relative", None, None
    return "relative", days_interval(date, date, ctx, "relative_to_publication"), None


def _period_interval(period: str, direction: int, ctx: ResolutionContext) -> DateInterval:
    pub = ctx.needs_publication()
    rel = "relative_to_publication"
    if period == "week":
        return week_interval(pub + dt.timedelta(days=7 * direction), ctx)
    if period == "month":
        y, mo = add_months(pub.year, pub.month, direction)
        return months_interval(y, mo, y, mo, ctx, rel)
    if period == "year":
        return year_interval(pub.year + direction, ctx, rel)
    if period == "weekend":
        return _weekend(direction, ctx)
    raise NotADate(ctx.raw)


def _weekend(direction: int | None, ctx: ResolutionContext) -> DateInterval:
    """Saturday-Sunday: the current one on a weekend; else the last one (next if future)."""
    pub = ctx.needs_publication()
    wd = pub.weekday()
    if wd >= 5:
        current_sat = pub - dt.timedelta(days=wd - 5)
    elif direction == 1 or (direction in (None, 0) and ctx.future):
        current_sat = pub + dt.timedelta(days=5 - wd)
    else:
        current_sat = pub - dt.timedelta(days=wd + 2)
    sat = current_sat
    if wd >= 5 and direction == 1:
        sat = current_sat + dt.timedelta(days=7)
    elif wd >= 5 and direction == -1:
        sat = current_sat - dt.timedelta(days=7)
    return days_interval(sat, sat + ONE_DAY, ctx, "relative_to_publication")


def _r_period(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    period = ctx.word(ctx.pack.periods, group(m, "per"))
    direction = direction_of(m, ctx)
    if direction is None:
        direction = rule.params.get("direction", 0)
    try:
        return "relative", _period_interval(period, direction, ctx), None
    except NoAnchor:
        return "relative", None, None


def _r_weekend(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    direction = direction_of(m, ctx)
    kind = "date" if direction is None else "relative"
    try:
        return kind, _weekend(direction, ctx), None
    except NoAnchor:
        return kind, None, None


_UNIT_DAYS = {"hour": 1, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30}


def _r_shift(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'il y a trois jours', 'in two weeks': a point moved from publication, at the unit's
    precision."""
    n = ctx.number(group(m, "n"))
    unit = ctx.word(ctx.pack.units, group(m, "unit"))
    if n is None:  # "il y a quelques jours", "in a few weeks": a stretch, not a point
        return _r_span(m, replace(rule, params={**rule.params, "vague": True}), ctx)
    sign = int(rule.params["sign"])
    pub = ctx.needs_publication()
    rel = "relative_to_publication"
    if unit in ("day", "night", "hour"):
        days = n if unit != "hour" else n // 24
        date = pub + dt.timedelta(days=sign * days)
        return "relative", days_interval(date, date, ctx, rel), None
    if unit in ("week", "fortnight"):
        return "relative", week_interval(pub + dt.timedelta(days=sign * n * _UNIT_DAYS[unit]), ctx), None
    if unit == "month":
        y, mo = add_months(pub.year, pub.month, sign * n)
        return "relative", months_interval(y, mo, y, mo, ctx, rel), None
    if unit == "year":
        return "relative", year_interval(pub.year + sign * n, ctx, rel), None
    raise NotADate(ctx.raw)


_VAGUE_SPAN = {"hour": 1, "day": 7, "night": 7, "week": 28, "fortnight": 28, "month": 90, "year": 365}


def _r_span(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'the past three days', 'd'ici deux semaines', 'les prochains jours': a stretch of days
    that ends (sign -1) or starts (sign +1) at publication."""
    unit_word = group(m, "unit") or ""
    unit = ctx.word(ctx.pack.units, unit_word)
    n = ctx.number(group(m, "n"))
    if n is None and group(m, "n") is None and not fold(unit_word).endswith("s"):
        n = 1  # "the past week", "the coming month"
    if n is None:
        length = _VAGUE_SPAN[unit]
        precision = "week" if length <= 7 else "month"
    else:
        if unit == "year":
            length = 365 * n
        elif unit == "hour":
            length = max(1, n // 24)
        else:
            length = n * _UNIT_DAYS[unit]
        precision = "day"
    try:
        pub = ctx.needs_publication()
    except NoAnchor:
        return "relative", None, None
    if int(rule.params["sign"]) < 0:
        first, last = pub - dt.timedelta(days=length), pub
    else:
        first, last = pub, pub + dt.timedelta(days=length)
    return "relative", days_interval(first, last, ctx, "relative_to_publication", precision), None


_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20)}
_YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}
_WEEK_PARTS = {"early": (0, 2), "mid": (2, 4), "late": (3, 6)}


def _part_interval(
    part: str, first: dt.date, last: dt.date, unit: str, ctx: ResolutionContext, resolution: str, pre: str | None
) -> DateInterval:
    """A part ("early", "mid", "late", "earlier", "later") of the period [first, last].

    ``pre`` changes the reading: "avant la fin de juin" / "by the end of the year" (``until``)
    is the whole period; "depuis le début de l'année" (``since``) runs from its start to
    publication.
    """
    whole_precision = {"week": "week", "month": "month", "year": "year"}[unit]
    if pre == "until" and part == "late":
        return _whole(first, last, unit, ctx, resolution)
    if pre == "since" and part == "early" and ctx.published is not None and ctx.published >= first:
        return days_interval(first, ctx.published, ctx, "relative_to_publication", "day")
    if part in ("earlier", "later"):
        pub = ctx.needs_publication()
        if part == "earlier":
            return days_interval(first, min(last, max(first, pub - ONE_DAY)), ctx, resolution, whole_precision)
        return days_interval(max(first, min(last, pub)), last, ctx, resolution, whole_precision)
    if unit == "week":
        a, b = _WEEK_PARTS[part]
        return days_interval(first + dt.timedelta(days=a), first + dt.timedelta(days=b), ctx, resolution, "week")
    if unit == "month":
        a, b = _MONTH_THIRDS.get(part, (21, last.day))
        return days_interval(first.replace(day=a), first.replace(day=b), ctx, resolution, "week")
    a, b = _YEAR_PARTS[part]
    return months_interval(first.year, a, first.year, b, ctx, resolution)


def _whole(first: dt.date, last: dt.date, unit: str, ctx: ResolutionContext, resolution: str) -> DateInterval:
    if unit == "week":
        return days_interval(first, last, ctx, resolution, "week")
    if unit == "month":
        return months_interval(first.year, first.month, first.year, first.month, ctx, resolution)
    return year_interval(first.year, ctx, resolution)


def _part(m: re.Match[str], ctx: ResolutionContext) -> str:
    return ctx.word(ctx.pack.parts, group(m, "part") or group(m, "part2"))


def _r_part_month(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'début janvier', 'at the end of November 2025', 'avant la fin du mois de juin'."""
    part = _part(m, ctx)
    month = ctx.word(ctx.pack.months, group(m, "m1"))
    year, resolution = stated_or_picked_year(m, month, ctx)
    first = dt.date(year, month, 1)
    return "relative", _part_interval(part, first, month_end(year, month), "month", ctx, resolution, preposition_of(m, ctx)), None


def _r_part_year(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'début 2026', 'by the end of 2025', 'mid-2025'."""
    part = _part(m, ctx)
    year = year_of(group(m, "y1"))
    assert year is not None
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return "relative", _part_interval(part, first, last, "year", ctx, "explicit", preposition_of(m, ctx)), None


def _r_part_period(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'en fin de semaine', 'at the end of next month', 'earlier this year', 'dans la semaine'."""
    part = _part(m, ctx) if group(m, "part") or group(m, "part2") else rule.params["part"]
    period = ctx.word(ctx.pack.periods, group(m, "per"))
    direction = direction_of(m, ctx) or 0
    pub = ctx.needs_publication()
    if period == "week":
        first = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=7 * direction)
        last = first + dt.timedelta(days=6)
    elif period == "month":
        y, mo = add_months(pub.year, pub.month, direction)
        first, last = dt.date(y, mo, 1), month_end(y, mo)
    elif period == "year":
        first, last = dt.date(pub.year + direction, 1, 1), dt.date(pub.year + direction, 12, 31)
    else:
        raise NotADate(ctx.raw)
    interval = _part_interval(part, first, last, period, ctx, "relative_to_publication", preposition_of(m, ctx))
    return "relative", interval, None


def _r_duration(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """A length of time, never a date: ``days`` holds it (None for years or vague counts)."""
    unit = ctx.word(ctx.pack.units, group(m, "unit"))
    n = ctx.number(group(m, "n"))
    if unit == "year" or n is None:
        return "duration", None, None
    if n <= 0:
        raise NotADate(ctx.raw)
    if unit == "hour":
        return "duration", None, max(1, -(-n // 24))
    if unit == "minute":
        return "duration", None, 1
    return "duration", None, n * _UNIT_DAYS[unit]


RESOLVERS: dict[str, Callable[[re.Match[str], Rule, ResolutionContext], Result]] = {
    "deictic": _r_deictic,
    "period": _r_period,
    "weekend": _r_weekend,
    "shift": _r_shift,
    "span": _r_span,
    "part_month": _r_part_month,
    "part_year": _r_part_year,
    "part_period": _r_part_period,
    "duration": _r_duration,
}
