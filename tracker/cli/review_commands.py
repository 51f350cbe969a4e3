"""``tracker review``: the interactive queue and its non-interactive twins ``list``,
``accept``, ``reject``, ``apply`` and ``stats``.

Each command parses its options and calls :mod:`tracker.app.review` (decisions, the queue) or
:mod:`tracker.projections.review` (queries). Decisions print the ids of the log entries they
wrote to stdout and a confirmation to stderr.
"""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from tracker.cli.app import FormatOption, OutputFormat, app, handle_errors, resolve_format
from tracker.cli.common import ReasonOpt, session
from tracker.cli.review_options import StatusFilter

review_app = typer.Typer(
    help="Review extracted events: run without a sub-command for the interactive queue "
         "(a accept, r reject, e edit, m merge, s skip, u undo, q quit).",
    invoke_without_command=True,
)
app.add_typer(review_app, name="review")

LIST_COLUMNS = ("id", "type", "modality", "start", "confidence", "status", "by", "at", "reason", "rules", "summary")
STATS_COLUMNS = ("group", "name", "events", "accepted", "rejected", "unreviewed", "acceptance")

IdsArg = Annotated[list[str], typer.Argument(help="Event ids (or unique prefixes).", show_default=False, metavar="ID...")]
BelowOpt = Annotated[float | None, typer.Option(
    "--below", min=0.0, max=1.0, help="Only events whose confidence is below C.", show_default=False, metavar="C")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="Only this event type.", show_default=False)]


def _read_key() -> str:
    """One key: raw from the terminal (``typer.getchar``); from piped input, the first
    character of the next non-blank line, so keys and typed answers (a reason, a new value)
    each take a line. The end of the input quits."""
    if sys.stdin.isatty():
        return typer.getchar()
    while True:
        line = sys.stdin.readline()
        if not line:
            return "q"
        if line.strip():
            return line.strip()[0]


def _print_outcomes(outcomes: list[Any]) -> None:
    for o in outcomes:
        if o.entry_id is None:
            typer.echo(f"{o.event_id}: already {o.verdict}, nothing recorded", err=True)
        else:
            typer.echo(f"{o.verdict.capitalize()} {o.event_id}", err=True)
            typer.echo(o.entry_id)


@review_app.callback()
@handle_errors
def review(
    ctx: typer.Context,
    article: Annotated[str | None, typer.Option("--article", help="Only events of this article (id or prefix).",
                                                   show_default=False)] = None,
    track: Annotated[str | None, typer.Option("--track", help="Only events on this track (e.g. US-RU).",
                                                 show_default=False)] = None,
    event_type: TypeOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="Only events on or after this date.",
                                                 show_default=False)] = None,
    below: BelowOpt = None,
    color: Annotated[bool | None, typer.Option("--color/--no-color", help="Highlight with ANSI colours "
                                                  "(default: when the output is a terminal).", show_default=False)] = None,
) -> None:
    """Go through unreviewed events one by one, lowest confidence first."""
    if ctx.invoked_subcommand is not None:
        return
    from tracker.app.review.queue import QueueFilter, ReviewQueue, queue_ids
    from tracker.cli.options import review_edit_options

    flt = QueueFilter(article=article, track=track, event_type=event_type, since=since, below=below)
    with session() as store:
        ids = queue_ids(store, flt)
        queue = ReviewQueue(
            store, ids,
            read_key=_read_key,
            ask=lambda text, default: typer.prompt(text, default=default, show_default=bool(default)),
            echo=typer.echo,
            edit_options=review_edit_options,
            color=sys.stdout.isatty() if color is None else color,
        )
        queue.run()


@review_app.command("list")
@handle_errors
def list_(
    status: Annotated[StatusFilter | None, typer.Option(
        "--status", help="Only events in this review state: unreviewed, accepted, rejected or all (default: all).",
        show_default=False)] = None,
    below: BelowOpt = None,
    event_type: TypeOpt = None,
    as_of: Annotated[str | None, typer.Option(
        "--as-of", help="What had been reviewed then: a log position (42), a date (to the end of that UTC day) "
                        "or a date-time.", show_default=False)] = None,
    fmt: FormatOption = None,
) -> None:
    """Events with their review state, lowest confidence first."""
    from tracker.cli.output import write_rows
    from tracker.projections.review.as_of import replay
    from tracker.projections.review.queries import review_rows
    from tracker.projections.runner import catch_up
    from tracker.projections.timeline.asof import parse_as_of

    point = parse_as_of(as_of) if as_of is not None else None
    chosen = resolve_format(fmt)
    with session(create=False) as store:
        if point is None:
            catch_up(store, ["events", "review"])
        engine = store.engine if point is None else replay(store, point)
        try:
            with engine.connect() as conn:
                rows = review_rows(conn, status=status.value if status else "all", below=below,
                                   event_type=event_type)
        finally:
            if point is not None:
                engine.dispose()
    for r in rows:
        del r["payload"]
    write_rows(rows, LIST_COLUMNS, chosen, json_key=None if chosen is not OutputFormat.json else "events")


@review_app.command("accept")
@handle_errors
def accept(ids: IdsArg) -> None:
    """Accept events (one event_reviewed entry each, all or none); prints the entries' ids."""
    from tracker.app.review.decisions import Decision, record_decisions

    with session() as store:
        outcomes = record_decisions(store, [Decision(i, "accepted") for i in ids])
    _print_outcomes(outcomes)


@review_app.command("reject")
@handle_errors
def reject(ids: IdsArg, reason: ReasonOpt) -> None:
    """Reject events with a reason (all or none); prints the entries' ids."""
    from tracker.app.review.decisions import Decision, record_decisions
    from tracker.errors import ValidationError

    if not reason.strip():
        raise ValidationError("a reason is required")
    with session() as store:
        outcomes = record_decisions(store, [Decision(i, "rejected", reason) for i in ids])
    _print_outcomes(outcomes)


@review_app.command("apply")
@handle_errors
def apply(
    file: Annotated[str, typer.Argument(help='JSON Lines file, one decision a line: {"id": ..., "verdict": '
                                             '"accepted"|"rejected"|"unreviewed", "reason": ...}.',
                                        show_default=False, metavar="FILE")],
) -> None:
    """Record a file of decisions: all of them, or none when any line is wrong."""
    from tracker.app.review.decisions import read_decisions_file, record_decisions

    decisions = read_decisions_file(file)
    with session() as store:
        outcomes = record_decisions(store, decisions)
    _print_outcomes(outcomes)
    written = sum(1 for o in outcomes if o.entry_id)
    typer.echo(f"{written} decisions recorded, {len(outcomes) - written} unchanged", err=True)


@review_app.command("stats")
@handle_errors
def stats(fmt: FormatOption = None) -> None:
    """Per extraction rule and per event type: events accepted, rejected and unreviewed."""
    from tracker.cli.output import write_rows
    from tracker.projections.review.queries import review_stats
    from tracker.projections.runner import catch_up

    chosen = resolve_format(fmt)
    with session(create=False) as store:
        catch_up(store, ["events", "review"])
        with store.engine.connect() as conn:
            rows = review_stats(conn)
    write_rows(rows, STATS_COLUMNS, chosen)
