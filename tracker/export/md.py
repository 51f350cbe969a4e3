"""Markdown export: one section per track, entries in order, sources as numbered links."""

from __future__ import annotations

from typing import Any

from tracker.export import (
    by_track, distinct_sources, kind_text, location_text, participants_text, review_note, track_label,
)

FORMAT = "md"
SUFFIX = ".md"


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]").replace("*", "\\*").replace("_", "\\_")


def _line(e: dict[str, Any]) -> str:
    parts = [f"- **{e['date_label']}** · {kind_text(e)}"]
    if review_note(e):
        parts.append(f" · _{review_note(e)}_")
    if e["summary"]:
        parts.append(f": {_escape(e['summary'])}")
    details = []
    if e["participants"]:
        details.append("with " + _escape(participants_text(e)))
    if e["location"]:
        details.append("in " + _escape(location_text(e)))
    if details:
        parts.append(" (" + "; ".join(details) + ")")
    links = []
    for i, s in enumerate(distinct_sources(e), 1):
        label = s.get("outlet") or f"source {i}"
        links.append(f"[{_escape(label)}]({s['url']})" if s["url"] else _escape(label))
    if links:
        n = e["independent_sources"]
        parts.append(f". Sources ({n} independent): " + ", ".join(dict.fromkeys(links)))
    return "".join(parts)


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    lines = ["# Negotiation timeline", ""]
    if not events:
        lines += ["No events recorded.", ""]
    for key, group in by_track(events, tracks):
        title = f"{track_label(key, tracks)} ({key})" if key else "Not on a track"
        lines += [f"## {title}", ""]
        lines += [_line(e) for e in group]
        lines.append("")
    return "\n".join(lines)
