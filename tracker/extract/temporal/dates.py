"""Resolvers for expressions that name the calendar: days, months, years, weekdays, seasons, holidays.

"le 16 décembre", "March 10-14", "20/12/2025", "en août", "de 2020 à 2022", "mardi prochain",
"la première semaine de janvier", "Noël", "l'hiver dernier": the words name a date, and the
publication date only settles what they leave out (the year, which Tuesday).
Each resolver takes the match, its rule and a :class:`ResolutionContext`, and returns
(kind, interval, days); :data:`RESOLVERS` maps the names rules use to them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from tracker.events import DateInterval
from tracker.extract.temporal.calendar import (
    DAY_WINDOW,
    NoAnchor,
    NotADate,
    ResolutionContext,
    Result,
    add_months,
    day_number,
    days_interval,
    direction_of,
    group,
    month_end,
    months_interval,
    pick_day,
    pick_month_year,
    pick_weekday,
    preposition_of,
    safe_date,
    stated_or_picked_year,
    year_interval,
    year_of,
)
from tracker.extract.temporal.dateparsing import normalise_with_dateparser
from tracker.extract.temporal.pack import Rule, fold


def _r_day_month(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    month = ctx.word(ctx.pack.months, group(m, "m1"))
    day = day_number(group(m, "d1") or "", ctx.pack)
    year = year_of(group(m, "y1"))
    if year is not None:
        date = safe_date(year, month, day)
        resolution = "explicit"
        if date is None:
            raise NotADate(ctx.raw)
    else:
        resolution = "relative_to_publication"
        try:
            date = pick_day(month, day, ctx, direction_of(m, ctx))
        except NoAnchor:
            if safe_date(2000, month, day) is None:
                raise NotADate(ctx.raw) from None
            return "date", None, None
    if rule.params.get("week"):  # "la semaine du 15 décembre": Monday to Sunday around it
        monday = date - dt.timedelta(days=date.weekday())
        return "date", days_interval(monday, monday + dt.timedelta(days=6), ctx, resolution, "week"), None
    return "date", days_interval(date, date, ctx, resolution), None


def _r_day_range(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'du 10 au 14 mars', 'Dec. 28 to Jan. 2': without a year, the start follows the rule of
    a single day (see DAY_WINDOW) and the end is the first such day after it."""
    m_end = group(m, "m1") or group(m, "m0")
    month2 = ctx.word(ctx.pack.months, m_end)
    month1 = ctx.word(ctx.pack.months, group(m, "m0") or m_end)
    d1, d2 = day_number(group(m, "d1") or "", ctx.pack), day_number(group(m, "d2") or "", ctx.pack)
    if group(m, "m0") is None and d1 > d2:  # "du 28 au 3 janvier": the 28th of December
        month1 = 12 if month2 == 1 else month2 - 1
    y1, y2 = year_of(group(m, "y0")), year_of(group(m, "y1"))
    resolution = "explicit" if y1 is not None or y2 is not None else "relative_to_publication"
    first: dt.date | None
    last: dt.date | None
    if y1 is None and y2 is None:
        try:
            first = pick_day(month1, d1, ctx)
        except NoAnchor:
            return "range", None, None
        last = safe_date(first.year, month2, d2)
        if last is not None and last < first:
            last = safe_date(first.year + 1, month2, d2)
    elif y1 is None:
        assert y2 is not None  # both missing took the branch above
        last = safe_date(y2, month2, d2)
        if last is None:
            raise NotADate(ctx.raw)
        first = safe_date(last.year, month1, d1)
        if first is not None and first > last:
            first = safe_date(last.year - 1, month1, d1)
    else:
        first = safe_date(y1, month1, d1)
        if first is None:
            raise NotADate(ctx.raw)
        last = safe_date(y2 if y2 is not None else first.year, month2, d2)
        if y2 is None and last is not None and last < first:
            last = safe_date(first.year + 1, month2, d2)
    if first is None or last is None or first > last or (last - first).days > 366:
        raise NotADate(ctx.raw)
    return "range", days_interval(first, last, ctx, resolution), None


def _r_numeric(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'20/12/2025', '12/20/2025': the language's day order is dateparser's DATE_ORDER; when
    that reading is impossible (13th month) the other order is tried."""
    interval = normalise_with_dateparser(ctx.raw, ctx.pack.lang, ctx.published, ctx.future)
    if interval is not None and interval.precision == "day":
        return "date", interval, None
    a, b = int(group(m, "a") or 0), int(group(m, "b") or 0)
    year = year_of(group(m, "y1"))
    assert year is not None
    day, month = (a, b) if ctx.pack.date_order == "DMY" else (b, a)
    date = safe_date(year, month, day) or safe_date(year, day, month)
    if date is None:
        raise NotADate(ctx.raw)
    return "date", days_interval(date, date, ctx, "explicit"), None


def _r_iso(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    date = safe_date(int(group(m, "y1") or 0), int(group(m, "mo") or 0), int(group(m, "dd") or 0))
    if date is None:
        raise NotADate(ctx.raw)
    return "date", days_interval(date, date, ctx, "explicit"), None


def _r_month(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    month = ctx.word(ctx.pack.months, group(m, "m1"))
    year = year_of(group(m, "y1"))
    if year is not None:
        return "date", months_interval(year, month, year, month, ctx, "explicit"), None
    try:
        year = pick_month_year(month, ctx, direction_of(m, ctx))
    except NoAnchor:
        return "date", None, None
    return "date", months_interval(year, month, year, month, ctx, "relative_to_publication"), None


def _r_month_range(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    month1 = ctx.word(ctx.pack.months, group(m, "m0"))
    month2 = ctx.word(ctx.pack.months, group(m, "m1"))
    year = year_of(group(m, "y1"))
    resolution = "explicit"
    if year is None:
        resolution = "relative_to_publication"
        try:
            if ctx.future:
                year = pick_month_year(month1, ctx)
                year2 = year if month2 >= month1 else year + 1
                return "range", months_interval(year, month1, year2, month2, ctx, resolution), None
            year = pick_month_year(month2, ctx)
        except NoAnchor:
            return "range", None, None
    year1 = year if month1 <= month2 else year - 1
    return "range", months_interval(year1, month1, year, month2, ctx, resolution), None


def _r_year(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    year = year_of(group(m, "y1"))
    assert year is not None
    return "date", year_interval(year, ctx, "explicit"), None


def _r_year_range(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    first, last = year_of(group(m, "y0")), year_of(group(m, "y1"))
    assert first is not None and last is not None
    if not 0 < last - first <= 50:
        raise NotADate(ctx.raw)
    interval = DateInterval(start=f"{first:04d}", end=f"{last:04d}", precision="year", raw=ctx.raw, resolution="explicit")
    return "range", interval, None


def _r_weekday(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    weekday = ctx.word(ctx.pack.weekdays, group(m, "wd"))
    direction = direction_of(m, ctx)
    try:
        date = pick_weekday(weekday, ctx, direction or None)
    except NoAnchor:
        return "date", None, None
    return "date", days_interval(date, date, ctx, "relative_to_publication"), None


def _r_weekday_day(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'lundi 22': the month near publication where the 22nd is a Monday."""
    weekday = ctx.word(ctx.pack.weekdays, group(m, "wd"))
    day = day_number(group(m, "d1") or "", ctx.pack)
    try:
        pub = ctx.needs_publication()
    except NoAnchor:
        return "date", None, None
    cands = []
    for delta in range(-2, 3):
        y, mo = add_months(pub.year, pub.month, delta)
        date = safe_date(y, mo, day)
        if date is not None and date.weekday() == weekday:
            cands.append(date)
    if not cands:
        raise NotADate(ctx.raw)
    if ctx.future:
        ok = [c for c in cands if c >= pub - dt.timedelta(days=DAY_WINDOW)]
    else:
        ok = [c for c in cands if c <= pub + dt.timedelta(days=DAY_WINDOW)]
    if not ok:
        raise NotADate(ctx.raw)
    date = min(ok, key=lambda c: abs((c - pub).days))
    return "date", days_interval(date, date, ctx, "relative_to_publication"), None


def _r_weekday_range(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    wd1 = ctx.word(ctx.pack.weekdays, group(m, "wd"))
    wd2 = ctx.word(ctx.pack.weekdays, group(m, "wd2"))
    try:
        if ctx.future:
            first = pick_weekday(wd1, ctx)
            last = first + dt.timedelta(days=(wd2 - wd1) % 7)
        else:
            last = pick_weekday(wd2, ctx)
            first = last - dt.timedelta(days=(wd2 - wd1) % 7)
    except NoAnchor:
        return "range", None, None
    return "range", days_interval(first, last, ctx, "relative_to_publication"), None


def _r_since_weekday(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'depuis lundi', 'since Monday': the last such day up to publication."""
    weekday = ctx.word(ctx.pack.weekdays, group(m, "wd"))
    first = pick_weekday(weekday, ctx, future=False)
    return "range", days_interval(first, ctx.needs_publication(), ctx, "relative_to_publication"), None


def _r_week_of_month(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'la première semaine de janvier', 'the last week of December': seven days."""
    nth = ctx.word(ctx.pack.ordinals, group(m, "nth"))
    month = ctx.word(ctx.pack.months, group(m, "m1"))
    year, resolution = stated_or_picked_year(m, month, ctx)
    last_day_of_month = month_end(year, month)
    if nth == -1:
        first = last_day_of_month - dt.timedelta(days=6)
    elif 1 <= nth <= 4:
        first = dt.date(year, month, 7 * (nth - 1) + 1)
    else:
        raise NotADate(ctx.raw)
    return "date", days_interval(first, first + dt.timedelta(days=6), ctx, resolution, "week"), None


def _r_holiday(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    """'Noël', 'New Year's Day': the day, placed like a day without a year; 'd'ici Noël',
    'by Christmas' (``until``) is the stretch from publication to that day."""
    month, day = ctx.word(ctx.pack.holidays, group(m, "holiday"))
    pre = preposition_of(m, ctx)
    date = pick_day(month, day, ctx, 1 if pre == "until" else None)
    if pre == "until" and ctx.published is not None and date > ctx.published:
        return "range", days_interval(ctx.published, date, ctx, "relative_to_publication"), None
    return "date", days_interval(date, date, ctx, "relative_to_publication"), None


_SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


def _season_instance(season: str, start_year: int) -> tuple[dt.date, dt.date]:
    first_month = _SEASON_MONTHS[season]
    first = dt.date(start_year, first_month, 1)
    y, mo = add_months(start_year, first_month, 2)
    return first, month_end(y, mo)


def _r_season(m: re.Match[str], rule: Rule, ctx: ResolutionContext) -> Result:
    season = ctx.word(ctx.pack.seasons, group(m, "season"))
    direction = direction_of(m, ctx)
    if fold(group(m, "season") or "") in rule.params.get("ambiguous", ()) and direction is None and group(m, "y1") is None:
        raise NotADate(ctx.raw)  # "the fall of Kabul"
    year = year_of(group(m, "y1"))
    if year is not None:
        start_year = year - 1 if season == "winter" else year
        first, last = _season_instance(season, start_year)
        return "date", months_interval(first.year, first.month, last.year, last.month, ctx, "explicit"), None
    try:
        pub = ctx.needs_publication()
    except NoAnchor:
        return "date", None, None
    instances = [_season_instance(season, y) for y in range(pub.year - 2, pub.year + 2)]
    current = [i for i in instances if i[0] <= pub <= i[1]]
    past = [i for i in instances if i[1] < pub]
    coming = [i for i in instances if i[0] > pub]
    if direction == -1:
        chosen = past[-1]
    elif direction == 1:
        chosen = coming[0]
    elif current:
        chosen = current[0]
    else:
        chosen = coming[0] if ctx.future else past[-1]
    first, last = chosen
    kind = "date" if direction is None else "relative"
    return kind, months_interval(first.year, first.month, last.year, last.month, ctx, "relative_to_publication"), None


RESOLVERS: dict[str, Callable[[re.Match[str], Rule, ResolutionContext], Result]] = {
    "day_month": _r_day_month,
    "day_range": _r_day_range,
    "numeric": _r_numeric,
    "iso": _r_iso,
    "month": _r_month,
    "month_range": _r_month_range,
    "year": _r_year,
    "year_range": _r_year_range,
    "weekday": _r_weekday,
    "weekday_day": _r_weekday_day,
    "weekday_range": _r_weekday_range,
    "since_weekday": _r_since_weekday,
    "week_of_month": _r_week_of_month,
    "holiday": _r_holiday,
    "season": _r_season,
}
