"""Where the store is: the ``--db`` option, the ``TRACKER_DB`` variable, or ./tracker.sqlite3.

A value is either a SQLAlchemy URL (``postgresql+psycopg://...``, ``sqlite:///...``) or a path to
a SQLite file. Paths become absolute ``sqlite:///`` URLs so that a store opened from another
working directory is the same file.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

DEFAULT_DB = "tracker.sqlite3"
ENV_VAR = "TRACKER_DB"

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*://")


def database_setting(db: str | None = None) -> str:
    """The raw setting: the explicit value, else ``TRACKER_DB``, else the default file."""
    if db is not None and db.strip():
        return db.strip()
    env = os.environ.get(ENV_VAR, "").strip()
    return env or DEFAULT_DB


def is_url(value: str) -> bool:
    """True for ``scheme://...`` values; anything else is a file path."""
    return bool(_URL.match(value))


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL of the store named by ``db`` (or the configured default)."""
    value = database_setting(db)
    if is_url(value):
        return value
    path = Path(value).expanduser().resolve()
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a ``sqlite:///`` URL, or None for other back ends and in-memory stores."""
    if not url.startswith("sqlite"):
        return None
    rest = url.split("://", 1)[1]
    if not rest.startswith("/"):
        return None
    path = rest[1:].split("?", 1)[0]
    if path in ("", ":memory:"):
        return None
    return Path(path)


# --------------------------------------------------------------------------- lock waits

LOCK_TIMEOUT_VARIABLE = "TRACKER_LOCK_TIMEOUT"
#: Seconds a command waits for another writer before giving up (SQLite busy_timeout,
#: PostgreSQL lock_timeout).
DEFAULT_LOCK_TIMEOUT = 30.0

_lock_timeout_option: float | None = None


def set_lock_timeout(seconds: float | None) -> None:
    """The ``--lock-timeout`` global option for this process (None: use the variable or default)."""
    global _lock_timeout_option
    if seconds is not None and not seconds > 0:
        from tracker.errors import ValidationError

        raise ValidationError(f"--lock-timeout must be a positive number of seconds, not {seconds!r}")
    _lock_timeout_option = seconds


def lock_timeout() -> float:
    """Seconds to wait for a lock: ``--lock-timeout``, else TRACKER_LOCK_TIMEOUT, else 30."""
    if _lock_timeout_option is not None:
        return _lock_timeout_option
    raw = os.environ.get(LOCK_TIMEOUT_VARIABLE, "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = 0.0
    if not value > 0 or value != value or value == float("inf"):
        from tracker.errors import ValidationError

        raise ValidationError(f"{LOCK_TIMEOUT_VARIABLE} must be a positive number of seconds, not {raw!r}")
    return value


def lock_timeout_text() -> str:
    """The current wait as a person reads it: ``30 s``, ``0.5 s``."""
    return f"{lock_timeout():g} s"
