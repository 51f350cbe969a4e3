"""Recording review decisions: ``event_reviewed`` entries, never edits.

Every call checks all its decisions before writing any (unknown id, retracted event, bad
verdict, rejection without a reason, a bad line in a file) and then appends them in one
transaction, so a batch is recorded whole or not at all. A decision equal to the event's
current state (same verdict and reason) is left out, so re-running a script adds nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tracker.errors import ValidationError
from tracker.events import review_decision
from tracker.store import NewEntry, Store


@dataclass(frozen=True)
class Decision:
    """A verdict on one event, named by id or unique id prefix."""

    event: str
    verdict: str
    reason: str = ""


@dataclass(frozen=True)
class Outcome:
    """What became of one decision: the entry id, or None when it changed nothing."""

    event_id: str
    verdict: str
    entry_id: str | None
    previous: str


def live_event_ids(store: Store, ids: Iterable[str]) -> list[str]:
    """Full ids of live occurrences named by id or prefix; unknown, non-event or retracted
    ids raise a user error naming the id."""
    from tracker.projections.events.queries import event_row
    from tracker.projections.runner import catch_up

    catch_up(store, ["events"])
    out = []
    with store.engine.connect() as conn:
        for given in ids:
            event_id = store.find_event_id(given)
            row = event_row(conn, event_id)
            if row is None:
                entry = store.entry(event_id)
                kind = entry.event_type if entry else "unknown"
                raise ValidationError(f"{event_id} is a {kind} entry, not an event that can be reviewed")
            if row.retracted:
                raise ValidationError(f"event {event_id} is retracted; it cannot be reviewed")
            out.append(event_id)
    return out


def record_decisions(store: Store, decisions: Sequence[Decision], *, recorded_by: str | None = None) -> list[Outcome]:
    """Check every decision, then log the ones that change something, in one transaction."""
    from tracker.app.recording import record
    from tracker.identity import current_user
    from tracker.projections.review.queries import states
    from tracker.projections.runner import catch_up

    if not decisions:
        raise ValidationError("no decisions given")
    for d in decisions:
        review_decision(d.event, d.verdict, d.reason)  # vocabulary and reason, before any lookup
    ids = live_event_ids(store, [d.event for d in decisions])
    catch_up(store, ["review"])
    with store.engine.connect() as conn:
        current = states(conn, ids)
    who = recorded_by or current_user()
    entries: list[NewEntry] = []
    outcomes: list[tuple[str, str, bool, str]] = []
    seen: dict[str, tuple[str, str]] = {}
    for d, event_id in zip(decisions, ids, strict=False):
        before = seen.get(event_id) or (current[event_id].status, current[event_id].reason or "")
        changes = before != (d.verdict, d.reason.strip())
        if changes:
            entries.append(NewEntry("event_reviewed", review_decision(event_id, d.verdict, d.reason), who))
            seen[event_id] = (d.verdict, d.reason.strip())
        outcomes.append((event_id, d.verdict, changes, before[0]))
    entry_ids = iter(record(store, entries).event_ids if entries else [])
    return [Outcome(e, v, next(entry_ids) if changed else None, prev) for e, v, changed, prev in outcomes]


_FIELDS = {"id", "verdict", "reason"}


def parse_decisions(lines: Iterable[str], origin: str = "input") -> list[Decision]:
    """Decisions from JSON Lines: ``{"id": ..., "verdict": "accepted"|"rejected"|"unreviewed",
    "reason": ...}`` per line; blank lines are skipped; errors name the line."""
    out = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{origin} line {number}"
        try:
            item: Any = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{where}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise ValidationError(f"{where}: expected a JSON object")
        unknown = set(item) - _FIELDS
        if unknown:
            raise ValidationError(f"{where}: unknown field {sorted(unknown)[0]!r} (expected id, verdict, reason)")
        event, verdict, reason = item.get("id"), item.get("verdict"), item.get("reason", "")
        if not isinstance(event, str) or not event.strip():
            raise ValidationError(f"{where}: \"id\" must be an event id")
        if not isinstance(reason, str):
            raise ValidationError(f"{where}: \"reason\" must be text")
        try:
            review_decision(event, verdict, reason)  # checks the verdict, whatever its JSON type
        except ValidationError as exc:
            raise ValidationError(f"{where}: {exc}") from None
        out.append(Decision(event.strip(), str(verdict), reason))
    if not out:
        raise ValidationError(f"{origin} holds no decisions")
    return out


def read_decisions_file(path: str | Path) -> list[Decision]:
    """Decisions from a JSON Lines file (``-`` is not accepted here: give a file)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ValidationError(f"no such file: {p}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(f"cannot read {p}: {exc}") from None
    return parse_decisions(text.splitlines(), str(p))
