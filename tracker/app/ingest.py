"""Ingesting articles: load, extract, and record each article with its events.

Guarantees:

* **One transaction per article.** An article and every event extracted from it are appended
  together (:func:`tracker.app.recording.record`), so a failure never leaves half an article in the
  store, and the other articles of the batch are still ingested.
* **Idempotent.** An article is keyed by the SHA-256 of its normalised text. One already in
  the store, or seen earlier in the same batch, appends nothing and is reported as a duplicate.
* **Dry run writes nothing.** With ``dry_run`` the store (if any) is only read: to know the
  user's actors and which articles are already there.
* **Streams.** :func:`iter_ingest` yields each article's result as soon as it is recorded, so
  the CLI prints as it goes and keeps only counts (:class:`IngestReport` with ``keep_items``
  False): memory does not grow with the number of articles already done.
* **Limits.** An article over the size limit or giving more events than the per-article cap
  (:mod:`tracker.limits`) is refused whole; an extracted date outside the accepted years is
  cleared with a warning, never stored.
* **A committed article is a success.** If the read models cannot catch up afterwards, the
  article still counts as recorded; the trouble is a warning and is counted in the summary.
* **User actors count.** The actor registry is the seed file plus the store's
  ``actor_added`` / ``actor_aliased`` entries, so aliases added with ``tracker actors`` are
  used by later ingests.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from tracker.article_loading import Loaded, LoadFailure, Overrides, Source, expand_paths, load_source
from tracker.articles import Article
from tracker.errors import TrackerError
from tracker.events import EventDraft
from tracker.identity import extractor_recorded_by

if TYPE_CHECKING:
    from tracker.store import Store

Extractor = Callable[[Article, Any], list[EventDraft]]
Progress = Callable[[list[Any]], AbstractContextManager[Iterable[Any]]]

#: Outcome of one article.
RECORDED, WOULD_RECORD, DUPLICATE = "recorded", "would_record", "duplicate"


@dataclass(frozen=True)
class ArticleResult:
    """What happened to one article: its events, and where they went in the log."""

    origin: str
    article: Article
    status: str
    drafts: tuple[EventDraft, ...] = ()
    event_ids: tuple[str, ...] = ()
    positions: tuple[int, ...] = ()
    recorded_by: str = ""
    warnings: tuple[str, ...] = ()
    duplicate_of: str | None = None
    catch_up_problem: str | None = None  # recorded, but the read models did not catch up


@dataclass(frozen=True)
class Failure:
    """An input (file, JSON line, stdin) that was not ingested, and why."""

    origin: str
    message: str


@dataclass
class IngestReport:
    """Everything an ingest did, for the CLI to show and for tests to check.

    Counts are kept for every item; the items themselves (each holding its article's text and
    events) only when ``keep_items`` is True, so a long streamed run does not grow with every
    article it has already printed.
    """

    dry_run: bool
    items: list[ArticleResult | Failure] = field(default_factory=list)
    keep_items: bool = True
    article_count: int = 0
    event_total: int = 0
    duplicate_count: int = 0
    failure_count: int = 0
    lagging: int = 0

    def add(self, item: ArticleResult | Failure) -> None:
        """Count ``item`` (and keep it when ``keep_items``)."""
        if isinstance(item, Failure):
            self.failure_count += 1
        elif item.status == DUPLICATE:
            self.duplicate_count += 1
        else:
            self.article_count += 1
            self.event_total += len(item.drafts)
            self.lagging += item.catch_up_problem is not None
        if self.keep_items:
            self.items.append(item)

    @property
    def results(self) -> list[ArticleResult]:
        return [i for i in self.items if isinstance(i, ArticleResult)]

    @property
    def failures(self) -> list[Failure]:
        return [i for i in self.items if isinstance(i, Failure)]

    @property
    def ingested(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status != DUPLICATE]

    @property
    def duplicates(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status == DUPLICATE]

    @property
    def event_count(self) -> int:
        return self.event_total

    @property
    def ok(self) -> bool:
        return self.failure_count == 0

    def summary(self) -> str:
        """One line: articles, events, duplicates skipped, failures; read models left behind."""
        articles, events, dups = self.article_count, self.event_total, self.duplicate_count
        lead = "Dry run: would record" if self.dry_run else "Recorded"
        text = (
            f"{lead} {articles} article{'s' * (articles != 1)}, {events} event{'s' * (events != 1)}; "
            f"{dups} duplicate{'s' * (dups != 1)} skipped; "
            f"{self.failure_count} failed"
        )
        if self.lagging:
            text += (
                f"; read models behind after {self.lagging} article{'s' * (self.lagging != 1)} "
                "(they catch up on the next command, or run `tracker projections rebuild`)"
            )
        return text + (" (nothing written)" if self.dry_run else "")

    def event_rows(self) -> list[dict[str, Any]]:
        """One row per event recorded (or that would be), in article order."""
        return [row for result in self.ingested for row in result_rows(result)]


def result_rows(result: ArticleResult) -> list[dict[str, Any]]:
    """The output rows of one article's events (none for a duplicate)."""
    if result.status == DUPLICATE:
        return []
    ids = result.event_ids or (None,) * len(result.drafts)
    positions = result.positions or (None,) * len(result.drafts)
    return [
        event_row(draft, result.article, event_id=event_id, position=position, origin=result.origin)
        for draft, event_id, position in zip(result.drafts, ids, positions, strict=False)
    ]


# --------------------------------------------------------------------------- rows


def date_text(draft: EventDraft) -> str:
    """``2025-12-20``, ``2025-12-19/2025-12-20``, ``unknown``; a date that only copies the
    publication date says so."""
    date = draft.date
    if date.precision == "unknown" or date.start is None:
        return "unknown"
    text = date.start if date.end in (None, date.start) else f"{date.start}/{date.end}"
    if date.resolution == "publication_fallback":
        text += " (publication date)"
    return text


def participant_text(p: Any) -> str:
    side = f"{p.side}, " if p.side else ""
    return f"{p.name} ({side}{p.role})"


def event_row(
    draft: EventDraft, article: Article, *, event_id: str | None, position: int | None, origin: str
) -> dict[str, Any]:
    """The output row of an event: what a user checks after an ingest."""
    location = draft.location
    return {
        "event_id": event_id,
        "position": position,
        "type": draft.type,
        "date": date_text(draft),
        "start": draft.date.start,
        "end": draft.date.end,
        "precision": draft.date.precision,
        "date_resolution": draft.date.resolution,
        "modality": draft.modality,
        "participants": [participant_text(p) for p in draft.participants],
        "location": None if location is None else (f"{location.name}, {location.country}" if location.country else location.name),
        "summary": draft.summary,
        "article": article.id,
        "origin": origin,
    }


# --------------------------------------------------------------------------- pieces


def default_extractor() -> tuple[Extractor, str]:
    """The rule-based extractor and its version."""
    from tracker.extract import EXTRACTOR_VERSION, extract_events

    return extract_events, str(EXTRACTOR_VERSION)


recorded_by = extractor_recorded_by


def prepare_drafts(drafts: Iterable[EventDraft], article: Article) -> tuple[EventDraft, ...]:
    """Tie every draft to its article: evidence article ids, and the source URL if missing."""
    out = []
    for draft in drafts:
        evidence = tuple(e if e.article_id == article.id else replace(e, article_id=article.id) for e in draft.evidence)
        changes: dict[str, Any] = {}
        if evidence != draft.evidence:
            changes["evidence"] = evidence
        if draft.source_url is None and article.url:
            changes["source_url"] = article.url
        out.append(replace(draft, **changes) if changes else draft)
    return tuple(out)


def contain_dates(drafts: Iterable[EventDraft]) -> tuple[tuple[EventDraft, ...], list[str]]:
    """Clear the date of each draft whose years fall outside MIN_YEAR..MAX_YEAR (a misread
    number, an old treaty), keeping its raw expression; one warning per cleared date."""
    from tracker.events import DateInterval
    from tracker.limits import MAX_YEAR, MIN_YEAR

    kept: list[EventDraft] = []
    notes: list[str] = []
    for draft in drafts:
        if draft.date.in_range():
            kept.append(draft)
            continue
        shown = draft.date.start if draft.date.end in (None, draft.date.start) else f"{draft.date.start}/{draft.date.end}"
        notes.append(
            f"{draft.type} dated {shown} is out of range (years {MIN_YEAR} to {MAX_YEAR}); recorded without a date"
        )
        kept.append(replace(draft, date=DateInterval.unknown(draft.date.raw)))
    return tuple(kept), notes


def check_event_count(drafts: Sequence[EventDraft]) -> None:
    """Refuse an article that gives more events than TRACKER_MAX_EVENTS_PER_ARTICLE."""
    from tracker.limits import MAX_EVENTS_VARIABLE, max_events_per_article

    limit = max_events_per_article()
    if len(drafts) > limit:
        raise TrackerError(
            f"{len(drafts)} events extracted, over the limit of {limit} per article ({MAX_EVENTS_VARIABLE}); "
            "nothing recorded: split the article or raise the limit"
        )


def open_for_reading(db: str | None) -> Store | None:
    """The store to read without writing (dry runs, listings), or None when there is none yet.

    Never creates the database file and never migrates. A missing or empty store is None. A
    store at an older schema is still read: the ``log`` and ``articles`` tables read here
    exist since the first revision.
    """
    from tracker.config import database_url, sqlite_path
    from tracker.db import current_revision
    from tracker.store import open_store

    url = database_url(db)
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None
    if url.startswith("sqlite") and path is None:  # in-memory: always empty
        return None
    store = open_store(db, upgrade=False)
    with store.engine.connect() as conn:
        revision = current_revision(conn)
    if revision is None:
        store.close()
        return None
    return store


# --------------------------------------------------------------------------- the pipeline


def ingest_articles(
    store: Store | None,
    loaded: Iterable[Loaded | LoadFailure],
    *,
    dry_run: bool,
    registry: Any,
    extract: Extractor,
    version: str,
    seen: dict[str, str],
) -> Iterable[ArticleResult | Failure]:
    """Extract and record each loaded article; yields one result or failure per input, in order."""
    from tracker.app import recording
    from tracker.store import NewEntry

    for item in loaded:
        if isinstance(item, LoadFailure):
            yield Failure(item.origin, item.message)
            continue
        article = item.article
        if article.id in seen:
            yield ArticleResult(item.origin, article, DUPLICATE, warnings=item.warnings, duplicate_of=seen[article.id])
            continue
        if store is not None and store.has_article(article.id):
            seen[article.id] = "the store"
            yield ArticleResult(item.origin, article, DUPLICATE, warnings=item.warnings, duplicate_of="the store")
            continue
        try:
            drafts, date_notes = contain_dates(prepare_drafts(extract(article, registry), article))
        except TrackerError as exc:
            yield Failure(item.origin, f"extraction failed: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - one article's extractor bug must not stop the batch
            yield Failure(item.origin, f"extraction failed ({type(exc).__name__}: {exc}); please report this article")
            continue
        try:
            check_event_count(drafts)
        except TrackerError as exc:
            yield Failure(item.origin, str(exc))
            continue
        notes = item.warnings + tuple(date_notes)
        by = recorded_by(article.lang, version)
        if dry_run or store is None:
            seen[article.id] = item.origin
            yield ArticleResult(item.origin, article, WOULD_RECORD, drafts, recorded_by=by, warnings=notes)
            continue
        entries = [
            NewEntry(event_type=d.type, payload=d.to_payload(), recorded_by=by, article_id=article.id) for d in drafts
        ]
        try:
            result, lag = recording.append_and_catch_up(store, entries, article=article)
        except TrackerError as exc:
            yield Failure(item.origin, str(exc))
            continue
        seen[article.id] = item.origin
        if result.article_new is False:  # another process stored it since we looked
            yield ArticleResult(item.origin, article, DUPLICATE, warnings=notes, duplicate_of="the store")
            continue
        yield ArticleResult(
            item.origin,
            article,
            RECORDED,
            drafts,
            event_ids=tuple(result.event_ids),
            positions=tuple(result.positions),
            recorded_by=by,
            warnings=notes + ((lag,) if lag else ()),
            catch_up_problem=lag,
        )


def iter_ingest(
    store: Store | None,
    paths: Sequence[str | Path],
    overrides: Overrides | None = None,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
    registry: Any = None,
    extract: Extractor | None = None,
    version: str | None = None,
) -> Iterator[ArticleResult | Failure]:
    """Ingest every article found at ``paths`` (files, folders, ``-`` for ``stdin``), yielding
    each article's result (or each input's failure) as soon as it is done, in input order.

    ``store`` may be None only for a dry run without a database. ``progress`` wraps the list
    of inputs (files found, and paths that failed; e.g. a progress bar). Problems with one
    input never stop the others.
    """
    if store is None and not dry_run:
        raise TrackerError("a store is needed to record articles")
    if extract is None:
        extract, default_version = default_extractor()
        version = version or default_version
    if registry is None:
        from tracker.actor_registry import actor_registry

        registry = actor_registry(store)
    inputs: list[Source | LoadFailure] = list(expand_paths(paths))
    seen: dict[str, str] = {}
    wrap = progress or contextlib.nullcontext
    with wrap(inputs) as iterator:
        for item in iterator:
            if isinstance(item, LoadFailure):
                yield Failure(item.origin, item.message)
                continue
            outcomes = load_source(item, overrides, stdin=stdin)
            yield from ingest_articles(
                store, outcomes, dry_run=dry_run, registry=registry, extract=extract, version=version or "0", seen=seen
            )


def ingest_paths(
    store: Store | None,
    paths: Sequence[str | Path],
    overrides: Overrides | None = None,
    *,
    dry_run: bool = False,
    **options: Any,
) -> IngestReport:
    """:func:`iter_ingest` collected into a report holding every per-article result."""
    report = IngestReport(dry_run=dry_run)
    for item in iter_ingest(store, paths, overrides, dry_run=dry_run, **options):
        report.add(item)
    return report
