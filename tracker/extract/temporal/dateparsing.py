"""dateparser as a second reader of one already-found expression (numeric dates, odd strings).

``dateparser`` is heavy: it is imported on first use only, and one ``DateDataParser`` is kept
per language, preference and reference day. Its ``period`` gives the precision.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

from tracker.events import DateInterval
from tracker.extract.temporal.pack import language_pack


@lru_cache(maxsize=8)
def _parser(lang: str, prefer: str, base: dt.date | None) -> Any:
    """One DateDataParser per (language, preference, reference day), reused."""
    from dateparser.date import DateDataParser  # heavy: imported only when needed

    pack = language_pack(lang)
    settings: dict[str, Any] = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    settings.update(pack.dateparser_settings)
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    return DateDataParser(languages=[pack.dateparser_language], settings=settings)


_PERIOD_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year"}


@lru_cache(maxsize=4096)
def normalise_with_dateparser(raw: str, lang: str, published: dt.date | None, future: bool) -> DateInterval | None:
    """Normalise one already-found expression with dateparser; its ``period`` is the
    precision. None when dateparser cannot read it."""
    if language_pack(lang).dateparser_language is None:
        return None
    parser = _parser(lang, "future" if future else "past", published)
    data = parser.get_date_data(raw)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    precision = _PERIOD_PRECISION.get(data.period or "day", "day")
    explicit = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", raw) is not None
    resolution = "explicit" if explicit else "relative_to_publication"
    if not explicit and published is None:
        return None
    if precision == "year":
        return DateInterval(start=f"{day.year:04d}", end=f"{day.year:04d}", precision="year", raw=raw, resolution=resolution)
    if precision == "month":
        text = f"{day.year:04d}-{day.month:02d}"
        return DateInterval(start=text, end=text, precision="month", raw=raw, resolution=resolution)
    if precision == "week":
        monday = day - dt.timedelta(days=day.weekday())
        return DateInterval(
            start=monday.isoformat(), end=(monday + dt.timedelta(days=6)).isoformat(), precision="week", raw=raw, resolution=resolution
        )
    return DateInterval(start=day.isoformat(), end=day.isoformat(), precision="day", raw=raw, resolution=resolution)
