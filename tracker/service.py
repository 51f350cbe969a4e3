"""Use cases over the store: write to the log, then bring the read models up to date.

Commands and the ingest pipeline call these, so every writer leaves projections current.
"""

from __future__ import annotations

from typing import Sequence

from tracker.articles import Article
from tracker.store import AppendResult, NewEntry, Store


def record(store: Store, entries: Sequence[NewEntry], *, article: Article | None = None) -> AppendResult:
    """Append ``entries`` (with their ``article``) in one transaction, then catch up every projection."""
    from tracker.projections.runner import catch_up

    result = store.append(entries, article=article)
    catch_up(store)
    return result
