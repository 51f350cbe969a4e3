"""``tracker add``: an occurrence typed by hand, resolved through the actor registry and logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from tracker.errors import ValidationError
from tracker.events import DateInterval, EventDraft, Location, Participant, validate_occurrence_fields
from tracker.identity import current_user
from tracker.urls import check_source_url

if TYPE_CHECKING:
    from tracker.store import Store


def manual_draft(
    event_type: str,
    start: str,
    end: str | None,
    participants: Sequence[Participant],
    *,
    location: Location | None = None,
    modality: str = "occurred",
    summary: str | None = None,
    source: str | None = None,
) -> EventDraft:
    """An occurrence typed by a user, validated (before any store is opened)."""
    validate_occurrence_fields(event_type, modality)
    date = DateInterval.from_user(start, end)
    if not participants:
        raise ValidationError("at least one participant is required")
    source = check_source_url(source)
    return EventDraft(
        type=event_type,
        date=date,
        participants=tuple(participants),
        modality=modality,
        location=location,
        summary=(summary or "").strip(),
        source_url=source,
    )


def default_summary(draft: EventDraft) -> str:
    """A one-line summary when the user gave none: type, who, where."""
    who = ", ".join(p.name for p in draft.participants)
    text = f"{draft.type.replace('_', ' ')}: {who}"
    if draft.location is not None:
        text += f" in {draft.location.name}"
    return text


def add_event(store: Store, draft: EventDraft, *, recorded_by: str | None = None) -> str:
    """Resolve participants and place through the registry, log the event, return its id."""
    from tracker.actor_registry import load_registry, resolve_location, resolve_participant
    from tracker.app.recording import record
    from tracker.store import NewEntry

    registry = load_registry(store)
    draft = replace(
        draft,
        participants=tuple(resolve_participant(registry, p) for p in draft.participants),
        location=resolve_location(registry, draft.location),
    )
    if not draft.summary:
        draft = replace(draft, summary=default_summary(draft))
    result = record(store, [NewEntry(draft.type, draft.to_payload(), recorded_by or current_user())])
    return result.event_ids[0]
