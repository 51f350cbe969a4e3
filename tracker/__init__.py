"""tracker: negotiation events from news articles, kept in an append-only, hash-chained log."""

__version__ = "0.1.0"
