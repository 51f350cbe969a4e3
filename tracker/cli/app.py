"""The typer application, its global options and the one place errors are worded."""

from __future__ import annotations

import enum
import errno
import functools
import sys
import warnings
from collections.abc import Callable
from typing import Annotated, Any, TypeVar, cast

import typer
from typer.core import TyperGroup, _TyperParameter

from tracker.errors import TrackerError

#: Options of ``tracker`` itself, accepted anywhere on the line (``tracker list --db x``).
GLOBAL_OPTIONS: tuple[str, ...] = ("--db", "--lock-timeout", "--signing-key-file", "--head-file")


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options given after the command name to the front, where click looks for
    them, so ``tracker list --db x`` means ``tracker --db x list``. Stops at ``--``."""
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        name = arg.split("=", 1)[0]
        if name in GLOBAL_OPTIONS and rest:
            if "=" in arg:
                front.append(arg)
            else:
                front.extend(args[i : i + 2])
                i += 1
        else:
            rest.append(arg)
        i += 1
    return front + rest


class TrackerGroup(TyperGroup):
    """The top-level group: global options may also follow the command name."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(list(args)))


_PLAIN_TYPES = {"str": "TEXT", "int": "INTEGER", "float": "NUMBER", "bool": "", "Path": "PATH"}


def _plain_display_type(self: _TyperParameter, ctx: Any) -> str:
    """Help shows TEXT, INTEGER, a|b|c, or nothing for flags: never Python types (<list[str]>)."""
    desc = self.type_descriptor
    if desc.is_choice:
        return "|".join(str(getattr(c, "value", c)) for c in desc.choices or ())
    annotation = desc.annotation
    name = getattr(annotation, "__name__", str(annotation))
    if desc.is_list:
        inner = getattr(annotation, "__args__", (str,))[0]
        name = getattr(inner, "__name__", "str")
    return _PLAIN_TYPES.get(name, name.upper())


_TyperParameter.display_type = _plain_display_type  # type: ignore[method-assign]  # deliberate patch: plain metavars

app = typer.Typer(
    cls=TrackerGroup,
    name="tracker",
    help="Turn news articles about diplomatic negotiations into an auditable, source-linked timeline.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)


class GlobalState:
    """Options given before the command name."""

    db: str | None = None
    lock_timeout: float | None = None
    signing_key_file: str | None = None
    head_file: str | None = None


state = GlobalState()


@app.callback()
def _global(
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            envvar="TRACKER_DB",
            help="Store to use: a SQLite file path or a SQLAlchemy URL (postgresql+psycopg://...). "
            "Default: ./tracker.sqlite3.",
            show_default=False,
        ),
    ] = None,
    lock_timeout: Annotated[
        float | None,
        typer.Option(
            "--lock-timeout",
            help="Seconds to wait for another writer before giving up (SQLite busy timeout, PostgreSQL "
            "lock_timeout). Default: TRACKER_LOCK_TIMEOUT, else 30.",
            show_default=False,
            min=0.001,
        ),
    ] = None,
    signing_key_file: Annotated[
        str | None,
        typer.Option(
            "--signing-key-file",
            envvar="TRACKER_SIGNING_KEY_FILE",
            help="File holding a secret key (kept outside the store): new entries are signed with "
            "HMAC-SHA256 and verify checks the signatures. TRACKER_SIGNING_KEY may hold the key itself.",
            show_default=False,
        ),
    ] = None,
    head_file: Annotated[
        str | None,
        typer.Option(
            "--head-file",
            envvar="TRACKER_HEAD_FILE",
            help="Text file to which every write appends the new log head (position and hash); "
            "check it later with `tracker verify --expect-file`.",
            show_default=False,
        ),
    ] = None,
) -> None:
    from tracker.config import set_lock_timeout

    state.db = db
    state.lock_timeout = lock_timeout
    set_lock_timeout(lock_timeout)
    state.signing_key_file = signing_key_file
    state.head_file = head_file


class OutputFormat(str, enum.Enum):
    """Formats shared by every read command."""

    table = "table"
    json = "json"
    csv = "csv"


E = TypeVar("E", bound=enum.Enum)


def choice(kind: type[E], what: str = "value") -> Callable[[Any], E | None]:
    """An option callback that turns text into a member of ``kind``, or says plainly which
    choices there are (``'pdf' is not a format: choose md, json, ...``); usage error, exit 2."""
    names = [str(m.value) for m in kind]

    def check(value: Any) -> E | None:
        if value is None or isinstance(value, kind):
            return value
        try:
            return kind(str(value).strip().lower())
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a {what}: choose {', '.join(names)}") from None

    return check


FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json or csv (default: table on a terminal, json when piped).",
                 callback=choice(OutputFormat, "format"), metavar="table|json|csv"),
]


def resolve_format(fmt: OutputFormat | str | None) -> OutputFormat:
    """Table on a terminal, JSON when piped, unless the user chose.

    Typer declares the option as text; its ``choice`` callback has already made it a member."""
    if fmt is not None:
        return OutputFormat(fmt)
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.json


F = TypeVar("F", bound=Callable[..., Any])


#: Errors writing to stdout that end a command cleanly (a closed pipe, a full disk).
OUTPUT_ERRNOS = frozenset({errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EFBIG})


def handle_errors(fn: F) -> F:
    """Print library errors once as ``Error: ...`` on stderr and exit 1.

    A write that committed but whose read models could not catch up is still a success: its
    :class:`tracker.app.recording.CatchUpWarning` is printed as ``Warning: ...`` on stderr. Output
    that cannot be written (closed pipe, full disk) ends the command with one line and exit 1.
    typer.Exit and usage errors pass through untouched.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                return fn(*args, **kwargs)
            except TrackerError as exc:
                typer.echo(f"Error: {exc}", err=True)
                raise typer.Exit(1) from None
            except OSError as exc:
                if exc.errno not in OUTPUT_ERRNOS:
                    raise
                output_failed(exc)
            finally:
                _show_warnings(caught)

    return cast(F, wrapper)


def _show_warnings(caught: list[warnings.WarningMessage]) -> None:
    if not caught:
        return
    from tracker.app.recording import CatchUpWarning

    for w in caught:
        if issubclass(w.category, CatchUpWarning):
            typer.echo(f"Warning: {w.message}", err=True)
        else:
            warnings.showwarning(w.message, w.category, w.filename, w.lineno)


def output_failed(exc: OSError) -> None:
    """Say once that the output could not be written, and exit 1 (no traceback)."""
    import os

    try:  # what is still buffered cannot be written either: drop it
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    try:
        sys.stderr.write(f"Error: cannot write the output: {exc.strerror or exc}\n")
        sys.stderr.flush()
    except OSError:
        pass
    raise typer.Exit(1)


def main() -> None:
    """Console-script entry point; output that cannot be flushed at the end (``> /dev/full``)
    is one clean error line and exit 1, not a traceback."""
    try:
        app()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    try:
        sys.stdout.flush()
    except OSError as exc:
        code = _flush_failed(exc)
    sys.exit(code)


def _flush_failed(exc: OSError) -> int:
    try:
        output_failed(exc)
    except typer.Exit as done:
        return done.exit_code
    return 1
