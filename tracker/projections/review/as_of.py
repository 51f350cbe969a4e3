"""The review read model as the log knew it at an earlier point (``--as-of``).

Never touches the real read models: the log up to the point is replayed, with the same
projection code, into a private in-memory SQLite database holding the ``events`` and ``review``
tables (and the articles they cite), which the queries of :mod:`.queries` then read exactly
like the real ones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tracker.projections.review.projection import ReviewProjection
from tracker.projections.review.tables import review_states

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from tracker.projections.timeline.asof import AsOf
    from tracker.store import Store


def replay(store: Store, as_of: AsOf) -> Engine:
    """An in-memory database with ``events`` and ``review`` as of ``as_of``; dispose it after use."""
    from sqlalchemy import create_engine, insert, select
    from sqlalchemy.pool import StaticPool

    from tracker.projections import PROJECTIONS
    from tracker.schema import articles, metadata

    events = PROJECTIONS["events"]
    entries = [e for e in store.read(0, upto=as_of.position) if as_of.includes(e)]
    engine = create_engine("sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False})
    metadata.create_all(engine, tables=[articles, *events.tables, review_states])
    needed = sorted({e.article_id for e in entries if e.article_id})
    review = ReviewProjection()
    with store.engine.connect() as source, engine.begin() as conn:
        for i in range(0, len(needed), 500):
            found = [dict(r._mapping) for r in source.execute(
                select(articles).where(articles.c.article_id.in_(needed[i : i + 500])))]
            if found:
                conn.execute(insert(articles), found)
        for entry in entries:
            events.apply(conn, entry)
            review.apply(conn, entry)
    return engine
