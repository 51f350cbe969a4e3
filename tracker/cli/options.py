"""The option syntax of hand-typed values: ``NAME:SIDE`` participants, ``NAME:CC`` places, and
the values typed while editing an event in the review queue. Parsed here, at the edge; the use
cases receive :class:`~tracker.events.Participant` and :class:`~tracker.events.Location` values."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from tracker.errors import ValidationError
from tracker.events import Location, Participant

_SIDE = re.compile(r"^(?:[A-Za-z]{2}|EU|UN|NATO|eu|un|nato)$")


def parse_participant(text: str) -> Participant:
    """``NAME`` or ``NAME:SIDE`` (SIDE an ISO 3166 alpha-2 code or EU, UN, NATO)."""
    name, side = text, None
    if ":" in text:
        head, tail = text.rsplit(":", 1)
        if _SIDE.match(tail.strip()):
            name, side = head, tail.strip().upper()
    name = name.strip()
    if not name:
        raise ValidationError(f"participant name must not be empty (got {text!r})")
    return Participant(name=name, side=side, resolved=False, actor_id=None)


def parse_participants(texts: Sequence[str] | None) -> list[Participant] | None:
    """Every ``--participant`` value parsed (None stays None: the option was not given)."""
    return None if texts is None else [parse_participant(t) for t in texts]


def parse_location(text: str | None) -> Location | None:
    """``NAME`` or ``NAME:CC`` (country as ISO 3166 alpha-2); None stays None."""
    if text is None:
        return None
    name, country = text, None
    if ":" in text:
        head, tail = text.rsplit(":", 1)
        if re.fullmatch(r"[A-Za-z]{2}", tail.strip()):
            name, country = head, tail.strip().upper()
    name = name.strip()
    if not name:
        raise ValidationError("location name must not be empty")
    return Location(name=name, country=country)


def review_edit_options(what: str, value: str) -> dict[str, Any]:
    """Options of :func:`tracker.app.corrections.amend_event` from a value typed in the review
    queue for field ``what`` (type, modality, ``START/END`` date, ``A:US; B:RU`` participants
    or a ``NAME:CC`` location)."""
    if what == "type":
        return {"event_type": value}
    if what == "modality":
        return {"modality": value}
    if what == "date":
        start, _, end = value.partition("/")
        return {"start": start.strip(), "end": end.strip() or None}
    if what == "participants":
        people = [p.strip() for p in value.split(";") if p.strip()]
        if not people:
            raise ValidationError("at least one participant is required")
        return {"participants": [parse_participant(p) for p in people]}
    return {"location": parse_location(value)}
