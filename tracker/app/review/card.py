"""One event as the review queue shows it: everything needed to judge it on one screen.

Plain text, so it works over SSH in any terminal; with ``color`` the trigger word is bold
yellow and the mentions (participants, place) bold cyan in the evidence sentence (ANSI codes
through ``typer.style``), and nothing is styled when output is not a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import typer

from tracker.events import DateInterval, EventDraft
from tracker.projections.timeline.labels import date_label, kind_label


def _style(text: str, color: bool, **how: Any) -> str:
    return typer.style(text, **how) if color else text


def highlight(sentence: str, trigger: str | None, mentions: Sequence[str], color: bool) -> str:
    """The sentence with the trigger and each mention marked: ANSI styles with ``color``,
    else ``[trigger]`` and ``<mention>`` brackets so a plain terminal still shows them."""
    spans: list[tuple[int, int, str]] = []

    def mark(needle: str, kind: str) -> None:
        if not needle or len(needle) < 2:
            return
        for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", sentence, flags=re.IGNORECASE):
            if not any(s < m.end() and m.start() < e for s, e, _ in spans):
                spans.append((m.start(), m.end(), kind))

    mark(trigger or "", "trigger")
    for name in sorted(set(mentions), key=len, reverse=True):
        mark(name, "mention")
    out, pos = [], 0
    for start, end, kind in sorted(spans):
        out.append(sentence[pos:start])
        text = sentence[start:end]
        if kind == "trigger":
            out.append(_style(text, color, fg="yellow", bold=True) if color else f"[{text}]")
        else:
            out.append(_style(text, color, fg="cyan", bold=True) if color else f"<{text}>")
        pos = end
    out.append(sentence[pos:])
    return "".join(out)


def mention_words(draft: EventDraft, registry: Any = None) -> list[str]:
    """What to mark as mentions: participants' names, surnames and registry aliases (the
    article may say "Poutine" or "le Kremlin"), and the place with its aliases ("Moscou")."""
    words: list[str] = []
    for p in draft.participants:
        words.append(p.name)
        parts = p.name.split()
        if len(parts) > 1 and len(parts[-1]) > 3:
            words.append(parts[-1])
        actor = registry.get(p.actor_id) if registry is not None and p.actor_id else None
        if actor is not None:
            words += list(actor.aliases)
    if draft.location is not None:
        words.append(draft.location.name)
        if registry is not None:
            wanted = draft.location.name.casefold()
            for place in registry.places():
                if wanted in (n.casefold() for n in (place.name, *place.aliases)):
                    words += [place.name, *place.aliases]
    return list(dict.fromkeys(words))


def date_text(date: DateInterval) -> str:
    """``20 Dec 2025 (day; explicit: "on Saturday")``: the date, its precision and its origin."""
    how = date.resolution.replace("_", " ")
    raw = f': "{date.raw}"' if date.raw else ""
    return f"{date_label(date)} ({date.precision} precision; {how}{raw})"


def render_card(
    item: dict[str, Any],
    *,
    index: int,
    total: int,
    remaining: int,
    siblings: Sequence[dict[str, Any]] = (),
    duplicate: dict[str, Any] | None = None,
    color: bool = False,
    registry: Any = None,
) -> str:
    """The screen of one event. ``item`` is a row of
    :func:`tracker.projections.review.queries.review_rows` (with its ``payload``)."""
    draft = EventDraft.from_payload(item["payload"])
    head = f"Event {index} of {total} · {remaining} left to review"
    lines = [_style(head, color, bold=True), ""]
    lines.append(f"  {_style(kind_label(draft.type, draft.modality), color, bold=True)}"
                 f"   type {draft.type}, modality {draft.modality}")
    lines.append(f"  id          {item['id']}")
    lines.append(f"  confidence  {item['confidence']:.2f}   rule {', '.join(item['rules'])}   review {item['status']}")
    lines.append(f"  date        {date_text(draft.date)}")
    if draft.participants:
        who = "; ".join(f"{p.name} ({p.side or 'side ?'}, {p.role})" for p in draft.participants)
    else:
        who = "none"
    lines.append(f"  who         {who}")
    place = draft.location.name + (f" ({draft.location.country})" if draft.location and draft.location.country else "") \
        if draft.location else "none"
    lines.append(f"  place       {place}")
    if draft.summary:
        lines.append(f"  summary     {draft.summary}")
    article = ", ".join(str(v) for v in (item.get("title"), item.get("outlet"), item.get("published")) if v)
    lines.append(f"  article     {article or 'none (typed by hand)'}")
    if item.get("url"):
        lines.append(f"              {item['url']}")
    mentions = mention_words(draft, registry)
    for ev in draft.evidence:
        lines.append("")
        lines.append("  " + highlight(ev.sentence, ev.trigger, mentions, color))
    if siblings:
        lines.append("")
        lines.append(f"  Same article ({len(siblings)} other event{'s' if len(siblings) != 1 else ''}):")
        for s in siblings:
            lines.append(f"    {short_id(s['id'])}  {_short_date(s)}  {kind_label(s['type'], s['modality'])}: "
                         f"{s['summary']}  [{s['status']}]")
    if duplicate is not None:
        lines.append("")
        lines.append(_style("  Likely duplicate:", color, fg="magenta", bold=True)
                     + f" {short_id(duplicate['id'])}  {_short_date(duplicate)}  {duplicate['summary']}"
                     + f"  ({duplicate.get('title') or duplicate.get('outlet') or 'no article'})")
    lines.append("")
    keys = "[a]ccept  [r]eject  [e]dit  " + ("[m]erge with duplicate  " if duplicate else "") + "[s]kip  [u]ndo  [q]uit"
    lines.append(_style(keys, color, dim=True) if color else keys)
    return "\n".join(lines)


def short_id(event_id: str) -> str:
    """The distinctive tail of an id (ids of one article share their time-ordered head)."""
    return "…" + event_id[-12:]


def _short_date(row: dict[str, Any]) -> str:
    if not row.get("start"):
        return "undated"
    return row["start"] if not row.get("end") or row["end"] == row["start"] else f"{row['start']}/{row['end']}"
