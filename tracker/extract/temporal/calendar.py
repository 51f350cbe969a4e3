"""Calendar arithmetic shared by the temporal resolvers, and the context one match is read in.

Every resolver answers the same questions: which year a day or month written without one
belongs to, which weekday "mardi" is, how an interval of days, months or a year is written.
The answers follow design §4 (past by default, the future when the sentence points forward,
``DAY_WINDOW`` days of tolerance) and live here once, so French and English agree by
construction.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tracker.events import DateInterval
from tracker.extract.temporal.pack import LanguagePack, fold

#: How far past the publication date a day written without its year may still be read as
#: "this year's" in a past-tense sentence (and symmetrically before it in a future one).
DAY_WINDOW = 7

ONE_DAY = dt.timedelta(days=1)


class NotADate(Exception):
    """The match is not a usable temporal expression after all (e.g. 31 February)."""


@dataclass
class ResolutionContext:
    """What one match is resolved with: the language's tables, the publication date, the
    sentence's tense, and the matched text (kept as the interval's ``raw``)."""

    pack: LanguagePack
    published: dt.date | None
    future: bool
    raw: str

    def word(self, table: Mapping[str, Any], value: str | None) -> Any:
        if value is None:
            return None
        key = fold(value)
        if key not in table:
            raise NotADate(value)
        return table[key]

    def number(self, value: str | None) -> int | None:
        if value is None:
            return None
        if value.isdigit():
            return int(value)
        return self.word(self.pack.numbers, value)

    def needs_publication(self) -> dt.date:
        if self.published is None:
            raise NoAnchor
        return self.published


class NoAnchor(Exception):
    """The expression is relative but there is no publication date to resolve it against."""


#: What a resolver returns: (kind, interval or None, length in days or None).
Result = tuple[str, DateInterval | None, int | None]


def group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def direction_of(match: re.Match[str], ctx: ResolutionContext) -> int | None:
    """-1 / 0 / +1 from a "dernier"/"ce"/"next" word; a trailing one ("mardi prochain") wins."""
    value = group(match, "dir2") or group(match, "dir")
    return ctx.word(ctx.pack.directions, value)


def preposition_of(m: re.Match[str], ctx: ResolutionContext) -> str | None:
    """"until" / "since" from a preposition before the expression ("d'ici", "by", "depuis")."""
    return ctx.word(ctx.pack.prepositions, group(m, "pre"))


def day_number(text: str, pack: LanguagePack) -> int:
    """The day of the month written in figures ("1er", "20th") or as an ordinal word of the
    language ("premier", "first")."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    ordinal = pack.ordinals.get(fold(text))
    if ordinal is not None and ordinal > 0:
        return ordinal
    raise NotADate(text)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# --------------------------------------------------------------------------- intervals


def days_interval(first: dt.date, last: dt.date, ctx: ResolutionContext, resolution: str, precision: str = "day") -> DateInterval:
    return DateInterval(start=first.isoformat(), end=last.isoformat(), precision=precision, raw=ctx.raw, resolution=resolution)


def months_interval(y1: int, m1: int, y2: int, m2: int, ctx: ResolutionContext, resolution: str) -> DateInterval:
    return DateInterval(
        start=f"{y1:04d}-{m1:02d}", end=f"{y2:04d}-{m2:02d}", precision="month", raw=ctx.raw, resolution=resolution
    )


def year_interval(year: int, ctx: ResolutionContext, resolution: str) -> DateInterval:
    return DateInterval(start=f"{year:04d}", end=f"{year:04d}", precision="year", raw=ctx.raw, resolution=resolution)


def week_interval(day: dt.date, ctx: ResolutionContext) -> DateInterval:
    monday = day - dt.timedelta(days=day.weekday())
    return days_interval(monday, monday + dt.timedelta(days=6), ctx, "relative_to_publication", "week")


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# --------------------------------------------------------------------------- year choice


def pick_day(month: int, day: int, ctx: ResolutionContext, direction: int | None = None) -> dt.date:
    """The year of a day written without one (see DAY_WINDOW)."""
    pub = ctx.needs_publication()
    cands = [d for y in range(pub.year - 4, pub.year + 5) if (d := safe_date(y, month, day))]
    if not cands:
        raise NotADate(ctx.raw)
    if direction == -1:  # "le 16 décembre dernier"
        ok = [c for c in cands if c <= pub]
        return max(ok)
    if direction == 1:  # "le 5 janvier prochain"
        ok = [c for c in cands if c >= pub]
        return min(ok)
    if ctx.future:
        return min(c for c in cands if c >= pub - dt.timedelta(days=DAY_WINDOW))
    return max(c for c in cands if c <= pub + dt.timedelta(days=DAY_WINDOW))


def pick_month_year(month: int, ctx: ResolutionContext, direction: int | None = None) -> int:
    """The year of a month written without one: the publication month is itself."""
    pub = ctx.needs_publication()
    if direction == -1:
        return pub.year if month < pub.month else pub.year - 1
    if direction == 1:
        return pub.year if month > pub.month else pub.year + 1
    if month == pub.month:
        return pub.year
    if ctx.future:
        return pub.year if month > pub.month else pub.year + 1
    return pub.year if month < pub.month else pub.year - 1


def pick_weekday(weekday: int, ctx: ResolutionContext, direction: int | None = None, future: bool | None = None) -> dt.date:
    pub = ctx.needs_publication()
    forward = ctx.future if future is None else future
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == -1:
        return pub - dt.timedelta(days=back or 7)
    if direction == 1:
        return pub + dt.timedelta(days=ahead or 7)
    return pub + dt.timedelta(days=ahead) if forward else pub - dt.timedelta(days=back)


def year_of(value: str | None) -> int | None:
    if value is None:
        return None
    year = int(value)
    if year < 100:
        year += 2000
    return year


def stated_or_picked_year(m: re.Match[str], month: int, ctx: ResolutionContext) -> tuple[int, str]:
    """The year written after a month ("fin janvier 2026"), else the one :func:`pick_month_year`
    chooses; with the resolution that says which."""
    year = year_of(group(m, "y1"))
    if year is not None:
        return year, "explicit"
    return pick_month_year(month, ctx), "relative_to_publication"
