"""``tracker ingest`` and ``tracker actors``: thin wrappers over tracker.app.ingest and tracker.app.actors.

Exit codes: 0 when every input was ingested (duplicates count as success), 1 when any input
failed (the others are still ingested) or on a store error, 2 for a bad option value
(``--published``, ``--lang``), which is a usage error like any other.
"""

from __future__ import annotations

import contextlib
import enum
import sys
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tracker.cli.app import FormatOption, OutputFormat, app, choice, handle_errors, resolve_format, state
from tracker.cli.common import opened, session

if TYPE_CHECKING:
    pass

#: Above this many input files, a progress bar is shown (on a terminal only).
PROGRESS_MIN_FILES = 3

EVENT_COLUMNS = ("type", "date", "modality", "participants", "location", "summary", "article")
ACTOR_COLUMNS = ("id", "name", "side", "kind", "aliases", "added_by")


# --------------------------------------------------------------------------- option parsing


def _published_option(value: str | None) -> str | None:
    if value is None:
        return None
    from tracker.article_loading import parse_published
    from tracker.errors import ArticleError

    try:
        parse_published(value)
    except ArticleError as exc:
        raise typer.BadParameter(str(exc)) from None
    return value


def _url_option(value: str | None) -> str | None:
    if value is None:
        return None
    from tracker.errors import ValidationError
    from tracker.urls import check_source_url

    try:
        return check_source_url(value, "--url")
    except ValidationError as exc:
        raise typer.BadParameter(str(exc)) from None


def _lang_option(value: str | None) -> str | None:
    if value is None:
        return None
    from tracker.errors import ArticleError
    from tracker.langid import normalise_lang

    try:
        return normalise_lang(value)
    except ArticleError as exc:
        raise typer.BadParameter(str(exc)) from None


# --------------------------------------------------------------------------- ingest


def _progress(items: list[Any]) -> contextlib.AbstractContextManager[Iterable[Any]]:
    """A progress bar on stderr for more than a few files, only when stderr is a terminal."""
    if len(items) > PROGRESS_MIN_FILES and sys.stderr.isatty():
        return typer.progressbar(items, label="Ingesting", file=sys.stderr)
    return contextlib.nullcontext(items)


def _stdin_bytes() -> Any:
    return getattr(sys.stdin, "buffer", sys.stdin)


def _messages(item: Any) -> Iterator[str]:
    """stderr lines of one input, in order: its warnings, a duplicate, an error."""
    from tracker.app.ingest import DUPLICATE, Failure

    if isinstance(item, Failure):
        yield f"Error: {item.origin}: {item.message}"
    elif item.status == DUPLICATE:
        where = f"article {item.article.id[:12]}" if item.duplicate_of == "the store" else f"same text as {item.duplicate_of}"
        yield f"{item.origin}: already ingested ({where}); nothing appended"
    else:
        for warning in item.warnings:
            yield f"Warning: {item.origin}: {warning}"


def _table_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**row, "article": row["article"][:12]} for row in rows]


@app.command("ingest")
@handle_errors
def ingest_command(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files, folders (read recursively: .txt .md .html .htm .jsonl; README files "
                            "skipped), or - for stdin.", show_default=False),
    ],
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date (YYYY-MM-DD) for every article, over what the files say.", callback=_published_option),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of every article: the ISO 639-1 code of a language the extractor "
                                    "reads (fr, en, ...); default: detected.", callback=_lang_option),
    ] = None,
    url: Annotated[str | None, typer.Option("--url", help="Source URL (http or https), over what the files say.",
                                               callback=_url_option)] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title, over what the files say.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Publisher name, over what the files say.")] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show what would be recorded; write nothing.")] = False,
    fmt: FormatOption = None,
) -> None:
    """Read articles, extract their events and record each article with its events.

    An article already in the store (same text) appends nothing. Events go to stdout; warnings,
    errors, progress and a summary go to stderr. Exit 1 if any input failed, 2 for a bad option
    value.
    """
    from tracker.app.ingest import ArticleResult, IngestReport, iter_ingest, open_for_reading, result_rows
    from tracker.article_loading import Overrides, parse_published
    from tracker.cli.output import RowStream

    output = resolve_format(fmt)
    overrides = Overrides(
        published=parse_published(published) if published else None,
        lang=lang,
        url=url,
        title=title,
        source=source,
    )
    report = IngestReport(dry_run=dry_run, keep_items=False)
    rows = RowStream(EVENT_COLUMNS, output)
    try:
        with opened(open_for_reading(state.db)) if dry_run else session() as store:
            for item in iter_ingest(
                store,
                paths,
                overrides,
                dry_run=dry_run,
                progress=_progress,
                stdin=_stdin_bytes() if "-" in paths else None,
            ):
                report.add(item)
                for line in _messages(item):
                    typer.echo(line, err=True)
                if isinstance(item, ArticleResult):
                    found = result_rows(item)
                    rows.write(_table_rows(found) if output is OutputFormat.table else found)
    finally:  # what was printed stays a complete JSON list even if the run stops on a store error
        if rows.count:
            rows.close()
    if not rows.count:
        rows.close()
    typer.echo(report.summary(), err=True)
    if not report.ok:
        raise typer.Exit(1)


# --------------------------------------------------------------------------- actors

actors_app = typer.Typer(
    help="List the actors the extractor knows; add actors and spellings (recorded in the log).",
    no_args_is_help=False,
)
app.add_typer(actors_app, name="actors")


class ActorKind(str, enum.Enum):
    person = "person"
    organisation = "organisation"


@actors_app.callback(invoke_without_command=True)
@handle_errors
def actors_command(
    ctx: typer.Context,
    side: Annotated[str | None, typer.Option("--side", help="Only actors of this side (RU, UA, US, EU...).")] = None,
    fmt: FormatOption = None,
) -> None:
    """List the actors the registry knows: the seeds plus what users added."""
    if ctx.invoked_subcommand is not None:
        return
    from tracker.app.actors import actor_rows
    from tracker.app.ingest import open_for_reading
    from tracker.cli.output import write_rows

    with opened(open_for_reading(state.db)) as store:
        rows = actor_rows(store, side)
    write_rows(rows, ACTOR_COLUMNS, resolve_format(fmt))


@actors_app.command("add")
@handle_errors
def actors_add_command(
    name: Annotated[str, typer.Argument(help="Full name, as articles usually write it.", show_default=False)],
    side: Annotated[str, typer.Option("--side", help="Side: ISO 3166 alpha-2 (RU, UA, US...) or EU, UN, NATO.", show_default=False)],
    alias: Annotated[list[str] | None, typer.Option("--alias", help="Another spelling (repeatable).")] = None,
    title: Annotated[list[str] | None, typer.Option("--title", help="A title or function, e.g. 'envoy' (repeatable).")] = None,
    kind: Annotated[str, typer.Option("--kind", help="person or organisation.", callback=choice(ActorKind, "kind"),
                                      metavar="person|organisation")] = ActorKind.person.value,
) -> None:
    """Add an actor to the registry (an actor_added entry in the log); prints its id."""
    from tracker.app.actors import add_actor

    with session() as store:
        change = add_actor(store, name, side, aliases=alias or (), titles=title or (), kind=ActorKind(kind).value)
    typer.echo(change.actor_id)
    typer.echo(f"Added {change.name} ({change.payload['side']}) as {change.actor_id}.", err=True)


@actors_app.command("alias")
@handle_errors
def actors_alias_command(
    name: Annotated[str, typer.Argument(help="The actor: its id or any name it already has.", show_default=False)],
    alias: Annotated[str, typer.Argument(help="The new spelling.", show_default=False)],
) -> None:
    """Add another spelling of a known actor (an actor_aliased entry in the log)."""
    from tracker.app.actors import alias_actor

    with session() as store:
        change = alias_actor(store, name, alias)
    if change.note:
        typer.echo(f"Note: {change.note}", err=True)
    if change.event_id is None:
        typer.echo("Nothing recorded.", err=True)
        return
    typer.echo(f"{change.payload['alias']!r} now names {change.name} ({change.actor_id}).", err=True)
