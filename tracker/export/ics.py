"""iCalendar export: one all-day VEVENT per dated entry, exclusive DTEND, stable UIDs.

A month-precision entry spans its whole month; an entry whose date only copies the publication
date is marked "~" in its title. Undated entries cannot be placed and are left out, and so are
entries an analyst rejected (whatever ``--status`` asked for). DTSTAMP is
the time encoded in the entry's UUIDv7 id, so the same log always gives the same file.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from icalendar import Calendar, Event

from tracker.events import DateInterval
from tracker.export import kind_text, location_text, participants_text, review_note, track_label

FORMAT = "ics"
SUFFIX = ".ics"


def _stamp(event_id: str) -> dt.datetime:
    try:
        value = uuid.UUID(event_id).int >> 80
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC).replace(microsecond=0)
    except (ValueError, OverflowError, OSError):
        return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    cal = Calendar()
    cal.add("prodid", "-//tracker//negotiation timeline//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Negotiation timeline")
    for e in events:
        if (e.get("review") or {}).get("status") == "rejected":
            continue
        date = DateInterval(e["start"], e["end"], e["precision"], None, e["resolution"] or "explicit")
        first, last = date.first_day(), date.last_day()
        if first is None or last is None:
            continue
        vevent = Event()
        vevent.add("uid", f"{e['id']}@tracker")
        vevent.add("dtstamp", _stamp(e["id"]))
        vevent.add("dtstart", first)
        if last < dt.date.max:  # 9999-12-31 has no next day: DTSTART alone means that one day
            vevent.add("dtend", last + dt.timedelta(days=1))
        names = ", ".join(track_label(k, tracks) for k in e["tracks"])
        prefix = "~" if e["resolution"] == "publication_fallback" else ""
        title = f"{prefix}{kind_text(e)}: {e['summary'] or participants_text(e)}"
        vevent.add("summary", f"[{names}] {title}" if names else title)
        lines = [f"Date: {e['date_label']} ({e['precision']} precision)"]
        if e["participants"]:
            lines.append("Participants: " + participants_text(e))
        lines.append(f"Independent sources: {e['independent_sources']}")
        if review_note(e):
            lines.append(f"Review: {review_note(e)}")
        lines += [s["url"] for s in e["sources"] if s["url"]]
        vevent.add("description", "\n".join(dict.fromkeys(lines)))
        if e["location"]:
            vevent.add("location", location_text(e))
        if e["tracks"]:
            vevent.add("categories", list(e["tracks"]))
        url = next((s["url"] for s in e["sources"] if s["url"]), None)
        if url:
            vevent.add("url", url)
        cal.add_component(vevent)
    return cal.to_ical().decode("utf-8")
