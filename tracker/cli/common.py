"""What the command modules share: the store a command works on, and the event-id and reason
parameters, each declared once so every command words them alike.

Nothing heavy is imported here: the store and the database helpers are imported when a command
opens a store, so ``tracker --help`` stays fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer

from tracker.cli.app import state

if TYPE_CHECKING:
    from tracker.store import Store

IdArg = Annotated[str, typer.Argument(
    help="Event id, or a unique prefix of it (a timeline entry's id works too: it is the id of one of its events).",
    show_default=False, metavar="ID")]
ReasonOpt = Annotated[str, typer.Option("--reason", help="Why (kept in the log).", show_default=False)]


@contextmanager
def opened(store: Store | None) -> Iterator[Store | None]:
    """Use ``store`` for one command and close it afterwards; driver failures (server gone,
    lock timeout, disk full) become a one-line StoreError. ``None`` (no store yet) passes through."""
    if store is None:
        yield None
        return
    from tracker.db import database_errors, describe

    try:
        with database_errors(describe(store.url)):
            yield store
    finally:
        store.close()


def require_store() -> None:
    """Refuse, before anything is created, a SQLite store file that does not exist: a read
    command on a mistyped ``--db`` must not leave an empty store behind."""
    from tracker.config import database_url, sqlite_path
    from tracker.db import check_backend
    from tracker.errors import StoreError

    url = database_url(state.db)
    check_backend(url)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreError(
            f"no tracker store at {path}: check --db or TRACKER_DB "
            "(commands that write, such as add and ingest, create a new store)"
        )


@contextmanager
def session(upgrade: bool = True, check_shrunk: bool = True, *, create: bool = True) -> Iterator[Store]:
    """The store named by ``--db`` / TRACKER_DB, upgraded unless ``upgrade`` is False, with the
    signing key and head file of the global options; created when missing only if ``create``
    (write commands; read commands pass False so a mistyped path creates nothing). Unless
    ``check_shrunk`` is False (``verify`` reports it itself), a log whose tail was deleted is
    refused here, before any command reads or writes it."""
    from tracker.signing import load_signing_key
    from tracker.store import open_store

    if not create:
        require_store()
    key = load_signing_key(state.signing_key_file)
    store = open_store(state.db, upgrade=upgrade, signing_key=key, head_file=state.head_file)
    with opened(store) as live:
        assert live is not None  # open_store always returns a store; only `opened(None)` yields None
        if check_shrunk and upgrade:
            live.ensure_not_shrunk()
        yield live
