"""Alembic environment of the tracker store.

The database comes from the connection the application passes in
``config.attributes["connection"]`` (see tracker.db.prepare), or else from the application's own
configuration (``TRACKER_DB`` / ./tracker.sqlite3) when run as ``alembic ...`` in a checkout.
Importing :mod:`tracker.projections` registers every read model's tables on the one metadata,
so ``alembic check`` sees all of them.
"""

from __future__ import annotations

from logging.config import fileConfig

from alembic import context

import tracker.projections  # noqa: F401  (registers projection tables on the metadata)
from tracker.schema import metadata

config = context.config
target_metadata = metadata

if config.config_file_name is not None and config.file_config.has_section("loggers"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_offline() -> None:
    from tracker.config import database_url

    context.configure(
        url=config.get_main_option("sqlalchemy.url") or database_url(),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return

    from tracker.config import database_url
    from tracker.db import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url") or database_url())
    try:
        with engine.connect() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
