"""The interactive review queue: one event at a time, one key per decision.

The queue holds the unreviewed live events that pass the filters, lowest confidence first.
For each it shows a card (:mod:`.card`) and reads one key:

* ``a`` accept, ``r`` reject (asks a reason; an empty one cancels), ``s`` skip, ``q`` quit;
* ``e`` edit type, modality, date, participants or place (the ``tracker amend`` path: an
  ``event_amended`` entry), then shows the card again;
* ``m`` merge with the likely duplicate (the ``tracker merge`` path), then shows the card again;
* ``u`` undo the last decision: logs a decision that restores the state before it (a new
  entry, never a delete) and brings that event back.

Input comes from ``read_key`` (one character) and ``ask`` (a line, with a default), output
goes to ``echo``: the command line passes ``typer.getchar``/``typer.prompt``/``typer.echo``,
tests pass their own, so the loop needs no terminal library and works over SSH.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tracker.app.review.card import render_card, short_id
from tracker.app.review.decisions import Decision, record_decisions
from tracker.app.review.duplicates import likely_duplicate
from tracker.errors import TrackerError
from tracker.events import EventDraft

if TYPE_CHECKING:
    from tracker.store import Store

QUIT_KEYS = ("q", "Q", "\x03", "\x04", "\x1b")
HELP = ("a accept · r reject (asks a reason) · e edit · m merge with the likely duplicate · "
        "s skip · u undo the last decision · q quit")
EDIT_FIELDS = {"t": "type", "m": "modality", "d": "date", "p": "participants", "l": "place"}
EDIT_REASON = "corrected in review"


@dataclass(frozen=True)
class QueueFilter:
    """What to review: unreviewed events of an article (id prefix), a track, a type, from a
    date on, under a confidence."""

    article: str | None = None
    track: str | None = None
    event_type: str | None = None
    since: str | None = None
    below: float | None = None


@dataclass
class Tally:
    """What a session did (an undone decision is no longer counted as accepted or rejected)."""

    accepted: int = 0
    rejected: int = 0
    edited: int = 0
    merged: int = 0
    skipped: int = 0
    undone: int = 0
    history: list[tuple[str, str, str, str]] = field(default_factory=list)  # id, verdict, state before

    def summary(self) -> str:
        return (f"{self.accepted} accepted, {self.rejected} rejected, {self.edited} edited, "
                f"{self.merged} merged, {self.skipped} skipped, {self.undone} undone")


def _timeline_members(store: Store, track: str | None) -> dict[str, str]:
    """event id -> timeline entry id (of one track, or all)."""
    from tracker.app.review.outputs import member_ids
    from tracker.app.timeline import load_timeline

    entries, _ = load_timeline(store, track, None)
    return {eid: e["id"] for e in entries for eid in member_ids(e)}


def _rows(store: Store, **filters: Any) -> list[dict[str, Any]]:
    from tracker.projections.review.queries import review_rows
    from tracker.projections.runner import catch_up

    catch_up(store, ["events", "review"])
    with store.engine.connect() as conn:
        return review_rows(conn, **filters)


def queue_ids(store: Store, flt: QueueFilter) -> list[str]:
    """Ids of the unreviewed live events passing ``flt``, lowest confidence first."""
    from tracker.events import parse_reduced_date

    if flt.since is not None:
        parse_reduced_date(flt.since)
    ids = list(_timeline_members(store, flt.track)) if flt.track else None
    rows = _rows(store, status="unreviewed", below=flt.below, event_type=flt.event_type,
                 article=flt.article, since=flt.since, ids=ids)
    return [r["id"] for r in rows]


class ReviewQueue:
    """One review session over a store."""

    def __init__(
        self,
        store: Store,
        ids: list[str],
        *,
        read_key: Callable[[], str],
        ask: Callable[[str, str | None], str],
        echo: Callable[[str], None],
        edit_options: Callable[[str, str], dict[str, Any]],
        color: bool = False,
        recorded_by: str | None = None,
    ) -> None:
        self.store = store
        self.pending = list(ids)
        self.pos = 0
        self.read_key = read_key
        self.ask = ask
        self.echo = echo
        self.edit_options = edit_options  # a typed value -> options of amend_event (the CLI's parser)
        self.color = color
        self.recorded_by = recorded_by
        self.tally = Tally()
        self._entry_of = _timeline_members(store, None)
        from tracker.actor_registry import load_registry

        self._registry = load_registry(store)

    # ----- the loop

    def run(self) -> Tally:
        total = len(self.pending)
        if not total:
            self.echo("Nothing to review.")
            return self.tally
        while self.pos < len(self.pending):
            item = self._item(self.pending[self.pos])
            if item is None:  # retracted since the queue was built
                self.pending.pop(self.pos)
                continue
            duplicate = self._duplicate(item)
            self.echo("")
            self.echo(render_card(item, index=self.pos + 1, total=len(self.pending),
                                  remaining=len(self.pending) - self.pos, siblings=self._siblings(item),
                                  duplicate=duplicate, color=self.color, registry=self._registry))
            key = self.read_key()
            if key in QUIT_KEYS:
                break
            try:
                self._handle(key, item, duplicate)
            except TrackerError as exc:
                self.echo(f"Error: {exc}")
        else:
            self.echo("")
            self.echo("Queue done: nothing left to review.")
        self.echo(self.tally.summary())
        return self.tally

    def _handle(self, key: str, item: dict[str, Any], duplicate: dict[str, Any] | None) -> None:
        key = key.lower()
        if key == "a":
            self._decide(item, "accepted", "")
        elif key == "r":
            reason = self.ask("Reason for rejecting (empty to cancel)", "").strip()
            if not reason:
                self.echo("Not rejected: a rejection needs a reason.")
                return
            self._decide(item, "rejected", reason)
        elif key == "s":
            self.pos += 1
            self.tally.skipped += 1
        elif key == "u":
            self._undo()
        elif key == "e":
            self._edit(item)
        elif key == "m":
            if duplicate is None:
                self.echo("No likely duplicate to merge with.")
                return
            from tracker.app.timeline_edits import merge_events

            entry = merge_events(self.store, [item["id"], duplicate["id"]], "same occurrence (review)",
                                 recorded_by=self.recorded_by)
            self._entry_of = _timeline_members(self.store, None)
            self.tally.merged += 1
            self.echo(f"Merged {short_id(item['id'])} with {short_id(duplicate['id'])} (entry {short_id(entry)}).")
        else:
            self.echo(f"Unknown key {key!r}. {HELP}")

    # ----- decisions

    def _decide(self, item: dict[str, Any], verdict: str, reason: str) -> None:
        record_decisions(self.store, [Decision(item["id"], verdict, reason)], recorded_by=self.recorded_by)
        self.tally.history.append((item["id"], verdict, item["status"], item.get("reason") or ""))
        setattr(self.tally, verdict, getattr(self.tally, verdict) + 1)
        self.echo(f"{verdict.capitalize()} {short_id(item['id'])}.")
        self.pos += 1

    def _undo(self) -> None:
        if not self.tally.history:
            self.echo("Nothing to undo.")
            return
        event_id, verdict, status, reason = self.tally.history.pop()
        record_decisions(self.store, [Decision(event_id, status, reason)], recorded_by=self.recorded_by)
        setattr(self.tally, verdict, getattr(self.tally, verdict) - 1)
        if event_id in self.pending:
            index = self.pending.index(event_id)
            self.pending.pop(index)
            if index < self.pos:
                self.pos -= 1
        self.pending.insert(self.pos, event_id)
        self.tally.undone += 1
        self.echo(f"Undone: {short_id(event_id)} is {status} again.")

    def _edit(self, item: dict[str, Any]) -> None:
        from tracker.app.corrections import amend_event

        self.echo("Edit [t]ype [m]odality [d]ate [p]articipants [l]ocation (other key: cancel)")
        what = EDIT_FIELDS.get(self.read_key().lower())
        if what is None:
            self.echo("Edit cancelled.")
            return
        draft = EventDraft.from_payload(item["payload"])
        current = _current_text(draft, what)
        value = self.ask(f"New {what}", current).strip()
        if not value or value == current:
            self.echo("Edit cancelled: nothing changed.")
            return
        options = self.edit_options(what, value)
        reason = self.ask("Reason", EDIT_REASON).strip() or EDIT_REASON
        _, _, changes = amend_event(self.store, item["id"], reason, recorded_by=self.recorded_by, **options)
        self.tally.edited += 1
        self.echo(f"Amended {short_id(item['id'])}: {', '.join(sorted(changes))}.")

    # ----- what the card shows

    def _item(self, event_id: str) -> dict[str, Any] | None:
        rows = _rows(self.store, status="all", ids=[event_id])
        return rows[0] if rows else None

    def _siblings(self, item: dict[str, Any]) -> list[dict[str, Any]]:
        if not item["article_id"]:
            return []
        rows = _rows(self.store, status="all", article=item["article_id"])
        return sorted((r for r in rows if r["id"] != item["id"]), key=lambda r: r["position"])

    def _duplicate(self, item: dict[str, Any]) -> dict[str, Any] | None:
        rows = _rows(self.store, status="all", event_type=item["type"])
        drafts = [(r["id"], EventDraft.from_payload(r["payload"])) for r in rows]
        found = likely_duplicate(item["id"], EventDraft.from_payload(item["payload"]), drafts, self._entry_of)
        return next((r for r in rows if r["id"] == found), None)


def _current_text(draft: EventDraft, what: str) -> str:
    if what == "type":
        return draft.type
    if what == "modality":
        return draft.modality
    if what == "date":
        d = draft.date
        if d.start is None:
            return ""
        return d.start if not d.end or d.end == d.start else f"{d.start}/{d.end}"
    if what == "participants":
        return "; ".join(f"{p.name}:{p.side}" if p.side else p.name for p in draft.participants)
    loc = draft.location
    return "" if loc is None else (f"{loc.name}:{loc.country}" if loc.country else loc.name)
