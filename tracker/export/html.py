"""A self-contained HTML timeline page: one lane per track, entries in date order, a filter.

Nothing is fetched from the network: CSS and the few lines of script are inline. Every value
from the log is HTML-escaped, and only http(s) URLs become links. Planned, possible or denied
events are drawn with a dashed border and labelled; dates that only copy the publication date
read "~date (reported)". Entries no analyst has accepted yet carry a "not reviewed" badge (and
rejected ones, shown only on request, a "rejected" one); a checkbox hides the unreviewed ones
with CSS alone.
"""

from __future__ import annotations

from html import escape
from typing import Any

from tracker.export import by_track, distinct_sources, kind_text, location_text, participants_text, track_label

FORMAT = "html"
SUFFIX = ".html"
NO_TRACK = "none"  # filter value of the lane of entries without a track

_CSS = """
:root { --ink:#1d2330; --muted:#5b6475; --line:#d9dee7; --bg:#f6f7fa; --card:#fff; --accent:#2457a6; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
header { padding:16px 24px; background:var(--card); border-bottom:1px solid var(--line);
  display:flex; flex-wrap:wrap; gap:12px 24px; align-items:center; }
h1 { font-size:20px; margin:0; }
header p { margin:0; color:var(--muted); }
label { font-weight:600; }
select { font:inherit; padding:4px 8px; margin-left:6px; }
main { display:flex; gap:16px; padding:16px 24px; overflow-x:auto; align-items:flex-start; }
.lane { flex:1 0 300px; max-width:460px; background:#eef1f6; border-radius:8px; padding:10px; }
.lane[hidden] { display:none; }
.lane h2 { font-size:16px; margin:2px 4px 10px; }
.lane h2 small { color:var(--muted); font-weight:normal; }
.entry { list-style:none; background:var(--card); border:1px solid var(--line); border-left:4px solid var(--accent);
  border-radius:6px; padding:8px 10px; margin:0 0 10px; }
.entry.not-occurred { border-style:dashed; border-left-style:dashed; }
.lane ol { margin:0; padding:0; }
.date { font-weight:700; }
.date.reported { font-style:italic; font-weight:600; color:var(--muted); }
.kind { display:inline-block; font-size:12px; padding:0 6px; border-radius:10px; background:#e3ebf8; color:#1e3f73; margin-left:6px; }
.not-occurred .kind { background:#fff3d6; color:#7a5200; }
.summary { margin:4px 0; }
.meta { color:var(--muted); font-size:13px; margin:2px 0; }
.sources { font-size:13px; margin:4px 0 0; }
.sources a { color:var(--accent); }
.review { display:inline-block; font-size:12px; padding:0 6px; border-radius:10px; margin-left:6px; }
.review-unreviewed .review { background:#f1f1f1; color:#5b6475; border:1px dashed #9aa3b5; }
.review-rejected { opacity:.6; }
.review-rejected .review { background:#fbe3e3; color:#8a1f1f; }
body:has(#hide-unreviewed:checked) .review-unreviewed { display:none; }
"""

_SCRIPT = """
(function () {
  var select = document.getElementById('track-filter');
  function show(value) {
    document.querySelectorAll('.lane').forEach(function (lane) {
      lane.hidden = value !== '' && lane.getAttribute('data-track') !== value;
    });
  }
  select.addEventListener('change', function () { show(select.value); });
  show(select.value);
})();
"""


def _link(source: dict[str, Any], index: int) -> str:
    label = source.get("outlet") or source.get("title") or f"source {index}"
    if source.get("published"):
        label = f"{label}, {source['published']}"
    url = source.get("url") or ""
    if url.startswith(("http://", "https://")):
        title = escape(source.get("evidence") or "", quote=True)
        return f'<a class="source" href="{escape(url, quote=True)}" title="{title}" rel="noopener noreferrer">{escape(label)}</a>'
    return f'<span class="source">{escape(label)}</span>'


_REVIEW_BADGE = {"unreviewed": "not reviewed", "rejected": "rejected"}


def _entry(e: dict[str, Any]) -> str:
    classes = "entry" if e["modality"] == "occurred" else "entry not-occurred"
    status = (e.get("review") or {}).get("status")
    if status:
        classes += f" review-{escape(status, quote=True)}"
    reported = e["resolution"] == "publication_fallback"
    date_title = ' title="only the publication date of the report is known"' if reported else ""
    parts = [
        f'<li class="{classes}" data-id="{escape(e["id"], quote=True)}" data-date="{escape(e["start"] or "", quote=True)}">',
        f'<div><span class="date{" reported" if reported else ""}"{date_title}>{escape(e["date_label"])}</span>'
        f'<span class="kind">{escape(kind_text(e))}</span>'
        + (f'<span class="review">{_REVIEW_BADGE[status]}</span>' if status in _REVIEW_BADGE else "")
        + "</div>",
    ]
    if e["summary"]:
        parts.append(f'<p class="summary">{escape(e["summary"])}</p>')
    if e["participants"]:
        parts.append(f'<p class="meta participants">With {escape(participants_text(e))}</p>')
    if e["location"]:
        parts.append(f'<p class="meta location">In {escape(location_text(e))}</p>')
    links = [_link(s, i) for i, s in enumerate(distinct_sources(e), 1)]
    if links:
        n = e["independent_sources"]
        parts.append(
            f'<p class="sources">{n} independent source{"s" if n != 1 else ""}: ' + ", ".join(links) + "</p>"
        )
    parts.append("</li>")
    return "".join(parts)


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    groups = by_track(events, tracks)
    options = ['<option value="">All tracks</option>'] + [
        f'<option value="{escape(key or NO_TRACK, quote=True)}">{escape(track_label(key, tracks) if key else "Not on a track")}</option>'
        for key, _ in groups
    ]
    lanes = []
    for key, group in groups:
        name = track_label(key, tracks) if key else "Not on a track"
        lanes.append(
            f'<section class="lane" data-track="{escape(key or NO_TRACK, quote=True)}">'
            f'<h2>{escape(name)} <small>{escape(key or "")} · {len(group)}</small></h2>'
            "<ol>" + "".join(_entry(e) for e in group) + "</ol></section>"
        )
    if not lanes:
        lanes.append('<p class="empty">No events recorded.</p>')
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        "<title>Negotiation timeline</title>"
        f"<style>{_CSS}</style></head><body>"
        "<header><h1>Negotiation timeline</h1>"
        f"<p>{len(events)} events on {sum(1 for k, _ in groups if k)} tracks</p>"
        '<div><label for="track-filter">Track</label>'
        f'<select id="track-filter">{"".join(options)}</select></div>'
        '<div><input type="checkbox" id="hide-unreviewed"> <label for="hide-unreviewed">Hide events not '
        "reviewed yet</label></div></header>"
        f"<main>{''.join(lanes)}</main>"
        f"<script>{_SCRIPT}</script></body></html>\n"
    )
