"""TimelineJS export (Knight Lab's JSON format): one slide per entry and track, group = track.

Month- and year-precision entries give only the parts of the date they know, so TimelineJS
shows them as a month or a year. Entries an analyst rejected are left out.
"""

from __future__ import annotations

import html
import json
from typing import Any

from tracker.export import distinct_sources, kind_text, location_text, participants_text, review_note, track_label

FORMAT = "timelinejs"
SUFFIX = ".json"


def _date(text: str | None, precision: str) -> dict[str, str] | None:
    if not text:
        return None
    parts = text.split("-")
    out = {"year": parts[0]}
    if len(parts) > 1 and precision in ("day", "week", "month"):
        out["month"] = str(int(parts[1]))
    if len(parts) > 2 and precision in ("day", "week"):
        out["day"] = str(int(parts[2]))
    return out


def _body(e: dict[str, Any]) -> str:
    rows = []
    if e["participants"]:
        rows.append(f"<p>With {html.escape(participants_text(e))}</p>")
    if e["location"]:
        rows.append(f"<p>In {html.escape(location_text(e))}</p>")
    links = [
        f'<a href="{html.escape(s["url"], quote=True)}">{html.escape(s.get("outlet") or s["url"])}</a>'
        for s in distinct_sources(e)
        if s["url"]
    ]
    if links:
        rows.append(f"<p>Sources ({e['independent_sources']} independent): " + ", ".join(dict.fromkeys(links)) + "</p>")
    if review_note(e):
        rows.append(f"<p>Review: {review_note(e)}</p>")
    return "".join(rows)


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    slides = []
    for e in events:
        if (e.get("review") or {}).get("status") == "rejected":
            continue
        start = _date(e["start"], e["precision"])
        if start is None:
            continue
        groups = e["tracks"] or [None]
        for key in groups:
            slide: dict[str, Any] = {
                "unique_id": e["id"] if len(groups) == 1 else f"{e['id']}-{key}",
                "start_date": start,
                "display_date": e["date_label"],
                "text": {"headline": html.escape(f"{kind_text(e)}: {e['summary']}" if e["summary"] else kind_text(e)),
                         "text": _body(e)},
                "group": track_label(key, tracks) if key else "Not on a track",
            }
            end = _date(e["end"], e["precision"])
            if end and end != start:
                slide["end_date"] = end
            slides.append(slide)
    doc = {"title": {"text": {"headline": "Negotiation timeline", "text": ""}}, "events": slides}
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
