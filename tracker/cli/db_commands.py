"""``tracker db`` commands that copy or guard the store: ``backup``, ``copy`` and
``grant-reader``. (``db upgrade`` and ``db status`` live with the log commands.)"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from tracker.cli.app import handle_errors
from tracker.cli.common import session
from tracker.cli.log_commands import db_app


class _Bar:
    """A progress bar on stderr fed with (done, total); silent when stderr is not a terminal."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.bar: Any = None
        self.shown = 0

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            self.bar = typer.progressbar(length=max(total, 1), label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def _with_bar(label: str, work: Callable[[Callable[[int, int], None]], Any]) -> Any:
    bar = _Bar(label)
    try:
        return work(bar)
    finally:
        bar.close()


@db_app.command("backup")
@handle_errors
def db_backup(
    path: Annotated[str, typer.Argument(help="New SQLite file to write (refused if it exists).", show_default=False)],
) -> None:
    """Write a consistent copy of the store to a new SQLite file; prints its head hash.

    Writers may keep writing meanwhile. SQLite: the online backup API; PostgreSQL: entry by entry
    into a SQLite file."""
    from tracker.app.backup import backup

    with session(create=False) as store:
        result = _with_bar("Backing up", lambda bar: backup(store, path, bar))
    typer.echo(f"Backed up {result.entries} entries and {result.articles} articles to {result.target}", err=True)
    typer.echo(f"head hash {result.head_hash}")


@db_app.command("copy")
@handle_errors
def db_copy(
    to: Annotated[str, typer.Option("--to", help="Target store: a SQLite file path or a SQLAlchemy URL. "
                                                 "It must be empty (or not exist yet).", show_default=False)],
) -> None:
    """Copy the store to another, empty one (SQLite <-> PostgreSQL); prints the head hash.

    Entry by entry, keeping positions, ids, times, hashes, signatures and articles, so verify prints
    the same head on both; the target's read models are rebuilt."""
    from tracker.app.backup import copy_store
    from tracker.config import database_url

    target = database_url(to)
    with session(create=False) as store:
        result = _with_bar("Copying", lambda bar: copy_store(store, target, bar))
    typer.echo(f"Copied {result.entries} entries and {result.articles} articles to {result.target}", err=True)
    typer.echo(f"head hash {result.head_hash}")


@db_app.command("cover-articles")
@handle_errors
def db_cover_articles() -> None:
    """Put articles stored by an older tracker under the hash chain.

    Appends an article_recorded entry for each article that has none, attesting its metadata as
    it is now: run it on a store you trust, then keep the new head (verify prints it)."""
    with session() as store:
        covered = store.cover_articles()
    typer.echo(f"Covered {len(covered)} articles", err=True)
    for article_id in covered:
        typer.echo(article_id)


@db_app.command("grant-reader")
@handle_errors
def db_grant_reader(
    role: Annotated[str | None, typer.Option(
        "--role", help="Role name (default: TRACKER_SQL_ROLE or tracker_reader).", show_default=False)] = None,
) -> None:
    """PostgreSQL: create the read-only role that `tracker sql` runs as.

    A login role allowed only to SELECT the documented views and tables (password from
    TRACKER_SQL_PASSWORD, if set). Run it as the store's owner; rerun it after an upgrade."""
    from tracker.app.reader_role import grant_reader

    with session() as store:
        name, granted = grant_reader(store.engine, role)
    typer.echo(f"Role {name} may read: {', '.join(granted)}", err=True)


