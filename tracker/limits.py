"""Sane ranges and per-article limits, checked where data enters the store.

* **Dates** of events, publication dates and ``--as-of`` moments must lie in years
  MIN_YEAR..MAX_YEAR. The range covers every modern negotiation and every news article, and
  keeps every date far from the ends of Python's calendar (years 1 and 9999), where a one-day
  window, an exclusive end date or a week-long de-duplication window would overflow. Dates
  outside it are refused at the edge (user input, article metadata) or dropped from an extracted
  event with a warning; they are never stored.
* **Articles** larger than ``TRACKER_MAX_ARTICLE_BYTES`` (default 1 MB of UTF-8 text) or
  giving more than ``TRACKER_MAX_EVENTS_PER_ARTICLE`` events (default 500) are refused whole:
  one oversized input must not hold the writer lock for minutes nor flood the timeline.
"""

from __future__ import annotations

import datetime as dt
import os

from tracker.errors import ValidationError

MIN_YEAR = 1900
MAX_YEAR = 2100

MAX_ARTICLE_BYTES_VARIABLE = "TRACKER_MAX_ARTICLE_BYTES"
MAX_EVENTS_VARIABLE = "TRACKER_MAX_EVENTS_PER_ARTICLE"
DEFAULT_MAX_ARTICLE_BYTES = 1_000_000
DEFAULT_MAX_EVENTS_PER_ARTICLE = 500


def year_in_range(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def check_date(value: dt.date, what: str = "date") -> dt.date:
    """``value`` itself, or ValidationError when its year is outside MIN_YEAR..MAX_YEAR."""
    if not year_in_range(value.year):
        raise ValidationError(
            f"{what} {value.isoformat()} is out of range: years {MIN_YEAR} to {MAX_YEAR} are accepted"
        )
    return value


def check_reduced_date(text: str, what: str = "date") -> str:
    """A reduced-precision date (``2025-12-20``, ``2025-12``, ``2025``) whose year is in range."""
    year = text.strip()[:4]
    if year.isdigit() and not year_in_range(int(year)):
        raise ValidationError(f"{what} {text.strip()} is out of range: years {MIN_YEAR} to {MAX_YEAR} are accepted")
    return text


def _positive_setting(variable: str, default: int) -> int:
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise ValidationError(f"{variable} must be a positive whole number, not {raw!r}")
    return value


def max_article_bytes() -> int:
    """Largest article text accepted, in bytes of UTF-8 (TRACKER_MAX_ARTICLE_BYTES)."""
    return _positive_setting(MAX_ARTICLE_BYTES_VARIABLE, DEFAULT_MAX_ARTICLE_BYTES)


def max_events_per_article() -> int:
    """Most events one article may add to the log (TRACKER_MAX_EVENTS_PER_ARTICLE)."""
    return _positive_setting(MAX_EVENTS_VARIABLE, DEFAULT_MAX_EVENTS_PER_ARTICLE)


def size_text(n: int) -> str:
    """``1.3 MB``, ``250 KB``, ``12 bytes``: sizes as a person reads them (decimal units)."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.0f} KB"
    return f"{n} bytes"
