"""Typed errors whose messages are written for the user.

The library raises these; the CLI prints ``Error: <message>`` once, at the edge, and exits 1.
"""


class TrackerError(Exception):
    """Base of every error a user may see. The message is the whole explanation."""


class ValidationError(TrackerError):
    """An event, date, actor or option value is malformed."""


class StoreError(TrackerError):
    """The database cannot be opened or used as a tracker store."""


class ConcurrencyError(StoreError):
    """An append expected a log head that has moved on."""


class NotFoundError(TrackerError):
    """An event, article, actor or track id that the store does not know."""


class ArticleError(TrackerError):
    """An article file cannot be read or parsed."""


class QueryError(TrackerError):
    """A read-only SQL query was refused or failed."""
