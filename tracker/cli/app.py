"""The typer application, its global options and the one place errors are worded."""

from __future__ import annotations

import enum
import functools
import sys
from typing import Annotated, Any, Callable, Optional, TypeVar

import typer

from tracker.errors import TrackerError

app = typer.Typer(
    name="tracker",
    help="Turn news articles about diplomatic negotiations into an auditable, source-linked timeline.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class GlobalState:
    """Options given before the command name."""

    db: str | None = None
    signing_key_file: str | None = None
    head_file: str | None = None


state = GlobalState()


@app.callback()
def _global(
    db: Annotated[
        Optional[str],
        typer.Option(
            "--db",
            envvar="TRACKER_DB",
            help="Store to use: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...). "
            "Default: ./tracker.sqlite3.",
            show_default=False,
        ),
    ] = None,
    signing_key_file: Annotated[
        Optional[str],
        typer.Option(
            "--signing-key-file",
            envvar="TRACKER_SIGNING_KEY_FILE",
            help="File holding a secret key (kept outside the store): new entries are signed with "
            "HMAC-SHA256 and verify checks the signatures. TRACKER_SIGNING_KEY may hold the key itself.",
            show_default=False,
        ),
    ] = None,
    head_file: Annotated[
        Optional[str],
        typer.Option(
            "--head-file",
            envvar="TRACKER_HEAD_FILE",
            help="Text file to which every write appends the new log head (position and hash); "
            "check it later with `tracker verify --expect-file`.",
            show_default=False,
        ),
    ] = None,
) -> None:
    state.db = db
    state.signing_key_file = signing_key_file
    state.head_file = head_file


class OutputFormat(str, enum.Enum):
    """Formats shared by every read command."""

    table = "table"
    json = "json"
    csv = "csv"


FormatOption = Annotated[
    Optional[OutputFormat],
    typer.Option("--format", "-f", help="table, json or csv (default: table on a terminal, json when piped)."),
]


def resolve_format(fmt: OutputFormat | None) -> OutputFormat:
    """Table on a terminal, JSON when piped, unless the user chose."""
    if fmt is not None:
        return fmt
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.json


F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Print library errors once as ``Error: ...`` on stderr and exit 1.

    typer.Exit and usage errors pass through untouched.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except TrackerError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(1) from None

    return wrapper  # type: ignore[return-value]


def main() -> None:
    """Console-script entry point."""
    app()
