"""How dates and event kinds read on a timeline (pure).

A month-precision date reads as a month ("Aug 2025"); a date that only copies the publication
date reads as "~2025-12-21 (reported)", so it can never pass for a real date.
"""

from __future__ import annotations

import datetime as dt

from tracker.events import DateInterval, first_day, last_day

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _month(text: str) -> str:
    d = first_day(text)
    return f"{_MONTHS[d.month - 1]} {d.year}"


def _days(start: str, end: str | None) -> str:
    if not end or end == start:
        return start
    a, b = first_day(start), last_day(end)
    if (a.year, a.month) == (b.year, b.month):
        return f"{start}–{b.day:02d}"
    return f"{start} – {end}"


def date_label(date: DateInterval) -> str:
    """The date as a person should read it on a timeline."""
    if date.precision == "unknown" or not date.start:
        return "date unknown"
    if date.resolution == "publication_fallback":
        return f"~{date.start} (reported)"
    if date.precision == "day":
        return _days(date.start, date.end)
    if date.precision == "week":
        return f"week of {date.start}"
    if date.precision == "month":
        if date.end and date.end[:7] != date.start[:7]:
            return f"{_month(date.start)} – {_month(date.end)}"
        return _month(date.start)
    if date.end and date.end[:4] != date.start[:4]:
        return f"{date.start[:4]}–{date.end[:4]}"
    return date.start[:4]


def sort_date(date: DateInterval) -> str | None:
    """ISO first day, the chronological sort key (None sorts last)."""
    first = date.first_day()
    return first.isoformat() if isinstance(first, dt.date) else None


TYPE_LABELS = {
    "meeting_held": "meeting",
    "statement_issued": "statement",
    "report_to_leader": "report to leader",
    "meeting_planned": "planned meeting",
    "phone_call": "phone call",
    "visit": "visit",
    "proposal_presented": "proposal",
    "proposal_rejected": "rejection",
    "agreement_reached": "agreement",
}


def kind_label(event_type: str, modality: str) -> str:
    """``meeting``, ``planned meeting (possible)``...: the modality shown unless it occurred."""
    label = TYPE_LABELS.get(event_type, event_type)
    if modality == "occurred" or (event_type == "meeting_planned" and modality == "planned"):
        return label
    return f"{label} ({modality})"
