"""Log commands: ``add``, ``list``, ``show``, ``retract``, ``amend``, ``verify`` and ``db``.

Each command parses its options (hand-typed values: :mod:`tracker.cli.options`), calls one use
case of :mod:`tracker.app` or :mod:`tracker.store`, and formats the result. Input is validated before the store is opened,
so a bad value never creates or changes a database. New ids go to stdout (for scripts);
confirmations go to stderr.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from tracker.cli.app import FormatOption, OutputFormat, app, handle_errors, resolve_format, state
from tracker.cli.common import IdArg, ReasonOpt, session
from tracker.cli.review_options import StatusOpt, status_value

LIST_COLUMNS = ("id", "type", "modality", "start", "end", "participants", "location", "summary", "review")

db_app = typer.Typer(help="Database: schema upgrade and status, backup, copy, read-only SQL role.", no_args_is_help=True)
app.add_typer(db_app, name="db")

TypeArg = Annotated[str, typer.Argument(help="Event type: meeting_held, phone_call, visit, statement_issued, "
                                             "report_to_leader, meeting_planned, proposal_presented, "
                                             "proposal_rejected or agreement_reached.", show_default=False,
                                             metavar="TYPE")]


def _participant_text(p: dict[str, Any]) -> str:
    return f"{p['name']} ({p['side']})" if p.get("side") else p["name"]


def _location_text(loc: dict[str, Any] | None) -> str | None:
    if not loc:
        return None
    return f"{loc['name']}, {loc['country']}" if loc.get("country") else loc["name"]


def _flat(event: dict[str, Any]) -> dict[str, Any]:
    """Row for table/csv output: participants and location as text."""
    return {
        **event,
        "participants": [_participant_text(p) for p in event["participants"]],
        "location": _location_text(event["location"]),
        "review": event["review"]["status"] if event.get("review") else None,
    }


@app.command("add")
@handle_errors
def add(
    event_type: TypeArg,
    start: Annotated[str, typer.Option("--start", help="Date: 2025-12-20, 2025-12 or 2025.", show_default=False)],
    participant: Annotated[list[str], typer.Option(
        "--participant", "-p",
        help="NAME or NAME:SIDE (SIDE: RU, UA, US, EU...). Repeat for each participant. Names known to "
             "the actor registry get their canonical name and side.", show_default=False)],
    end: Annotated[str | None, typer.Option("--end", help="Last date of a range.", show_default=False)] = None,
    location: Annotated[str | None, typer.Option(
        "--location", help="Place, optionally NAME:CC with an ISO country code.", show_default=False)] = None,
    modality: Annotated[str, typer.Option("--modality", help="occurred, planned, possible or denied.")] = "occurred",
    summary: Annotated[str | None, typer.Option("--summary", help="One line for the timeline.", show_default=False)] = None,
    source: Annotated[str | None, typer.Option("--source", help="URL of the source.", show_default=False)] = None,
) -> None:
    """Record an event by hand; prints its id."""
    from tracker.app.manual_events import add_event, manual_draft
    from tracker.cli.options import parse_location, parse_participant

    people = [parse_participant(p) for p in participant]
    draft = manual_draft(event_type, start, end, people, location=parse_location(location), modality=modality,
                         summary=summary, source=source)
    with session() as store:
        event_id = add_event(store, draft)
    typer.echo(event_id)


@app.command("list")
@handle_errors
def list_(
    event_type: Annotated[str | None, typer.Option("--type", help="Only this event type.", show_default=False)] = None,
    actor: Annotated[str | None, typer.Option(
        "--actor", help="Only events with this participant (registry name or alias, side, or part of a name).",
        show_default=False)] = None,
    since: Annotated[str | None, typer.Option("--since", help="Only events on or after this date.", show_default=False)] = None,
    until: Annotated[str | None, typer.Option("--until", help="Only events on or before this date.", show_default=False)] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=0, help="At most this many events.", show_default=False)] = None,
    all_: Annotated[bool, typer.Option("--all", help="Include retracted events.")] = False,
    status: StatusOpt = None,
    fmt: FormatOption = None,
) -> None:
    """List events as they stand after corrections, in date order."""
    from tracker.app.listing import check_list_filters, list_events
    from tracker.app.review.outputs import reviewed_events

    check_list_filters(event_type=event_type, since=since, until=until, limit=limit)
    with session(create=False) as store:
        wanted = status_value(status)
        rows = list_events(store, event_type=event_type, actor=actor, since=since, until=until, limit=limit,
                           include_retracted=all_, keep=lambda page: reviewed_events(store, page, wanted))
    out = resolve_format(fmt)
    from tracker.cli.output import write_rows

    columns = LIST_COLUMNS + (("retracted",) if all_ else ())
    if out is OutputFormat.json:
        write_rows(rows, columns, out)
    else:
        write_rows([_flat(r) for r in rows], columns, out)


@app.command("show")
@handle_errors
def show(event_id: IdArg, status: StatusOpt = None, fmt: FormatOption = None) -> None:
    """Show one event (or log entry) with its corrections and review state."""
    from tracker.app.listing import show_event
    from tracker.app.review.outputs import reviewed_events

    with session(create=False) as store:
        data = show_event(store, event_id)
        if "entry" not in data and not reviewed_events(store, [data], status_value(status)):
            from tracker.errors import ValidationError

            raise ValidationError(f"event {data['id']} is {data['review']['status']}; "
                                  "pass --status all to show it")
    out = resolve_format(fmt)
    if out is OutputFormat.json:
        import json

        typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return
    from tracker.cli.output import write_rows

    if "entry" in data:
        entry = data["entry"]
        rows = [{"field": k, "value": v} for k, v in entry.items()]
    else:
        shown = _flat(data)
        keys = ("id", "type", "modality", "start", "end", "precision", "participants", "location", "summary",
                "source_url", "article_id", "recorded_at", "recorded_by", "position", "retracted",
                "retract_reason", "amendments", "confidence")
        rows = [{"field": k, "value": shown.get(k)} for k in keys]
        review = data["review"]
        rows.append({"field": "review", "value": " ".join(
            str(v) for v in (review["status"], review["by"], review["at"], review["reason"]) if v)})
        rows.append({"field": "codes", "value": f"CAMEO {data['codes']['cameo'] or '-'}, "
                                                f"PLOVER {data['codes']['plover'] or '-'}"})
        for c in data["corrections"]:
            detail = c["payload"].get("changes") or ""
            rows.append({"field": f"{c['event_type']} @{c['position']}",
                         "value": f"{c['recorded_at']} {c['recorded_by']}: {c['payload'].get('reason', '')} {detail}".strip()})
    write_rows(rows, ("field", "value"), out)


@app.command("retract")
@handle_errors
def retract(event_id: IdArg, reason: ReasonOpt) -> None:
    """Withdraw an event (a new log entry; the original stays). Prints the retraction's id."""
    from tracker.app.corrections import retract_event

    with session() as store:
        target, entry_id = retract_event(store, event_id, reason)
    typer.echo(f"Retracted {target}", err=True)
    typer.echo(entry_id)


@app.command("amend")
@handle_errors
def amend(
    event_id: IdArg,
    reason: ReasonOpt,
    event_type: Annotated[str | None, typer.Option("--type", help="New event type.", show_default=False)] = None,
    start: Annotated[str | None, typer.Option("--start", help="New date (alone: a single date).", show_default=False)] = None,
    end: Annotated[str | None, typer.Option("--end", help="New last date of a range.", show_default=False)] = None,
    location: Annotated[str | None, typer.Option("--location", help="New place (NAME or NAME:CC).", show_default=False)] = None,
    modality: Annotated[str | None, typer.Option("--modality", help="occurred, planned, possible or denied.", show_default=False)] = None,
    summary: Annotated[str | None, typer.Option("--summary", help="New one-line summary.", show_default=False)] = None,
    participant: Annotated[list[str] | None, typer.Option(
        "--participant", "-p", help="Replace the participants (NAME or NAME:SIDE, repeatable).", show_default=False)] = None,
) -> None:
    """Correct fields of an event (a new log entry; the original stays). Prints the amendment's id."""
    from tracker.app.corrections import amend_event
    from tracker.cli.options import parse_location, parse_participants

    if not reason.strip():
        from tracker.errors import ValidationError

        raise ValidationError("a reason is required")
    place, people = parse_location(location), parse_participants(participant or None)
    with session() as store:
        target, entry_id, changes = amend_event(
            store, event_id, reason, start=start, end=end, location=place, modality=modality,
            summary=summary, participants=people, event_type=event_type,
        )
    typer.echo(f"Amended {target}: {', '.join(sorted(changes))}", err=True)
    typer.echo(entry_id)


def _hash_value(value: str | None) -> str | None:
    """``--expect``: a head hash or a prefix of at least 16 hex digits; an empty value (an unset
    variable) is refused, never taken as 'nothing to check'."""
    if value is None:
        return None
    text = value.strip().lower()
    if len(text) < 16 or len(text) > 64 or any(c not in "0123456789abcdef" for c in text):
        raise typer.BadParameter(
            f"{value!r} is not a head hash: expected 16 to 64 hex digits (from an earlier `tracker verify`)")
    return text


@app.command("verify")
@handle_errors
def verify(
    expect: Annotated[str | None, typer.Option(
        "--expect", callback=_hash_value,
        help="A head hash (or its first 16+ hex digits) printed by an earlier verify: check it is still "
             "in the chain and say how many entries came after it.", show_default=False)] = None,
    expect_file: Annotated[str | None, typer.Option(
        "--expect-file",
        help="A head file written by --head-file: check every recorded head is still in the chain and "
             "fail if entries were appended after the last one.", show_default=False)] = None,
    deep: Annotated[bool, typer.Option(
        "--deep", help="Also replay the whole log through every read model in memory and check the "
                       "tables every export is built from match it row for row (slow on big stores).")] = False,
) -> None:
    """Recompute the hash chain, the articles' content and metadata, and (with a signing key) the
    signatures; print the number of entries and the head hash to keep elsewhere."""
    from tracker.errors import StoreError
    from tracker.projections.runner import quarantined

    with session(check_shrunk=False, create=False) as store:
        result = store.verify()
        found = store.position_of_hash(expect) if (expect and result.ok) else None
        head = store.head()
        shrunk = store.shrink_problem()
        heads = None
        if expect_file and result.ok:
            from tracker.headfile import check_head_file

            with store.engine.connect() as conn:
                heads = check_head_file(conn, expect_file, head)
        bad = quarantined(store)
        differences = None
        if deep and result.ok and not shrunk:
            from tracker.projections.deep_check import replay_differences

            differences = replay_differences(store)
    if not result.ok:
        raise StoreError(result.message)
    if shrunk:
        raise StoreError(shrunk)
    if differences:
        for difference in differences[1:]:
            typer.echo(f"Error: {difference.message()}", err=True)
        raise StoreError(differences[0].message() + "; run `tracker projections rebuild`")
    if expect and found is None:
        raise StoreError(f"hash {expect} is not in the chain: the log was rewritten since it was kept")
    if heads is not None and not heads.ok:
        raise StoreError(heads.message)
    typer.echo(f"{result.checked} entries checked, chain intact")
    if differences is not None:
        typer.echo("read models match a replay of the log")
    typer.echo(f"head position {head} hash {result.head_hash}")
    if result.macs_checked:
        typer.echo(f"signatures checked: {result.signed} entries signed"
                   + (f", the first {result.checked - result.signed} written before signing began"
                      if result.signed < result.checked else ""))
    elif result.signed:
        typer.echo(f"signatures not checked: {result.signed} entries are signed but no signing key was given")
    if result.uncovered_articles:
        typer.echo(f"warning: {len(result.uncovered_articles)} articles have no article_recorded entry, so their "
                   "metadata is not covered by the chain (stored before tracker chained articles): "
                   + ", ".join(a[:12] for a in result.uncovered_articles[:5])
                   + (", ..." if len(result.uncovered_articles) > 5 else ""), err=True)
    if expect and found is not None:
        typer.echo(f"kept hash found at position {found}"
                   + (f"; {head - found} entries appended after it" if head > found else ""))
    if heads is not None:
        typer.echo(heads.message)
    for row in bad:  # the chain is intact, but a read model lacks these entries
        typer.echo(f"warning: read model {row['projection']} quarantined position {row['position']} "
                   f"({row['event_type']} {row['event_id']}): {row['error']}", err=True)


@db_app.command("upgrade")
@handle_errors
def db_upgrade() -> None:
    """Create the store or bring its schema to the newest revision; a store written before track
    definitions entered the log gets the shipped definition appended."""
    from tracker.db import upgrade_database

    if not _exists():
        with session(upgrade=True) as store:
            typer.echo(f"Created store at revision {_revision(store)}", err=True)
        return
    from tracker.app.recording import seed_tracks

    with session(upgrade=False) as store:
        before, after = upgrade_database(store.engine)
        seeded = seed_tracks(store)
    if before == after:
        typer.echo(f"Already at revision {after}", err=True)
    else:
        typer.echo(f"Upgraded from revision {before or 'none'} to {after}", err=True)
    if seeded is not None:
        typer.echo(f"Seeded the track definitions into the log at position {seeded}", err=True)


def _exists() -> bool:
    from tracker.config import database_url, sqlite_path

    path = sqlite_path(database_url(state.db))
    return path is None or path.exists()


def _revision(store: Any) -> str | None:
    from tracker.db import current_revision

    with store.engine.connect() as conn:
        return current_revision(conn)


@db_app.command("status")
@handle_errors
def db_status(fmt: FormatOption = None) -> None:
    """Where the store is, its schema revision, log head and projection positions."""
    from tracker.db import describe, head_revision
    from tracker.projections.runner import status

    with session(upgrade=False, create=False) as store:
        revision = _revision(store)
        code_head = head_revision()
        rows: list[dict[str, Any]] = [
            {"name": "database", "value": describe(store.url)},
            {"name": "revision", "value": revision or "none (empty database)"},
            {"name": "code revision", "value": code_head},
            {"name": "up to date", "value": "yes" if revision == code_head else "no: run `tracker db upgrade`"},
        ]
        if revision == code_head:
            rows.append({"name": "log head", "value": store.head()})
            shrunk = store.shrink_problem()
            if shrunk:
                rows.append({"name": "warning", "value": shrunk})
            for p in status(store):
                rows.append({"name": f"projection {p['name']}", "value": f"position {p['position']}, {p['behind']} behind"})
    write_format = resolve_format(fmt)
    from tracker.cli.output import write_rows

    write_rows(rows, ("name", "value"), write_format)
