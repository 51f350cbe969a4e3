"""Links that may be stored and published: the one validator of source URLs.

Every entry point (``add --source``, ``ingest --url``, front matter, JSON Lines, HTML metadata)
and every exporter asks here, so a ``javascript:`` or ``data:`` link can neither enter the store
nor leave it in an export.
"""

from __future__ import annotations

import re

from tracker.errors import ValidationError

#: Schemes a source link may have.
WEB_SCHEMES: tuple[str, ...] = ("http", "https")

_WEB_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_web_url(value: object) -> bool:
    """True for an ``http://`` or ``https://`` URL with a host and no spaces or control characters."""
    return isinstance(value, str) and not _CONTROL.search(value) and bool(_WEB_URL.match(value))


def check_source_url(value: str | None, what: str = "source URL") -> str | None:
    """``value`` stripped (None or blank: None), or ValidationError naming what is wrong."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    if not is_web_url(text):
        shown = text if len(text) <= 80 else text[:79] + "…"
        raise ValidationError(f"invalid {what} {shown!r}: expected http:// or https://")
    return text


def web_url_or_none(value: object) -> str | None:
    """``value`` when it is a web URL, else None: what exporters may publish."""
    return value.strip() if isinstance(value, str) and is_web_url(value.strip()) else None
