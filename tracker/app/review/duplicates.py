"""The likely duplicate of an event, for the review queue to offer a merge.

Automatic de-duplication (:mod:`tracker.projections.timeline.dedup`) already merges reports from different articles
that agree; what is left for an analyst are the near misses: an occurrence read twice in one
article (which the automatic rule never merges), or two reports that agree on type, dates,
place and participants but in different timeline entries. Among such candidates the one
sharing the most participants wins.
"""

from __future__ import annotations

from collections.abc import Iterable

from tracker.events import EventDraft
from tracker.projections.timeline.dedup import (
    dates_overlap,
    locations_compatible,
    modalities_compatible,
    participants_agree,
)


def _people(draft: EventDraft) -> set[str]:
    return {(p.actor_id or p.name).casefold() for p in draft.participants}


def is_likely_duplicate(a: EventDraft, b: EventDraft) -> bool:
    """Same type, compatible modality, overlapping dates, compatible place and participants."""
    return (
        a.type == b.type
        and modalities_compatible(a.modality, b.modality)
        and dates_overlap(a.date, b.date)
        and locations_compatible(a, b)
        and participants_agree(a, b)
    )


def likely_duplicate(
    event_id: str, draft: EventDraft, candidates: Iterable[tuple[str, EventDraft]], entry_of: dict[str, str]
) -> str | None:
    """The id of the candidate most likely to report the same occurrence, outside the event's
    own timeline entry; None when there is none."""
    own = entry_of.get(event_id, event_id)
    best: tuple[int, str] | None = None
    for other_id, other in candidates:
        if other_id == event_id or entry_of.get(other_id, other_id) == own:
            continue
        if not is_likely_duplicate(draft, other):
            continue
        score = len(_people(draft) & _people(other))
        if best is None or score > best[0]:
            best = (score, other_id)
    return None if best is None else best[1]
