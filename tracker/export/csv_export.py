"""CSV export: one row per timeline entry, lists joined with "; "."""

from __future__ import annotations

import csv
import io
from typing import Any

from tracker.export import kind_text, location_text, participants_text

FORMAT = "csv"
SUFFIX = ".csv"

COLUMNS = (
    "id", "date", "start", "end", "precision", "resolution", "type", "modality", "kind", "tracks",
    "summary", "participants", "location", "independent_sources", "source_urls",
    "review_status", "reviewed_by", "reviewed_at", "review_reason", "cameo", "plover",
)


def _review_cells(review: dict[str, Any] | None) -> list[str]:
    review = review or {}
    return [review.get(k) or "" for k in ("status", "by", "at", "reason")]


def render(events: list[dict[str, Any]], tracks: dict[str, str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in events:
        urls = list(dict.fromkeys(s["url"] for s in e["sources"] if s["url"]))
        writer.writerow(
            [
                e["id"], e["date_label"], e["start"] or "", e["end"] or "", e["precision"], e["resolution"] or "",
                e["type"], e["modality"], kind_text(e), "; ".join(e["tracks"]), e["summary"],
                participants_text(e), location_text(e), e["independent_sources"], "; ".join(urls),
                *_review_cells(e.get("review")), e["codes"]["cameo"] or "", e["codes"]["plover"] or "",
            ]
        )
    return out.getvalue()
