"""The event catalogue: what the log may hold, how payloads are validated and versioned.

Two families of log entries share one table:

* occurrences: the nine negotiation event types of design §3 (``meeting_held`` ...), whose
  payload is an :class:`EventDraft` serialised by :meth:`EventDraft.to_payload`;
* corrections and registry entries (``event_retracted``, ``event_amended``, ``events_merged``,
  ``event_split``, ``track_assigned``, ``event_reviewed``, ``actor_added``, ``actor_aliased``),
  which refer to earlier entries and never change them;
* definitions (``tracks_defined``): the whole track catalogue, which holds from its position on
  until a later definition replaces it, so the read models need nothing outside the log.

Payloads carry a ``schema_version``; :func:`upcast` lifts an old payload to the current
version on read, so the log itself is never rewritten.
"""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from tracker.errors import ValidationError

# --------------------------------------------------------------------------- vocabularies

OCCURRENCE_TYPES: tuple[str, ...] = (
    "meeting_held",
    "statement_issued",
    "report_to_leader",
    "meeting_planned",
    "phone_call",
    "visit",
    "proposal_presented",
    "proposal_rejected",
    "agreement_reached",
)

CORRECTION_TYPES: tuple[str, ...] = (
    "event_retracted",
    "event_amended",
    "events_merged",
    "event_split",
    "track_assigned",
    "event_reviewed",
)

REGISTRY_TYPES: tuple[str, ...] = ("actor_added", "actor_aliased")

#: Entries that define a catalogue read models apply from their position on.
DEFINITION_TYPES: tuple[str, ...] = ("tracks_defined",)

ENTRY_TYPES: tuple[str, ...] = OCCURRENCE_TYPES + CORRECTION_TYPES + REGISTRY_TYPES + DEFINITION_TYPES

MODALITIES: tuple[str, ...] = ("occurred", "planned", "possible", "denied")

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")

RESOLUTIONS: tuple[str, ...] = ("explicit", "relative_to_publication", "publication_fallback", "manual")

ROLES: tuple[str, ...] = (
    "participant",
    "host",
    "visitor",
    "mediator",
    "speaker",
    "reporter",
    "leader",
    "proposer",
    "addressee",
)

#: Fields of an occurrence that ``event_amended`` may change.
AMENDABLE_FIELDS: tuple[str, ...] = (
    "type",
    "modality",
    "date",
    "location",
    "participants",
    "summary",
    "topics",
    "quote",
    "stance",
)

#: Review states of an occurrence. ``event_reviewed`` entries carry one as their verdict:
#: ``accepted`` and ``rejected`` are an analyst's decisions; ``unreviewed`` withdraws an
#: earlier decision (what "undo" logs, since nothing is ever deleted).
REVIEW_STATUSES: tuple[str, ...] = ("unreviewed", "accepted", "rejected")

CURRENT_SCHEMA_VERSION = 2


# --------------------------------------------------------------------------- ids


def new_event_id(now_ms: int | None = None) -> str:
    """A UUIDv7 string: time-ordered, so ids sort in the order they were made."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


# --------------------------------------------------------------------------- dates

_REDUCED_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def parse_reduced_date(text: str) -> tuple[str, str]:
    """Parse ``2025-12-20``, ``2025-12`` or ``2025`` into (normalised text, precision).

    Raises ValidationError with a message that names the bad value.
    """
    m = _REDUCED_DATE.match(text.strip()) if isinstance(text, str) else None
    if not m:
        raise ValidationError(f"invalid date {text!r}: expected YYYY-MM-DD, YYYY-MM or YYYY")
    year, month, day = m.group(1), m.group(2), m.group(3)
    try:
        if day is not None:
            dt.date(int(year), int(month), int(day))
            return f"{year}-{month}-{day}", "day"
        if month is not None:
            dt.date(int(year), int(month), 1)
            return f"{year}-{month}", "month"
        dt.date(int(year), 1, 1)
        return year, "year"
    except ValueError:
        raise ValidationError(f"invalid date {text!r}: no such day or month") from None


def first_day(text: str) -> dt.date:
    """The first calendar day covered by a reduced-precision date."""
    norm, precision = parse_reduced_date(text)
    parts = [int(p) for p in norm.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(text: str) -> dt.date:
    """The last calendar day covered by a reduced-precision date."""
    norm, precision = parse_reduced_date(text)
    parts = [int(p) for p in norm.split("-")]
    if precision == "day":
        return dt.date(*parts)
    if precision == "month":  # without stepping into the next month, which year 9999 lacks
        return dt.date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], 12, 31)


@dataclass(frozen=True)
class DateInterval:
    """When an event happened: a closed interval of reduced-precision ISO dates.

    ``start``/``end`` are ``None`` only when precision is ``unknown``. ``raw`` keeps the
    expression the date came from; ``resolution`` says how it was resolved, so a date that
    merely copies the publication date can never pass for a real one.
    """

    start: str | None
    end: str | None
    precision: str = "day"
    raw: str | None = None
    resolution: str = "explicit"

    def __post_init__(self) -> None:
        if self.precision not in PRECISIONS:
            raise ValidationError(f"unknown precision {self.precision!r}: expected one of {', '.join(PRECISIONS)}")
        if self.resolution not in RESOLUTIONS:
            raise ValidationError(f"unknown date resolution {self.resolution!r}: expected one of {', '.join(RESOLUTIONS)}")
        if self.precision == "unknown":
            return
        if self.start is None:
            raise ValidationError("a dated event needs a start date")
        parse_reduced_date(self.start)
        if self.end is not None:
            parse_reduced_date(self.end)
            if last_day(self.end) < first_day(self.start):
                raise ValidationError(f"end date {self.end} is before start date {self.start}")

    @classmethod
    def from_user(cls, start: str, end: str | None = None) -> DateInterval:
        """Build an interval from dates typed by a user; precision is the start's. Years
        outside MIN_YEAR..MAX_YEAR (:mod:`tracker.limits`) are refused."""
        from tracker.limits import check_reduced_date

        s, precision = parse_reduced_date(start)
        e = parse_reduced_date(end)[0] if end else s
        check_reduced_date(s, "start date")
        check_reduced_date(e, "end date")
        return cls(start=s, end=e, precision=precision, raw=start if not end else f"{start}/{end}", resolution="manual")

    @classmethod
    def unknown(cls, raw: str | None = None) -> DateInterval:
        return cls(start=None, end=None, precision="unknown", raw=raw, resolution="publication_fallback")

    def first_day(self) -> dt.date | None:
        return first_day(self.start) if self.start else None

    def last_day(self) -> dt.date | None:
        if self.precision == "unknown":
            return None
        bound = self.end or self.start
        return last_day(bound) if bound else None

    def overlaps(self, other: DateInterval) -> bool:
        """True when both intervals are known and share at least one day."""
        a0, a1, b0, b1 = self.first_day(), self.last_day(), other.first_day(), other.last_day()
        if a0 is None or a1 is None or b0 is None or b1 is None:
            return False
        return a0 <= b1 and b0 <= a1

    def in_range(self) -> bool:
        """True for an undated interval or one whose years lie in MIN_YEAR..MAX_YEAR."""
        from tracker.limits import year_in_range

        return all(year_in_range(int(d[:4])) for d in (self.start, self.end) if d)

    def to_dict(self) -> dict[str, Any]:
        # explicit, not dataclasses.asdict (a deep copy): payloads are built for every event
        return {"start": self.start, "end": self.end, "precision": self.precision, "raw": self.raw,
                "resolution": self.resolution}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DateInterval:
        fields: dict[str, Any] = {k: data.get(k) for k in ("start", "end", "precision", "raw", "resolution") if k in data}
        return cls(**fields)


# --------------------------------------------------------------------------- parts of an event


@dataclass(frozen=True)
class Participant:
    """Someone or some side taking part. ``actor_id`` is the registry id, or a provisional
    ``unresolved:<slug>`` id for a person the registry does not know (``resolved`` False)."""

    name: str
    side: str | None = None
    role: str = "participant"
    actor_id: str | None = None
    resolved: bool = True
    kind: str = "person"  # person | side | organisation | delegation

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError("participant name must not be empty")
        if self.role not in ROLES:
            raise ValidationError(f"unknown participant role {self.role!r}: expected one of {', '.join(ROLES)}")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "side": self.side, "role": self.role, "actor_id": self.actor_id,
                "resolved": self.resolved, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Participant:
        known = {"name", "side", "role", "actor_id", "resolved", "kind"}
        return cls(**{k: v for k, v in data.items() if k in known})


def parties(participants: Iterable[Participant]) -> list[Participant]:
    """The parties of an event: its participants without the mediator, and without the host
    of talks between others ("Oman hosted talks between Iran and the US"). A host who
    receives a guest ("Trump hosted Putin": a ``visitor`` is named) is a party."""
    parts = list(participants)
    guests = any(p.role == "visitor" for p in parts)
    return [p for p in parts if p.role != "mediator" and (p.role != "host" or guests)]


@dataclass(frozen=True)
class Location:
    """Where: a place name and its ISO 3166 alpha-2 country when known."""

    name: str
    country: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValidationError("location name must not be empty")

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country}

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Location | None:
        if not data:
            return None
        return cls(name=data["name"], country=data.get("country"))


@dataclass(frozen=True)
class Evidence:
    """Where in which article an event was read: the sentence, the character span of the
    sentence in the article's normalised text, the trigger word and the rule that fired."""

    article_id: str | None
    sentence: str
    span: tuple[int, int]
    trigger: str | None = None
    rule: str | None = None

    def __post_init__(self) -> None:
        s, e = self.span
        if s < 0 or e < s:
            raise ValidationError(f"invalid evidence span {self.span!r}")

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "sentence": self.sentence, "span": [self.span[0], self.span[1]],
                "trigger": self.trigger, "rule": self.rule}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Evidence:
        return cls(
            article_id=data.get("article_id"),
            sentence=data.get("sentence", ""),
            span=(int(data["span"][0]), int(data["span"][1])),
            trigger=data.get("trigger"),
            rule=data.get("rule"),
        )


# --------------------------------------------------------------------------- the occurrence


@dataclass(frozen=True)
class EventDraft:
    """One negotiation occurrence, as extracted or typed by hand, before it is logged."""

    type: str
    date: DateInterval
    participants: tuple[Participant, ...] = ()
    modality: str = "occurred"
    location: Location | None = None
    summary: str = ""
    topics: tuple[str, ...] = ()
    confidence: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    quote: str | None = None
    stance: str | None = None
    source_url: str | None = None

    def __post_init__(self) -> None:
        validate_occurrence_fields(self.type, self.modality, self.confidence)
        if not isinstance(self.date, DateInterval):
            raise ValidationError("event date must be a DateInterval")

    # ----- serialisation

    def to_payload(self) -> dict[str, Any]:
        """The JSON payload stored in the log (current schema version)."""
        return {
            "type": self.type,
            "modality": self.modality,
            "date": self.date.to_dict(),
            "participants": [p.to_dict() for p in self.participants],
            "location": self.location.to_dict() if self.location else None,
            "summary": self.summary,
            "topics": list(self.topics),
            "confidence": self.confidence,
            "evidence": [e.to_dict() for e in self.evidence],
            "quote": self.quote,
            "stance": self.stance,
            "source_url": self.source_url,
        }

    @classmethod
    def from_payload(cls, payload: dict[str, Any], schema_version: int = CURRENT_SCHEMA_VERSION) -> EventDraft:
        """Rebuild a draft from a stored payload of any known version."""
        data = upcast(payload.get("type", ""), payload, schema_version)
        return cls(
            type=data["type"],
            modality=data.get("modality", "occurred"),
            date=DateInterval.from_dict(data["date"]),
            participants=tuple(Participant.from_dict(p) for p in data.get("participants", [])),
            location=Location.from_dict(data.get("location")),
            summary=data.get("summary", ""),
            topics=tuple(data.get("topics", [])),
            confidence=float(data.get("confidence", 1.0)),
            evidence=tuple(Evidence.from_dict(e) for e in data.get("evidence", [])),
            quote=data.get("quote"),
            stance=data.get("stance"),
            source_url=data.get("source_url"),
        )

    def with_changes(self, changes: dict[str, Any]) -> EventDraft:
        """Apply an ``event_amended`` change set (payload-shaped values) to this draft."""
        unknown = set(changes) - set(AMENDABLE_FIELDS)
        if unknown:
            raise ValidationError(f"fields cannot be amended: {', '.join(sorted(unknown))}")
        kwargs: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "date":
                kwargs["date"] = DateInterval.from_dict(value)
            elif key == "location":
                kwargs["location"] = Location.from_dict(value)
            elif key == "participants":
                kwargs["participants"] = tuple(Participant.from_dict(p) for p in value)
            elif key == "topics":
                kwargs["topics"] = tuple(value)
            else:
                kwargs[key] = value
        return replace(self, **kwargs)


def validate_occurrence_fields(event_type: str, modality: str, confidence: float = 1.0) -> None:
    """Check the vocabulary fields of an occurrence; messages name the bad value."""
    if event_type not in OCCURRENCE_TYPES:
        raise ValidationError(f"unknown event type {event_type!r}: expected one of {', '.join(OCCURRENCE_TYPES)}")
    if modality not in MODALITIES:
        raise ValidationError(f"unknown modality {modality!r}: expected one of {', '.join(MODALITIES)}")
    if not (0.0 <= float(confidence) <= 1.0):
        raise ValidationError(f"confidence must lie between 0 and 1, not {confidence!r}")


def check_new_entry_dates(event_type: str, payload: dict[str, Any]) -> None:
    """Refuse a new occurrence or amendment whose date lies outside MIN_YEAR..MAX_YEAR.

    Entries already in the log are never checked here (they are read as they are); this is the
    last gate before a new entry is appended, behind the checks at each entry point.
    """
    if event_type in OCCURRENCE_TYPES:
        date = payload.get("date")
    elif event_type == "event_amended":
        date = (payload.get("changes") or {}).get("date")
    else:
        return
    if isinstance(date, dict):
        from tracker.limits import check_reduced_date

        for key in ("start", "end"):
            if isinstance(date.get(key), str):
                check_reduced_date(date[key], f"event {key} date")


# --------------------------------------------------------------------------- corrections


def retraction(target_event_id: str, reason: str) -> dict[str, Any]:
    """Payload of ``event_retracted``."""
    _need_reason(reason)
    return {"target": target_event_id, "reason": reason.strip()}


def amendment(target_event_id: str, changes: dict[str, Any], reason: str) -> dict[str, Any]:
    """Payload of ``event_amended``: ``changes`` holds payload-shaped values of AMENDABLE_FIELDS."""
    _need_reason(reason)
    if not changes:
        raise ValidationError("an amendment needs at least one changed field")
    unknown = set(changes) - set(AMENDABLE_FIELDS)
    if unknown:
        raise ValidationError(f"fields cannot be amended: {', '.join(sorted(unknown))}")
    if "type" in changes and changes["type"] not in OCCURRENCE_TYPES:
        raise ValidationError(
            f"unknown event type {changes['type']!r}: expected one of {', '.join(OCCURRENCE_TYPES)}")
    return {"target": target_event_id, "changes": changes, "reason": reason.strip()}


def merge(event_ids: Iterable[str], reason: str = "") -> dict[str, Any]:
    """Payload of ``events_merged``: these occurrences are one."""
    ids = list(dict.fromkeys(event_ids))
    if len(ids) < 2:
        raise ValidationError("a merge needs at least two distinct event ids")
    return {"events": ids, "reason": reason.strip()}


def split(event_id: str, reason: str = "") -> dict[str, Any]:
    """Payload of ``event_split``: this occurrence stands alone, whatever de-duplication says."""
    return {"target": event_id, "reason": reason.strip()}


def track_assignment(event_id: str, track: str, reason: str = "") -> dict[str, Any]:
    """Payload of ``track_assigned``."""
    if not track.strip():
        raise ValidationError("track must not be empty")
    return {"target": event_id, "track": track.strip(), "reason": reason.strip()}


def review_decision(event_id: str, verdict: object, reason: str = "") -> dict[str, Any]:
    """Payload of ``event_reviewed``: an analyst's verdict on an occurrence.

    A later decision on the same event supersedes an earlier one; a rejection needs a reason.
    """
    if verdict not in REVIEW_STATUSES:
        raise ValidationError(f"unknown verdict {verdict!r}: expected one of {', '.join(REVIEW_STATUSES)}")
    if not isinstance(reason, str):
        raise ValidationError("reason must be text")
    if verdict == "rejected":
        _need_reason(reason)
    return {"target": event_id, "verdict": verdict, "reason": reason.strip()}


# --------------------------------------------------------------------------- definitions

#: A track key: letters, digits and ``-_.``, at most 64 characters (the read model's column).
_TRACK_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
#: A side code on a track: ISO 3166 alpha-2, or an organisation code such as EU, UN, NATO.
_SIDE_CODE = re.compile(r"^[A-Z]{2,5}$")
_TRACK_FIELDS = frozenset({"key", "name", "sides"})


def tracks_definition(tracks: Iterable[Any]) -> dict[str, Any]:
    """Payload of ``tracks_defined``: the whole catalogue of declared tracks, in order.

    Each track is ``{"key", "name", "sides"}``: a key (letters, digits, ``-_.``, unique whatever
    the case), a non-empty name, and two or more distinct side codes (side *groups*: the caller
    folds European states into ``EU`` first), a side set no other track has. Messages name the
    track at fault; nothing is written unless every track passes.
    """
    if isinstance(tracks, (str, bytes, dict)) or not isinstance(tracks, Iterable):
        raise ValidationError("tracks must be a list of {key, name, sides} objects")
    result: list[dict[str, Any]] = []
    keys: dict[str, str] = {}
    side_sets: dict[tuple[str, ...], str] = {}
    for number, item in enumerate(tracks, 1):
        where = f"track {number}"
        if not isinstance(item, dict):
            raise ValidationError(f"{where} must be an object with key, name and sides")
        unknown = sorted(set(item) - _TRACK_FIELDS)
        if unknown:
            raise ValidationError(f"{where} has unknown field(s) {', '.join(unknown)}: expected key, name and sides")
        key = item.get("key")
        if not isinstance(key, str) or not _TRACK_KEY.match(key):
            raise ValidationError(
                f"{where} has an invalid key {key!r}: expected 1 to 64 letters, digits, '-', '_' or '.'")
        where = f"track {key}"
        if key.upper() in keys:
            raise ValidationError(f"{where} is declared twice (keys are compared ignoring case)")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValidationError(f"{where} needs a name")
        sides = item.get("sides")
        if not isinstance(sides, list) or not all(isinstance(s, str) for s in sides):
            raise ValidationError(f"{where} needs sides: a list of side codes such as [\"US\", \"RU\"]")
        codes = sorted({s.strip().upper() for s in sides})
        bad = [c for c in codes if not _SIDE_CODE.match(c)]
        if bad:
            raise ValidationError(f"{where} has an invalid side code {bad[0]!r}: expected a code such as US, UA or EU")
        if len(codes) < 2:
            raise ValidationError(f"{where} needs two or more different sides")
        if tuple(codes) in side_sets:
            raise ValidationError(
                f"{where} has the same sides ({', '.join(codes)}) as track {side_sets[tuple(codes)]}")
        keys[key.upper()] = key
        side_sets[tuple(codes)] = key
        result.append({"key": key, "name": name.strip(), "sides": codes})
    if not result:
        raise ValidationError("a track definition needs at least one track")
    return {"tracks": result}


def _need_reason(reason: str) -> None:
    if not isinstance(reason, str) or not reason.strip():
        raise ValidationError("a reason is required")


def target_of(event_type: str, payload: dict[str, Any]) -> str | None:
    """The event id a correction refers to (the first one for a merge), for the typed column."""
    if event_type == "events_merged":
        return payload["events"][0]
    if event_type in CORRECTION_TYPES:
        return payload.get("target")
    return None


# --------------------------------------------------------------------------- versions


Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

#: (entry type or "*", from_version) -> function returning the payload at from_version + 1.
UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def upcaster(entry_type: str, from_version: int) -> Callable[[Upcaster], Upcaster]:
    """Register a function that lifts a payload from ``from_version`` to the next version."""

    def register(fn: Upcaster) -> Upcaster:
        UPCASTERS[(entry_type, from_version)] = fn
        return fn

    return register


def upcast(entry_type: str, payload: dict[str, Any], schema_version: int) -> dict[str, Any]:
    """Lift ``payload`` to CURRENT_SCHEMA_VERSION without touching the stored copy."""
    data = dict(payload)
    version = schema_version
    while version < CURRENT_SCHEMA_VERSION:
        fn = UPCASTERS.get((entry_type, version)) or UPCASTERS.get(("*", version))
        if fn is not None:
            data = fn(data)
        version += 1
    if version > CURRENT_SCHEMA_VERSION:
        raise ValidationError(
            f"entry schema version {schema_version} is newer than this tracker understands "
            f"({CURRENT_SCHEMA_VERSION}); upgrade tracker"
        )
    return data


@upcaster("*", 1)
def _v1_flat_dates(payload: dict[str, Any]) -> dict[str, Any]:
    """Version 1 stored ``start``/``end``/``precision`` flat and ``location`` as a string."""
    data = dict(payload)
    if "date" not in data and ("start" in data or "precision" in data):
        data["date"] = {
            "start": data.pop("start", None),
            "end": data.pop("end", None),
            "precision": data.pop("precision", "day"),
            "raw": None,
            "resolution": "explicit",
        }
    if isinstance(data.get("location"), str):
        data["location"] = {"name": data["location"], "country": None}
    return data

