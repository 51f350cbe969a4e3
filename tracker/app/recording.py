"""The one write path of every use case: append to the log, then bring the read models up to
date (so every writer leaves them current), seeding the track catalogue on a store's first
write."""

from __future__ import annotations

import warnings
import weakref
from collections.abc import Sequence

from tracker.articles import Article
from tracker.errors import ConcurrencyError, TrackerError
from tracker.events import check_new_entry_dates, new_event_id
from tracker.identity import SEED_RECORDED_BY
from tracker.store import AppendResult, NewEntry, Store


class CatchUpWarning(UserWarning):
    """The append committed, but bringing the read models up to date failed.

    The write stands (its ids are valid); the read models catch up on a later command. The CLI
    prints these as ``Warning: ...`` on stderr, apart from the command's result.
    """


def catch_up_after_append(store: Store) -> str | None:
    """Catch every projection up after a committed append; a message when that failed.

    Nothing raised here may turn a committed write into a reported failure, so any error of a
    read model (a lock wait that ran out, a bug on one entry) becomes the returned message.
    """
    from sqlalchemy.exc import DBAPIError

    from tracker.db import driver_error_text
    from tracker.projections.runner import catch_up

    try:
        catch_up(store)
    except DBAPIError as exc:
        problem = driver_error_text(exc)
    except Exception as exc:  # noqa: BLE001 - a committed write stays a success, see above
        problem = str(exc) if isinstance(exc, TrackerError) else f"{type(exc).__name__}: {exc}"
    else:
        return None
    return (
        f"recorded, but the read models are not up to date ({problem}); they catch up on the next "
        "command, or run `tracker projections rebuild`"
    )


#: Stores known to hold a ``tracks_defined`` entry (the log only grows: once true, always true).
_DEFINED: weakref.WeakSet[Store] = weakref.WeakSet()


def tracks_seed(store: Store, entries: Sequence[NewEntry]) -> list[NewEntry]:
    """The ``tracks_defined`` entry (the shipped ``seeds/tracks.json``) to put before
    ``entries``, when neither they nor the log define tracks yet: the first write of a new store,
    or the next write of a store made before track definitions entered the log. Else none."""
    if store in _DEFINED or any(e.event_type == "tracks_defined" for e in entries):
        return []
    if next(iter(store.read(types=["tracks_defined"], limit=1)), None) is not None:
        _DEFINED.add(store)
        return []
    from tracker.projections.timeline.tracks import seed_definition

    # an id of its own (not the next of the batch's run), so no prefix of the first event's id
    # that a user types matches the seed's too
    return [NewEntry(event_type="tracks_defined", payload=seed_definition(), recorded_by=SEED_RECORDED_BY,
                     event_id=new_event_id())]


def _append_seeded(store: Store, batches: Sequence[tuple[Article | None, Sequence[NewEntry]]]) -> list[AppendResult]:
    """Append ``batches`` in one transaction, behind the seeded track definition when the log has
    none yet (:func:`tracks_seed`); one result per batch of ``batches``."""
    entries = [e for _, batch in batches for e in batch]
    seed = tracks_seed(store, entries) if entries else []
    if not seed:
        return store.append_many(batches)
    try:  # nobody may seed in between: two first writers at once would both seed
        results = store.append_many([(None, seed), *batches], expected_head=store.head())
    except ConcurrencyError:
        seed = tracks_seed(store, entries)
        results = store.append_many([(None, seed), *batches] if seed else batches)
        if not seed:
            return results
    _DEFINED.add(store)
    return results[1:]


def seed_tracks(store: Store) -> int | None:
    """Append the seeded track definition to a log that has entries but no definition (a store
    written before definitions entered the log), so its timeline no longer waits for the next
    write to get its declared tracks; ``tracker db upgrade`` calls it. The position written, or
    None when nothing was needed (an empty log is seeded by its first write)."""
    if store.head() == 0:
        return None
    seed = tracks_seed(store, [])
    while seed:
        try:
            (result,) = store.append_many([(None, seed)], expected_head=store.head())
        except ConcurrencyError:  # somebody wrote meanwhile, perhaps the seed itself: look again
            seed = tracks_seed(store, [])
            continue
        _DEFINED.add(store)
        problem = catch_up_after_append(store)
        if problem is not None:
            warnings.warn(CatchUpWarning(problem), stacklevel=2)
        return result.positions[0]
    return None


def append_and_catch_up(
    store: Store, entries: Sequence[NewEntry], *, article: Article | None = None
) -> tuple[AppendResult, str | None]:
    """Append ``entries`` (with their ``article``) in one transaction, then catch up every
    projection. Returns the append's result and, separately, a catch-up problem (or None).

    New occurrences and amendments are checked for dates outside the accepted years first. A
    log without track definitions gets the seeded one first, in the same transaction
    (:func:`tracks_seed`); the result reports ``entries`` only.
    """
    for entry in entries:
        check_new_entry_dates(entry.event_type, entry.payload)
    (result,) = _append_seeded(store, [(article, entries)])
    return result, catch_up_after_append(store)


def append_articles_and_catch_up(
    store: Store, batches: Sequence[tuple[Article, Sequence[NewEntry]]]
) -> tuple[list[AppendResult | TrackerError], str | None]:
    """Append several articles, each with its entries, in one transaction, then catch every
    projection up once: an ingest's chunk of articles. Returns one item per article (its
    append's result, or the error that refused it) and a catch-up problem (or None).

    An article is never split and never half-written: one whose dates are out of range is
    refused before the transaction; if the database refuses the transaction, the articles are
    appended one by one, so only the article at fault fails and the others are recorded.
    """
    outcome: list[AppendResult | TrackerError | None] = []
    ready: list[tuple[Article | None, Sequence[NewEntry]]] = []
    for article, entries in batches:
        try:
            for entry in entries:
                check_new_entry_dates(entry.event_type, entry.payload)
        except TrackerError as exc:
            outcome.append(exc)
            continue
        outcome.append(None)
        ready.append((article, entries))
    appended: list[AppendResult | TrackerError]
    try:
        appended = list(_append_seeded(store, ready)) if ready else []
    except TrackerError:
        appended = []
        for one in ready:
            try:
                appended.extend(_append_seeded(store, [one]))
            except TrackerError as exc:
                appended.append(exc)
    done = iter(appended)
    results = [next(done) if item is None else item for item in outcome]
    wrote = any(isinstance(r, AppendResult) and (r.positions or r.article_position) for r in results)
    return results, catch_up_after_append(store) if wrote else None


def record(store: Store, entries: Sequence[NewEntry], *, article: Article | None = None) -> AppendResult:
    """Append, then catch up; a catch-up problem is a :class:`CatchUpWarning`, never an error."""
    result, problem = append_and_catch_up(store, entries, article=article)
    if problem is not None:
        warnings.warn(CatchUpWarning(problem), stacklevel=2)
    return result
