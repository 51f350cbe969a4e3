"""Markdown export: one section per track, entries in order, sources as numbered links."""

from __future__ import annotations

import re
from typing import Any

from tracker.export import (
    by_track,
    distinct_sources,
    kind_text,
    location_text,
    participants_text,
    review_note,
    track_label,
)

FORMAT = "md"
SUFFIX = ".md"


#: Characters with a meaning in Markdown or HTML inside a list item's line (emphasis, code,
#: links, raw HTML, entities, strike-through); each is backslash-escaped, which CommonMark and
#: GitHub render as the character itself. ``(`` ``!`` ``#`` are harmless once ``[`` is escaped
#: and no line of ours starts with log text.
_SPECIAL = re.compile(r"([\\`*_\[\]<>&~])")
_BREAKS = re.compile(r"\s*[\r\n]+\s*")


def _escape(text: str) -> str:
    """Text from the log as literal Markdown: no raw HTML, links, emphasis or line breaks."""
    return _SPECIAL.sub(r"\\\1", _BREAKS.sub(" ", text))


def _link_target(url: str) -> str:
    """A link target that cannot end the ``(...)`` early or hide a second one."""
    return "".join(c if c not in " ()<>\"'`\\" else f"%{ord(c):02X}" for c in url)


def _line(e: dict[str, Any]) -> str:
    parts = [f"- **{_escape(e['date_label'] or '')}** · {kind_text(e)}"]
    if review_note(e):
        parts.append(f" · _{_escape(review_note(e))}_")
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
        links.append(f"[{_escape(label)}]({_link_target(s['url'])})" if s["url"] else _escape(label))
    if links:
        n = e["independent_sources"]
        parts.append(f". Sources ({n} independent): " + ", ".join(dict.fromkeys(links)))
    return "".join(parts)


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    lines = ["# Negotiation timeline", ""]
    if not events:
        lines += ["No events recorded.", ""]
    for key, group in by_track(events, tracks):
        title = f"{_escape(track_label(key, tracks))} ({_escape(key)})" if key else "Not on a track"
        lines += [f"## {title}", ""]
        lines += [_line(e) for e in group]
        lines.append("")
    return "\n".join(lines)
