"""Timeline commands: ``timeline``, ``tracks``, ``assign``, ``merge``, ``split``,
``projections status|rebuild``, ``export`` and ``sql``.

Each command parses its options, calls one library function (:mod:`tracker.app.timeline`,
:mod:`tracker.app.timeline_edits`, :mod:`tracker.export`, :mod:`tracker.app.query`) and formats the
result. Options are validated before the store is opened.
"""

from __future__ import annotations

import enum
import sys
from typing import Annotated, Any

import typer

from tracker.cli.app import FormatOption, OutputFormat, app, choice, handle_errors, resolve_format, state
from tracker.cli.common import IdArg, ReasonOpt, require_store, session
from tracker.cli.review_options import StatusOpt, status_value

projections_app = typer.Typer(help="Read models: status and rebuild.", no_args_is_help=True)
app.add_typer(projections_app, name="projections")

TIMELINE_COLUMNS = ("date", "tracks", "kind", "summary", "participants", "location", "sources", "review", "id")
TRACK_COLUMNS = ("track", "name", "sides", "declared", "entries", "first", "last")

AsOfOpt = Annotated[str | None, typer.Option(
    "--as-of", help="Show what the log knew then: a log position (42), a date (2025-12-21, to the end of that "
                    "UTC day) or a date-time.", show_default=False)]


class TimelineFormat(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


class ExportFormat(str, enum.Enum):
    md = "md"
    json = "json"
    csv = "csv"
    html = "html"
    ics = "ics"
    timelinejs = "timelinejs"


def _row(entry: dict[str, Any]) -> dict[str, Any]:
    from tracker.export import kind_text, location_text

    return {
        "date": entry["date_label"],
        "tracks": entry["tracks"] or ["—"],
        "kind": kind_text(entry),
        "summary": entry["summary"],
        "participants": [p["name"] for p in entry["participants"]],
        "location": location_text(entry),
        "sources": entry["independent_sources"],
        "review": entry["review"]["status"],
        "id": entry["id"],
    }


@app.command("timeline")
@handle_errors
def timeline(
    track: Annotated[str | None, typer.Argument(help="Track key (e.g. US-RU); default: every track.",
                                                   show_default=False)] = None,
    as_of: AsOfOpt = None,
    status: StatusOpt = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="table, json, csv or md (default: table on a terminal, json when piped).",
        callback=choice(TimelineFormat, "format"), metavar="table|json|csv|md")] = None,
) -> None:
    """The timeline in date order: one line per real occurrence, with its tracks and sources."""
    from tracker.app.review.outputs import reviewed_timeline
    from tracker.app.timeline import track_names
    from tracker.cli.output import write_rows
    from tracker.projections.timeline.asof import parse_as_of

    point = parse_as_of(as_of) if as_of is not None else None
    chosen = TimelineFormat(fmt) if fmt else TimelineFormat(resolve_format(None).value)
    with session(create=False) as store:
        entries, key = reviewed_timeline(store, track, point, status_value(status))
        names = track_names(store)
    if chosen is TimelineFormat.md:
        from tracker import export

        sys.stdout.write(export.render("md", entries, names))
        return
    if chosen is TimelineFormat.json:
        from tracker.export import contract_event

        write_rows([contract_event(e) for e in entries], (), OutputFormat.json, json_key="events")
        return
    write_rows([_row(e) for e in entries], TIMELINE_COLUMNS, OutputFormat(chosen.value))


tracks_app = typer.Typer(help="Tracks (negotiation channels): list them, or define the declared ones.",
                         invoke_without_command=True)
app.add_typer(tracks_app, name="tracks")


def _list_tracks(fmt: str | None) -> None:
    from tracker.app.track_definitions import list_tracks
    from tracker.cli.output import write_rows

    chosen = resolve_format(fmt)
    with session(create=False) as store:
        rows = list_tracks(store)
    write_rows(rows, TRACK_COLUMNS, chosen)


@tracks_app.callback()
@handle_errors
def tracks_(ctx: typer.Context, fmt: FormatOption = None) -> None:
    """Tracks with their number of entries and date range (alone: the same as `tracks list`)."""
    if ctx.invoked_subcommand is None:
        _list_tracks(fmt)


@tracks_app.command("list")
@handle_errors
def tracks_list(fmt: FormatOption = None) -> None:
    """Declared tracks and automatic ones in use, with their number of entries and date range."""
    _list_tracks(fmt)


@tracks_app.command("define")
@handle_errors
def tracks_define(
    file: Annotated[str, typer.Argument(help="JSON file: {\"tracks\": [{\"key\", \"name\", \"sides\"}, ...]}, "
                                             "like seeds/tracks.json.", show_default=False, metavar="FILE.json")],
) -> None:
    """Replace the declared tracks with those of FILE.json (one log entry; every event is re-assigned)."""
    from tracker.app.track_definitions import define_tracks

    with session() as store:
        position, count = define_tracks(store, file)
    typer.echo(f"Defined {count} tracks at position {position}", err=True)


@app.command("assign")
@handle_errors
def assign(event_id: IdArg, track: Annotated[str, typer.Argument(help="Track key, e.g. US-RU.", show_default=False)],
           reason: ReasonOpt = "") -> None:
    """Put an event (and its timeline entry) on a track, overriding the automatic rules."""
    from tracker.app.timeline_edits import assign_track

    with session() as store:
        target, key = assign_track(store, event_id, track, reason)
    typer.echo(f"Assigned {target} to track {key}", err=True)


@app.command("merge")
@handle_errors
def merge_(ids: Annotated[list[str], typer.Argument(help="Two or more event ids (or unique prefixes).",
                                                    show_default=False, metavar="ID...")],
           reason: ReasonOpt = "") -> None:
    """Declare that events are the same occurrence (one timeline entry); prints the entry id."""
    from tracker.app.timeline_edits import merge_events

    if len(ids) < 2:
        raise typer.BadParameter("give at least two event ids", param_hint="ID...")
    with session() as store:
        entry_id = merge_events(store, ids, reason)
    typer.echo(f"Merged {len(ids)} events", err=True)
    typer.echo(entry_id)


@app.command("split")
@handle_errors
def split_(event_id: IdArg, reason: ReasonOpt = "") -> None:
    """Take an event out of its timeline entry, whatever automatic de-duplication says."""
    from tracker.app.timeline_edits import split_event

    with session() as store:
        target = split_event(store, event_id, reason)
    typer.echo(f"Split {target} into an entry of its own", err=True)


@projections_app.command("status")
@handle_errors
def projections_status(fmt: FormatOption = None) -> None:
    """Each read model's position and how far it is behind the log."""
    from tracker.cli.output import write_rows
    from tracker.projections.runner import status

    chosen = resolve_format(fmt)
    with session(create=False) as store:
        rows = status(store)
    write_rows(rows, ("name", "position", "head", "behind", "quarantined"), chosen)


@projections_app.command("rebuild")
@handle_errors
def projections_rebuild(
    names: Annotated[list[str] | None, typer.Argument(help="Projections to rebuild (default: all).",
                                                         show_default=False, metavar="[NAME]...")] = None,
) -> None:
    """Empty read models and replay the whole log into them."""
    from tracker.projections.runner import rebuild

    with session() as store:
        done = rebuild(store, names or None)
    for name, position in done.items():
        typer.echo(f"Rebuilt {name} up to position {position}", err=True)


@app.command("export")
@handle_errors
def export_(
    fmt: Annotated[str, typer.Option("--format", "-f", help="md, json, csv, html, ics or timelinejs.",
                                     callback=choice(ExportFormat, "format"), metavar="md|json|csv|html|ics|timelinejs",
                                     show_default=False)],
    track: Annotated[str | None, typer.Option("--track", help="Only this track.", show_default=False)] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Write to FILE (atomically) "
                                                  "instead of stdout.", show_default=False, metavar="FILE")] = None,
    as_of: AsOfOpt = None,
    status: StatusOpt = None,
) -> None:
    """Export the timeline: Markdown, JSON, CSV, an HTML page, iCalendar or TimelineJS."""
    from tracker import export
    from tracker.app.review.outputs import reviewed_timeline
    from tracker.app.timeline import track_names
    from tracker.projections.timeline.asof import parse_as_of

    point = parse_as_of(as_of) if as_of is not None else None
    with session(create=False) as store:
        entries, _ = reviewed_timeline(store, track, point, status_value(status))
        names = track_names(store)
    text = export.render(ExportFormat(fmt).value, entries, names)
    if output is None or output == "-":
        sys.stdout.write(text)
        return
    path = export.write_atomic(output, text)
    typer.echo(f"Wrote {len(entries)} events to {path}", err=True)


@app.command("sql")
@handle_errors
def sql(
    query: Annotated[str, typer.Argument(help="One SQL statement that reads (SELECT, WITH, ...).", show_default=False)],
    fmt: FormatOption = None,
    limit: Annotated[int, typer.Option("--limit", help="Most rows to print.", min=1)] = 1000,
    timeout: Annotated[float, typer.Option("--timeout", help="Time limit in seconds.", min=0.1)] = 10.0,
    role: Annotated[str | None, typer.Option(
        "--role", help="PostgreSQL: the read-only role to run as (default: TRACKER_SQL_ROLE or tracker_reader; "
                       "create it with `tracker db grant-reader`).", show_default=False)] = None,
) -> None:
    """Run a read-only SQL query on the store (views: v_events, v_timeline, v_participants, v_sources...)."""
    from tracker.app.query import run_query
    from tracker.cli.output import write_rows
    from tracker.config import database_url

    chosen = resolve_format(fmt)
    require_store()
    result = run_query(database_url(state.db), query, limit=limit, timeout=timeout, role=role)
    columns = _unique(result.columns)
    rows = [dict(zip(columns, r, strict=False)) for r in result.rows]
    write_rows(rows, columns, chosen)
    if result.truncated:
        typer.echo(f"(stopped at {limit} rows; use --limit to see more)", err=True)


def _unique(columns: list[str]) -> list[str]:
    """Column names made distinct (``id``, ``id_2``), so no value is lost in JSON rows."""
    seen: dict[str, int] = {}
    out = []
    for name in columns:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out
