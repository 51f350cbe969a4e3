"""Exporters over plain entry dicts (pure) and the atomic writer."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import re

import pytest
from icalendar import Calendar

from tracker import export
from tracker.errors import TrackerError, ValidationError

TRACKS = {"US-RU": "US–Russia talks", "US-UA-EU": "US–Ukraine–Europe talks"}


def entry(eid, start, end, precision="day", *, tracks=("US-RU",), modality="occurred", type_="meeting_held",
          resolution="explicit", label=None, summary="Talks", sources=None, location=("Miami", "US")):
    return {
        "id": eid,
        "type": type_,
        "modality": modality,
        "start": start,
        "end": end,
        "precision": precision,
        "resolution": resolution,
        "date_label": label or start,
        "sort_date": start,
        "participants": [{"name": "Kirill Dmitriev", "side": "RU", "role": "participant", "actor_id": "d"},
                         {"name": "Steve Witkoff", "side": "US", "role": "participant", "actor_id": "w"}],
        "location": {"name": location[0], "country": location[1]} if location else None,
        "tracks": list(tracks),
        "summary": summary,
        "occurrences": 1,
        "independent_sources": len(sources or [1]),
        "first_position": 1,
        "sources": sources if sources is not None else [
            {"article_id": "a" * 64, "url": "https://example.org/a", "title": "T", "outlet": "RT France",
             "published": "2025-12-21", "evidence": "They met.", "span": [0, 9], "event_id": eid}
        ],
    }


ENTRIES = [
    entry("01a00000-0000-7000-8000-000000000001", "2025-08", "2025-08", "month", label="Aug 2025", summary="Alaska summit"),
    entry("01a00000-0000-7000-8000-000000000002", "2025-12-19", "2025-12-21", tracks=("US-UA-EU",), summary="Florida <talks> & more"),
    entry("01a00000-0000-7000-8000-000000000003", "2025-12-20", "2025-12-21", summary="Miami talks"),
    entry("01a00000-0000-7000-8000-000000000004", "2025-12-21", "2025-12-21", type_="meeting_planned", modality="possible",
          resolution="publication_fallback", label="~2025-12-21 (reported)", tracks=(), summary="Next meeting in Moscow",
          location=("Moscou", "RU")),
]


def test_registry_has_every_format_and_rejects_others():
    assert set(export.EXPORTERS) == {"md", "json", "csv", "html", "ics", "timelinejs"}
    with pytest.raises(ValidationError, match="unknown export format 'pdf'"):
        export.exporter("pdf")


def test_json_contract():
    doc = json.loads(export.render("json", ENTRIES, TRACKS))
    assert list(doc) == ["events"]
    first = doc["events"][0]
    for key in ("id", "type", "modality", "start", "end", "precision", "participants", "location", "tracks",
                "summary", "sources"):
        assert key in first
    assert first["participants"][0] == {"name": "Kirill Dmitriev", "side": "RU", "role": "participant"}
    assert first["location"] == {"name": "Miami", "country": "US"}
    src = first["sources"][0]
    assert {k: src[k] for k in ("article_id", "url", "published", "evidence", "span")} == {
        "article_id": "a" * 64, "url": "https://example.org/a", "published": "2025-12-21",
        "evidence": "They met.", "span": [0, 9]}
    assert doc["events"][3]["location"]["name"] == "Moscou"


def test_csv_rows():
    rows = list(csv.DictReader(io.StringIO(export.render("csv", ENTRIES, TRACKS))))
    assert [r["date"] for r in rows] == ["Aug 2025", "2025-12-19", "2025-12-20", "~2025-12-21 (reported)"]
    assert rows[3]["kind"] == "planned meeting (possible)"
    assert rows[0]["source_urls"] == "https://example.org/a"


def test_markdown_sections_and_links():
    text = export.render("md", ENTRIES, TRACKS)
    assert text.index("## US–Russia talks (US-RU)") < text.index("## US–Ukraine–Europe talks") < text.index("## Not on a track")
    assert "- **Aug 2025** · meeting: Alaska summit" in text
    assert "[RT France](https://example.org/a)" in text
    assert "Florida \\<talks\\> \\& more" in text  # raw HTML and entities escaped (test_export_safety.py)


def test_ics_all_day_exclusive_end_and_stable_uids():
    text = export.render("ics", ENTRIES, TRACKS)
    assert text == export.render("ics", ENTRIES, TRACKS)
    cal = Calendar.from_ical(text)
    events = [c for c in cal.walk("VEVENT")]
    assert len(events) == 4
    by_uid = {str(e["UID"]): e for e in events}
    miami = by_uid["01a00000-0000-7000-8000-000000000003@tracker"]
    assert miami.decoded("DTSTART") == dt.date(2025, 12, 20)
    assert miami.decoded("DTEND") == dt.date(2025, 12, 22)  # exclusive
    assert not isinstance(miami.decoded("DTSTART"), dt.datetime)
    alaska = by_uid["01a00000-0000-7000-8000-000000000001@tracker"]
    assert (alaska.decoded("DTSTART"), alaska.decoded("DTEND")) == (dt.date(2025, 8, 1), dt.date(2025, 9, 1))
    assert str(alaska["SUMMARY"]).startswith("[US–Russia talks] meeting: Alaska summit")
    assert str(by_uid["01a00000-0000-7000-8000-000000000004@tracker"]["SUMMARY"]).startswith("~planned meeting (possible)")


def test_ics_skips_undated():
    undated = entry("01a00000-0000-7000-8000-000000000009", None, None, "unknown", label="date unknown")
    cal = Calendar.from_ical(export.render("ics", [undated], TRACKS))
    assert cal.walk("VEVENT") == []


def test_timelinejs_groups_and_partial_dates():
    doc = json.loads(export.render("timelinejs", ENTRIES, TRACKS))
    slides = doc["events"]
    assert slides[0]["start_date"] == {"year": "2025", "month": "8"}
    assert slides[0]["group"] == "US–Russia talks"
    assert slides[1]["group"] == "US–Ukraine–Europe talks"
    assert slides[2]["start_date"] == {"year": "2025", "month": "12", "day": "20"}
    assert slides[2]["end_date"] == {"year": "2025", "month": "12", "day": "21"}
    assert slides[3]["group"] == "Not on a track"
    assert len({s["unique_id"] for s in slides}) == len(slides)


def test_html_is_self_contained_and_escaped():
    page = export.render("html", ENTRIES, TRACKS)
    assert page.startswith("<!DOCTYPE html>")
    assert "Florida &lt;talks&gt; &amp; more" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    hrefs = re.findall(r'href="([^"]+)"', page)
    assert hrefs and all(h == "https://example.org/a" for h in hrefs)
    assert page.count('class="lane"') == 3
    assert 'id="track-filter"' in page


def test_html_never_links_other_schemes():
    bad = entry("01a00000-0000-7000-8000-00000000000a", "2025-12-20", "2025-12-20",
                sources=[{"article_id": None, "url": "javascript:alert(1)", "outlet": "X", "published": None,
                          "evidence": None, "span": None}])
    page = export.render("html", [bad], TRACKS)
    assert "javascript:" not in page


def test_write_atomic_replaces_or_leaves_old_file(tmp_path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old")
    export.write_atomic(target, "new")
    assert target.read_text() == "new"

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(TrackerError, match="cannot write"):
        export.write_atomic(target, "half")
    assert target.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_write_atomic_missing_folder(tmp_path):
    with pytest.raises(TrackerError, match="does not exist"):
        export.write_atomic(tmp_path / "nope" / "out.md", "x")
